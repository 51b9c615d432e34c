/**
 * The statistics the server computes from the list (never typed): the two sentences reports quote, counts by
 * level and by member with the share of small collectives and direct workers.
 */
import { Alert, Card, Col, Flex, Row, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { memo } from 'react';
import type { AwardStatistics } from '../../../shared/api/schemas/awards.ts';
import { awardLevelLabels, awardLevels } from '../../../shared/api/schemas/awards.ts';
import { formatNumber } from '../../../shared/text/vietnamese.ts';
import { statisticsText as text } from './strings.ts';

type LevelRow = AwardStatistics['byLevel'][number];
type MemberRow = AwardStatistics['byMember'][number];

const number = (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatNumber(n)}</span>;

const levelColumns: TableColumnsType<LevelRow> = [
  { title: text.level, dataIndex: 'label', key: 'label' },
  { title: text.count, key: 'count', align: 'right', render: (_, r) => number(r.count) },
  { title: text.flagged, key: 'flagged', align: 'right', render: (_, r) => number(r.smallOrDirect) },
  { title: text.share, dataIndex: 'shareText', key: 'share', align: 'right' },
];

const memberColumns: TableColumnsType<MemberRow> = [
  {
    title: text.member,
    key: 'member',
    render: (_, r) =>
      r.memberUnitId === null ? (
        <Typography.Text type="secondary">{text.noMember}</Typography.Text>
      ) : (
        r.memberName
      ),
  },
  ...awardLevels.map((level) => ({
    title: awardLevelLabels[level],
    key: level,
    align: 'right' as const,
    render: (_: unknown, r: MemberRow) => number(r.byLevel[level] ?? 0),
  })),
  { title: text.count, key: 'count', align: 'right', render: (_, r) => <strong>{number(r.count)}</strong> },
  { title: text.share, dataIndex: 'shareText', key: 'share', align: 'right' },
];

interface Props {
  statistics: AwardStatistics | undefined;
  error: string | null;
  /** With the tables by level and by member; the two sentences are always shown. */
  detailed: boolean;
}

/** Memoised: the award screen re-renders on every keystroke in its search box; these tables need not. */
export const StatisticsPanel = memo(function StatisticsPanel({ statistics, error, detailed }: Props) {
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!statistics) return null;
  if (statistics.total === 0) return <Alert type="info" showIcon title={text.empty} />;
  return (
    <Card
      size="small"
      data-testid="award-statistics"
      styles={{ body: { padding: '8px 12px' } }}
      style={{ background: '#fafcff' }}
    >
      <Flex vertical gap={6}>
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid="state-sentence">
            {statistics.stateLevel.sentence}.
          </Typography.Text>
          <Typography.Text strong data-testid="provincial-sentence">
            {statistics.provincialLevel.sentence}.
          </Typography.Text>
        </Flex>
        <Flex gap={6} wrap align="center">
          <Typography.Text type="secondary">{text.title}:</Typography.Text>
          <Typography.Text>{text.total(statistics.total)}</Typography.Text>
          <Typography.Text type="secondary">· {text.byKind}:</Typography.Text>
          {statistics.byRecipientKind.map((k) => (
            <Tag key={k.recipientKind}>
              {k.label}: {formatNumber(k.count)}
            </Tag>
          ))}
        </Flex>
        {detailed && (
          <Row gutter={16}>
            <Col xs={24} xl={9}>
              <Typography.Text type="secondary">{text.byLevel}</Typography.Text>
              <Table<LevelRow>
                size="small"
                rowKey="level"
                columns={levelColumns}
                dataSource={statistics.byLevel}
                pagination={false}
                data-testid="stats-by-level"
              />
            </Col>
            <Col xs={24} xl={15}>
              <Typography.Text type="secondary">{text.byMember}</Typography.Text>
              <Table<MemberRow>
                size="small"
                rowKey={(r) => String(r.memberUnitId)}
                columns={memberColumns}
                dataSource={statistics.byMember}
                pagination={false}
                data-testid="stats-by-member"
              />
            </Col>
          </Row>
        )}
      </Flex>
    </Card>
  );
});
