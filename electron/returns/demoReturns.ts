/**
 * The demo's returns: each of the seed's seven members "sends back" its template filled with the one figure
 * the seed gives per member — GRDP growth in the first six months of 2024 (Báo Cao Bằng, 01/8/2024). The seed
 * gives the award figures only for the whole cluster, so those cells stay empty rather than invented.
 */
import type { Db } from '../db/connection.ts';
import { fillTemplateWorkbook } from './fillReturn.ts';
import { writeTemplates } from './handlers.ts';
import { importReturns } from './importReturns.ts';
import { status } from './repository.ts';

export const demoGrdpGrowth: Record<string, number> = {
  DB: 8.7,
  LS: 4.7,
  SL: 0.6,
  HG: 5.6,
  LCI: 5.6,
  LCU: 5.5,
  CB: 4.5,
};

/** Imports a return for every demo member that has none yet; returns how many were imported. */
export async function seedDemoReturns(db: Db, conferenceId: number): Promise<number> {
  const board = status(db, conferenceId);
  const waiting = board.members.filter((m) => m.state !== 'received' && demoGrdpGrowth[m.code] !== undefined);
  if (waiting.length === 0) return 0;
  const { files } = await writeTemplates(
    { db },
    conferenceId,
    null,
    waiting.map((m) => m.memberId),
  );
  const filled = [];
  for (const file of files) {
    const code = waiting.find((m) => m.memberId === file.memberId)!.code;
    const bytes = await fillTemplateWorkbook(Buffer.from(file.base64!, 'base64'), {
      GRDP: demoGrdpGrowth[code]!,
    });
    filled.push({ name: file.fileName, base64: bytes.toString('base64') });
  }
  const results = await importReturns(db, conferenceId, filled);
  const refused = results.filter((r) => r.outcome === 'refused');
  if (refused.length > 0) throw new Error(`Demo returns refused: ${JSON.stringify(refused)}`);
  return results.length;
}
