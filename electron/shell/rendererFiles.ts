/**
 * Answers `app://thuky/…` requests from the built renderer folder, with the browser host's CSP. Pure Node (no
 * 'electron' import) so it is tested under Node; electron/shell/protocol.ts hands it to `protocol.handle`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { contentSecurityPolicy, resolveStatic } from '../host/server.ts';
import { appHost, appScheme } from '../api/senderPolicy.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The response for one request; only GET/HEAD of our own host, only files under `root`. */
export async function serveRendererRequest(
  root: string,
  requestUrl: string,
  method = 'GET',
): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.protocol !== `${appScheme}:` || url.hostname !== appHost) return plain(404, 'Not found');
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  // The same traversal-safe resolution as the browser host: nothing outside `root` is ever read.
  let file = resolveStatic(root, url.pathname);
  if (file === null) return plain(404, 'Not found');
  // A path without an extension is a screen of the single-page app, not a missing asset.
  if (!(await isFile(file))) {
    if (extname(file) !== '') return plain(404, 'Not found');
    file = resolve(root, 'index.html');
    if (!(await isFile(file))) return plain(404, 'Not found');
  }
  const body = method === 'HEAD' ? null : await readFile(file);
  return new Response(body, {
    status: 200,
    headers: {
      ...securityHeaders,
      'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    },
  });
}
