/**
 * The consolidation: indicators × members with each member's rank and the cluster figure, a bar chart and the
 * draft sentence per indicator, in rank order or the cluster's fixed order as the clerk chooses.
 */
import { CopyOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ConsolidatedItem, Consolidation } from '../../../shared/api/returnSchemas.ts';
import { formatNumber, formatPercent } from '../../../shared/text/vietnamese.ts';
import { call } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { BarChart } from './BarChart.tsx';
import { consolidationText as text } from './strings.ts';

type Order = Consolidation['order'];
const orderKey = 'thuky.returnsOrder';

interface Props {
  conferenceId: number;
  exporting: boolean;
  onExport: (order: Order) => void;
}

/** A figure in the matrix: the unit is in its own column, so "8,7" rather than "8,7%". */
const bare = (value: number | null, fallback: string) => (value === null ? fallback : formatNumber(value));
const chartFigure = (item: ConsolidatedItem) => (value: number) =>
  item.type === 'percent' ? formatPercent(value) : formatNumber(value);

export function ConsolidationPanel({ conferenceId, exporting, onExport }: Props) {
  const { message } = App.useApp();
  const [order, setOrder] = useState<Order>(() =>
    sessionStorage.getItem(orderKey) === 'cluster' ? 'cluster' : 'rank',
  );
  const loaded = useLoad(
    () => call('returns.consolidate', { conferenceId, order }),
    `consolidation-${conferenceId}-${order}`,
  );
  const data = loaded.data;

  const choose = (next: Order) => {
    setOrder(next);
    sessionStorage.setItem(orderKey, next);
  };

  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      void message.success(text.copied);
    } catch {
      void message.error(text.copyFailed);
    }
  };

  const memberColumns: TableColumnsType<ConsolidatedItem> = (data?.members ?? []).map((m, index) => ({
    title: m.shortName,
    key: `m${m.id}`,
    width: 80,
    align: 'right',
    render: (_, item) => {
      const cell = item.cells[index];
      // A blank cell read as "zero" or "forgot to load"; the dash says plainly that nothing came (the exported
      // workbook keeps the cell empty, as the NĐ30 tables do).
      if (!cell || (cell.number === null && !cell.text))
        return (
          <Typography.Text type="secondary" title={text.noFigure}>
            —
          </Typography.Text>
        );
      return (
        <Flex vertical align="end">
          <span>{bare(cell.number, cell.text ?? '')}</span>
          {cell.rank !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {text.rank(cell.rank)}
            </Typography.Text>
          )}
        </Flex>
      );
    },
  }));
  const columns: TableColumnsType<ConsolidatedItem> = [
    { title: text.item, dataIndex: 'name', fixed: 'start', width: 260 },
    { title: text.unit, dataIndex: 'unit', width: 80 },
    ...memberColumns,
    {
      title: text.cluster,
      key: 'cluster',
      width: 110,
      align: 'right',
      render: (_, item) =>
        item.aggregateLabel && (
          <Tooltip title={item.aggregateLabel}>
            <Flex vertical align="end">
              <strong>{bare(item.aggregateValue, '')}</strong>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.aggregateLabel}
              </Typography.Text>
            </Flex>
          </Tooltip>
        ),
    },
  ];

  const charted = data?.items.filter((i) => i.chart.length > 0) ?? [];
  const total = data?.members.length ?? 0;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Space size={12} wrap>
          <Typography.Text>{text.order}:</Typography.Text>
          <Segmented<Order>
            aria-label={text.order}
            value={order}
            onChange={choose}
            options={[
              { value: 'rank', label: text.byRank },
              { value: 'cluster', label: text.byCluster },
            ]}
          />
          {data && (
            <Typography.Text type="secondary">{text.received(data.receivedCount, total)}</Typography.Text>
          )}
        </Space>
        <Button
          icon={<FileExcelOutlined />}
          loading={exporting}
          disabled={!data}
          onClick={() => onExport(order)}
        >
          {text.export}
        </Button>
      </Flex>
      {loaded.error && <Alert type="error" showIcon title={loaded.error} />}
      {data && data.receivedCount === 0 && <Alert type="info" showIcon title={text.nothingYet} />}
      {data && data.sentences.length > 0 && (
        <Card
          size="small"
          title={text.sentencesTitle}
          extra={
            <Button size="small" icon={<CopyOutlined />} onClick={() => void copy(data.sentences.join('\n'))}>
              {text.copyAll}
            </Button>
          }
        >
          <Flex vertical gap={6} data-testid="returns-sentences">
            {data.sentences.map((sentence) => (
              <Flex key={sentence} gap={8} align="start">
                <Typography.Paragraph style={{ margin: 0, flex: 1 }}>{sentence}</Typography.Paragraph>
                <Button size="small" icon={<CopyOutlined />} onClick={() => void copy(sentence)}>
                  {text.copy}
                </Button>
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
      {data && data.receivedCount > 0 && charted.length === 0 && (
        <Typography.Text type="secondary">{text.noFigures}</Typography.Text>
      )}
      {charted.length > 0 && (
        <div
          data-testid="returns-charts"
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(480px, 1fr))', gap: 12 }}
        >
          {charted.map((item) => (
            <Card
              key={item.code}
              size="small"
              data-testid={`returns-chart-${item.code}`}
              title={
                <span style={{ whiteSpace: 'normal' }}>
                  {item.name}
                  {item.unit && <Typography.Text type="secondary">{` (${item.unit})`}</Typography.Text>}
                </span>
              }
            >
              <BarChart
                title={item.name}
                bars={item.chart.map((b) => ({ key: b.memberId, ...b }))}
                format={chartFigure(item)}
              />
              {!item.higherIsBetter && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {text.lowerIsBetter}
                </Typography.Text>
              )}
            </Card>
          ))}
        </div>
      )}
      <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
        {text.tableTitle}
      </Typography.Title>
      <div data-testid="returns-matrix">
        <Table<ConsolidatedItem>
          rowKey="code"
          size="small"
          bordered
          loading={loaded.loading}
          columns={columns}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.nothingYet} /> }}
        />
      </div>
    </Flex>
  );
}
