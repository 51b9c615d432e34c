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

/** "default-src 'self'; …" → one entry per directive, in order. */
const directives = (policy: string | null | undefined) =>
  (policy ?? '')
    .split(';')
    .map((d) => d.trim().replace(/\s+/gu, ' '))
    .filter(Boolean);

test('the page carries the same Content-Security-Policy as the host sends', async ({ app, page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  const response = await page.goto(app.openUrl);
  const header = directives(response?.headers()['content-security-policy']);
  // frame-ancestors works only as a header (a meta tag's is ignored with a console error): the header keeps it.
  expect(header).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(directives(meta)).toEqual(header.filter((d) => !d.startsWith('frame-ancestors')));
  await expect(page.getByText('Chưa có cụm thi đua nào.')).toBeVisible();
  expect(messages.filter((m) => m.includes('Content Security Policy'))).toEqual([]);
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
