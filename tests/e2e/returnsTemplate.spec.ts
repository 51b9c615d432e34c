/**
 * The template editor: the form catches an empty name, the server's issues come back on the cells they
 * concern, a saved template carries its deadline to the status board and its new indicator into the files.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
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
