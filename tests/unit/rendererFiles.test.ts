import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveRendererRequest } from '../../electron/shell/rendererFiles.ts';
import { contentSecurityPolicy } from '../../electron/host/server.ts';
import { tempDir } from './support/db.ts';

function rendererFolder(): { root: string; secret: string } {
  const dir = tempDir();
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Thư ký Hội nghị</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  return { root, secret: join(dir, 'secret.txt') };
}

describe('serveRendererRequest', () => {
  it('serves the entry page and assets with the host CSP and a content type', async () => {
    const { root } = rendererFolder();
    const page = await serveRendererRequest(root, 'app://thuky/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Thư ký Hội nghị');

    const script = await serveRendererRequest(root, 'app://thuky/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('answers screens of the single-page app with index.html, but a missing asset with 404', async () => {
    const { root } = rendererFolder();
    const screen = await serveRendererRequest(root, 'app://thuky/conferences/12');
    expect(screen.status).toBe(200);
    expect(await screen.text()).toContain('<title>');
    expect((await serveRendererRequest(root, 'app://thuky/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://thuky/../secret.txt',
    'app://thuky/%2e%2e/secret.txt',
    'app://thuky/..%2fsecret.txt',
    'app://thuky/assets/..%2f..%2fsecret.txt',
    'app://thuky/%2e%2e%5csecret.txt',
    'app://thuky/assets%2f..%2f..%2fsecret.txt',
    'app://thuky/secret.txt%00.js',
    'app://thuky/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const { root } = rendererFolder();
    const response = await serveRendererRequest(root, url);
    const body = await response.text();
    expect(body).not.toContain('outside the renderer');
  });

  it('refuses other hosts, other schemes and writes', async () => {
    const { root } = rendererFolder();
    expect((await serveRendererRequest(root, 'app://other/index.html')).status).toBe(404);
    expect((await serveRendererRequest(root, 'file:///index.html')).status).toBe(404);
    expect((await serveRendererRequest(root, 'app://thuky/index.html', 'POST')).status).toBe(405);
    const head = await serveRendererRequest(root, 'app://thuky/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
