/** "Sao lưu & chia sẻ": back up, change something, restore — the change is gone; a conference file round trip. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.use({ demo: true });
// Each test copies the whole demo database several times (backups, restore, export).
test.slow();

const demoTitle = 'Hội nghị sơ kết thực hiện giao ước thi đua 6 tháng đầu năm 2024';

async function openBackups(page: Page) {
  await page.getByRole('menuitem', { name: 'Sao lưu & chia sẻ' }).click();
  await expect(page.getByRole('heading', { name: 'Sao lưu & chia sẻ' })).toBeVisible();
  return page.getByTestId('backups-table');
}

test('back up, delete a conference, restore: the conference is back', async ({ ui, page }) => {
  let table = await openBackups(page);
  // `thuky serve` took the day's backup at start.
  await expect(table.locator('tbody tr').filter({ hasText: 'Tự động hằng ngày' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(ui.message('Đã sao lưu cơ sở dữ liệu.')).toBeVisible();
  const manual = table.locator('tbody tr').filter({ hasText: 'Sao lưu thủ công' });
  await expect(manual).toHaveCount(1);

  await ui.openConferences();
  await ui.conferences.delete(demoTitle);
  await expect(ui.conferences.row(demoTitle)).toBeHidden();

  table = await openBackups(page);
  await manual.getByRole('button', { name: /^Khôi phục/u }).click();
  const confirm = page.locator('.ant-popconfirm:visible');
  await expect(confirm).toContainText('Khôi phục dữ liệu về thời điểm này?');
  await confirm.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(ui.message(/^Đã khôi phục dữ liệu về lúc/u)).toBeVisible();
  // The restore was itself backed up, so it can be undone.
  await expect(table.locator('tbody tr').filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(1);

  await ui.openConferences();
  await expect(ui.conferences.row(demoTitle)).toBeVisible();
  await expect(ui.page.getByTestId('conference-picker')).toContainText(demoTitle);
});

test('export the conference to a file and open it again: nothing is duplicated', async ({ ui, page }) => {
  await openBackups(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất hội nghị ra tệp' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${demoTitle}.thukyhn`);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

  await page.getByLabel('Chọn tệp hội nghị (.thukyhn) để gộp').setInputFiles({
    name: `${demoTitle}.thukyhn`,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(path),
  });
  const summary = page.locator('.ant-alert-success');
  await expect(summary).toContainText(`Đã gộp tệp vào hội nghị "${demoTitle}".`);
  await expect(summary).toContainText('Đại biểu: thêm 0, đã có 3');

  await page.getByLabel('Chọn tệp hội nghị (.thukyhn) để gộp').setInputFiles({
    name: 'ghi chú.thukyhn',
    mimeType: 'text/plain',
    buffer: Buffer.from('Không phải tệp hội nghị'),
  });
  await expect(ui.message(/không phải tệp hội nghị của Thư ký Hội nghị/u)).toBeVisible();
});
