/** The delegates table's drag handle, named for the delegate; the sortable rows live in app/SortableRows. */
import { DragHandle as RowDragHandle } from '../app/SortableRows.tsx';
import { delegatesText as text } from './strings.ts';

export { SortableRow } from '../app/SortableRows.tsx';

export function DragHandle({ name }: { name: string }) {
  return <RowDragHandle label={`${text.dragHandle}: ${name}`} />;
}
