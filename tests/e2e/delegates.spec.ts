/** The delegates screen on the demo conference: keyboard-only adding, search, status, order, delete + undo. */
import { expect, test } from './fixtures.ts';
import { DelegatesPage } from './pages/DelegatesPage.ts';

test.use({ demo: true });

const seedOrder = ['Hà Thị Nga', 'Trịnh Xuân Trường', 'Hoàng Xuân Ánh'];

test('adds two delegates with the keyboard only', async ({ ui, page }) => {
  const delegates = await new DelegatesPage(page).open();
  await expect(delegates.count).toHaveText('3 đại biểu');

  await page.keyboard.press('Alt+N');
  await expect(delegates.quickAdd.getByLabel('Họ và tên')).toBeFocused();
  await page.keyboard.type('Nông Thị Thu');
  await page.keyboard.press('Tab');
  await expect(delegates.quickAdd.getByLabel('Giới tính')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Giám đốc Sở Nội vụ; Trưởng Ban Thi đua - Khen thưởng');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sở Nội vụ tỉnh Cao Bằng');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Lai Chau');
  // Each key only once the screen has answered the last one, as a clerk's eyes would (CI under load typed the
  // phone number into the role list while the delegation list was still closing).
  await expect(page.locator('.ant-select-item-option-active', { hasText: 'Tỉnh Lai Châu' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(delegates.quickAdd.getByLabel('Vai trò')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(delegates.quickAdd.getByLabel('Số điện thoại')).toBeFocused();
  await page.keyboard.type('0912 345 678');
  await page.keyboard.press('Enter');

  const thu = delegates.row('Nông Thị Thu');
  // "Thị" → Nữ → the derived honorific "Bà"; the two positions are two lines.
  await expect(thu).toContainText('Bà Nông Thị Thu');
  await expect(thu).toContainText('Giám đốc Sở Nội vụTrưởng Ban Thi đua - Khen thưởng');
  await expect(thu).toContainText('Tỉnh Lai Châu');
  await expect(thu).toContainText('0912 345 678');

  // The row is cleared for the next person, the delegation kept.
  await expect(delegates.quickAdd.getByLabel('Họ và tên')).toBeFocused();
  await expect(delegates.quickAdd.getByLabel('Họ và tên')).toHaveValue('');
  await page.keyboard.type('Lò Văn Pọm');
  await page.keyboard.press('Enter');
  await expect(delegates.row('Lò Văn Pọm')).toContainText('Tỉnh Lai Châu');
  await expect(delegates.count).toHaveText('5 đại biểu');
  await page.keyboard.press('Escape');
  await expect(delegates.quickAdd).toBeHidden();

  await ui.reload();
  await expect(new DelegatesPage(page).row('Nông Thị Thu')).toBeVisible();
});

test('an empty name is refused on the quick-add row, in Vietnamese', async ({ ui }) => {
  const { page } = ui;
  const delegates = await new DelegatesPage(page).open();
  await page.keyboard.press('Alt+N');
  await page.keyboard.press('Enter');
  await expect(delegates.quickAdd.getByText('Chưa nhập họ và tên.')).toBeVisible();
  await expect(delegates.count).toHaveText('3 đại biểu');
});

test('finds "ha thi nga" as the clerk types, without diacritics', async ({ ui }) => {
  const { page } = ui;
  const delegates = await new DelegatesPage(page).open();
  await delegates.search.pressSequentially('ha thi nga');
  await expect(delegates.rows).toHaveCount(1);
  await expect(delegates.rows.first()).toContainText('Bà Hà Thị Nga');
  await expect(delegates.count).toHaveText('1 / 3 đại biểu');
  await delegates.search.fill('lao cai');
  await expect(delegates.rows).toHaveCount(1);
  await expect(delegates.rows.first()).toContainText('Trịnh Xuân Trường');
  await delegates.search.fill('khong co ai');
  await expect(page.getByText('Không có đại biểu nào khớp với nội dung tìm kiếm.')).toBeVisible();
});

test('filters by delegation with counts', async ({ ui }) => {
  const { page } = ui;
  const delegates = await new DelegatesPage(page).open();
  await page.getByText('Tỉnh Lào Cai · 1').click();
  await expect(delegates.rows).toHaveCount(1);
  await expect(delegates.rows.first()).toContainText('Trịnh Xuân Trường');
  await page.getByText('Tất cả · 3').click();
  await expect(delegates.rows).toHaveCount(3);
});

test('status changes in one click and stays after a reload', async ({ ui, page }) => {
  const delegates = await new DelegatesPage(page).open();
  await delegates.row('Hà Thị Nga').getByRole('button', { name: 'Vắng' }).click();
  await expect(delegates.row('Hà Thị Nga').getByRole('button', { name: 'Vắng' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await ui.reload();
  await new DelegatesPage(page).open();
  await expect(delegates.row('Hà Thị Nga').getByRole('button', { name: 'Vắng' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('protocol order: keyboard and drag, kept after a reload, then back to the rule order', async ({
  ui,
  page,
}) => {
  const delegates = await new DelegatesPage(page).open();
  expect(await delegates.names()).toEqual(seedOrder);

  // Keyboard: focus the co-chair's row and move it up with Alt+↑.
  await delegates.row('Hoàng Xuân Ánh').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(delegates.rows.nth(1)).toContainText('Hoàng Xuân Ánh');
  await expect(delegates.row('Hoàng Xuân Ánh')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(delegates.rows.first()).toContainText('Hoàng Xuân Ánh');

  // Mouse: drag the central guest from the second place to the bottom.
  const handle = delegates.row('Hà Thị Nga').getByRole('button', { name: 'Kéo để đổi thứ tự: Hà Thị Nga' });
  const target = delegates.row('Trịnh Xuân Trường');
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + 20, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  const moved = ['Hoàng Xuân Ánh', 'Trịnh Xuân Trường', 'Hà Thị Nga'];
  await expect.poll(() => delegates.names()).toEqual(moved);

  await ui.reload();
  await new DelegatesPage(page).open();
  expect(await delegates.names()).toEqual(moved);

  await page.getByRole('button', { name: 'Về thứ tự theo quy tắc' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Xếp lại' }).click();
  await expect.poll(() => delegates.names()).toEqual(seedOrder);
  await ui.reload();
  expect(await new DelegatesPage(page).open().then((d) => d.names())).toEqual(seedOrder);
});

test('deletes the selected rows and undoes it', async ({ ui, page }) => {
  const delegates = await new DelegatesPage(page).open();
  await delegates.row('Trịnh Xuân Trường').getByRole('checkbox').check();
  await delegates.row('Hoàng Xuân Ánh').getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Xóa 2 đại biểu đã chọn' }).click();
  await expect(delegates.rows).toHaveCount(1);
  await expect(delegates.count).toHaveText('1 đại biểu');
  await ui.undo('Đã xóa 2 đại biểu.');
  await expect(delegates.rows).toHaveCount(3);
  expect(await delegates.names()).toEqual(seedOrder);

  // The Delete key on a focused row works too, and without undo it stays deleted.
  await delegates.row('Hà Thị Nga').focus();
  await page.keyboard.press('Delete');
  await expect(delegates.notification('Đã xóa đại biểu Hà Thị Nga.')).toBeVisible();
  await ui.reload();
  await new DelegatesPage(page).open();
  expect(await delegates.names()).toEqual(['Trịnh Xuân Trường', 'Hoàng Xuân Ánh']);
});
