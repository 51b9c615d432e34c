/**
 * The template editor: the form catches an empty name, the server's issues come back on the cells they
 * concern, a saved template carries its deadline to the status board and its new indicator into the files;
 * rows are reordered from the keyboard and the buttons, and that order is what the consolidation shows; a
 * range edited on screen (a refused bound first) and the advanced settings are saved and then govern imports.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { choose } from './pages/AppPage.ts';
import { ReturnsPage } from './pages/ReturnsPage.ts';

test.use({ demo: true });
// Each test starts from `thuky demo` and round-trips real workbooks: on a busy two-core machine that takes time.
test.slow();

test('a new indicator is checked on its cells, saved with a deadline and sent in the templates', async ({
  ui,
}) => {
  const page = ui.page;
  const saves: string[] = [];
  page.on('request', (r) => r.url().endsWith('/api/returns.templateSave') && saves.push(r.url()));
  const returns = await new ReturnsPage(page).open();
  await returns.tab('Biểu mẫu');
  await expect(returns.row('indicator', 0).getByLabel('Mã, dòng 1')).toHaveValue('GRDP');
  const count = await page.getByTestId('template-indicators').locator('tbody tr.ant-table-row').count();

  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const row = returns.row('indicator', count);
  await row.getByLabel(`Mã, dòng ${count + 1}`).fill('grdp');
  await page.getByRole('button', { name: 'Lưu biểu mẫu' }).click();
  // The empty name is caught before anything is sent.
  await expect(returns.cellError(row)).toHaveText('Chưa nhập tên.');
  expect(saves).toEqual([]);

  await row.getByLabel(`Tên, dòng ${count + 1}`).fill('Tỷ lệ hộ nghèo giảm');
  await row.getByLabel(`Đơn vị tính, dòng ${count + 1}`).fill('%');
  await row.getByLabel(`Nhỏ nhất, dòng ${count + 1}`).fill('10');
  await row.getByLabel(`Lớn nhất, dòng ${count + 1}`).fill('5');
  await page.getByRole('button', { name: 'Lưu biểu mẫu' }).click();
  // Only the server knows the code is taken (it upper-cases first) and checks the range.
  await expect(row.getByText('Mã "GRDP" bị trùng.')).toBeVisible();
  await expect(row.getByText('Giá trị nhỏ nhất phải không lớn hơn giá trị lớn nhất.')).toBeVisible();
  await expect(page.getByText('Phiên bản 1 ·')).toBeVisible();

  await row.getByLabel(`Mã, dòng ${count + 1}`).fill('ho_ngheo');
  await row.getByLabel(`Nhỏ nhất, dòng ${count + 1}`).fill('0');
  await page.getByLabel('Hạn gửi số liệu').fill('31/7/2024');
  await page.getByLabel('Hạn gửi số liệu').press('Tab');
  await page.getByRole('button', { name: 'Lưu biểu mẫu' }).click();
  await expect(ui.message('Đã lưu biểu mẫu.')).toBeVisible();
  await expect(page.getByText('Phiên bản 2 ·')).toBeVisible();
  await expect(row.getByLabel(`Mã, dòng ${count + 1}`)).toHaveValue('HO_NGHEO');
  await expect(returns.cellError(row)).toHaveCount(0);

  // The demo returns arrived long after 31/7/2024: every one is late now.
  await returns.tab('Nhận số liệu');
  await expect(page.getByText('Hạn gửi: 31/7/2024')).toBeVisible();
  await expect(returns.statusRow('Lạng Sơn')).toContainText('Gửi muộn');

  const download = page.waitForEvent('download');
  await returns.statusRow('Lạng Sơn').getByRole('button', { name: 'Tải biểu mẫu của Lạng Sơn' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Biểu số liệu - Lạng Sơn.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ExcelJS.Buffer);
  const names: string[] = [];
  wb.getWorksheet('Biểu số liệu')?.eachRow((r) => void names.push(r.getCell(3).text));
  expect(names).toContain('Tỷ lệ hộ nghèo giảm');
});

test('rows are reordered with Alt+↑/↓ and the buttons, saved, and followed by the consolidation', async ({
  ui,
}) => {
  const page = ui.page;
  const returns = await new ReturnsPage(page).open();
  await returns.tab('Biểu mẫu');
  const code = (kind: 'indicator' | 'criterion', index: number) =>
    returns.row(kind, index).getByLabel(`Mã, dòng ${index + 1}`);
  const indicatorCodes = async () => {
    const rows = page.getByTestId('template-indicators').locator('tbody tr.ant-table-row');
    const codes: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) codes.push(await code('indicator', i).inputValue());
    return codes;
  };
  await expect(code('indicator', 0)).toHaveValue('GRDP');

  // The focused row moves with Alt+↓ and keeps the focus; a plain ↓ moves nothing.
  await returns.row('indicator', 0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(code('indicator', 1)).toHaveValue('GRDP');
  await expect(returns.row('indicator', 1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(code('indicator', 2)).toHaveValue('GRDP');
  await expect(returns.row('indicator', 2)).toBeFocused();
  await expect(page.getByText('Có thay đổi chưa lưu.')).toBeVisible();

  // From the code box of the last criterion: three Alt+↑ take it to the top, the caret still in its box.
  await code('criterion', 3).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowUp');
  await expect(code('criterion', 0)).toHaveValue('TC4');
  await expect(code('criterion', 0)).toBeFocused();
  await expect(code('criterion', 1)).toHaveValue('TC1');

  // The mouse way: the ↓ button of row 4.
  await returns.row('indicator', 3).getByRole('button', { name: 'Chuyển xuống, dòng 4' }).click();
  const expected = ['THU_NSNN', 'GIAI_NGAN', 'GRDP', 'PAR_INDEX', 'GIAI_NGAN_TL', 'SIPAS', 'PCI'];
  expect((await indicatorCodes()).slice(0, 7)).toEqual(expected);

  await page.getByRole('button', { name: 'Lưu biểu mẫu' }).click();
  await expect(ui.message('Đã lưu biểu mẫu.')).toBeVisible();
  await expect(page.getByText('Phiên bản 2 ·')).toBeVisible();

  await ui.reload();
  await returns.open();
  await returns.tab('Biểu mẫu');
  await expect(code('indicator', 2)).toHaveValue('GRDP');
  expect((await indicatorCodes()).slice(0, 7)).toEqual(expected);
  await expect(code('criterion', 0)).toHaveValue('TC4');

  // The consolidation lists the items in the template's order, criteria after the indicators.
  await returns.tab('Tổng hợp');
  const matrix = page.getByTestId('returns-matrix').locator('tbody tr.ant-table-row');
  await expect(matrix.nth(0)).toContainText('Thu ngân sách nhà nước trên địa bàn');
  await expect(matrix.nth(2)).toContainText('Tốc độ tăng trưởng kinh tế (GRDP)');
  await expect(matrix.nth(11)).toContainText('Tham gia các hoạt động của Cụm thi đua');
});

test('a range is edited on screen, a refused bound shown on its cell, and the new range refuses a figure', async ({
  ui,
}) => {
  const page = ui.page;
  const returns = await new ReturnsPage(page).open();
  await returns.tab('Biểu mẫu');
  const grdp = returns.row('indicator', 0);
  const pci = returns.row('indicator', 6);
  await expect(pci.getByLabel('Mã, dòng 7')).toHaveValue('PCI');

  // A rank counts from 1: the server refuses 0 on the very cell.
  await pci.getByLabel('Nhỏ nhất, dòng 7').fill('0');
  await grdp.getByLabel('Lớn nhất, dòng 1').fill('8');
  await page.getByRole('button', { name: 'Lưu biểu mẫu' }).click();
  await expect(returns.cellError(pci)).toHaveText('Thứ hạng bắt đầu từ 1: giới hạn phải từ 1 trở lên.');
  await expect(page.getByText('Phiên bản 1 ·')).toBeVisible();
  await pci.getByLabel('Nhỏ nhất, dòng 7').fill('1');

  // The advanced settings of the disbursement rate: a weighted average needs its weight, chosen from the items.
  await returns.row('indicator', 3).getByRole('button', { name: 'Thiết lập nâng cao, dòng 4' }).click();
  const settings = page.getByTestId('template-indicators').getByTestId('template-advanced');
  await choose(page, settings.getByLabel('Số liệu toàn cụm, dòng 4'), 'Bình quân gia quyền');
  await page.getByRole('button', { name: 'Lưu biểu mẫu' }).click();
  await expect(settings.locator('.ant-form-item-explain-error')).toHaveText(
    'Chọn chỉ tiêu làm trọng số cho bình quân gia quyền.',
  );
  await choose(page, settings.getByLabel('Trọng số, dòng 4'), 'GIAI_NGAN');
  await settings.getByLabel('Từ đứng trước số liệu, dòng 4').fill('đạt tỷ lệ');
  await page.getByRole('button', { name: 'Lưu biểu mẫu' }).click();
  await expect(ui.message('Đã lưu biểu mẫu.')).toBeVisible();
  await expect(page.getByText('Phiên bản 2 ·')).toBeVisible();
  await expect(returns.cellError(pci)).toHaveCount(0);

  await ui.reload();
  await returns.open();
  await returns.tab('Biểu mẫu');
  await expect(pci.getByLabel('Nhỏ nhất, dòng 7')).toHaveValue('1');
  await expect(grdp.getByLabel('Lớn nhất, dòng 1')).toHaveValue('8');
  await returns.row('indicator', 3).getByRole('button', { name: 'Thiết lập nâng cao, dòng 4' }).click();
  await expect(settings).toContainText('Bình quân gia quyền');
  await expect(settings).toContainText('GIAI_NGAN');
  await expect(settings.getByLabel('Từ đứng trước số liệu, dòng 4')).toHaveValue('đạt tỷ lệ');

  // Điện Biên's 8,7% is now above the range: its new return is refused on the GRDP cell.
  await returns.tab('Nhận số liệu');
  const download = page.waitForEvent('download');
  await returns.statusRow('Điện Biên').getByRole('button', { name: 'Tải biểu mẫu của Điện Biên' }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await (await download).path())) as unknown as ExcelJS.Buffer);
  const marker = wb.getWorksheet('_thuky')!;
  let grdpCell = '';
  marker.eachRow((row) => {
    if (row.getCell(1).text === 'GRDP') grdpCell = row.getCell(2).text;
  });
  const sheet = wb.getWorksheet('Biểu số liệu')!;
  expect(sheet.getCell(grdpCell).dataValidation.formulae).toEqual([-30, 8]);
  sheet.getCell(grdpCell).value = 8.7;
  await returns.dropFiles([{ name: 'Điện Biên.xlsx', buffer: Buffer.from(await wb.xlsx.writeBuffer()) }]);
  await expect(returns.result('Điện Biên.xlsx')).toContainText('Bị từ chối');
  await expect(returns.result('Điện Biên.xlsx')).toContainText(`ô ${grdpCell}`);
  await expect(returns.result('Điện Biên.xlsx')).toContainText('8,7 nằm ngoài khoảng cho phép');
});
