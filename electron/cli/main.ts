/**
 * The `thuky` command: the same core as the app, for scripting and tests.
 * Exit 0 on success, 1 when the input cannot be used (one Vietnamese line on stderr), 2 on usage errors.
 */
import { parseArgs } from 'node:util';
import { DomainError } from '../../shared/api/result.ts';
import { UsageError, type ParsedArgs } from './command.ts';
import { commands } from './commands.ts';
import { appVersion } from './serve.ts';

const usage = `Thư ký Hội nghị ${appVersion} — lệnh thuky

Cách dùng:
${commands.flatMap((c) => c.usage.map((line) => `  ${line}`)).join('\n')}
  thuky --help                          in hướng dẫn này
  thuky --version                       in phiên bản

Mã thoát: 0 thành công, 1 dữ liệu không dùng được, 2 sai cú pháp lệnh.`;

function parse(argv: string[], command?: (typeof commands)[number]): ParsedArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      ...command?.options,
    },
  });
  return { values, positionals };
}

async function main(argv: string[]): Promise<number> {
  const name = argv.find((a) => !a.startsWith('-'));
  const command = commands.find((c) => c.name === name);
  const args = parse(argv, command);
  if (args.values.version) return (console.log(appVersion), 0);
  if (args.values.help || !name) return (console.log(usage), args.values.help ? 0 : 2);
  if (!command) throw new UsageError(`Không có lệnh "${name}". Xem "thuky --help".`);
  return command.run({ ...args, positionals: args.positionals.slice(1) });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      console.error(`Lỗi cú pháp: ${(error as Error).message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (error instanceof DomainError) {
      console.error(error.message);
      process.exitCode = 1;
    } else if (code === 'SQLITE_NOTADB') {
      console.error('Tệp đã chọn không phải cơ sở dữ liệu của Thư ký Hội nghị.');
      process.exitCode = 1;
    } else {
      console.error(`Không thực hiện được: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  },
);
