/**
 * Every document's particulars are editable: documents.list says what each prints, and the table agrees with
 * the documents themselves; unnumbered documents take the clerk's heading per document, in Word, Excel and
 * the preview alike.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadPackData } from '../../../electron/documents/pack/data.ts';
import { previewDocument } from '../../../electron/documents/pack/previewDocument.ts';
import { printedParticulars } from '../../../electron/documents/particulars.ts';
import { updateConclusions } from '../../../electron/documents/conclusions.ts';
import { createRouter } from '../../../electron/api/router.ts';
import { packDocumentIds, type PackDocumentId } from '../../../shared/api/methods/documents.ts';
import { built, demoPack, options } from './packSupport.ts';
import { visibleText } from './support.ts';

const upper = (s: string) => s.toLocaleUpperCase('vi');

describe('particulars of every document', () => {
  it('lists what each document prints: all of it on official documents, the heading on lists, nothing on name cards', async () => {
    const { db, file, conferenceId } = await demoPack();
    const api = createRouter({ db, databasePath: file, appVersion: 'test' });
    const list = await api('documents.list', { conferenceId });
    if (!list.ok) throw new Error(list.error.message);
    const printed = Object.fromEntries(
      (list.value as { id: PackDocumentId; printed: string[] }[]).map((d) => [d.id, d.printed]),
    );
    expect(printed['chuong_trinh']).toEqual(['header', 'number', 'placeDate', 'signer', 'recipients']);
    expect(printed['bien_ban']).toEqual(['header', 'number', 'recipients']);
    expect(printed['kich_ban']).toEqual(['header']);
    expect(printed['danh_sach_khen_thuong_excel']).toEqual(['header']);
    expect(printed['bang_ten']).toEqual([]);

    const heading = await api('documents.heading.defaults', { conferenceId, document: 'kich_ban' });
    const settings = loadPackData(db, conferenceId, options()).settings;
    expect(heading).toEqual({
      ok: true,
      value: { document: 'kich_ban', parentBody: settings.parentBody, issuingBody: settings.issuingBody },
    });
    const bad = await api('documents.heading.defaults', { conferenceId, document: 'khong_co' });
    expect(bad.ok).toBe(false);
  });

  it('agrees with what each Word document actually prints', async () => {
    const { db, conferenceId } = await demoPack();
    updateConclusions(db, { conferenceId, conclusions: 'Các tỉnh tiếp tục thi đua.', endTime: '11:30' });
    const data = loadPackData(db, conferenceId, options());
    const issuing = upper(data.settings.issuingBody);
    for (const id of packDocumentIds.filter((d) => d !== 'danh_sach_khen_thuong_excel')) {
      const fields = printedParticulars[id];
      const text = visibleText((await built(db, conferenceId, id)).parts[0]!.document);
      expect(text.includes(issuing), `${id}: issuing body`).toBe(fields.includes('header'));
      expect(/Số: /u.test(text), `${id}: number`).toBe(fields.includes('number'));
      const place = `${data.settings.placeName}, ngày`;
      expect(text.includes(place), `${id}: place and date`).toBe(fields.includes('placeDate'));
      expect(text.includes('Nơi nhận:'), `${id}: recipients`).toBe(fields.includes('recipients'));
      if (fields.includes('signer'))
        expect(text, `${id}: signer`).toContain(upper(data.settings.signerTitle));
    }
  });

  it("heads an unnumbered document with the clerk's edit, that document only, in Word, Excel and the preview", async () => {
    const { db, conferenceId } = await demoPack();
    const edited = options({
      headings: [
        {
          document: 'danh_sach_dai_bieu',
          parentBody: 'Cụm thi đua 7 tỉnh',
          issuingBody: 'Tổ thư ký hội nghị',
        },
        {
          document: 'danh_sach_khen_thuong_excel',
          parentBody: '',
          issuingBody: 'Tiểu ban khen thưởng',
        },
      ],
    });
    const list = visibleText(
      (await built(db, conferenceId, 'danh_sach_dai_bieu', edited)).parts[0]!.document,
    );
    expect(list).toContain('CỤM THI ĐUA 7 TỈNH');
    expect(list).toContain('TỔ THƯ KÝ HỘI NGHỊ');
    const settings = loadPackData(db, conferenceId, options()).settings;
    const script = visibleText((await built(db, conferenceId, 'kich_ban', edited)).parts[0]!.document);
    expect(script).not.toContain('TỔ THƯ KÝ HỘI NGHỊ');
    expect(script).toContain(upper(settings.issuingBody));

    const [workbook] = (await built(db, conferenceId, 'danh_sach_khen_thuong_excel', edited)).files;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook!.data as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getCell(1, 1).value).toBe('TIỂU BAN KHEN THƯỞNG');

    const preview = await previewDocument(db, conferenceId, 'danh_sach_dai_bieu', edited);
    expect(preview.html).toContain('TỔ THƯ KÝ HỘI NGHỊ');
  });

  it('refuses a heading without an issuing body, in Vietnamese', async () => {
    const { db, file, conferenceId } = await demoPack();
    const api = createRouter({ db, databasePath: file, appVersion: 'test' });
    const reply = await api('documents.preview', {
      conferenceId,
      document: 'kich_ban',
      options: { headings: [{ document: 'kich_ban', parentBody: '', issuingBody: ' ' }] },
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.issues?.[0]?.message).toBe('Chưa nhập cơ quan ban hành.');
  });
});
