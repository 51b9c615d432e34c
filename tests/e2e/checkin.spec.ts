/**
 * The reception desk on the morning: names typed with or without diacritics, invitations scanned by a USB
 * scanner (keystrokes typed fast, then Enter), a repeat scan, a walk-in and an absence; the counts follow.
 */
import type { Page } from '@playwright/test';
import { encodeCheckinCode } from '../../shared/checkinCode.ts';
import { dialog } from './pages/AppPage.ts';
import { expect, test, type RunningApp } from './fixtures.ts';

test.use({ demo: true });

async function api<T>(app: RunningApp, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** The demo conference plus four invited delegates who have not arrived yet. */
async function arrange(app: RunningApp) {
  const [cluster] = await api<{ id: number }[]>(app, 'clusters.list', {});
  const [conference] = await api<{ id: number }[]>(app, 'conferences.list', { clusterId: cluster!.id });
  const members = await api<{ id: number; code: string }[]>(app, 'members.list', { clusterId: cluster!.id });
  const member = (code: string) => members.find((m) => m.code === code)!.id;
  const added = await api<{ id: number; fullName: string }[]>(app, 'delegates.createMany', {
    conferenceId: conference!.id,
    rows: [
      {
        fullName: 'Nông Thị Hà',
        delegationMemberId: member('CB'),
        positionLines: 'Trưởng ban Thi đua - Khen thưởng',
        status: 'xac_nhan',
      },
      { fullName: 'Lò Văn Hùng', delegationMemberId: member('DB'), positionLines: 'Phó Giám đốc Sở Nội vụ' },
      {
        fullName: 'Giàng Seo Phử',
        delegationMemberId: member('LCI'),
        positionLines: 'Chánh Văn phòng UBND tỉnh',
      },
      {
        fullName: 'Đinh Thị Hoà',
        delegationMemberId: member('LS'),
        positionLines: 'Phó Trưởng ban Thi đua - Khen thưởng',
      },
    ],
  });
  const code = (name: string) =>
    encodeCheckinCode({
      conferenceId: conference!.id,
      kind: 'delegate',
      id: added.find((d) => d.fullName === name)!.id,
    });
  return { conferenceId: conference!.id, code, member };
}

async function openDesk(page: Page) {
  await page.getByRole('menuitem', { name: 'Đón tiếp đại biểu' }).click();
  await expect(page.getByTestId('checkin-search')).toBeFocused();
}

/** What a USB scanner does: the whole code as fast keystrokes, then Enter. */
async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 2 });
  await page.keyboard.press('Enter');
}

test('a typed name and a scanned invitation each check one delegate in; a repeat scan is said plainly', async ({
  app,
  ui,
  page,
}) => {
  const { conferenceId, code } = await arrange(app);
  await ui.reload();
  await openDesk(page);
  const total = page.getByTestId('checkin-total');
  const banner = page.getByTestId('checkin-banner');
  // The demo's three named people are already marked present.
  await expect(total).toHaveText('Có mặt 3/7 đại biểu');

  // Typed without diacritics, any case.
  await page.getByTestId('checkin-search').fill('NONG THI HA');
  await page.keyboard.press('Enter');
  await expect(banner).toHaveText('Đã điểm danh: Nông Thị Hà (Tỉnh Cao Bằng).');
  await expect(total).toHaveText('Có mặt 4/7 đại biểu');
  await expect(page.getByTestId('checkin-search')).toHaveValue('');

  await scan(page, code('Lò Văn Hùng'));
  await expect(banner).toHaveText('Đã điểm danh: Lò Văn Hùng (Tỉnh Điện Biên).');
  await expect(total).toHaveText('Có mặt 5/7 đại biểu');

  await scan(page, code('Lò Văn Hùng'));
  await expect(banner).toContainText(
    /^Lò Văn Hùng ĐÃ ĐIỂM DANH lúc \d\d:\d\d rồi — không cần điểm danh lại\.$/u,
  );
  await expect(total).toHaveText('Có mặt 5/7 đại biểu');

  // Two invitations scanned back to back, and the focus elsewhere: both land, neither is lost.
  await page.getByRole('button', { name: 'Toàn màn hình' }).focus();
  await scan(page, code('Giàng Seo Phử'));
  await scan(page, code('Đinh Thị Hoà'));
  await expect(total).toHaveText('Có mặt 7/7 đại biểu');
  await expect(banner).toHaveText('Đã điểm danh: Đinh Thị Hoà (Tỉnh Lạng Sơn).');

  const counts = await api<{ summary: string; present: number }>(app, 'checkin.counts', { conferenceId });
  expect(counts.summary).toBe('Có mặt 7/7 đại biểu');
  const row = page.getByTestId('checkin-table').locator('tr', { hasText: 'Giàng Seo Phử' });
  await expect(row).toContainText(/Có mặt \d\d:\d\d/u);
});

test('a misread code, a walk-in added in seconds, an absence with its reason, full screen', async ({
  app,
  ui,
  page,
}) => {
  const { code } = await arrange(app);
  await ui.reload();
  await openDesk(page);
  const total = page.getByTestId('checkin-total');
  const banner = page.getByTestId('checkin-banner');

  await page.getByRole('button', { name: 'Toàn màn hình' }).click();
  await expect(page.getByTestId('checkin-fullscreen')).toBeVisible();

  await scan(
    page,
    code('Nông Thị Hà').replace(/\d$/u, (d) => String((Number(d) + 1) % 10)),
  );
  await expect(banner).toContainText('Mã vừa quét không phải mã trên giấy mời');
  await expect(total).toHaveText('Có mặt 3/7 đại biểu');

  // Someone not on the list: the name typed in the box carries into the form.
  await page.getByTestId('checkin-search').fill('Vàng A Dình');
  await page.keyboard.press('Enter');
  await expect(banner).toContainText('Không tìm thấy ai khớp với "Vàng A Dình"');
  // The emptied list says what to do next instead of antd's bare "Trống".
  await expect(page.getByTestId('checkin-table')).toContainText(
    'Không có ai trong danh sách khớp với "Vàng A Dình". Gõ ít chữ hơn, hoặc bấm "Đại biểu đến không có tên" (Alt+N)',
  );
  await page.keyboard.press('Alt+N');
  const walkIn = dialog(page, 'Thêm đại biểu đến không có tên trong danh sách');
  await expect(walkIn.getByLabel('Họ và tên')).toHaveValue('Vàng A Dình');
  await walkIn.getByLabel('Chức vụ').fill('Chuyên viên Sở Nội vụ');
  await walkIn.getByLabel('Đoàn').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: 'Tỉnh Lai Châu' })
    .click();
  await walkIn.getByLabel('Chức vụ').press('Enter');
  await expect(banner).toHaveText('Đã điểm danh: Vàng A Dình (Tỉnh Lai Châu).');
  await expect(total).toHaveText('Có mặt 4/8 đại biểu');

  const row = page.getByTestId('checkin-table').locator('tr', { hasText: 'Giàng Seo Phử' });
  await row.getByRole('button', { name: 'Vắng…' }).click();
  const absence = dialog(page, 'Ghi vắng mặt: Giàng Seo Phử');
  await absence.getByLabel('Lý do vắng').fill('Bận công tác đột xuất');
  await absence.getByLabel('Lý do vắng').press('Enter');
  await expect(row).toContainText('Vắng: Bận công tác đột xuất');
  await expect(page.getByText('Giàng Seo Phử (Tỉnh Lào Cai): Bận công tác đột xuất')).toBeVisible();
  await expect(
    page.getByTestId('checkin-delegations').locator('tr', { hasText: 'Tỉnh Lai Châu' }),
  ).toContainText('1/1');

  await page.screenshot({ path: test.info().outputPath('desk.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('checkin-fullscreen')).toBeHidden();
});
