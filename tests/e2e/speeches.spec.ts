/**
 * "Phát biểu, tham luận" on the demo conference: the speaking order, the requests to speak, and the summary the
 * secretary types during the conference, which must survive a reload.
 */
import { expect, test } from './fixtures.ts';
import { SpeechesPage } from './pages/SpeechesPage.ts';

test.use({ demo: true });

test('the speaking list in order, moved up and down', async ({ ui }) => {
  const page = ui.page;
  const speeches = await new SpeechesPage(page).open();
  await speeches.tab('Danh sách phát biểu');
  await expect(speeches.rows).toHaveCount(3);
  expect(await speeches.speakerNames()).toEqual([
    'Hoàng Xuân Ánh',
    'Đại diện các tỉnh trong Cụm thi đua',
    'Hà Thị Nga',
  ]);
  await expect(speeches.rows.nth(2)).toContainText('Phát biểu chỉ đạo');
  await expect(speeches.rows.nth(2)).toContainText('Ủy viên Trung ương Đảng');
  await page.getByRole('button', { name: /^Chuyển lên: Hà Thị Nga/u }).click();
  await expect(speeches.rows.nth(1)).toContainText('Hà Thị Nga');
  await page.reload();
  await expect(speeches.rows.nth(1)).toContainText('Hà Thị Nga');
});

test('after a speaker is deleted, the next one up moves at the first press', async ({ ui }) => {
  const page = ui.page;
  const speeches = await new SpeechesPage(page).open();
  await speeches.tab('Danh sách phát biểu');
  await page.getByRole('button', { name: /^Xóa khỏi danh sách: Hoàng Xuân Ánh/u }).click();
  await expect(speeches.rows).toHaveCount(2);
  // Focus stays in the list, on the row that took the deleted one's place.
  await expect(page.getByRole('button', { name: /^Xóa khỏi danh sách: Đại diện các tỉnh/u })).toBeFocused();
  await page.getByRole('button', { name: /^Chuyển lên: Hà Thị Nga/u }).click();
  await expect(speeches.rows.nth(0)).toContainText('Hà Thị Nga');
  expect(await speeches.speakerNames()).toEqual(['Hà Thị Nga', 'Đại diện các tỉnh trong Cụm thi đua']);
  // The last one deleted: focus goes to the one before it.
  await page.getByRole('button', { name: /^Xóa khỏi danh sách: Đại diện các tỉnh/u }).click();
  await expect(speeches.rows).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Xóa khỏi danh sách: Hà Thị Nga/u })).toBeFocused();
});

test('a request to speak, accepted, joins the end of the speaking list', async ({ ui, page }) => {
  const speeches = await new SpeechesPage(page).open();
  await speeches.tab('Đăng ký phát biểu');
  await page.getByRole('button', { name: 'Ghi đăng ký phát biểu' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Hoặc ghi người phát biểu').fill('Đại diện tỉnh Sơn La');
  await form.getByLabel('Nội dung, tiêu đề').fill('Kinh nghiệm khen thưởng người lao động trực tiếp');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(ui.message('Đã ghi đăng ký phát biểu.')).toBeVisible();
  await expect(page.locator('.ant-segmented-item').filter({ hasText: '1 chờ duyệt' })).toBeVisible();
  await expect(speeches.rows.filter({ hasText: 'Đại diện tỉnh Sơn La' })).toContainText('Đăng ký, chờ duyệt');
  await page.getByRole('button', { name: 'Cho phát biểu: Đại diện tỉnh Sơn La' }).click();
  await expect(speeches.rows.filter({ hasText: 'Đại diện tỉnh Sơn La' })).toContainText('Được phát biểu');
  await speeches.tab('Danh sách phát biểu');
  await expect(speeches.rows).toHaveCount(4);
  await expect(speeches.rows.nth(3)).toContainText('Đại diện tỉnh Sơn La');
});

test('the summary typed during the conference is saved and still there after a reload', async ({
  ui,
  app,
}) => {
  const page = ui.page;
  const speeches = await new SpeechesPage(page).open();
  await speeches.tab('Trong hội nghị');
  await speeches.speakerInList('Hà Thị Nga').click();
  await expect(speeches.currentSpeaker).toHaveText('Hà Thị Nga');
  const summary = 'Đề nghị chú trọng khen thưởng người lao động trực tiếp.';
  // The demo already holds a summary: the secretary replaces it.
  await speeches.summary.fill('');
  await speeches.summary.pressSequentially(summary);
  await expect(speeches.saveStatus).toContainText('Đã lưu lúc');
  await page.getByRole('spinbutton', { name: 'Thời lượng thực tế (phút)' }).fill('25');
  await page.getByRole('spinbutton', { name: 'Thời lượng thực tế (phút)' }).press('Enter');
  await expect(
    page.locator('.ant-message-notice').filter({ hasText: 'Đã ghi thời lượng thực tế 25 phút.' }),
  ).toBeVisible();

  // The server holds it, not only the browser's draft.
  const stored = await page.request.post(`${app.origin}/api/speeches.list`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: { conferenceId: 1 },
  });
  const body = (await stored.json()) as {
    value: { speakerLabel: string; summary: string; actualMinutes: number }[];
  };
  const nga = body.value.find((s) => s.speakerLabel.startsWith('Hà Thị Nga'));
  expect(nga?.summary).toBe(summary);
  expect(nga?.actualMinutes).toBe(25);

  // Drop the browser's drafts (not the session token): what shows next comes from the server.
  await page.evaluate(
    "Object.keys(localStorage).filter((k) => k.startsWith('thuky.speech')).forEach((k) => localStorage.removeItem(k))",
  );
  await page.reload();
  await new SpeechesPage(page).open();
  await speeches.tab('Trong hội nghị');
  await speeches.speakerInList('Hà Thị Nga').click();
  await expect(speeches.summary).toHaveValue(summary);
  await expect(speeches.speakerInList('Hà Thị Nga')).toContainText('25 phút');
});
