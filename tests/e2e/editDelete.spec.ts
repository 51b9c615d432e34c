/** Editing, deleting and undoing, on the demo data. */
import { expect, test } from './fixtures.ts';

test.use({ demo: true });

const demoTitle = 'Hội nghị sơ kết thực hiện giao ước thi đua 6 tháng đầu năm 2024';

test('edit a conference, delete it after confirming, then undo', async ({ ui, page }) => {
  const conferences = ui.conferences;
  const form = await conferences.openEdit(demoTitle);
  await expect(form.getByLabel('Tên hội nghị')).toBeFocused();
  await expect(form.getByLabel('Ngày họp')).toHaveValue('01/8/2024');
  await conferences.fill(form, {
    venue: 'Thành phố Cao Bằng',
    startTime: '7h30',
    host: 'UBND tỉnh Lào Cai',
  });
  await conferences.save(form);
  await expect(form).toBeHidden();
  await expect(ui.message('Đã lưu thay đổi.')).toBeVisible();
  const row = conferences.row(demoTitle);
  await expect(row).toContainText('01/8/2024 lúc 07:30');
  await expect(row).toContainText('Thành phố Cao Bằng');
  await expect(row).toContainText('UBND tỉnh Lào Cai');

  // Declining the confirmation keeps the conference.
  await row.getByRole('button', { name: 'Xóa' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Không' }).click();
  await expect(row).toBeVisible();

  await conferences.delete(demoTitle);
  await expect(ui.notification(`Đã xóa hội nghị "${demoTitle}".`)).toBeVisible();
  await expect(row).toBeHidden();
  await ui.undo(`Đã xóa hội nghị "${demoTitle}".`);
  await expect(row).toContainText('Thành phố Cao Bằng');

  await ui.reload();
  await expect(conferences.row(demoTitle)).toContainText('UBND tỉnh Lào Cai');
});

test('a deleted conference stays deleted after a reload when not undone', async ({ ui }) => {
  await ui.conferences.delete(demoTitle);
  await expect(ui.conferences.row(demoTitle)).toBeHidden();
  await ui.reload();
  await expect(ui.page.getByText('Cụm này chưa có hội nghị nào.')).toBeVisible();
});

test('members: edit, move down, delete and undo', async ({ ui, page }) => {
  const clusters = await ui.openClusters();
  await clusters.memberRow('HG').getByRole('button', { name: 'Sửa: Hà Giang' }).click();
  const form = page.getByRole('dialog').filter({ hasText: 'Sửa thành viên' });
  await expect(form.getByLabel('Mã thành viên')).toBeFocused();
  await form.getByLabel('Tên chính thức').fill('Ủy ban nhân dân tỉnh Hà Giang');
  await form.getByLabel('Tên chính thức').press('Enter');
  await expect(form).toBeHidden();
  await expect(clusters.memberRow('HG')).toContainText('Ủy ban nhân dân tỉnh Hà Giang');

  await clusters.memberRow('CB').getByRole('button', { name: 'Chuyển xuống: Cao Bằng' }).click();
  await expect(clusters.memberRows().nth(1)).toContainText('Cao Bằng');

  await clusters.memberRow('LS').getByRole('button', { name: 'Xóa: Lạng Sơn' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Xóa' }).click();
  await expect(clusters.memberRows()).toHaveCount(6);
  await ui.undo('Đã xóa thành viên Lạng Sơn.');
  await expect(clusters.memberRows()).toHaveCount(7);

  await ui.reload();
  const shortNames = await clusters.memberRows().locator('td:nth-child(3)').allTextContents();
  expect(shortNames).toEqual([
    'Lào Cai',
    'Cao Bằng',
    'Lai Châu',
    'Hà Giang',
    'Sơn La',
    'Điện Biên',
    'Lạng Sơn',
  ]);
});

test('a cluster can be deleted and brought back', async ({ ui, page }) => {
  const clusters = await ui.openClusters();
  const name = 'Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc';
  await clusters.clustersTable.getByRole('button', { name: `Xóa: ${name}` }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Chưa có cụm thi đua nào. Bấm "Thêm cụm thi đua" để bắt đầu.')).toBeVisible();
  await ui.undo(`Đã xóa cụm "${name}".`);
  await expect(ui.currentCluster).toContainText(name);
  await expect(clusters.memberRows()).toHaveCount(7);
  await ui.openConferences();
  await expect(ui.conferences.row(demoTitle)).toBeVisible();
});
