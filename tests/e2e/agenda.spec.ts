/** The agenda of the demo conference: moving and resizing items recomputes the times; overrun is said plainly. */
import { expect, test } from './fixtures.ts';
import { AgendaPage } from './pages/AgendaPage.ts';

test.use({ demo: true });

const opening = 'Phát biểu khai mạc hội nghị';
const report =
  'Báo cáo sơ kết thực hiện giao ước thi đua 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024';

test('moving an item down recomputes the times, and the order stays after a reload', async ({ ui, page }) => {
  const agenda = await new AgendaPage(page).open();
  await expect(agenda.rows).toHaveCount(9);
  await expect(agenda.time(opening)).toHaveText('08:40 – 08:50');
  await expect(agenda.time(report)).toHaveText('08:50 – 09:10');

  await agenda
    .row(opening)
    .getByRole('button', { name: `Chuyển xuống: ${opening}` })
    .click();
  await expect(agenda.time(report)).toHaveText('08:40 – 09:00');
  await expect(agenda.time(opening)).toHaveText('09:00 – 09:10');

  await ui.reload();
  const again = await new AgendaPage(page).open();
  const contents = await again.contents();
  expect(contents.indexOf(opening)).toBe(contents.indexOf(report) + 1);
});

test('a longer item pushes the end past the planned end: the warning says by how much', async ({ ui }) => {
  const { page } = ui;
  const agenda = await new AgendaPage(page).open();
  await expect(agenda.summary).toContainText('kết thúc lúc 11:10');
  await expect(agenda.warning).toBeHidden();

  // The provinces' contributions: 60 → 95 minutes, so the agenda ends at 11:45 instead of 11:30.
  await agenda.minutes(5).fill('95');
  await agenda.minutes(5).press('Enter');
  await expect(agenda.warning).toHaveText(
    'Chương trình vượt quá giờ kết thúc dự kiến 15 phút: kết thúc lúc 11:45 thay vì 11:30. Hãy rút ngắn hoặc bỏ bớt mục.',
  );
  await expect(agenda.time('Nghỉ giải lao')).toHaveText('10:45 – 11:00');

  // Moving the planned end to 12:00 clears it.
  await page.getByLabel('Kết thúc dự kiến').fill('12h');
  await page.getByLabel('Kết thúc dự kiến').press('Enter');
  await expect(agenda.warning).toBeHidden();
  await expect(page.getByText('Kết thúc trước giờ dự kiến (12:00) 15 phút.')).toBeVisible();
});

test('adds an item with the keyboard, presented by a delegate picked from the list', async ({ ui }) => {
  const { page } = ui;
  const agenda = await new AgendaPage(page).open();
  await page.keyboard.press('Alt+N');
  await expect(page.getByLabel('Nội dung mục mới')).toBeFocused();
  await page.keyboard.type('Trao Cờ thi đua cho tập thể dẫn đầu');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('trinh xuan');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await page.getByLabel('Nội dung mục mới').press('Enter');

  await expect(agenda.rows).toHaveCount(10);
  const added = agenda.row('Trao Cờ thi đua cho tập thể dẫn đầu');
  await expect(added.getByTestId('agenda-time')).toHaveText('11:10 – 11:15');
  await expect(added.getByLabel('Người thực hiện mục 10')).toHaveValue(
    'Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai, Trưởng Cụm thi đua',
  );
  await expect(page.getByLabel('Nội dung mục mới')).toHaveValue('');
  await expect(page.getByLabel('Nội dung mục mới')).toBeFocused();
});

test('deleting an item closes the gap; undo brings it back in its place', async ({ ui, page }) => {
  const agenda = await new AgendaPage(page).open();
  await agenda.row('Nghỉ giải lao').getByRole('button', { name: 'Xóa mục: Nghỉ giải lao' }).click();
  await expect(agenda.rows).toHaveCount(8);
  await expect(agenda.summary).toContainText('kết thúc lúc 10:55');
  await ui.undo('Đã xóa mục "Nghỉ giải lao".');
  await expect(agenda.rows).toHaveCount(9);
  await expect(agenda.time('Nghỉ giải lao')).toHaveText('10:10 – 10:25');
});

test('after a deletion the numbers close up and the next item moves up at the first press', async ({
  ui,
}) => {
  const agenda = await new AgendaPage(ui.page).open();
  const guidance = 'Phát biểu chỉ đạo của đại biểu Trung ương';
  const closing = 'Tiếp thu ý kiến chỉ đạo, kết luận và bế mạc hội nghị';
  await agenda.row('Nghỉ giải lao').getByRole('button', { name: 'Xóa mục: Nghỉ giải lao' }).click();
  await expect(agenda.rows).toHaveCount(8);
  await expect(agenda.row(guidance).locator('td').first()).toHaveText('6');
  await expect(agenda.row(closing).locator('td').first()).toHaveText('8');
  await expect(agenda.row(closing).getByRole('button', { name: `Chuyển xuống: ${closing}` })).toBeDisabled();

  await agenda
    .row(guidance)
    .getByRole('button', { name: `Chuyển lên: ${guidance}` })
    .click();
  await expect(agenda.row(guidance).locator('td').first()).toHaveText('5');
  const contents = await agenda.contents();
  expect(contents.indexOf(guidance)).toBe(4);
});

test('after a deletion focus goes to the next item, or the one before when the last went', async ({ ui }) => {
  const agenda = await new AgendaPage(ui.page).open();
  const before = await agenda.contents();
  const next = before[before.indexOf('Nghỉ giải lao') + 1]!;
  await agenda.row('Nghỉ giải lao').getByRole('button', { name: 'Xóa mục: Nghỉ giải lao' }).click();
  await expect(agenda.rows).toHaveCount(8);
  await expect(agenda.row(next).getByRole('button', { name: `Xóa mục: ${next}` })).toBeFocused();

  // From the keyboard: Enter on the focused button deletes that item too, and focus moves on again.
  const last = before[before.length - 1]!;
  const beforeLast = before[before.length - 2]!;
  await agenda
    .row(last)
    .getByRole('button', { name: `Xóa mục: ${last}` })
    .focus();
  await ui.page.keyboard.press('Enter');
  await expect(agenda.rows).toHaveCount(7);
  await expect(agenda.row(beforeLast).getByRole('button', { name: `Xóa mục: ${beforeLast}` })).toBeFocused();
});
