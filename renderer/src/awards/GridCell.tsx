/**
 * One cell of the award table. It subscribes only to its own state in the grid store, so the active cell,
 * the open editor or a refused edit redraw this cell alone. A refused edit keeps the old value and shows the
 * server's sentence under the cell until the clerk moves on.
 */
import { CheckOutlined } from '@ant-design/icons';
import { Checkbox, Tooltip } from 'antd';
import { createContext, memo, useContext, useLayoutEffect, useRef } from 'react';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';
import { ChoiceEditor, TextEditor, type EditEnd } from './CellEditor.tsx';
import { choicesOf, editValue, type ChoiceSources, type GridColumn } from './gridColumns.ts';
import { useCellError, useCellMode, useHeaderState, type GridStore } from './gridStore.ts';
import { awardsText as text } from './strings.ts';

export interface GridActions {
  store: GridStore;
  sources: ChoiceSources;
  /** Editing ended in this cell: save the value if it changed, then move the active cell. */
  onEditEnd: (entry: AwardEntry, column: GridColumn, end: EditEnd) => void;
}

/** Read only by cells with an open editor and the checkboxes, so a new catalogue does not redraw the others. */
export const GridContext = createContext<GridActions | null>(null);

function useGrid(): GridActions {
  const grid = useContext(GridContext);
  if (!grid) throw new Error('GridContext missing');
  return grid;
}

interface CellProps {
  store: GridStore;
  entry: AwardEntry;
  column: GridColumn;
  /** The row's place in the list shown, for the TT column. */
  index: number;
}

function Display({ entry, column, index }: Omit<CellProps, 'store'>) {
  if (column.key === 'order') return <>{index + 1}</>;
  if (column.key === 'flag')
    return entry.smallOrDirect ? <CheckOutlined aria-label={text.columns.flagTitle} /> : null;
  return <>{column.show(entry)}</>;
}

function Editor({ entry, column }: { entry: AwardEntry; column: GridColumn }) {
  const { store, sources, onEditEnd } = useGrid();
  const edit = column.edit!;
  const value = editValue(entry, edit.field, sources);
  const typed = store.editing?.typed ?? null;
  const onDone = (end: EditEnd) => onEditEnd(entry, column, end);
  const label = text.editCell(column.title, entry.recipientName);
  if (edit.kind === 'text') return <TextEditor label={label} value={value} typed={typed} onDone={onDone} />;
  return (
    <ChoiceEditor
      label={label}
      value={value}
      typed={typed}
      choices={choicesOf(edit.field, entry, sources)}
      popupWidth={edit.field === 'awardFormId' ? 420 : undefined}
      onDone={onDone}
    />
  );
}

export const GridCell = memo(function GridCell({ store, entry, column, index }: CellProps) {
  const mode = useCellMode(store, entry.id, column.key);
  const error = useCellError(store, entry.id, column.key);
  const ref = useRef<HTMLDivElement>(null);

  // `error` too: showing or dropping the message re-creates the cell's element, which must get focus back.
  useLayoutEffect(() => {
    if (mode === 'active' && store.takeFocus()) ref.current?.focus();
  }, [mode, store, error]);

  const shown = column.show(entry);
  const cell = (
    <div
      ref={ref}
      className="award-td award-cell"
      role="gridcell"
      tabIndex={mode === 'active' ? 0 : -1}
      data-column={column.key}
      data-mode={mode}
      data-align={column.align}
      aria-invalid={error !== null || undefined}
      title={shown || undefined}
      onMouseDown={() => {
        if (mode === 'idle') store.activate({ id: entry.id, column: column.key });
      }}
    >
      {mode === 'editing' ? (
        <Editor entry={entry} column={column} />
      ) : (
        <Display {...{ entry, column, index }} />
      )}
    </div>
  );
  if (error === null) return cell;
  return (
    <Tooltip open color="#cf1322" placement="bottomLeft" title={<span role="alert">{error}</span>}>
      {cell}
    </Tooltip>
  );
});

/** The header checkbox: every row shown (after filtering) at once. */
export function HeaderCheckbox() {
  const { store } = useGrid();
  const state = useHeaderState(store);
  return (
    <Checkbox
      checked={state === 'all'}
      indeterminate={state === 'some'}
      aria-label={text.selectAllShown}
      onChange={() => store.toggleAllShown()}
    />
  );
}
