/** The seating plan: seats from the protocol order in one click, then a name dragged to another seat stays there. */
import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

test.use({ demo: true });

/** A drag as a hand does it: press, move in steps (dnd-kit starts after a few pixels), release. */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

test('auto-assign puts the presidium in protocol order from the centre; a dragged name keeps its new seat', async ({
  ui,
  page,
}) => {
  await page.getByRole('menuitem', { name: 'Sơ đồ chỗ ngồi' }).click();
  await expect(page.getByText('Chưa xếp chỗ: đây là kích thước gợi ý')).toBeVisible();
  await page.getByRole('button', { name: 'Xếp tự động' }).click();
  await expect(ui.message('Đã xếp chỗ theo thứ tự lễ tân.')).toBeVisible();

  // Three chairs: no. 1 in the middle, no. 2 on its right (the hall's left), no. 3 on its left.
  const chairs = page.getByTestId('presidium').locator('[data-testid^="seat-presidium"]');
  await expect(chairs).toHaveText(['2Trịnh Xuân Trường', '1Hà Thị Nga', '3Hoàng Xuân Ánh']);
  const list = page.getByTestId('seating-list');
  await expect(list.locator('tr', { hasText: 'Hà Thị Nga' })).toContainText('Đoàn Chủ tịch, ghế số 1');

  // Two rows for the hall, then Hoàng Xuân Ánh is dragged from the table to row 1, seat 3.
  await page.getByLabel('Số hàng').fill('2');
  await page.getByRole('button', { name: 'Đổi kích thước' }).click();
  await expect(page.getByTestId('hall-row-2')).toBeVisible();
  await drag(
    page,
    page.getByTestId('seat-presidium:0:3').getByText('Hoàng Xuân Ánh'),
    page.getByTestId('seat-hall:1:3'),
  );
  await expect(page.getByTestId('seat-hall:1:3')).toContainText('Hoàng Xuân Ánh');
  await expect(list.locator('tr', { hasText: 'Hoàng Xuân Ánh' })).toContainText('Hàng 1, ghế 3');

  // Dropped on someone, the two swap.
  await drag(
    page,
    page.getByTestId('seat-hall:1:3').getByText('Hoàng Xuân Ánh'),
    page.getByTestId('seat-presidium:0:2'),
  );
  await expect(page.getByTestId('seat-presidium:0:2')).toContainText('Hoàng Xuân Ánh');
  await expect(page.getByTestId('seat-hall:1:3')).toContainText('Trịnh Xuân Trường');

  await ui.reload();
  await page.getByRole('menuitem', { name: 'Sơ đồ chỗ ngồi' }).click();
  await expect(page.getByTestId('seat-presidium:0:2')).toContainText('Hoàng Xuân Ánh');
  await expect(page.getByTestId('seat-hall:1:3')).toContainText('Trịnh Xuân Trường');
  await page.screenshot({ path: test.info().outputPath('seating.png'), fullPage: true });

  // "In sơ đồ" opens the print screen on the plan.
  await page.getByRole('button', { name: 'In sơ đồ' }).click();
  await expect(page.locator('.ant-segmented-item-selected')).toHaveText('Sơ đồ chỗ ngồi');
  await expect(page.getByTestId('print-preview')).toContainText('ĐOÀN CHỦ TỊCH');
});
