/**
 * Benchmark: 63 returns (one per pre-2025 province, a national cluster of clusters) imported and consolidated.
 * Target under 5 s. Writing and filling the templates is set up outside the timing; the export is timed apart.
 * `npm run bench` (or `npm run bench -- returns`) runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/db/connection.ts';
import * as clusters from '../electron/clusters/repository.ts';
import * as conferences from '../electron/conferences/repository.ts';
import { writeTemplates, exportConsolidation } from '../electron/returns/handlers.ts';
import { fillTemplateWorkbook } from '../electron/returns/fillReturn.ts';
import { importReturns } from '../electron/returns/importReturns.ts';
import { consolidate } from '../electron/returns/consolidation.ts';

async function benchReturns(count = 63): Promise<{ importAndConsolidate: number; exportSeconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-bench-returns-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    const cluster = clusters.createCluster(db, {
      name: 'Các tỉnh, thành phố (trước 2025)',
      shortName: '',
      note: '',
    });
    for (let i = 1; i <= count; i++) {
      clusters.createMember(db, {
        clusterId: cluster.id,
        code: `T${i}`,
        shortName: `Tỉnh số ${i}`,
        officialName: `UBND Tỉnh số ${i}`,
        validFrom: null,
        validTo: null,
      });
    }
    const conference = conferences.createConference(db, {
      clusterId: cluster.id,
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2024',
      kind: 'so_ket_6_thang',
      year: 2024,
      period: '6 tháng đầu năm 2024',
      date: '2024-08-01',
      startTime: null,
      venue: '',
      hostMemberId: null,
      organizingBody: '',
    });
    const { files } = await writeTemplates({ db }, conference.id, null);
    const filled = [];
    for (const [i, file] of files.entries()) {
      const bytes = await fillTemplateWorkbook(Buffer.from(file.base64!, 'base64'), {
        GRDP: 3 + (i % 60) / 10,
        THU_NSNN: 1000 + i * 37.5,
        GIAI_NGAN: 500 + i * 12,
        GIAI_NGAN_TL: 40 + (i % 50),
        PAR_INDEX: i + 1,
        SIPAS: count - i,
        PCI: ((i * 7) % count) + 1,
        KT_NHA_NUOC: 10 + i,
        KT_NHA_NUOC_TT: 60 + (i % 30),
        KT_TINH: 800 + i * 11,
        KT_TINH_TT: 55 + (i % 40),
        TC1: 15,
        TC2: 40,
        TC3: 18,
        TC4: 9,
      });
      filled.push({ name: file.fileName, base64: bytes.toString('base64') });
    }
    const start = performance.now();
    const results = await importReturns(db, conference.id, filled);
    const table = consolidate(db, conference.id, 'rank');
    const importAndConsolidate = (performance.now() - start) / 1000;
    const refused = results.filter((r) => r.outcome !== 'imported').length;
    if (refused > 0 || table.receivedCount !== count) throw new Error(`${refused} returns refused`);
    const exportStart = performance.now();
    await exportConsolidation({ db }, conference.id, 'rank', join(dir, 'tong-hop.xlsx'));
    return { importAndConsolidate, exportSeconds: (performance.now() - exportStart) / 1000 };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const { importAndConsolidate, exportSeconds } = await benchReturns();
console.log(`63 returns imported and consolidated: ${importAndConsolidate.toFixed(2)} s (target < 5 s)`);
console.log(`consolidated .xlsx of 63 members written: ${exportSeconds.toFixed(2)} s`);
