import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { openDatabase } from '../db/connection.ts';
import { createRouter } from '../api/router.ts';
import { ensureDailyBackup } from '../backups/backups.ts';
import { startHost } from '../host/server.ts';
import { DomainError } from '../../shared/api/result.ts';
import { projectRoot, requireDb, stringOption, UsageError, type Command } from './command.ts';

export const appVersion = (
  JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

function ensureRendererBuilt(staticDir: string): void {
  if (existsSync(resolve(staticDir, 'index.html'))) return;
  console.error('Chưa có giao diện đã dựng; đang dựng lần đầu (vite build)…');
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: projectRoot,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0)
    throw new DomainError('VALIDATION', 'Không dựng được giao diện; hãy chạy "npm run build:renderer".');
}

export const serveCommand: Command = {
  name: 'serve',
  usage: ['thuky serve --db FILE [--port N]      mở chế độ trình duyệt trên 127.0.0.1 và in địa chỉ cần mở'],
  options: { port: { type: 'string' } },
  async run(args) {
    const file = requireDb(args);
    const portText = stringOption(args, 'port');
    const port = portText === undefined ? 5757 : Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError('--port phải là số cổng 0–65535.');
    const staticDir = resolve(projectRoot, 'dist/renderer');
    ensureRendererBuilt(staticDir);
    const ctx = { db: openDatabase(file), databasePath: file, appVersion };
    await ensureDailyBackup(ctx);
    const router = createRouter(ctx);
    const host = await startHost({ router, staticDir, port }).catch((error: NodeJS.ErrnoException) => {
      ctx.db.close();
      if (error.code === 'EADDRINUSE')
        throw new DomainError('CONFLICT', `Cổng ${port} đang bận; hãy chọn --port khác.`);
      throw error;
    });
    console.log(`Thư ký Hội nghị đang chạy ở chế độ trình duyệt. Mở địa chỉ sau:\n${host.openUrl}`);
    const stop = () => void host.close().then(() => (ctx.db.close(), process.exit(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => {});
  },
};
