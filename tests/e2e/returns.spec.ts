/**
 * "Số liệu báo cáo" with the demo: the seven GRDP returns are on the board and in the consolidation; a template
 * downloaded from the screen, filled the way a member would, is dropped back in (an out-of-range figure is
 * refused at its cell); a file that is not a workbook, picked through the file input, changes nothing.
 */
import type { Download } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { ReturnsPage } from './pages/ReturnsPage.ts';

test.use({ demo: true });
// Each test starts from `thuky demo` and round-trips real workbooks: on a busy two-core machine that takes time.
test.slow();

/** Puts figures into a downloaded template, finding each input cell through the template's hidden sheet. */
async function fillTemplate(
  download: Download,
  values: Record<string, number>,
): Promise<{ buffer: Buffer; cells: Map<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
  const marker = wb.getWorksheet('_thuky');
  const sheet = marker && wb.getWorksheet(marker.getCell('B7').text);
  if (!marker || !sheet) throw new Error('the downloaded file has no hidden template sheet');
  const cells = new Map<string, string>();
  marker.eachRow((row) => void cells.set(row.getCell(1).text, row.getCell(2).text));
  for (const [code, value] of Object.entries(values)) {
    const address = cells.get(code);
    if (!address) throw new Error(`no input cell for ${code}`);
    sheet.getCell(address).value = value;
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), cells };
}

test('the status board shows the seven demo returns', async ({ ui, page }) => {
  const returns = await new ReturnsPage(page).open();
  await expect(returns.receivedCount).toHaveText('Đã nhận 7/7');
  await expect(returns.statusRows).toHaveCount(7);
  for (const member of ['Cao Bằng', 'Lào Cai', 'Lai Châu', 'Hà Giang', 'Sơn La', 'Điện Biên', 'Lạng Sơn']) {
    await expect(returns.statusRow(member)).toContainText('Đã gửi');
    await expect(returns.statusRow(member)).toContainText(`Biểu số liệu - ${member}.xlsx`);
  }
  await expect(ui.currentCluster).toContainText('Cụm thi đua 7 tỉnh');
});

test('the consolidation ranks GRDP growth and switches to the cluster order', async ({ ui, context }) => {
  const page = ui.page;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const returns = await new ReturnsPage(page).open();
  await returns.tab('Tổng hợp');

  await expect(returns.chart('GRDP')).toBeVisible();
  expect((await returns.bars('GRDP')).slice(0, 2)).toEqual(['Điện Biên 8,7%', 'Lào Cai 5,6%']);
  const rankSentence =
    'Về tốc độ tăng trưởng GRDP, tỉnh Điện Biên tăng 8,7%; Lào Cai tăng 5,6%; Hà Giang tăng 5,6%; ' +
    'Lai Châu tăng 5,5%; Lạng Sơn tăng 4,7%; Cao Bằng tăng 4,5%; Sơn La tăng 0,6%.';
  await expect(returns.sentences).toContainText(rankSentence);
  // Điện Biên's cell in the matrix: the figure without its unit and the rank beneath.
  const grdp = returns.matrixRow('Tốc độ tăng trưởng kinh tế (GRDP)');
  await expect(grdp.locator('td').nth(7)).toHaveText('8,7hạng 1');
  // The demo's members sent only GRDP: their other cells say so with a dash, not a blank.
  const revenue = returns.matrixRow('Thu ngân sách nhà nước trên địa bàn').locator('td').nth(2);
  await expect(revenue).toHaveText('—');
  await expect(revenue.getByTitle('Chưa có số liệu')).toBeVisible();

  await returns.sentences.getByRole('button', { name: 'Sao chép' }).first().click();
  await expect(page.locator('.ant-message-notice').filter({ hasText: 'Đã sao chép' })).toBeVisible();
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(rankSentence);

  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel tổng hợp' }).click();
  const file = await exported;
  expect(file.suggestedFilename()).toBe('Tổng hợp số liệu - 6 tháng đầu năm 2024.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ExcelJS.Buffer);
  const figures: unknown[] = [];
  const noFigures: unknown[] = [];
  wb.worksheets[0]?.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(4, 11);
    if (row.getCell(2).text === 'Tốc độ tăng trưởng kinh tế (GRDP)') figures.push(...values);
    if (row.getCell(2).text === 'Thu ngân sách nhà nước trên địa bàn')
      noFigures.push(...Array.from({ length: 7 }, (_, i) => row.getCell(4 + i).text));
  });
  expect(figures).toEqual([4.5, 5.6, 5.5, 5.6, 0.6, 8.7, 4.7]);
  // The file keeps the cells of what was not sent empty: the dash is only on screen.
  expect(noFigures).toEqual(['', '', '', '', '', '', '']);

  await returns.order('Theo thứ tự cụm');
  await expect
    .poll(() => returns.bars('GRDP'))
    .toEqual([
      'Cao Bằng 4,5%',
      'Lào Cai 5,6%',
      'Lai Châu 5,5%',
      'Hà Giang 5,6%',
      'Sơn La 0,6%',
      'Điện Biên 8,7%',
      'Lạng Sơn 4,7%',
    ]);
  await expect(returns.sentences).toContainText(
    'Về tốc độ tăng trưởng GRDP, tỉnh Cao Bằng tăng 4,5%; Lào Cai tăng 5,6%;',
  );
  await expect(returns.sentences).not.toContainText('tỉnh Điện Biên tăng 8,7%');
});

test('downloaded templates, filled and dropped back in, replace or are refused cell by cell', async ({
  ui,
  page,
}) => {
  const returns = await new ReturnsPage(page).open();
  const downloads = await returns.writeTemplates(7);
  const names = downloads.map((d) => d.suggestedFilename()).sort();
  expect(names).toContain('Biểu số liệu - Cao Bằng.xlsx');
  expect(names).toHaveLength(7);
  await expect(ui.message('Đã tạo 7 tệp biểu mẫu')).toBeVisible();

  const template = (member: string) =>
    downloads.find((d) => d.suggestedFilename() === `Biểu số liệu - ${member}.xlsx`)!;
  const caoBang = await fillTemplate(template('Cao Bằng'), { GRDP: 4.9, THU_NSNN: 2500 });
  const sonLa = await fillTemplate(template('Sơn La'), { GRDP: 99 });
  await returns.dropFiles([
    { name: 'Cao Bằng gửi lại.xlsx', buffer: caoBang.buffer },
    { name: 'Sơn La gửi lại.xlsx', buffer: sonLa.buffer },
  ]);

  const accepted = returns.result('Cao Bằng gửi lại.xlsx');
  await expect(accepted).toContainText('Đã nhận, thay bản gửi trước');
  await expect(accepted).toContainText('Cao Bằng');
  await expect(accepted).toContainText('2 số liệu');
  const refused = returns.result('Sơn La gửi lại.xlsx');
  await expect(refused).toContainText('Bị từ chối');
  await expect(refused.locator('li')).toHaveText(
    `Trang "Biểu số liệu", ô ${sonLa.cells.get('GRDP')}: Tốc độ tăng trưởng kinh tế (GRDP): 99 nằm ngoài khoảng cho phép (từ -30 đến 50 %).`,
  );
  await expect(page.getByText('Đã nhận 1 tệp, từ chối 1 tệp')).toBeVisible();

  await expect(returns.statusRow('Cao Bằng')).toContainText('Cao Bằng gửi lại.xlsx');
  await expect(returns.statusRow('Cao Bằng').locator('td').nth(4)).toHaveText('2');
  // Sơn La's earlier return still counts; the board says the newer file was refused.
  await expect(returns.statusRow('Sơn La')).toContainText('Lần gửi sau bị từ chối');
  await expect(returns.receivedCount).toHaveText('Đã nhận 7/7');

  await returns.tab('Tổng hợp');
  await expect(returns.sentences).toContainText(
    'Lai Châu tăng 5,5%; Cao Bằng tăng 4,9%; Lạng Sơn tăng 4,7%;',
  );
  await expect(returns.sentences).toContainText('Sơn La tăng 0,6%.');
  await expect(returns.sentences).toContainText(
    'Về thu ngân sách nhà nước trên địa bàn, tỉnh Cao Bằng đạt 2.500 tỷ đồng.',
  );
});

test('a file that is not a workbook is refused clearly and nothing changes', async ({ ui }) => {
  const page = ui.page;
  const returns = await new ReturnsPage(page).open();
  await expect(returns.receivedCount).toHaveText('Đã nhận 7/7');
  const fake = Buffer.from('Số liệu Sơn La: GRDP 9,9%\n', 'utf8');
  await returns.pickFiles([{ name: 'Biểu số liệu - Sơn La.xlsx', buffer: fake }]);

  const result = returns.result('Biểu số liệu - Sơn La.xlsx');
  await expect(result).toContainText('Bị từ chối');
  await expect(result).toContainText('Không xác định được đơn vị');
  await expect(result.locator('li')).toHaveText(
    'Tệp không phải bảng tính Excel đọc được (.xlsx hoặc .xls); hãy mở và lưu lại bằng Excel.',
  );
  await expect(page.getByText('Đã nhận 0 tệp, từ chối 1 tệp')).toBeVisible();

  await expect(returns.statusRow('Sơn La')).toContainText('Đã gửi');
  await expect(returns.statusRow('Sơn La').locator('td').nth(4)).toHaveText('1');
  await returns.tab('Tổng hợp');
  await expect(returns.sentences).toContainText('Cao Bằng tăng 4,5%; Sơn La tăng 0,6%.');
});
