/** The template form's row bookkeeping: open rows follow a move, issues open their rows, saving tidies items. */
import { describe, expect, it } from 'vitest';
import {
  afterMove,
  blankItem,
  forSave,
  rowsWithAdvancedIssues,
} from '../../../renderer/src/returns/templateRows.ts';

describe('template rows', () => {
  it('keeps each open row on its item when the list moves', () => {
    // [a, b, c, d]: a moved to where c stood gives [b, c, a, d].
    expect([0, 1, 2, 3].map((i) => afterMove(i, 0, 2))).toEqual([2, 0, 1, 3]);
    // d moved to where b stood gives [a, d, b, c].
    expect([0, 1, 2, 3].map((i) => afterMove(i, 3, 1))).toEqual([0, 2, 3, 1]);
  });

  it('opens only the rows whose advanced settings hold an issue', () => {
    expect(
      rowsWithAdvancedIssues([
        ['items', 4, 'weightCode'],
        ['items', 2, 'code'],
        ['items', 7, 'sentenceLead'],
        ['title'],
      ]),
    ).toEqual([4, 7]);
  });

  it('drops what an item type cannot use before saving', () => {
    const text = {
      ...blankItem('indicator'),
      type: 'text' as const,
      min: 1,
      max: 5,
      aggregate: 'sum' as const,
    };
    expect(forSave(text)).toMatchObject({ min: null, max: null, aggregate: 'none', weightCode: null });
    const summed = { ...blankItem('indicator'), aggregate: 'sum' as const, weightCode: 'KT_TINH' };
    expect(forSave(summed).weightCode).toBeNull();
    const criterion = { ...blankItem('criterion'), maxPoints: 20, type: 'percent' as const };
    expect(forSave(criterion)).toMatchObject({ type: 'number', unit: 'điểm', min: 0, max: 20 });
  });
});
