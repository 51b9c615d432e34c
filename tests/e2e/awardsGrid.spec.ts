/**
 * The award table as a spreadsheet, keyboard only: arrows to a cell, typing over it, Enter saves through
 * awards.update and the value is still there after a reload; a refused edit shows the server's sentence on the
 * cell and keeps the old value; Space ticks rows, Delete removes them, "Hoàn tác" brings them back.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AwardsPage } from './pages/AwardsPage.ts';

test.use({ demo: true });
// Each test loads the demo's 7.104 rows (a few megabytes) at least once: give them the slow-test budget.
test.beforeEach(() => test.slow());

const name = 'Tập thể mẫu số 1120';

/** One cell of a drawn row, by its column key (name, kind, position, organization, form, level, member …). */
const cell = (row: Locator, column: string) => row.locator(`[data-column="${column}"]`);
/** The cell that holds the keyboard's place. */
const activeCell = (page: Page) => page.locator('.award-cell[data-mode="active"]');

async function openOn(page: Page, query: string): Promise<AwardsPage> {
  const awards = await new AwardsPage(page).open();
  await awards.find(query);
  return awards;
}

test('editing cells with the keyboard only: typed text and a chosen member are saved and survive a reload', async ({
  ui,
  page,
}) => {
  let awards = await openOn(page, 'tap the mau so 1120');
  await expect(awards.rows).toHaveCount(1);
  const row = awards.row(name);

  // Into the table from the keyboard: the first row's name cell is active; two steps right is "Chức vụ",
  // three is "Cơ quan, đơn vị".
  await awards.table.focus();
  await expect(activeCell(page)).toHaveAttribute('data-column', 'name');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(activeCell(page)).toHaveAttribute('data-column', 'organization');
  await page.keyboard.type('UBND xã Tả Van');
  await page.keyboard.press('Enter');
  await expect(cell(row, 'organization')).toHaveText('UBND xã Tả Van');
  await expect(activeCell(page)).toHaveAttribute('data-column', 'organization');

  // A choice: typing filters the members without diacritics, Enter picks.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(activeCell(page)).toHaveAttribute('data-column', 'member');
  await page.keyboard.type('lai ch');
  await page.keyboard.press('Enter');
  await expect(cell(row, 'member')).toHaveText('Lai Châu');

  // Escape leaves the value as it was.
  await page.keyboard.press('F2');
  await page.keyboard.press('Escape');
  await expect(cell(row, 'member')).toHaveText('Lai Châu');

  await ui.reload();
  awards = await openOn(page, 'ta van');
  await expect(awards.rows).toHaveCount(1);
  await expect(cell(awards.row(name), 'organization')).toHaveText('UBND xã Tả Van');
  await expect(cell(awards.row(name), 'member')).toHaveText('Lai Châu');
});

test('a refused edit shows the server’s sentence on the cell and keeps the old value', async ({ ui }) => {
  const page = ui.page;
  const awards = await openOn(page, 'tap the mau so 1120');
  await awards.table.focus();
  await expect(activeCell(page)).toHaveAttribute('data-column', 'name');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: `Tên tập thể, cá nhân của ${name}` });
  await expect(editor).toBeFocused();
  await editor.press('Control+A');
  await editor.press('Backspace');
  await editor.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa nhập tên tập thể, cá nhân.' })).toBeVisible();
  const refused = cell(awards.row(name), 'name');
  await expect(refused).toHaveText(name);
  await expect(refused).toHaveAttribute('aria-invalid', 'true');
  // Moving on clears the message; the name was never changed on the server.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa nhập' })).toHaveCount(0);
  await awards.find('tap the mau so 1120');
  await expect(awards.row(name)).toHaveCount(1);
});

test('Space ticks rows, Delete removes them, undo brings them back', async ({ ui, page }) => {
  const awards = await openOn(page, 'mau so 112');
  const before = Number((await awards.count.textContent())!.split(' /')[0]);
  expect(before).toBeGreaterThan(2);
  const [first, second] = await firstTwoNames(awards);

  await awards.table.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-bar')).toContainText('Đã chọn 2 dòng');
  await expect(page.getByRole('checkbox', { name: `Chọn dòng: ${first}`, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Chọn dòng: ${second}`, exact: true })).toBeChecked();

  await page.keyboard.press('Delete');
  await expect(ui.notification('Đã xóa 2 dòng khen thưởng.')).toBeVisible();
  await expect(awards.count).toHaveText(`${before - 2} / 7.102 dòng`);
  await expect(awards.row(first)).toHaveCount(0);
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);
  await ui.undo('Đã xóa 2 dòng khen thưởng.');
  await expect(awards.count).toHaveText(`${before} / 7.104 dòng`);
  await expect(awards.row(first)).toHaveCount(1);
  await expect(awards.row(second)).toHaveCount(1);
});

test('the header box ticks every row shown; Shift+click ticks a range', async ({ ui }) => {
  const page = ui.page;
  const awards = await openOn(page, 'mau so 112');
  const shown = (await awards.count.textContent())!.split(' /')[0]!;
  await page.getByRole('checkbox', { name: 'Chọn tất cả các dòng đang hiện' }).check();
  await expect(page.getByTestId('selection-bar')).toContainText(`Đã chọn ${shown} dòng`);
  await page.getByRole('checkbox', { name: 'Chọn tất cả các dòng đang hiện' }).uncheck();
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);

  const boxes = awards.rows.getByRole('checkbox');
  await boxes.nth(0).click();
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-bar')).toContainText('Đã chọn 4 dòng');
  for (const i of [0, 1, 2, 3]) await expect(boxes.nth(i)).toBeChecked();
  await expect(boxes.nth(4)).not.toBeChecked();
});

async function firstTwoNames(awards: AwardsPage): Promise<[string, string]> {
  const names = await awards.rows.locator('[data-column="name"]').allTextContents();
  return [names[0]!, names[1]!];
}

test('the virtual grid: Ctrl+End scrolls to the last of the 7.104 rows and focuses its cell, Ctrl+Home back', async ({
  ui,
}) => {
  const page = ui.page;
  const awards = await new AwardsPage(page).open();
  await expect(awards.table).toHaveAttribute('aria-rowcount', '7105');
  // Only the rows in view (and a few more) are drawn.
  expect(await awards.rows.count()).toBeLessThan(60);
  await awards.table.focus();
  await expect(activeCell(page)).toHaveAttribute('data-column', 'name');
  await page.keyboard.press('Control+End');
  const last = page.locator('[role="row"][aria-rowindex="7105"]');
  await expect(last.locator('.award-cell[data-mode="active"]')).toBeFocused();
  await expect(last.locator('.award-cell[data-column="order"]')).toHaveText('7104');
  await expect(activeCell(page)).toBeInViewport();
  await page.keyboard.press('Control+Home');
  const first = page.locator('[role="row"][aria-rowindex="2"]');
  await expect(first.locator('.award-cell[data-column="order"]')).toBeFocused();
  await expect(awards.rows.locator('[data-column="order"]', { hasText: /^7104$/u })).toHaveCount(0);
});
