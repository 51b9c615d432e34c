/** The paste preview's own row check: the problems the server would refuse, found before anything is sent. */
import { describe, expect, it } from 'vitest';
import { buildRows, issueCell, type PasteField } from '../../renderer/src/delegates/paste.ts';

const mapping: (PasteField | null)[] = [null, 'fullName', 'email', 'role'];

describe('buildRows', () => {
  it('marks a row with no name on its name cell, with the server’s message', () => {
    const built = buildRows(
      [
        ['1', 'Hà Thị Nga', 'nga@caobang.gov.vn', ''],
        ['2', '   ', '', ''],
      ],
      mapping,
      '',
      [],
    );
    expect(built.issues).toEqual([{ path: 'rows.1.fullName', message: 'Dòng 2: Chưa nhập họ và tên.' }]);
    expect(issueCell(built.issues[0]!.path, mapping)).toEqual({ row: 1, column: 1 });
  });

  it('lists every problem of the paste in row order', () => {
    const built = buildRows(
      [
        ['1', '', 'khong-phai-email', ''],
        ['2', 'Lò Văn Tâm', '', 'Khách mời VIP'],
      ],
      mapping,
      '',
      [],
    );
    expect(built.issues.map((i) => i.path)).toEqual(['rows.0.fullName', 'rows.0.email', 'rows.1.role']);
  });

  it('finds nothing in rows the server would take', () => {
    const built = buildRows([['1', 'Bà Hà Thị Nga', 'nga@caobang.gov.vn', '']], mapping, '', []);
    expect(built.issues).toEqual([]);
    expect(built.rows[0]).toMatchObject({ fullName: 'Hà Thị Nga', gender: 'nu' });
  });
});
