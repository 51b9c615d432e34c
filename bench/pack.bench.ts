/**
 * Benchmark: the whole conference pack (every document, Word and Excel) for a 300-delegate conference with
 * 7,000 award entries, written into a folder. Target under 10 s. The data is set up outside the timing.
 * `npm run bench` (or `npm run bench -- pack`) runs it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/connection.ts';
import { seedDemo } from '../electron/demo/seed.ts';
import { listMembers } from '../electron/clusters/repository.ts';
import { createDelegates } from '../electron/delegates/repository.ts';
import { listAwardForms } from '../electron/awards/forms.ts';
import { createAwards } from '../electron/awards/repository.ts';
import { updateConclusions } from '../electron/documents/conclusions.ts';
import { generatePack } from '../electron/documents/pack/generate.ts';
import { DelegateInput } from '../shared/api/schemas/delegates.ts';
import { AwardEntryInput } from '../shared/api/schemas/awards.ts';
import { packDocumentIds, PackOptions } from '../shared/api/methods/documents.ts';
import { time, withTempDir } from './support.ts';

const delegateCount = 300;
const awardCount = 7000;
const targetMs = 10_000;

await withTempDir(async (dir) => {
  const db = openDatabase(join(dir, 'bench.db'));
  const { conferenceId, clusterId } = seedDemo(db);
  const members = listMembers(db, clusterId);
  db.prepare('DELETE FROM award_entry WHERE conference_id = ?').run(conferenceId);
  createDelegates(
    db,
    conferenceId,
    Array.from({ length: delegateCount - 3 }, (_, i) =>
      DelegateInput.parse({
        fullName: `Đại biểu thử số ${i + 1}`,
        gender: i % 2 ? 'nam' : 'nu',
        positionLines: ['Phó Giám đốc Sở Nội vụ', 'Trưởng Ban Thi đua - Khen thưởng tỉnh'],
        organization: 'Sở Nội vụ',
        delegationKind: 'member',
        delegationMemberId: members[i % members.length]!.id,
        protocolGroup: 'so_ban_nganh',
        protocolRank: (i % 20) + 1,
        phone: `0912 345 ${String(i).padStart(3, '0')}`,
        status: i % 10 === 0 ? 'vang' : 'co_mat',
      }),
    ),
    true,
  );
  const forms = listAwardForms(db);
  createAwards(
    db,
    conferenceId,
    Array.from({ length: awardCount }, (_, i) =>
      AwardEntryInput.parse({
        recipientKind: i % 3 === 0 ? 'tap_the' : 'ca_nhan',
        recipientName: i % 3 === 0 ? `Phòng Nội vụ thử số ${i}` : `Cá nhân thử số ${i}`,
        position: i % 3 === 0 ? '' : 'Chuyên viên',
        organization: 'Ủy ban nhân dân huyện thử',
        awardFormId: forms[i % Math.min(forms.length, 8)]!.id,
        decisionNumber: `${1000 + (i % 300)}/QĐ-UBND`,
        decisionDate: '2024-07-15',
        memberUnitId: members[i % members.length]!.id,
        smallOrDirect: i % 3 !== 0,
      }),
    ),
    true,
  );
  updateConclusions(db, {
    conferenceId,
    conclusions: 'Kết luận thử của chủ trì hội nghị.',
    endTime: '11:30',
  });

  const out = join(dir, 'pack');
  const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
  // Each document's share of the one whole-pack run: wall and CPU time from the previous file to its last
  // file (the first also reads the data). Printed beside the total, it says where the time goes.
  const perDocument = new Map<string, { ms: number; cpu: number; files: number }>();
  let mark = { at: performance.now(), cpu: process.cpuUsage() };
  const onFile = (file: { document: string }) => {
    const now = { at: performance.now(), cpu: process.cpuUsage() };
    const seen = perDocument.get(file.document) ?? { ms: 0, cpu: 0, files: 0 };
    seen.ms += now.at - mark.at;
    seen.cpu += cpuSeconds(process.cpuUsage(mark.cpu));
    seen.files += 1;
    perDocument.set(file.document, seen);
    mark = { at: performance.now(), cpu: process.cpuUsage() };
  };
  // The longest stretch the pack holds the event loop (in the app, the main process: IPC waits meanwhile).
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpuBefore = process.cpuUsage();
  mark = { at: performance.now(), cpu: cpuBefore };
  const { value: run, ms } = await time(
    `whole pack: ${delegateCount} delegates, ${awardCount.toLocaleString('en')} award entries`,
    () => generatePack(db, conferenceId, packDocumentIds, PackOptions.parse({}), { folder: out, onFile }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  loop.disable();
  const rss = process.memoryUsage().rss / 1024 / 1024;
  // On a shared, loaded machine the wall time overstates; the CPU time says what the pack itself costs.
  for (const [id, d] of perDocument) {
    const files = d.files > 1 ? ` (${d.files} files)` : '';
    console.log(
      `  ${(id + files).padEnd(40)} ${d.ms.toFixed(0).padStart(6)} ms wall ${d.cpu.toFixed(2).padStart(6)} s CPU`,
    );
  }
  console.log(`CPU time ${cpuSeconds(cpu).toFixed(2)} s`);
  console.log(`event loop held at most ${(loop.max / 1e6).toFixed(0)} ms at a time`);
  console.log(
    `${run.files.length} files (${readdirSync(out).length} on disk), RSS after ${rss.toFixed(0)} MB`,
  );
  console.log(
    `pack: ${(ms / 1000).toFixed(2)} s (target < ${targetMs / 1000} s) ${ms < targetMs ? 'OK' : 'SLOWER THAN TARGET'}`,
  );
  db.close();
});
