/**
 * "Nhập danh sách" with the demo: a messy delegate list from Hà Giang (made by the test: title rows, two-row
 * headings, TCVN3/VNI text, a bad e-mail, a row without a name, and a heading the reader does not know) is
 * dropped, its problems show on their cells, the clerk maps the unknown column, imports, finds the delegates
 * on the "Đại biểu" screen, and undoes the batch.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { choose } from './pages/AppPage.ts';
import { writeMessyDelegates } from '../fixtures/imports/messyLists.ts';

test.use({ demo: true });

const fileName = 'Danh sách đại biểu Hà Giang.xlsx';

/** The messy list, with "Cơ quan công tác" renamed to a heading no province list uses. */
async function messyList(): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-e2e-import-'));
  try {
    const file = join(dir, 'ds.xlsx');
    await writeMessyDelegates(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet('Danh sách')!.getCell('F6').value = 'Nơi làm việc';
    await workbook.xlsx.writeFile(file);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Drops a file on the drop zone the way the browser does when the clerk drags it from Explorer. */
async function dropFile(page: Page, name: string, data: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    `(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(data.toString('base64'))}), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], ${JSON.stringify(name)}));
      return transfer;
    })()`,
  );
  const zone = page.getByTestId('imports-drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

async function openDelegates(page: Page, search: string) {
  await page
    .locator('.ant-menu-item')
    .filter({ hasText: /^Đại biểu$/u })
    .click();
  await expect(page.getByRole('heading', { name: 'Đại biểu', exact: true })).toBeVisible();
  await page.getByLabel('Tìm đại biểu').fill(search);
}

test('drop a messy delegate list, fix a column, import it, see the delegates, undo the batch', async ({
  ui,
}) => {
  const page = ui.page;
  await page.locator('.ant-menu-item').filter({ hasText: 'Nhập danh sách' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập danh sách', exact: true })).toBeVisible();
  await expect(page.getByTestId('import-batches')).toContainText('Chưa nhập danh sách nào');

  await dropFile(page, fileName, await messyList());
  const file = page.getByTestId('import-file').filter({ hasText: fileName });
  await expect(file.getByText('Trang "Danh sách", dòng tiêu đề 6')).toBeVisible({ timeout: 30_000 });
  // The member is read from the file name, the legacy text decoded, problems shown on their cells.
  await expect(file.getByLabel('Đoàn / đơn vị gửi').locator('..')).toContainText('Hà Giang');
  await expect(file.locator('[data-cell="B11"]')).toHaveText('Hà Thị NgaNữ');
  await expect(file.locator('[data-cell="H18"]')).toContainText('Địa chỉ email "binh@" không đúng dạng.');
  await expect(file.locator('td').filter({ has: page.locator('[data-cell="H18"]') })).toHaveCSS(
    'background-color',
    'rgb(255, 241, 240)',
  );
  await expect(file.locator('[data-cell="B17"]')).toContainText('thiếu họ tên đại biểu');
  await expect(file.getByLabel('Xử lý dòng 18')).toBeDisabled();
  await expect(
    file
      .locator('tr')
      .filter({ has: page.locator('[data-cell="H18"]') })
      .first(),
  ).toContainText('Xem ô B18, G18, H18');
  await expect(file.getByTestId('import-counts')).toHaveText('Thêm mới 5 · Cập nhật 0 · Bỏ qua 2');

  // "Nơi làm việc" was not recognised: the clerk says it is the organization.
  // The header row is drawn twice by the scrolling table (one copy only measures widths): use the first.
  const columnF = file.getByLabel('Cột F').first();
  await expect(columnF.locator('..')).toContainText('Không nhập');
  await choose(page, columnF, 'Cơ quan, đơn vị');
  await expect(file.getByText('Các cột theo lựa chọn của bạn')).toBeVisible({ timeout: 30_000 });
  await expect(columnF.locator('..')).toContainText('Cơ quan, đơn vị');

  // One row the clerk keeps out by choice.
  await choose(page, file.getByLabel('Xử lý dòng 15'), 'Bỏ qua');
  await expect(file.getByTestId('import-counts')).toHaveText('Thêm mới 4 · Cập nhật 0 · Bỏ qua 3');
  await file.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(file).toContainText(`Đã nhập "${fileName}": thêm 4, cập nhật 0, bỏ qua 3.`, {
    timeout: 30_000,
  });
  const batch = page.getByTestId('import-batches').locator('tbody tr').filter({ hasText: fileName });
  await expect(batch).toContainText('Thêm 4 · cập nhật 0 · bỏ qua 3');
  await expect(batch).toContainText('Hà Giang');

  await openDelegates(page, 'Nguyễn Văn Sơn');
  const son = page.locator('.delegates-table tbody tr.ant-table-row').filter({ hasText: 'Nguyễn Văn Sơn' });
  await expect(son).toContainText('UBND tỉnh Hà Giang');
  await page.getByLabel('Tìm đại biểu').fill('Giàng Thị Mỷ');
  await expect(
    page.locator('.delegates-table tbody tr.ant-table-row').filter({ hasText: 'Giàng Thị Mỷ' }),
  ).toHaveCount(0);

  await page.locator('.ant-menu-item').filter({ hasText: 'Nhập danh sách' }).click();
  await batch.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
  await expect(ui.message('Đã hoàn tác: xóa 4 dòng đã thêm, trả lại 0 dòng đã cập nhật.')).toBeVisible();
  await expect(batch).toContainText('Đã hoàn tác');
  await expect(batch.getByRole('button', { name: 'Hoàn tác lần nhập này' })).toHaveCount(0);

  await openDelegates(page, 'Nguyễn Văn Sơn');
  await expect(
    page.locator('.delegates-table tbody tr.ant-table-row').filter({ hasText: 'Nguyễn Văn Sơn' }),
  ).toHaveCount(0);
});

test('a file that is not a spreadsheet is refused in one sentence and nothing is imported', async ({
  ui,
}) => {
  const page = ui.page;
  await page.locator('.ant-menu-item').filter({ hasText: 'Nhập danh sách' }).click();
  await page.getByLabel('Chọn tệp danh sách').setInputFiles({
    name: 'danh-sach.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('Đây không phải bảng tính'),
  });
  const file = page.getByTestId('import-file').filter({ hasText: 'danh-sach.xlsx' });
  await expect(file.locator('.ant-alert-error')).toContainText('Tệp bảng tính bị hỏng hoặc không trọn vẹn', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('import-batches')).toContainText('Chưa nhập danh sách nào');
});
