import { describe, expect, it, afterEach } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { startHost, resolveStatic, type RunningHost } from '../../electron/host/server.ts';
import { freshApi, tempDir } from './support/db.ts';

let host: RunningHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start() {
  const { api, db } = freshApi();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Thư ký</title>');
  host = await startHost({ router: api, staticDir });
  return { host, db, staticDir };
}

/** A raw request, so the test controls every header (fetch would add its own Origin rules). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; path?: string },
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const target = new URL(url);
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: options.path ?? target.pathname,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only and puts the token in the fragment, not the query', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    expect(host.openUrl).toBe(`${host.url}/#token=${host.token}`);
  });

  it('answers API calls that carry the token', async () => {
    const { host } = await start();
    const res = await send(`${host.url}/api/clusters.create`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${host.token}`,
        'Content-Type': 'application/json',
        Origin: host.url,
      },
      body: JSON.stringify({ name: 'Cụm thi đua 7 tỉnh' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Cụm thi đua 7 tỉnh' } });
  });

  it('refuses calls without the token, with a wrong token, or from a foreign origin — and writes nothing', async () => {
    const { host, db } = await start();
    const body = JSON.stringify({ name: 'Cụm X' });
    const base = { method: 'POST', body };
    expect((await send(`${host.url}/api/clusters.create`, base)).status).toBe(401);
    expect(
      (await send(`${host.url}/api/clusters.create`, { ...base, headers: { Authorization: 'Bearer nope' } }))
        .status,
    ).toBe(401);
    const foreign = await send(`${host.url}/api/clusters.create`, {
      ...base,
      headers: { Authorization: `Bearer ${host.token}`, Origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(
      (await send(`${host.url}/api/clusters.list`, { headers: { Authorization: `Bearer ${host.token}` } }))
        .status,
    ).toBe(405);
    expect(db.prepare('SELECT count(*) FROM cluster').pluck().get()).toBe(0);
  });

  it('answers malformed JSON with a Vietnamese validation error', async () => {
    const { host } = await start();
    const res = await send(`${host.url}/api/clusters.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{oops',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' },
    });
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const { host } = await start();
    const index = await send(host.url, {});
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%00']) {
      const res = await send(host.url, { path });
      expect(res.body).not.toContain('root:');
      expect(res.body).not.toContain('"name"');
    }
  });

  it('resolves static paths only inside the folder', () => {
    expect(resolveStatic('/srv/app', '/assets/x.js')).toBe('/srv/app/assets/x.js');
    expect(resolveStatic('/srv/app', '/../secret')).toBeNull();
    expect(resolveStatic('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStatic('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});
