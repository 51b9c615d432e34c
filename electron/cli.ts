/**
 * The `thuky` command: the same core as the app, for scripting and tests.
 * Exit 0 on success, 1 when the input cannot be used (one Vietnamese line on stderr), 2 on usage errors.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { openDatabase } from './db/connection.ts';
import { seedDemo } from './demo/seed.ts';
import { createRouter } from './api/router.ts';
import { startHost } from './host/server.ts';
import { DomainError } from '../shared/api/result.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const version = (
  JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

const usage = `Thư ký Hội nghị ${version} — lệnh thuky

Cách dùng:
  thuky demo --db FILE                  tạo (hoặc làm mới) dữ liệu mẫu: Cụm thi đua 7 tỉnh, hội nghị sơ kết 2024
  thuky serve --db FILE [--port N]      mở chế độ trình duyệt trên 127.0.0.1 và in địa chỉ cần mở
  thuky --help                          in hướng dẫn này
  thuky --version                       in phiên bản

Mã thoát: 0 thành công, 1 dữ liệu không dùng được, 2 sai cú pháp lệnh.`;

class UsageError extends Error {}

function requireDb(values: { db?: string }): string {
  if (!values.db) throw new UsageError('Thiếu --db FILE: đường dẫn tệp cơ sở dữ liệu.');
  const file = resolve(values.db);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

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

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const [command] = positionals;
  if (values.version) return (console.log(version), 0);
  if (values.help || !command) return (console.log(usage), values.help ? 0 : 2);

  switch (command) {
    case 'demo': {
      const file = requireDb(values);
      const db = openDatabase(file);
      try {
        const summary = seedDemo(db);
        console.log(
          `Đã tạo dữ liệu mẫu trong ${file}: cụm #${summary.clusterId} với ${summary.members} thành viên, hội nghị #${summary.conferenceId}.`,
        );
      } finally {
        db.close();
      }
      return 0;
    }
    case 'serve': {
      const file = requireDb(values);
      const port = values.port === undefined ? 5757 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError('--port phải là số cổng 0–65535.');
      const staticDir = resolve(projectRoot, 'dist/renderer');
      ensureRendererBuilt(staticDir);
      const db = openDatabase(file);
      const router = createRouter({ db, databasePath: file, appVersion: version });
      const host = await startHost({ router, staticDir, port }).catch((error: NodeJS.ErrnoException) => {
        db.close();
        if (error.code === 'EADDRINUSE')
          throw new DomainError('CONFLICT', `Cổng ${port} đang bận; hãy chọn --port khác.`);
        throw error;
      });
      console.log(`Thư ký Hội nghị đang chạy ở chế độ trình duyệt. Mở địa chỉ sau:\n${host.openUrl}`);
      const stop = () => void host.close().then(() => (db.close(), process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return new Promise<number>(() => {});
    }
    default:
      throw new UsageError(`Không có lệnh "${command}". Xem "thuky --help".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`Lỗi cú pháp: ${(error as Error).message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (error instanceof DomainError) {
      console.error(error.message);
      process.exitCode = 1;
    } else if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      console.error('Tệp đã chọn không phải cơ sở dữ liệu của Thư ký Hội nghị.');
      process.exitCode = 1;
    } else {
      console.error(`Không thực hiện được: ${(error as Error).message ?? String(error)}`);
      process.exitCode = 1;
    }
  },
);
