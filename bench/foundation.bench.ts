/** The foundation's own costs: opening a database, and the router round trip every screen pays. */
import { join } from 'node:path';
import { openDatabase } from '../electron/db/connection.ts';
import { createRouter } from '../electron/api/router.ts';
import { seedDemo } from '../electron/demo/seed.ts';
import { percentile, time, withTempDir } from './support.ts';

await withTempDir(async (dir) => {
  const file = join(dir, 'bench.db');
  const { value: db } = await time('open + migrate a new database', () => openDatabase(file));
  await time('thuky demo (seed data)', () => seedDemo(db));
  const api = createRouter({ db, databasePath: file, appVersion: 'bench' });
  const listed = await api('clusters.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const clusterId = (listed.value as { id: number }[])[0]!.id;

  const latencies: number[] = [];
  await time('1,000 conferences created through the router', async () => {
    for (let i = 0; i < 1000; i++) {
      const start = performance.now();
      const result = await api('conferences.create', {
        clusterId,
        title: `Hội nghị số ${i + 1}`,
        kind: 'khac',
        year: 2024,
        date: '2024-08-01',
      });
      if (!result.ok) throw new Error(result.error.message);
      latencies.push(performance.now() - start);
    }
  });
  console.log(
    `${'  create latency p50 / p95'.padEnd(60)} ${percentile(latencies, 50).toFixed(2)} / ${percentile(latencies, 95).toFixed(2)} ms`,
  );
  await time('conferences.list of 1,001 rows', () => api('conferences.list', {}));
  db.close();
});
