import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { margins } from '../../../electron/documents/layout/index.ts';
import { updateConclusions, getConclusions } from '../../../electron/documents/conclusions.ts';
import { parseCheckinCode } from '../../../shared/checkinCode.ts';
import { visibleText } from './support.ts';
import { attrs, built, demoPack, options } from './packSupport.ts';

const twipsPerMm = 1440 / 25.4;

function checkPage(document: string, orientation: 'portrait' | 'landscape') {
  const sizes = attrs(document, 'w:pgSz');
  expect(sizes.length).toBeGreaterThan(0);
  for (const s of sizes) expect(s['w:orient']).toBe(orientation);
  const [w, h] = orientation === 'portrait' ? ['11906', '16838'] : ['16838', '11906'];
  expect(sizes[0]).toMatchObject({ 'w:w': w, 'w:h': h });
  const m = attrs(document, 'w:pgMar')[0]!;
  expect(Number(m['w:top'])).toBe(margins[orientation].top);
  expect(Number(m['w:left']) / twipsPerMm).toBeGreaterThanOrEqual(orientation === 'portrait' ? 30 : 20);
  // Times New Roman once, in the default styles; never on a run.
  expect(document).not.toMatch(/<w:rFonts/u);
}

describe('the conference pack, built from the demo', () => {
  it('chương trình: time | content | presenter from the computed agenda, official header and signature', async () => {
    const { db, conferenceId } = await demoPack();
    const { parts } = await built(db, conferenceId, 'chuong_trinh');
    const { document, styles } = parts[0]!;
    checkPage(document, 'portrait');
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman"/su);
    const text = visibleText(document);
    expect(text).toContain('CHƯƠNG TRÌNH');
    expect(text).toMatch(/Số: +\/CTr-BTĐKT/u);
    expect(text).toMatch(/Thời gian\s*Nội dung\s*Người thực hiện/u);
    expect(text).toContain('08h00 - 08h30');
    expect(text).toContain('Đồng chí Hoàng Xuân Ánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng');
    expect(text).toContain('Nơi nhận:');
    // The list table keeps its grid: a paragraph stands between it and the borderless closing block.
    expect(document).toMatch(/<\/w:tbl><w:p[ >][\s\S]*?<\/w:p><w:tbl>/u);
  });

  it('danh sách đại biểu: grouped by delegation (guests first, host last), chosen columns, header row repeated', async () => {
    const { db, conferenceId } = await demoPack();
    const plain = (await built(db, conferenceId, 'danh_sach_dai_bieu')).parts[0]!.document;
    checkPage(plain, 'portrait');
    const text = visibleText(plain).slice(visibleText(plain).indexOf('Họ và tên'));
    expect(text.indexOf('TRUNG ƯƠNG')).toBeLessThan(text.indexOf('TỈNH LÀO CAI'));
    expect(text.indexOf('TỈNH LÀO CAI')).toBeLessThan(text.indexOf('TỈNH CAO BẰNG'));
    expect(text).toContain('Ủy viên Trung ương Đảng');
    expect(text).toContain('Số điện thoại');
    expect((plain.match(/<w:tblHeader\/>/gu) ?? []).length).toBe(1);

    const wide = await built(
      db,
      conferenceId,
      'danh_sach_dai_bieu',
      options({ delegateColumns: ['position', 'organization', 'delegation', 'phone', 'seat', 'status'] }),
    );
    checkPage(wide.parts[0]!.document, 'landscape');
    expect(visibleText(wide.parts[0]!.document)).toContain('Chỗ ngồi');

    const signIn = visibleText((await built(db, conferenceId, 'danh_sach_ky_ten')).parts[0]!.document);
    expect(signIn).toContain('Ký tên');
    expect(signIn).not.toContain('Số điện thoại');
  });

  it('kịch bản: two columns, introductions in protocol order with full titles, "Kính thưa" only twice', async () => {
    const { db, conferenceId } = await demoPack();
    const text = visibleText((await built(db, conferenceId, 'kich_ban')).parts[0]!.document);
    expect(text).toContain('Người thực hiện, ghi chú');
    expect(text.match(/Kính thưa/gu)).toHaveLength(2);
    expect(text).toContain(
      'Kính thưa đồng chí Hà Thị Nga, Ủy viên Trung ương Đảng, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, Thành viên Hội đồng Thi đua - Khen thưởng Trung ương;',
    );
    expect(text).toContain(
      'Kính thưa đồng chí Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai, Trưởng Cụm thi đua;',
    );
    const intro = text.slice(text.indexOf('trân trọng giới thiệu'));
    const order = ['Hà Thị Nga', 'Trịnh Xuân Trường', 'Hoàng Xuân Ánh'].map((n) =>
      intro.indexOf(`Đồng chí ${n}`),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The secretary and the absentee are not introduced.
    expect(intro).not.toContain('Nông Thị Hà');
    expect(intro).not.toContain('Lò Văn Pọm');
  });

  it('danh sách khen thưởng: grouped by form (highest first) then recipient kind, split into parts; Excel with print titles', async () => {
    const { db, conferenceId } = await demoPack();
    const { files, parts } = await built(db, conferenceId, 'danh_sach_khen_thuong');
    expect(files.length).toBeGreaterThan(1);
    expect(files[0]!.fileName).toMatch(/phần 1 của \d+/u);
    const first = visibleText(parts[0]!.document);
    checkPage(parts[0]!.document, 'portrait');
    expect(first.indexOf('Huân chương Lao động hạng Ba (14)')).toBeLessThan(
      first.indexOf('Bằng khen của Thủ tướng Chính phủ'),
    );
    expect(first).toMatch(/Tập thể: \d+/u);
    const rows = parts.reduce((s, p) => s + (p.document.match(/<w:tr>/gu) ?? []).length, 0);
    expect(rows).toBeGreaterThan(7104);

    const xlsx = await built(db, conferenceId, 'danh_sach_khen_thuong_excel');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.files[0]!.data as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('5:5');
    expect(sheet.getCell('B6').value).toBe('Huân chương Lao động hạng Ba (14)');
    expect(sheet.getCell('A1').font?.name).toBe('Times New Roman');
    expect(sheet.rowCount).toBeGreaterThan(7104 + 5);
  });

  it('dự thảo báo cáo: consolidated sentences, award statistics, placeholders for sections II–IV, appendices landscape', async () => {
    const { db, conferenceId } = await demoPack();
    const { document } = (await built(db, conferenceId, 'bao_cao')).parts[0]!;
    const text = visibleText(document);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      'Khen cấp Nhà nước 138 tập thể, cá nhân, trong đó tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp chiếm 68,8%',
    );
    expect(text).toContain('khen thưởng cấp tỉnh 6.966 tập thể, cá nhân và hộ gia đình');
    expect(text).toMatch(/Về tốc độ tăng trưởng GRDP, tỉnh Cao Bằng tăng 4,5%/u);
    for (const h of [
      'II. ĐÁNH GIÁ CHUNG',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'PHỤ LỤC 1',
      'PHỤ LỤC 2',
    ])
      expect(text).toContain(h);
    expect(text.match(/\[Thư ký bổ sung: /gu)!.length).toBeGreaterThanOrEqual(6);
    expect(attrs(document, 'w:pgSz').map((s) => s['w:orient'])).toEqual([
      'portrait',
      'landscape',
      'landscape',
    ]);
  });

  it('biên bản: attendance counts, chair, secretary, each speech summary, closing time; THƯ KÝ left, CHỦ TỌA right', async () => {
    const { db, conferenceId } = await demoPack();
    updateConclusions(db, {
      conferenceId,
      conclusions: 'Các tỉnh hoàn thành chỉ tiêu giao ước.\n\nTổ chức tổng kết vào tháng 12.',
      endTime: '11:20',
    });
    expect(getConclusions(db, conferenceId).endTime).toBe('11:20');
    const { document } = (await built(db, conferenceId, 'bien_ban')).parts[0]!;
    checkPage(document, 'portrait');
    const text = visibleText(document);
    expect(text).not.toMatch(/Cao Bằng, ngày/u);
    expect(text).toContain('Thời gian bắt đầu: 08 giờ 00 phút, ngày 01 tháng 8 năm 2024.');
    expect(text).toContain('Tổng số đại biểu được triệu tập: 5; có mặt: 4; vắng mặt: 1.');
    expect(text).toContain('Vắng mặt: đồng chí Lò Văn Pọm (bận công tác).');
    expect(text).toMatch(/Chủ trì: đồng chí Trịnh Xuân Trường, .*; đồng chí Hoàng Xuân Ánh/u);
    expect(text).toContain('Thư ký: đồng chí Nông Thị Hà');
    expect(text).toContain('khen cấp Nhà nước 138 tập thể, cá nhân');
    expect(text).toContain('Tổ chức tổng kết vào tháng 12.');
    expect(text).toContain('Hội nghị kết thúc vào 11 giờ 20 phút cùng ngày./.');
    expect(text).toMatch(/THƯ KÝ\s*[\s\S]*Nông Thị Hà[\s\S]*CHỦ TỌA[\s\S]*Trịnh Xuân Trường/u);
  });

  it('thông báo kết luận: refused until the conclusions are typed, then the conclusions to the members', async () => {
    const { db, conferenceId } = await demoPack();
    await expect(built(db, conferenceId, 'thong_bao')).rejects.toThrow('Chưa nhập kết luận của hội nghị');
    updateConclusions(db, {
      conferenceId,
      conclusions: '1. Các tỉnh tiếp tục đổi mới phong trào thi đua.',
      endTime: null,
    });
    const text = visibleText((await built(db, conferenceId, 'thong_bao')).parts[0]!.document);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Kết luận của đồng chí Trịnh Xuân Trường tại Hội nghị sơ kết');
    expect(text).toContain('1. Các tỉnh tiếp tục đổi mới phong trào thi đua.');
    expect(text).toMatch(/Số: +\/TB-BTĐKT/u);
  });

  it('bảng tên: one landscape card per delegate present, name large, title beneath, no page numbers', async () => {
    const { db, conferenceId } = await demoPack();
    const { document } = (await built(db, conferenceId, 'bang_ten')).parts[0]!;
    checkPage(document, 'landscape');
    expect((document.match(/<w:sectPr>/gu) ?? []).length).toBe(4);
    expect(document).toMatch(/<w:sz w:val="(1[01]\d|120)"\/>[\s\S]*?Hà Thị Nga/u);
    const text = visibleText(document);
    expect(text.indexOf('Hà Thị Nga')).toBeLessThan(text.indexOf('Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam'));
    expect(text).not.toContain('Lò Văn Pọm');
  });

  it('giấy mời per delegate: mail merge with a delegate check-in code each; danh sách phát biểu lists the speeches', async () => {
    const { db, conferenceId } = await demoPack();
    const text = visibleText((await built(db, conferenceId, 'giay_moi_dai_bieu')).parts[0]!.document);
    expect(text).toContain('trân trọng kính mời: Đồng chí Hà Thị Nga, Ủy viên Trung ương Đảng');
    const codes = [...text.matchAll(/Mã điểm danh: (\S+)/gu)].map((m) => parseCheckinCode(m[1]!));
    expect(codes).toHaveLength(4);
    expect(codes.every((c) => c?.kind === 'delegate' && c.conferenceId === conferenceId)).toBe(true);

    const speeches = visibleText((await built(db, conferenceId, 'danh_sach_phat_bieu')).parts[0]!.document);
    expect(speeches).toContain('Đồng chí Hà Thị Nga');
    expect(speeches).toContain('Phát biểu chỉ đạo');
  });
});
