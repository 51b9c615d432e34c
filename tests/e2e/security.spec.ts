/** The browser host's guards, seen from outside, and the renderer's answer to a missing or stale token. */
import { expect, test } from './fixtures.ts';

test('the API refuses a call without the token (401) and from a foreign origin (403)', async ({
  app,
  playwright,
}) => {
  const api = await playwright.request.newContext({ baseURL: app.origin });
  try {
    const noToken = await api.post('/api/clusters.list', { data: {} });
    expect(noToken.status()).toBe(401);
    expect((await noToken.json()).error.message).toContain('hãy mở lại địa chỉ');

    const wrongToken = await api.post('/api/clusters.list', {
      data: {},
      headers: { Authorization: 'Bearer sai' },
    });
    expect(wrongToken.status()).toBe(401);

    const foreign = await api.post('/api/clusters.create', {
      data: { name: 'Cụm giả mạo' },
      headers: { Authorization: `Bearer ${app.token}`, Origin: 'http://evil.example' },
    });
    expect(foreign.status()).toBe(403);

    // The same token from the host's own origin works, and the refused create above wrote nothing.
    const own = await api.post('/api/clusters.list', {
      data: {},
      headers: { Authorization: `Bearer ${app.token}`, Origin: app.origin },
    });
    expect(own.status()).toBe(200);
    expect(await own.json()).toEqual({ ok: true, value: [] });
  } finally {
    await api.dispose();
  }
});

test('the page carries the same Content-Security-Policy as the host sends', async ({ app, page }) => {
  const response = await page.goto(app.openUrl);
  const header = response?.headers()['content-security-policy'];
  expect(header).toBeTruthy();
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(header);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('without the token the app says, in Vietnamese, which address to open', async ({ app, page }) => {
  await page.goto(app.origin);
  await expect(page.getByText('Chưa mở đúng địa chỉ')).toBeVisible();
  await expect(page.getByText(/mở lại địa chỉ mà lệnh thuky serve in ra/u)).toBeVisible();
});

test('a stale token shows the same advice instead of a broken screen', async ({ app, page }) => {
  await page.goto(`${app.origin}/#token=het-han`);
  await expect(page.getByText(/không còn hiệu lực/u)).toBeVisible();
  await expect(page.getByText(/mở lại địa chỉ mà lệnh thuky serve in ra/u)).toBeVisible();
});

test('the token survives a reload but not in the visible address', async ({ ui, page }) => {
  await expect(page.getByText('Chưa có cụm thi đua nào.')).toBeVisible();
  expect(page.url()).not.toContain('token');
  await ui.reload();
  await expect(page.getByText('Chưa có cụm thi đua nào.')).toBeVisible();
});
