/**
 * Bad input gives a clear Vietnamese message and changes nothing — whether the form catches it or only the
 * server does (the server is the authority: these cases pass the form and come back refused).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.use({ demo: true });

const demoTitle = 'Hội nghị sơ kết thực hiện giao ước thi đua 6 tháng đầu năm 2024';

/** Resolves with the JSON answer to the next call of `method`. */
function nextAnswer(page: Page, method: string): Promise<{ ok: boolean; error?: { message: string } }> {
  return page
    .waitForResponse((r) => r.url().endsWith(`/api/${method}`) && r.request().method() === 'POST')
    .then((r) => r.json() as Promise<{ ok: boolean; error?: { message: string } }>);
}

test('an empty title is caught on the form and nothing is sent', async ({ ui, page }) => {
  const conferences = ui.conferences;
  const sent: string[] = [];
  page.on('request', (r) => r.url().includes('/api/conferences.create') && sent.push(r.url()));
  const form = await conferences.openNew();
  await conferences.fill(form, { title: '   ', venue: 'tỉnh Lạng Sơn' });
  await conferences.save(form);
  await expect(conferences.fieldError(form, 'Tên hội nghị')).toHaveText('Chưa nhập tên hội nghị.');
  await expect(form).toBeVisible();
  expect(sent).toEqual([]);
  await page.keyboard.press('Escape');
  await ui.reload();
  await expect(conferences.dataRows).toHaveCount(1);
});

test('a year the server refuses shows its message on the field and saves nothing', async ({ ui, page }) => {
  const conferences = ui.conferences;
  const form = await conferences.openNew();
  await conferences.fill(form, { title: 'Hội nghị tổng kết năm 1999', year: '1999' });
  const answer = nextAnswer(page, 'conferences.create');
  await conferences.save(form);
  expect((await answer).ok).toBe(false);
  await expect(conferences.fieldError(form, 'Năm')).toHaveText('Năm phải từ 2000 trở đi.');
  await expect(form).toBeVisible();

  await page.keyboard.press('Escape');
  await ui.reload();
  await expect(conferences.dataRows).toHaveCount(1);
  await expect(conferences.row('Hội nghị tổng kết năm 1999')).toHaveCount(0);
});

test('a refused edit leaves the conference as it was', async ({ ui, page }) => {
  const conferences = ui.conferences;
  const form = await conferences.openEdit(demoTitle);
  await conferences.fill(form, { title: 'Tên mới không được lưu', year: '2101' });
  const answer = nextAnswer(page, 'conferences.update');
  await conferences.save(form);
  expect((await answer).ok).toBe(false);
  await expect(conferences.fieldError(form, 'Năm')).toHaveText('Năm không quá 2100.');

  await page.keyboard.press('Escape');
  await ui.reload();
  await expect(conferences.row(demoTitle)).toContainText('01/8/2024 lúc 08:00');
  await expect(conferences.row('Tên mới không được lưu')).toHaveCount(0);
  const again = await conferences.openEdit(demoTitle);
  await expect(again.getByLabel('Năm')).toHaveValue('2024');
});

test('a duplicate member code is refused by the server with a Vietnamese message', async ({ ui, page }) => {
  const clusters = await ui.openClusters();
  const form = await clusters.openNewMember();
  await clusters.fillMember(form, {
    code: 'CB',
    shortName: 'Cao Bằng 2',
    officialName: 'UBND tỉnh Cao Bằng (mới)',
  });
  const answer = nextAnswer(page, 'members.create');
  await form.getByRole('button', { name: 'Lưu' }).click();
  expect((await answer).ok).toBe(false);
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText('Mã "CB" đã dùng cho Cao Bằng.');

  await page.keyboard.press('Escape');
  await ui.reload();
  await expect(clusters.memberRows()).toHaveCount(7);
  await expect(clusters.memberRows().filter({ hasText: 'Cao Bằng 2' })).toHaveCount(0);
});

test('membership that ends before it starts is refused on the end date', async ({ ui, page }) => {
  const clusters = await ui.openClusters();
  const form = await clusters.openNewMember();
  await clusters.fillMember(form, {
    code: 'TQ',
    shortName: 'Tuyên Quang',
    officialName: 'UBND tỉnh Tuyên Quang',
    validFrom: '01/7/2025',
    validTo: '30/6/2025',
  });
  const answer = nextAnswer(page, 'members.create');
  await form.getByRole('button', { name: 'Lưu' }).click();
  expect((await answer).ok).toBe(false);
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText(
    'Ngày kết thúc phải sau ngày bắt đầu.',
  );

  await page.keyboard.press('Escape');
  await ui.reload();
  await expect(clusters.memberRows()).toHaveCount(7);
});
