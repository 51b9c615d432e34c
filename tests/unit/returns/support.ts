/** A cluster like the seed's, a conference, and members' returns filled by code. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Db } from '../../../electron/db/connection.ts';
import * as clusters from '../../../electron/clusters/repository.ts';
import * as conferences from '../../../electron/conferences/repository.ts';
import { writeTemplates } from '../../../electron/returns/handlers.ts';
import { fillTemplateWorkbook, type FilledValue } from '../../../electron/returns/fillReturn.ts';

export const provinces = [
  ['CB', 'Cao Bằng'],
  ['LCI', 'Lào Cai'],
  ['LCU', 'Lai Châu'],
  ['HG', 'Hà Giang'],
  ['SL', 'Sơn La'],
  ['DB', 'Điện Biên'],
  ['LS', 'Lạng Sơn'],
] as const;

export function setupConference(db: Db, title = 'Hội nghị sơ kết 6 tháng đầu năm 2024') {
  const cluster = clusters.createCluster(db, { name: 'Cụm thi đua thử', shortName: '', note: '' });
  const members = provinces.map(([code, shortName]) =>
    clusters.createMember(db, {
      clusterId: cluster.id,
      code,
      shortName,
      officialName: `UBND tỉnh ${shortName}`,
      validFrom: null,
      validTo: null,
    }),
  );
  const conference = conferences.createConference(db, {
    clusterId: cluster.id,
    title,
    kind: 'so_ket_6_thang',
    year: 2024,
    period: '6 tháng đầu năm 2024',
    date: '2024-08-01',
    startTime: null,
    venue: '',
    hostMemberId: null,
    organizingBody: '',
  });
  const byCode = (code: string) => members.find((m) => m.code === code)!;
  return { cluster, members, conference, byCode };
}

let written = 0;

/** Writes the member's template, fills it and saves it in `dir`; returns the path. */
export async function filledReturn(
  db: Db,
  conferenceId: number,
  memberId: number,
  dir: string,
  values: Record<string, FilledValue>,
  notes: Record<string, string> = {},
): Promise<string> {
  const { files } = await writeTemplates({ db }, conferenceId, null, [memberId]);
  const file = files[0]!;
  const bytes = await fillTemplateWorkbook(Buffer.from(file.base64!, 'base64'), values, notes);
  const path = join(dir, `${memberId}-${++written}-${file.fileName}`);
  writeFileSync(path, bytes);
  return path;
}

export const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

/** Re-saves a file through LibreOffice, as a member using it would: `format` is xlsx or xls. */
export function resaveWithLibreOffice(path: string, format: 'xlsx' | 'xls', outDir: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${outDir}/lo-profile`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      path,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const out = join(outDir, basename(path).replace(/\.xlsx$/u, `.${format}`));
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

export const read = (path: string) => readFileSync(path);

export function storedCounts(db: Db) {
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    current: one(`SELECT count(*) AS n FROM member_return WHERE state = 'current'`),
    values: one('SELECT count(*) AS n FROM return_value'),
  };
}
