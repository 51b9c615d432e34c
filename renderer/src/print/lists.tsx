/** The delegate list and the sign-in sheet: A4 portrait tables grouped by delegation or in name order. */
import type { Conference } from '../../../shared/api/schemas.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { delegateStatusLabels } from '../../../shared/api/schemas/delegates.ts';
import { comparePersonNames, formatLongDate } from '../../../shared/text/vietnamese.ts';
import { columnLabels, printText, roman, type ColumnKey } from './strings.ts';

export type ListOrder = 'delegation' | 'name';

export interface ListData {
  conference: Conference;
  delegates: Delegate[];
  /** Delegations in their list order (delegates.list with sort 'delegation'). */
  delegations: { key: string; name: string }[];
}

const widths: Record<ColumnKey, string> = {
  stt: '13mm',
  fullName: '42mm',
  position: 'auto',
  organization: '38mm',
  delegation: '30mm',
  phone: '27mm',
  seat: '30mm',
  status: '20mm',
  signature: '32mm',
};

function cell(d: Delegate, column: ColumnKey, index: number) {
  switch (column) {
    case 'stt':
      return <td className="num">{index}</td>;
    case 'fullName':
      return <td>{d.fullName}</td>;
    case 'position':
      return <td className="lines">{d.positionLines.join('\n')}</td>;
    case 'organization':
      return <td>{d.organization}</td>;
    case 'delegation':
      return <td>{d.delegationName}</td>;
    case 'phone':
      return <td>{d.phone}</td>;
    case 'seat':
      // "Đoàn Chủ tịch," over "ghế số 1": the seat breaks after its comma rather than inside the words.
      return <td className="lines">{d.seat.replace(/, /u, ',\n')}</td>;
    case 'status':
      return <td>{delegateStatusLabels[d.status]}</td>;
    case 'signature':
      return <td />;
  }
}

/** The rows as groups: one per delegation in list order, or a single unnamed group in name order. */
function grouped(data: ListData, order: ListOrder): { name: string | null; rows: Delegate[] }[] {
  if (order === 'name') {
    return [
      { name: null, rows: [...data.delegates].sort((a, b) => comparePersonNames(a.fullName, b.fullName)) },
    ];
  }
  return data.delegations
    .map((g) => ({ name: g.name, rows: data.delegates.filter((d) => d.delegationKey === g.key) }))
    .filter((g) => g.rows.length > 0);
}

export function DocHead({
  conference,
  title,
  note,
}: {
  conference: Conference;
  title: string;
  note?: string;
}) {
  const joined = [conference.venue, conference.date ? formatLongDate(conference.date) : '']
    .filter(Boolean)
    .join(', ');
  // The line starts a sentence: "Tỉnh Cao Bằng, ngày 01 tháng 8 năm 2024".
  const when = joined.charAt(0).toUpperCase() + joined.slice(1);
  return (
    <header className="doc-head">
      <div className="doc-title">{title}</div>
      <div className="doc-subtitle">{conference.title}</div>
      {when && <div className="doc-when">{when}</div>}
      {note && <div className="doc-note">{note}</div>}
    </header>
  );
}

function DelegateTable({
  data,
  order,
  columns,
  className,
}: {
  data: ListData;
  order: ListOrder;
  columns: ColumnKey[];
  className: string;
}) {
  let index = 0;
  return (
    <table className={`doc-table ${className}`}>
      <colgroup>
        {columns.map((c) => (
          <col key={c} style={{ width: widths[c] }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c}>{columnLabels[c]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grouped(data, order).flatMap((group, g) => [
          ...(group.name === null
            ? []
            : [
                <tr key={`g${g}`} className="group">
                  <td colSpan={columns.length}>{`${roman(g + 1)}. ${group.name.toUpperCase()}`}</td>
                </tr>,
              ]),
          ...group.rows.map((d) => {
            index++;
            const at = index;
            return (
              <tr key={d.id} data-delegate={d.id}>
                {columns.map((c) => (
                  <Cell key={c} delegate={d} column={c} index={at} />
                ))}
              </tr>
            );
          }),
        ])}
      </tbody>
    </table>
  );
}

const Cell = ({ delegate, column, index }: { delegate: Delegate; column: ColumnKey; index: number }) =>
  cell(delegate, column, index);

export function DelegateListDoc(props: { data: ListData; order: ListOrder; columns: ColumnKey[] }) {
  return (
    <div className="doc">
      <DocHead conference={props.data.conference} title={printText.listTitle} />
      <DelegateTable {...props} className="delegate-list" />
      <div className="doc-total">{printText.total(props.data.delegates.length)}</div>
    </div>
  );
}

export const signInColumns: ColumnKey[] = ['stt', 'fullName', 'position', 'signature'];

export function SignInDoc({ data, order }: { data: ListData; order: ListOrder }) {
  const columns: ColumnKey[] =
    order === 'name' ? ['stt', 'fullName', 'position', 'delegation', 'signature'] : signInColumns;
  return (
    <div className="doc">
      <DocHead conference={data.conference} title={printText.signInTitle} note={printText.signInNote} />
      <DelegateTable data={data} order={order} columns={columns} className="sign-in" />
    </div>
  );
}
