/** A clerk starts from an empty database: a cluster, two members, a conference; a reload keeps them all. */
import { expect, test } from './fixtures.ts';

test('create a cluster, two members and a conference, then reload', async ({ ui, page }) => {
  // An empty database sends the clerk to create a cluster first.
  await expect(page.getByText('Chưa có cụm thi đua nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Tạo cụm thi đua' }).click();

  const clusters = ui.clusters;
  await clusters.addCluster('Cụm thi đua các tỉnh Tây Bắc', 'Cụm Tây Bắc');
  await expect(ui.message('Đã thêm cụm thi đua.')).toBeVisible();
  await expect(ui.currentCluster).toContainText('Cụm thi đua các tỉnh Tây Bắc');

  await clusters.addMember({
    code: 'SL',
    shortName: 'Sơn La',
    officialName: 'UBND tỉnh Sơn La',
    validFrom: '01/01/2024',
  });
  await clusters.addMember({ code: 'DB', shortName: 'Điện Biên', officialName: 'UBND tỉnh Điện Biên' });
  await expect(clusters.memberRow('SL')).toContainText('01/1/2024');
  await expect(clusters.clustersTable.locator('tbody tr').first()).toContainText('2');

  // Reorder: Điện Biên first, with the keyboard.
  await clusters.memberRow('DB').getByRole('button', { name: 'Chuyển lên: Điện Biên' }).focus();
  await page.keyboard.press('Enter');
  await expect(clusters.memberRows().first()).toContainText('Điện Biên');

  const conferences = await ui.openConferences();
  await expect(page.getByText('Cụm này chưa có hội nghị nào.')).toBeVisible();
  // Alt+N opens a new conference with the cursor in the first field.
  await page.keyboard.press('Alt+N');
  const form = conferences.form();
  // The clerk types at once: the first field has the cursor as soon as the form appears.
  await page.keyboard.type('Hội nghị ký kết giao ước thi đua năm 2025');
  await expect(form.getByLabel('Tên hội nghị')).toHaveValue('Hội nghị ký kết giao ước thi đua năm 2025');
  await conferences.fill(form, {
    kind: 'Ký kết giao ước',
    year: '2025',
    period: 'năm 2025',
    date: '15/3/2025',
    startTime: '08:30',
    venue: 'tỉnh Sơn La',
    host: 'UBND tỉnh Sơn La',
    organizingBody: 'Ban Thi đua - Khen thưởng tỉnh Sơn La',
  });
  // Enter in a text field saves.
  await form.getByLabel('Địa điểm').press('Enter');
  await expect(form).toBeHidden();
  await expect(ui.message('Đã thêm hội nghị.')).toBeVisible();

  const check = async () => {
    const row = conferences.row('Hội nghị ký kết giao ước thi đua năm 2025');
    await expect(row).toContainText('Ký kết giao ước');
    await expect(row).toContainText('15/3/2025 lúc 08:30');
    await expect(row).toContainText('tỉnh Sơn La');
    await expect(row).toContainText('UBND tỉnh Sơn La');
  };
  await check();

  await ui.reload();
  await check();
  await expect(ui.currentCluster).toContainText('Cụm thi đua các tỉnh Tây Bắc');
  const edit = await conferences.openEdit('Hội nghị ký kết giao ước thi đua năm 2025');
  await expect(edit.getByLabel('Cơ quan tổ chức')).toHaveValue('Ban Thi đua - Khen thưởng tỉnh Sơn La');
  await expect(edit.getByLabel('Kỳ')).toHaveValue('năm 2025');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();

  await ui.openClusters();
  await expect(clusters.memberRows()).toHaveCount(2);
  await expect(clusters.memberRows().first()).toContainText('UBND tỉnh Điện Biên');
});

test('search finds a conference without typing diacritics', async ({ ui, page }) => {
  await page.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
  await ui.clusters.addCluster('Cụm thi đua số 1');
  const conferences = await ui.openConferences();
  for (const title of ['Hội nghị tổng kết năm 2024', 'Hội nghị sơ kết 6 tháng đầu năm 2025']) {
    const form = await conferences.openNew();
    await conferences.fill(form, { title });
    await conferences.save(form);
    await expect(form).toBeHidden();
  }
  await expect(conferences.dataRows).toHaveCount(2);
  await conferences.search.fill('tong ket');
  await expect(conferences.dataRows).toHaveCount(1);
  await expect(conferences.dataRows.first()).toContainText('Hội nghị tổng kết năm 2024');
  await conferences.search.fill('không có');
  await expect(page.getByText('Không có hội nghị nào khớp với nội dung tìm kiếm.')).toBeVisible();
});

test.describe('with the demo conference', () => {
  test.use({ demo: true });

  test('a conference just created becomes the current one, and its empty screens say what to do', async ({
    ui,
    page,
  }) => {
    const conferences = await ui.openConferences();
    const form = await conferences.openNew();
    await conferences.fill(form, { title: 'Hội nghị tổng kết năm 2024' });
    await conferences.save(form);
    await expect(form).toBeHidden();
    // The demo's dated conference sorts first; the new one is still the one the clerk goes on to fill in.
    await expect(page.getByTestId('conference-picker')).toContainText('Hội nghị tổng kết năm 2024');

    await page.getByRole('menuitem', { name: 'Sơ đồ chỗ ngồi' }).click();
    await expect(
      page.getByText('Hội nghị chưa có đại biểu nào. Hãy nhập danh sách đại biểu trước khi xếp chỗ.'),
    ).toBeVisible();
    await expect(page.getByText('Mọi đại biểu đã có chỗ.')).toHaveCount(0);

    await page.getByRole('menuitem', { name: 'Đón tiếp đại biểu' }).click();
    await expect(page.getByTestId('checkin-delegations')).toContainText('Chưa có đoàn nào');
  });
});
