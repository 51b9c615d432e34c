/**
 * Browser mode: serves the built renderer and the API router over HTTP on 127.0.0.1 only.
 * Every API call needs the per-run token in the Authorization header (never a cookie, so another site
 * cannot ride on it) and, when the browser sends an Origin, it must be this host's own.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Router } from '../api/router.ts';

export interface HostOptions {
  router: Router;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBody?: number;
}

export interface RunningHost {
  url: string;
  /** The URL to open: the token rides in the fragment, which browsers never send to the server. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its styles at run time (CSS-in-JS); scripts stay locked to 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

const apiError = (code: string, message: string) => JSON.stringify({ ok: false, error: { code, message } });

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Resolves a URL path inside the static folder, or null when it would step outside it. */
export function resolveStatic(staticDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = normalize(staticDir + sep);
  const target = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  return target.startsWith(root) ? target : null;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBody ?? 64 * 1024 * 1024;
  let origin = '';

  const server = createServer(async (req, res) => {
    try {
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, apiError('FORBIDDEN', 'Chỉ nhận POST.'));
        if (req.headers.origin !== undefined && req.headers.origin !== origin) {
          return send(res, 403, apiError('FORBIDDEN', 'Nguồn gọi không được phép.'));
        }
        const auth = req.headers.authorization ?? '';
        if (!auth.startsWith('Bearer ') || !tokensMatch(auth.slice(7), token)) {
          return send(
            res,
            401,
            apiError('FORBIDDEN', 'Phiên làm việc không hợp lệ: hãy mở lại địa chỉ mà lệnh serve in ra.'),
          );
        }
        let input: unknown;
        try {
          const body = await readBody(req, maxBody);
          input = body === '' ? {} : JSON.parse(body);
        } catch (error) {
          const message =
            error instanceof RangeError
              ? 'Dữ liệu gửi lên quá lớn.'
              : 'Dữ liệu gửi lên không phải JSON hợp lệ.';
          return send(res, 400, apiError('VALIDATION', message));
        }
        const method = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
        const result = await options.router(method, input);
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed', 'text/plain');
      const file = resolveStatic(options.staticDir, url);
      if (!file) return send(res, 404, 'Not found', 'text/plain');
      const info = await stat(file).catch(() => null);
      const path = info?.isFile() ? file : join(options.staticDir, 'index.html');
      const body = await readFile(path).catch(() => null);
      if (!body)
        return send(
          res,
          404,
          'Chưa có giao diện: hãy chạy "npm run build:renderer".',
          'text/plain; charset=utf-8',
        );
      return send(res, 200, body, contentTypes[extname(path)] ?? 'application/octet-stream');
    } catch (error) {
      console.error('[host]', error);
      if (!res.headersSent) send(res, 500, apiError('INTERNAL', 'Lỗi máy chủ nội bộ.'));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin,
    openUrl: `${origin}/#token=${token}`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle keep-alive connections open; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
