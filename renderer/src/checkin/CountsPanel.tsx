/** Live attendance: the total in large type, then per delegation, then who is absent and why. */
import { Card, Flex, List, Progress, Table, Typography } from 'antd';
import type { CheckinCounts } from '../../../shared/api/methods/checkin.ts';
import { checkinText as text } from './strings.ts';

export function CountsPanel({ counts }: { counts: CheckinCounts }) {
  const share = counts.expected === 0 ? 0 : Math.round((counts.present / counts.expected) * 100);
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="checkin-total">
          {counts.summary}
        </Typography.Title>
        <Progress percent={share} showInfo={false} />
      </Card>
      <Card size="small" title={text.perDelegation}>
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          data-testid="checkin-delegations"
          dataSource={counts.delegations}
          locale={{ emptyText: <Typography.Text type="secondary">{text.noDelegations}</Typography.Text> }}
          columns={[
            { title: text.columns.delegation, dataIndex: 'name' },
            {
              title: text.present,
              width: 80,
              align: 'right',
              render: (_, g) => `${g.present}/${g.expected}`,
            },
            { title: text.absentCount, width: 56, align: 'right', dataIndex: 'absent' },
          ]}
        />
      </Card>
      <Card size="small" title={`${text.absences} (${counts.absent})`}>
        {counts.absences.length === 0 ? (
          <Typography.Text type="secondary">{text.noAbsences}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={counts.absences}
            renderItem={(a) => (
              <List.Item>
                <span>
                  <strong>{a.fullName}</strong> ({a.delegationName}){a.reason ? `: ${a.reason}` : ''}
                </span>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
