import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
/** The demo conference with a few more people (a secretary, an absentee) and its returns, for pack tests. */
import { seedDemo } from '../../../electron/demo/seed.ts';
import { seedDemoReturns } from '../../../electron/returns/demoReturns.ts';
import { createDelegates } from '../../../electron/delegates/repository.ts';
import { DelegateInput } from '../../../shared/api/schemas/delegates.ts';
import { PackOptions, type PackDocumentId } from '../../../shared/api/methods/documents.ts';
import { loadPackData } from '../../../electron/documents/pack/data.ts';
import { buildPackDocument } from '../../../electron/documents/pack/catalogue.ts';
import { freshDb } from '../support/db.ts';
import { readDocx } from './support.ts';

export async function demoPack() {
  const env = freshDb();
  const ids = seedDemo(env.db);
  await seedDemoReturns(env.db, ids.conferenceId);
  createDelegates(
    env.db,
    ids.conferenceId,
    [
      {
        fullName: 'Nông Thị Hà',
        gender: 'nu',
        positionLines: ['Chuyên viên Ban Thi đua - Khen thưởng'],
        role: 'thu_ky',
        status: 'co_mat',
        delegationKind: 'guest',
        delegationLabel: 'Tổ thư ký',
      },
      {
        fullName: 'Lò Văn Pọm',
        gender: 'nam',
        positionLines: ['Phó Giám đốc Sở Nội vụ tỉnh Sơn La'],
        role: 'dai_bieu',
        status: 'vang',
        absenceReason: 'Bận công tác',
        delegationKind: 'guest',
        delegationLabel: 'Khách mời',
      },
    ].map((d) => DelegateInput.parse(d)),
    true,
  );
  return { ...env, ...ids };
}

export const options = (patch: Partial<PackOptions> = {}): PackOptions => ({
  ...PackOptions.parse({}),
  ...patch,
});

export async function built(
  db: ReturnType<typeof freshDb>['db'],
  conferenceId: number,
  id: PackDocumentId,
  o = options(),
) {
  const files = await buildPackDocument(id, loadPackData(db, conferenceId, o), db);
  return {
    files,
    parts: await Promise.all(files.filter((f) => f.fileName.endsWith('.docx')).map((f) => readDocx(f.data))),
  };
}

export const attrs = (xml: string, element: string) =>
  [...xml.matchAll(new RegExp(`<${element} ([^>]*?)/?>`, 'gu'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/gu)].map((a) => [a[1], a[2]])),
  );

/** Converts several files in ONE soffice run (each start costs seconds); returns pages and first-page size per file. */
export function convertMany(
  files: string[],
  dir: string,
): Map<string, { pages: number; width: number; height: number }> {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'pdf'),
      ...files,
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
  const facts = new Map<string, { pages: number; width: number; height: number }>();
  for (const file of files) {
    const pdf = join(dir, 'pdf', basename(file).replace(/\.(docx|xlsx)$/u, '.pdf'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info);
    facts.set(basename(file), {
      pages: Number(/Pages:\s+(\d+)/u.exec(info)?.[1]),
      width: Math.round(Number(size?.[1])),
      height: Math.round(Number(size?.[2])),
    });
  }
  return facts;
}
