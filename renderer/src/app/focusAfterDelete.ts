/**
 * After a row is deleted with its own button, that button leaves the page and focus would fall to the body:
 * the clerk using the keyboard loses her place. This puts focus on the same control of the row that took its
 * place (or of the row before, when the last one went), once the reloaded list no longer holds the deleted row.
 */
import { useCallback, useEffect, useRef } from 'react';

interface Pending {
  deleted: number;
  next: number;
}

/** `control` selects the control inside a `tr[data-row-key]` row, e.g. '[data-action="delete"]'. */
export function useFocusAfterDelete(rows: readonly { id: number }[], control: string) {
  const pending = useRef<Pending | null>(null);

  useEffect(() => {
    const want = pending.current;
    if (!want || rows.some((r) => r.id === want.deleted)) return;
    pending.current = null;
    document.querySelector<HTMLElement>(`tr[data-row-key="${want.next}"] ${control}`)?.focus();
  }, [rows, control]);

  /** Call just before deleting the row `id`. */
  return useCallback(
    (id: number) => {
      const index = rows.findIndex((r) => r.id === id);
      const neighbour = rows[index + 1] ?? rows[index - 1];
      pending.current = index >= 0 && neighbour ? { deleted: id, next: neighbour.id } : null;
    },
    [rows],
  );
}
