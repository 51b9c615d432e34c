/**
 * The award list as a dense, virtualised table: only the rows in view are in the DOM, so 10,000 entries scroll
 * and filter smoothly. Fixed column widths (virtual tables need them) and one line per row, with the full text
 * in a tooltip-free `title` so hovering still tells what an ellipsis hides.
 */
import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';
import { awardLevelLabels, recipientKindLabels } from '../../../shared/api/schemas/awards.ts';
import { formatShortDate } from '../../../shared/text/vietnamese.ts';
import type { AwardSort } from './filter.ts';
import { awardsText as text } from './strings.ts';

const line = (value: string) => (
  <span
    title={value}
    style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', display: 'block' }}
  >
    {value}
  </span>
);

const widths = {
  order: 48,
  name: 184,
  kind: 76,
  work: 176,
  form: 214,
  level: 100,
  decision: 104,
  member: 92,
  flag: 48,
  edit: 36,
};
const selectionWidth = 32;
const tableWidth = selectionWidth + Object.values(widths).reduce((a, b) => a + b, 0);

/** Column headers that sort: the list's three orders, chosen by clicking a header as in a spreadsheet. */
const sortOfColumn: Record<string, AwardSort> = { name: 'name', form: 'precedence', member: 'member' };

function columns(onEdit: (entry: AwardEntry) => void, sort: AwardSort): TableColumnsType<AwardEntry> {
  const sorted = (key: string) => ({
    sorter: true,
    sortDirections: ['ascend' as const],
    sortOrder: sortOfColumn[key] === sort ? ('ascend' as const) : null,
  });
  return [
    {
      title: text.columns.order,
      key: 'order',
      width: widths.order,
      align: 'right',
      render: (_, _e, i) => i + 1,
    },
    {
      title: text.columns.name,
      key: 'name',
      width: widths.name,
      ...sorted('name'),
      render: (_, e) => line(e.recipientName),
    },
    {
      title: text.columns.kind,
      key: 'kind',
      width: widths.kind,
      render: (_, e) => recipientKindLabels[e.recipientKind],
    },
    {
      title: text.columns.work,
      key: 'work',
      width: widths.work,
      render: (_, e) => line([e.position, e.organization].filter(Boolean).join(', ')),
    },
    {
      title: text.columns.form,
      key: 'form',
      width: widths.form,
      ...sorted('form'),
      render: (_, e) => line(e.awardFormName),
    },
    {
      title: text.columns.level,
      key: 'level',
      width: widths.level,
      render: (_, e) => awardLevelLabels[e.level],
    },
    {
      title: text.columns.decision,
      key: 'decision',
      width: widths.decision,
      render: (_, e) =>
        line(
          [e.decisionNumber, e.decisionDate ? formatShortDate(e.decisionDate) : '']
            .filter(Boolean)
            .join(', '),
        ),
    },
    {
      title: text.columns.member,
      key: 'member',
      width: widths.member,
      ...sorted('member'),
      render: (_, e) => line(e.memberName ?? ''),
    },
    {
      title: <span title={text.columns.flagTitle}>{text.columns.flag}</span>,
      key: 'flag',
      width: widths.flag,
      align: 'center',
      render: (_, e) => e.smallOrDirect && <CheckOutlined aria-label={text.columns.flagTitle} />,
    },
    {
      title: '',
      key: 'edit',
      width: widths.edit,
      render: (_, e) => (
        <Button
          type="text"
          size="small"
          icon={<EditOutlined />}
          aria-label={text.editRow(e.recipientName)}
          onClick={() => onEdit(e)}
        />
      ),
    },
  ];
}

/** The height left below the table's top edge in the window, kept up to date as the window resizes. */
function useHeightBelow(offset: number): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(400);
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(240, window.innerHeight - top - offset));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [offset]);
  return [ref, height];
}

interface Props {
  rows: AwardEntry[];
  loading: boolean;
  emptyText: string;
  selected: number[];
  onSelect: (ids: number[]) => void;
  onEdit: (entry: AwardEntry) => void;
  /** The query these rows were filtered with, mirrored into the DOM so tests and the benchmark can wait for it. */
  renderedQuery: string;
  sort: AwardSort;
  onSort: (sort: AwardSort) => void;
}

export function AwardsTable(props: Props) {
  const { rows, loading, emptyText, selected, onSelect, onEdit, renderedQuery, sort, onSort } = props;
  const [ref, height] = useHeightBelow(56);
  // Built once per handler (pass a stable one): a new array each keystroke would make the table redo its layout.
  const cols = useMemo(() => columns(onEdit, sort), [onEdit, sort]);
  return (
    <div ref={ref} data-testid="awards-table" data-rendered-query={renderedQuery} aria-busy={loading}>
      <Table<AwardEntry>
        virtual
        size="small"
        rowKey="id"
        bordered
        columns={cols}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: tableWidth, y: height }}
        locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
        rowSelection={{
          columnWidth: selectionWidth,
          selectedRowKeys: selected,
          onChange: (keys) => onSelect(keys.map(Number)),
          preserveSelectedRowKeys: true,
        }}
        onRow={(e) => ({ onDoubleClick: () => onEdit(e) })}
        onChange={(_pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = one?.order ? String(one.columnKey) : '';
          onSort(sortOfColumn[key] ?? 'precedence');
        }}
      />
    </div>
  );
}
