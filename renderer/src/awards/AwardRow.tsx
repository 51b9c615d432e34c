/**
 * One drawn row of the award table: its checkbox, the data cells and the edit button, laid out by the grid's
 * style. Memoized by (entry, place): a search keystroke redraws a row only when another entry now sits in its
 * place; the active cell and the editor redraw just their cells (they subscribe to the grid store), a tick
 * just this row.
 */
import { EditOutlined } from '@ant-design/icons';
import { memo, type CSSProperties } from 'react';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';
import { GridCell } from './GridCell.tsx';
import { gridColumns } from './gridColumns.ts';
import { useRowSelected, type GridStore } from './gridStore.ts';
import { awardsText as text } from './strings.ts';

interface Props {
  store: GridStore;
  entry: AwardEntry;
  /** The row's place in the list shown (0-based). */
  index: number;
  /** From the grid: places the row and sets its column widths. */
  style: CSSProperties;
  onEdit: (entry: AwardEntry) => void;
}

export const AwardRow = memo(function AwardRow({ store, entry, index, style, onEdit }: Props) {
  const selected = useRowSelected(store, entry.id);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className="vgrid-row award-row"
      data-row-key={entry.id}
      style={style}
      onDoubleClick={() => onEdit(entry)}
    >
      <div role="gridcell" className="award-td" data-column="select" data-align="center">
        {/* A plain input: an antd Checkbox in each drawn row costs more than the rest of the row. */}
        <input
          type="checkbox"
          className="award-check"
          checked={selected}
          tabIndex={-1}
          aria-label={text.selectRow(entry.recipientName)}
          // onClick, not onChange: the change event does not say whether Shift was held.
          readOnly
          onClick={(event) => store.toggle(entry.id, event.shiftKey)}
        />
      </div>
      {gridColumns.map((column) => (
        <GridCell key={column.key} store={store} entry={entry} column={column} index={index} />
      ))}
      <div role="gridcell" className="award-td" data-column="edit" data-align="center">
        {/* A plain button: an antd Button in every drawn row is the costliest thing in it. */}
        <button
          type="button"
          className="award-edit"
          tabIndex={-1}
          title={text.editRow(entry.recipientName)}
          aria-label={text.editRow(entry.recipientName)}
          onClick={() => onEdit(entry)}
        >
          <EditOutlined />
        </button>
      </div>
    </div>
  );
});
