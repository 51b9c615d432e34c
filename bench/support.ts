/** Small helpers shared by the benchmark scripts: timing and a temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function time<T>(label: string, work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(60)} ${ms.toFixed(1).padStart(9)} ms`);
  return { value, ms };
}

export function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-bench-'));
  return work(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
