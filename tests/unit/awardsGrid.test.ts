/**
 * The award table's pure parts: the grid store's state changes (ticks, Shift ranges, the header box, the active
 * cell, editing, refusals), the keyboard's key → move mapping, and the virtual grid's visible-range and
 * scroll arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AwardEntry } from '../../shared/api/schemas/awards.ts';
import { scrollTopFor, visibleRange } from '../../renderer/src/app/virtualRows.ts';
import { across, moveFor, page } from '../../renderer/src/awards/gridMoves.ts';
import { GridStore } from '../../renderer/src/awards/gridStore.ts';

function entry(id: number): AwardEntry {
  return {
    id,
    conferenceId: 1,
    recipientKind: 'ca_nhan',
    recipientName: `Người số ${id}`,
    position: '',
    organization: '',
    awardFormId: 1,
    awardFormName: 'Bằng khen của Thủ tướng Chính phủ',
    precedence: 1,
    level: 'chinh_phu',
    decisionNumber: '',
    decisionDate: null,
    memberUnitId: null,
    memberName: null,
    smallOrDirect: false,
    note: '',
    searchKey: `nguoi so ${id}`,
    nameKey: `${id}`,
    updatedAt: '2024-06-01T00:00:00Z',
  };
}

/** A store showing rows with ids 10, 20, … and counting its change notices. */
function storeWith(count: number) {
  const store = new GridStore();
  store.setRows(Array.from({ length: count }, (_, i) => entry((i + 1) * 10)));
  let notices = 0;
  store.subscribe(() => notices++);
  return { store, notices: () => notices };
}

describe('grid store', () => {
  it('ticks and unticks one row, and a Shift range from the last tick follows the clicked row', () => {
    const { store } = storeWith(8);
    store.toggle(20, false);
    expect([...store.selected]).toEqual([20]);
    store.toggle(50, true);
    expect([...store.selected].sort((a, b) => a - b)).toEqual([20, 30, 40, 50]);
    // Shift on a ticked row unticks the range back to the anchor (50 → 30).
    store.toggle(30, true);
    expect([...store.selected]).toEqual([20]);
    store.toggle(20, false);
    expect(store.selected.size).toBe(0);
  });

  it('a Shift range runs backwards too, and without an anchor ticks just the row', () => {
    const { store } = storeWith(8);
    store.toggle(60, true);
    expect([...store.selected]).toEqual([60]);
    store.toggle(30, true);
    expect([...store.selected].sort((a, b) => a - b)).toEqual([30, 40, 50, 60]);
  });

  it('the header box ticks every row shown, keeps ticks on rows filtered out, and unticks the shown ones', () => {
    const { store } = storeWith(4);
    store.setSelected(new Set([999]));
    expect(store.headerState()).toBe('none');
    store.toggle(10, false);
    expect(store.headerState()).toBe('some');
    store.toggleAllShown();
    expect(store.headerState()).toBe('all');
    expect([...store.selected].sort((a, b) => a - b)).toEqual([10, 20, 30, 40, 999]);
    store.toggleAllShown();
    expect([...store.selected]).toEqual([999]);
    store.setRows([]);
    expect(store.headerState()).toBe('none');
  });

  it('finds a row by id in the rows shown, -1 once filtered out', () => {
    const { store } = storeWith(5);
    expect(store.indexOf(40)).toBe(3);
    store.setRows([entry(40), entry(10)]);
    expect(store.indexOf(40)).toBe(0);
    expect(store.indexOf(20)).toBe(-1);
  });

  it('the active cell takes focus once; new rows cancel a pending focus', () => {
    const { store, notices } = storeWith(3);
    store.activate({ id: 20, column: 'name' });
    expect(notices()).toBe(1);
    expect(store.takeFocus()).toBe(true);
    expect(store.takeFocus()).toBe(false);
    store.activate({ id: 30, column: 'name' });
    store.setRows([entry(30)]);
    expect(store.takeFocus()).toBe(false);
    store.activate({ id: 30, column: 'name' }, false);
    expect(store.takeFocus()).toBe(false);
  });

  it('a refusal stays on its cell until the active cell moves or Escape; editing clears it', () => {
    const { store } = storeWith(3);
    store.activate({ id: 10, column: 'name' });
    store.takeFocus();
    store.refuse({ id: 10, column: 'name', message: 'Chưa nhập tên tập thể, cá nhân.' });
    expect(store.error?.message).toBe('Chưa nhập tên tập thể, cá nhân.');
    expect(store.takeFocus()).toBe(true);
    store.activate({ id: 10, column: 'name' });
    expect(store.error).not.toBeNull();
    store.activate({ id: 10, column: 'kind' });
    expect(store.error).toBeNull();

    store.refuse({ id: 10, column: 'kind', message: 'x' });
    store.dismissError();
    expect(store.error).toBeNull();
    store.refuse({ id: 10, column: 'kind', message: 'x' });
    store.startEditing({ id: 10, column: 'kind', typed: 'a' });
    expect(store.error).toBeNull();
    expect(store.editing).toEqual({ id: 10, column: 'kind', typed: 'a' });
    store.takeFocus();
    store.stopEditing();
    expect(store.editing).toBeNull();
    expect(store.takeFocus()).toBe(true);
  });

  it('setting the same rows again notifies no one', () => {
    const { store, notices } = storeWith(3);
    store.setRows(store.rows);
    expect(notices()).toBe(0);
  });
});

describe('grid keys', () => {
  const at = { row: 5, column: 3 };
  it('moves by arrows, pages and Home/End, clamped to the list', () => {
    expect(moveFor('ArrowDown', false, at, 100, 11)).toEqual({ row: 6, column: 3 });
    expect(moveFor('ArrowUp', false, at, 100, 11)).toEqual({ row: 4, column: 3 });
    expect(moveFor('ArrowRight', false, at, 100, 11)).toEqual({ row: 5, column: 4 });
    expect(moveFor('ArrowLeft', false, at, 100, 11)).toEqual({ row: 5, column: 2 });
    expect(moveFor('PageDown', false, at, 100, 11)).toEqual({ row: 5 + page, column: 3 });
    expect(moveFor('PageUp', false, at, 100, 11)).toEqual({ row: 0, column: 3 });
    expect(moveFor('PageDown', false, at, 8, 11)).toEqual({ row: 7, column: 3 });
    expect(moveFor('Home', false, at, 100, 11)).toEqual({ row: 5, column: 0 });
    expect(moveFor('End', false, at, 100, 11)).toEqual({ row: 5, column: 10 });
    expect(moveFor('Home', true, at, 100, 11)).toEqual({ row: 0, column: 0 });
    expect(moveFor('End', true, at, 100, 11)).toEqual({ row: 99, column: 10 });
    expect(moveFor('ArrowUp', false, { row: 0, column: 0 }, 100, 11)).toEqual({ row: 0, column: 0 });
    expect(moveFor('ArrowRight', false, { row: 0, column: 10 }, 100, 11)).toEqual({ row: 0, column: 10 });
  });

  it('other keys and an empty list do not move', () => {
    for (const key of ['Enter', 'a', ' ', 'Tab', 'Delete', 'F2'])
      expect(moveFor(key, false, at, 100, 11)).toBeNull();
    expect(moveFor('ArrowDown', false, at, 0, 11)).toBeNull();
  });

  it('Tab goes across, wrapping rows, and stops at either end of the list', () => {
    expect(across({ row: 0, column: 10 }, 1, 3, 11)).toEqual({ row: 1, column: 0 });
    expect(across({ row: 1, column: 0 }, -1, 3, 11)).toEqual({ row: 0, column: 10 });
    expect(across({ row: 2, column: 10 }, 1, 3, 11)).toBeNull();
    expect(across({ row: 0, column: 0 }, -1, 3, 11)).toBeNull();
  });
});

describe('virtual grid arithmetic', () => {
  it('draws the rows in view plus the overscan, within the list', () => {
    expect(visibleRange(0, 340, 34, 10_000, 6)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(3400, 340, 34, 10_000, 6)).toEqual({ start: 94, end: 116 });
    // Half a row scrolled: the partly shown rows at both edges are drawn.
    expect(visibleRange(17, 340, 34, 10_000, 0)).toEqual({ start: 0, end: 11 });
    expect(visibleRange(0, 340, 34, 5, 6)).toEqual({ start: 0, end: 5 });
    expect(visibleRange(0, 340, 34, 0, 6)).toEqual({ start: 0, end: 0 });
  });

  it('a scroll position past a list that just got shorter still draws its last screenful', () => {
    expect(visibleRange(34_000, 340, 34, 30, 2)).toEqual({ start: 18, end: 30 });
  });

  it('always covers the view with at most a screenful plus overscan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 12_000 }),
        fc.integer({ min: 0, max: 20 }),
        (scrollTop, viewport, rowHeight, rowCount, overscan) => {
          const { start, end } = visibleRange(scrollTop, viewport, rowHeight, rowCount, overscan);
          expect(0 <= start && start <= end && end <= rowCount).toBe(true);
          const top = Math.min(scrollTop, Math.max(0, rowCount * rowHeight - viewport));
          const firstSeen = Math.floor(top / rowHeight);
          const lastSeen = Math.min(rowCount, Math.ceil((top + viewport) / rowHeight));
          if (firstSeen < lastSeen) {
            expect(start).toBeLessThanOrEqual(firstSeen);
            expect(end).toBeGreaterThanOrEqual(lastSeen);
          }
          expect(end - start).toBeLessThanOrEqual(Math.ceil(viewport / rowHeight) + 1 + 2 * overscan);
        },
      ),
    );
  });

  it('scrolls as little as needed to show a row whole', () => {
    // View of 340 px at 3400: rows 100–109 whole.
    expect(scrollTopFor(105, 3400, 340, 34)).toBe(3400);
    expect(scrollTopFor(100, 3400, 340, 34)).toBe(3400);
    expect(scrollTopFor(109, 3400, 340, 34)).toBe(3400);
    expect(scrollTopFor(99, 3400, 340, 34)).toBe(3366);
    expect(scrollTopFor(110, 3400, 340, 34)).toBe(3434);
    expect(scrollTopFor(0, 3400, 340, 34)).toBe(0);
    expect(scrollTopFor(9999, 0, 340, 34)).toBe(9999 * 34 + 34 - 340);
  });
});
