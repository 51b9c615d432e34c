/**
 * The order of a template's rows, as the clerk sets it in the editor: saved in one write, and followed by the
 * files sent to members, the consolidation and its draft sentences. Files sent before a reorder still import.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { freshApi } from '../support/db.ts';
import type { Router } from '../../../electron/api/router.ts';
import { consolidate } from '../../../electron/returns/consolidation.ts';
import { writeTemplates } from '../../../electron/returns/handlers.ts';
import { importReturns } from '../../../electron/returns/importReturns.ts';
import { getTemplate } from '../../../electron/returns/repository.ts';
import type { ReturnItem, ReturnTemplate } from '../../../shared/api/returnSchemas.ts';
import { filledReturn, setupConference } from './support.ts';

async function call<T>(api: Router, method: string, input: unknown): Promise<T> {
  const reply = await api(method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as T;
}

/** The codes in column B of the member's file, top to bottom. */
async function fileCodes(db: Parameters<typeof getTemplate>[0], conferenceId: number, memberId: number) {
  const { files } = await writeTemplates({ db }, conferenceId, null, [memberId]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(files[0]!.base64!, 'base64') as unknown as ExcelJS.Buffer);
  const codes: string[] = [];
  wb.getWorksheet('Biểu số liệu')!.eachRow((row) => {
    const code = row.getCell(2).text;
    if (/^[A-Z][A-Z0-9_]*$/u.test(code)) codes.push(code);
  });
  return codes;
}

const codes = (items: Pick<ReturnItem, 'code'>[]) => items.map((i) => i.code);

describe('reordering the template', () => {
  it('keeps the order in the stored template, the member files, the consolidation and the sentences', async () => {
    const { api, db, dir } = freshApi();
    const { conference, byCode } = setupConference(db);
    const before = getTemplate(db, conference.id);
    const indicators = before.items.filter((i) => i.kind === 'indicator');
    const criteria = before.items.filter((i) => i.kind === 'criterion');
    // Sent before the reorder: its hidden sheet maps codes to cells, so the new order cannot shift its values.
    const early = await filledReturn(db, conference.id, byCode('DB').id, dir, { GRDP: 8.7, THU_NSNN: 2500 });

    // Budget revenue first, GRDP third; the last criterion first. Sent interleaved, as the form may hold them.
    const newIndicators = [indicators[1]!, indicators[2]!, indicators[0]!, ...indicators.slice(3)];
    const newCriteria = [criteria.at(-1)!, ...criteria.slice(0, -1)];
    const saved = await call<ReturnTemplate>(api, 'returns.templateSave', {
      conferenceId: conference.id,
      title: before.title,
      items: [newCriteria[0], ...newIndicators, ...newCriteria.slice(1)],
    });
    const expected = codes([...newIndicators, ...newCriteria]);
    expect(codes(saved.items)).toEqual(expected);
    expect(saved.version).toBe(before.version + 1);
    expect(codes(getTemplate(db, conference.id).items)).toEqual(expected);

    expect(await fileCodes(db, conference.id, byCode('LS').id)).toEqual(expected);

    const late = await filledReturn(db, conference.id, byCode('LS').id, dir, { GRDP: 4.7, THU_NSNN: 1200 });
    const results = await importReturns(db, conference.id, [early, late]);
    expect(results.map((r) => [r.memberName, r.outcome, r.valuesRead])).toEqual([
      ['Điện Biên', 'imported', 2],
      ['Lạng Sơn', 'imported', 2],
    ]);
    const consolidation = consolidate(db, conference.id, 'cluster');
    expect(codes(consolidation.items)).toEqual(expected);
    const grdp = consolidation.items.find((i) => i.code === 'GRDP')!;
    expect(grdp.cells.filter((c) => c.number !== null).map((c) => c.display)).toEqual(['8,7%', '4,7%']);
    expect(consolidation.sentences.map((s) => s.split(',')[0])).toEqual([
      'Về thu ngân sách nhà nước trên địa bàn',
      'Về tốc độ tăng trưởng GRDP',
    ]);
  });

  it('writes nothing when one row of the reordered template is refused', async () => {
    const { api, db } = freshApi();
    const { conference } = setupConference(db);
    const before = getTemplate(db, conference.id);
    const reversed = [...before.items].reverse();
    const pci = reversed.findIndex((i) => i.code === 'PCI');
    reversed[pci] = { ...reversed[pci]!, min: 0 };
    const reply = await api('returns.templateSave', {
      conferenceId: conference.id,
      title: before.title,
      items: reversed,
    });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: `items.${pci}.min`, message: 'Thứ hạng bắt đầu từ 1: giới hạn phải từ 1 trở lên.' }],
      },
    });
    const after = getTemplate(db, conference.id);
    expect(codes(after.items)).toEqual(codes(before.items));
    expect(after.version).toBe(before.version);
  });

  it('refuses fractional bounds for whole-number items and a weighted average without its weight', async () => {
    const { api, db } = freshApi();
    const { conference } = setupConference(db);
    const { title, items } = getTemplate(db, conference.id);
    const edited = items.map((i) =>
      i.code === 'KT_TINH' ? { ...i, max: 2.5 } : i.code === 'KT_TINH_TT' ? { ...i, weightCode: null } : i,
    );
    const reply = await api('returns.templateSave', { conferenceId: conference.id, title, items: edited });
    if (reply.ok) throw new Error('saved');
    expect((reply.error.issues ?? []).map((i) => [i.path, i.message])).toEqual([
      [
        `items.${items.findIndex((i) => i.code === 'KT_TINH')}.max`,
        'Chỉ tiêu số nguyên hoặc thứ hạng chỉ nhận giới hạn là số nguyên.',
      ],
      [
        `items.${items.findIndex((i) => i.code === 'KT_TINH_TT')}.weightCode`,
        'Chỉ tiêu KT_TINH_TT: bình quân gia quyền cần mã một chỉ tiêu số làm trọng số.',
      ],
    ]);
  });
});
