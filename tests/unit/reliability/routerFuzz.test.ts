/**
 * The router under random and malformed input (fast-check): unknown method names, inputs the contract refuses
 * (wrong types, deep nesting, huge strings, __proto__/constructor keys as JSON.parse makes them) and inputs
 * shaped like the real ones with hostile values, for every method of the contract. Nothing may throw, no
 * INTERNAL error may come back, a refused call writes nothing (checksum of every table), and no prototype is
 * polluted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { contract, methodNames, type MethodName } from '../../../shared/api/contract.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import { freshApi, tempDir } from '../support/db.ts';
import type { Db } from '../../../electron/db/connection.ts';
import type { Router } from '../../../electron/api/router.ts';
import { value } from './call.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 12);

/** Every row of every table, hashed: two equal checksums mean nothing was written. */
function checksum(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate())
      hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

/** A small conference so that ids 1–3 exist and handlers get past their lookups. */
async function seeded(api: Router): Promise<void> {
  const cluster = await value(api, 'clusters.create', { name: 'Cụm thử' });
  const lc = await value(api, 'members.create', {
    clusterId: cluster.id,
    code: 'LC',
    shortName: 'Lào Cai',
    officialName: 'UBND tỉnh Lào Cai',
    validFrom: null,
    validTo: null,
  });
  const conference = await value(api, 'conferences.create', {
    clusterId: cluster.id,
    title: 'Hội nghị thử',
    kind: 'so_ket_6_thang',
    year: 2024,
    hostMemberId: lc.id,
  });
  await value(api, 'delegates.createMany', {
    conferenceId: conference.id,
    rows: [
      { fullName: 'Nguyễn Văn A', delegationMemberId: lc.id },
      { fullName: 'Trần Thị B', delegationKind: 'guest', delegationLabel: 'Khách' },
    ],
  });
  await value(api, 'agenda.create', {
    conferenceId: conference.id,
    content: 'Khai mạc',
    durationMinutes: 10,
  });
}

const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Objects with own __proto__/constructor keys, exactly as JSON.parse builds them from a request body. */
const polluting = fc
  .record({ key: fc.constantFrom(...hostileKeys), inner: fc.jsonValue({ maxDepth: 2 }) })
  .map(({ key, inner }) =>
    JSON.parse(
      `{"${key}": {"polluted": true, "prototype": {"polluted": true}}, "x": ${JSON.stringify(inner)}}`,
    ),
  );
const deepNesting = fc.integer({ min: 50, max: 3000 }).map((depth) => {
  let node: unknown = 'đáy';
  for (let i = 0; i < depth; i += 1) node = i % 2 ? { a: node } : [node];
  return node;
});
const hugeString = fc.integer({ min: 10_000, max: 2_000_000 }).map((n) => 'Ạ'.repeat(n));
const oddNumber = fc.constantFrom(0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, Number.MAX_VALUE, -0);

const malformed = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  polluting,
  deepNesting,
  hugeString,
  oddNumber,
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
);

function keysOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(keysOf);
  if (schema instanceof z.ZodPipe) return keysOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodIntersection) {
    const { left, right } = schema._zod.def;
    return [...keysOf(left as z.ZodType), ...keysOf(right as z.ZodType)];
  }
  return [];
}

// Never a usable path: a fuzzed call must not write files outside the test's folder.
const fileKeys = new Set(['path', 'folder', 'fileName']);

/** An input with the method's real keys, each holding a plausible or hostile value. */
function nearValid(method: MethodName) {
  const keys = [...new Set(keysOf(contract[method].input))];
  const plausible = fc.oneof(
    fc.constantFrom(1, 2, 3, 999_999),
    oddNumber,
    fc.string({ maxLength: 20 }),
    hugeString,
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.constantFrom(1, 2, 3), fc.string({ maxLength: 5 }), polluting), { maxLength: 4 }),
    polluting,
    deepNesting,
  );
  const entries = keys.map((key) =>
    fc.option(fileKeys.has(key) ? fc.oneof(oddNumber, fc.constant(null)) : plausible, { nil: undefined }),
  );
  return fc.tuple(...entries, fc.option(polluting, { nil: undefined })).map((values) => {
    const input: Record<string, unknown> = values.at(-1) ? { ...(values.at(-1) as object) } : {};
    keys.forEach((key, i) => {
      if (values[i] !== undefined) Object.defineProperty(input, key, { value: values[i], enumerable: true });
    });
    return input;
  });
}

const refusals = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNKNOWN_METHOD']);

describe('router fuzzing', () => {
  let env: ReturnType<typeof freshApi>;
  const cwd = process.cwd();

  beforeAll(async () => {
    // Whatever a fuzzed call might resolve relative to the working folder lands in a temp folder.
    process.chdir(tempDir());
  });
  afterAll(() => process.chdir(cwd));

  async function call(method: unknown, input: unknown): Promise<ApiResult<unknown>> {
    const result = await env.api(method, input);
    expect(result.ok === true || refusals.has(result.error.code), JSON.stringify(result).slice(0, 300)).toBe(
      true,
    );
    return result;
  }

  it('unknown method names are refused and touch nothing', async () => {
    env = freshApi();
    await seeded(env.api);
    const before = checksum(env.db);
    const names = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...hostileKeys, 'clusters.list ', 'CLUSTERS.LIST', 'clusters', '', 'backups.restore\0'),
      fc.anything({ maxDepth: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(names, malformed, async (name, input) => {
        fc.pre(!(typeof name === 'string' && Object.hasOwn(contract, name)));
        const result = await call(name, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      }),
      { numRuns: runs * 20 },
    );
    expect(checksum(env.db)).toBe(before);
    expect(env.internalErrors).toEqual([]);
  });

  it('input the contract refuses is a validation error, for every method, and writes nothing', async () => {
    env = freshApi();
    await seeded(env.api);
    const before = checksum(env.db);
    let refused = 0;
    for (const method of methodNames) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(malformed, nearValid(method)), async (input) => {
          fc.pre(!contract[method].input.safeParse(input ?? {}).success);
          const result = await call(method, input);
          expect(result, method).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          refused += 1;
        }),
        { numRuns: runs },
      );
    }
    expect(refused).toBeGreaterThan(methodNames.length * runs * 0.5);
    expect(checksum(env.db)).toBe(before);
    expect(env.internalErrors).toEqual([]);
  }, 300_000);

  it('input shaped like the real thing never breaks the router; a refused call writes nothing', async () => {
    env = freshApi();
    await seeded(env.api);
    let baseline = checksum(env.db);
    const outcomes = new Map<string, number>();
    for (const method of methodNames) {
      await fc.assert(
        fc.asyncProperty(nearValid(method), async (input) => {
          const result = await call(method, input);
          const outcome = result.ok ? 'ok' : result.error.code;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const after = checksum(env.db);
          if (!result.ok) expect(after, `${method} wrote before refusing`).toBe(baseline);
          baseline = after;
        }),
        { numRuns: runs },
      );
    }
    // Not only schema refusals: some calls got past validation into the handlers (and their lookups).
    expect(outcomes.get('ok') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('NOT_FOUND') ?? 0).toBeGreaterThan(0);
    expect(env.internalErrors).toEqual([]);
  }, 300_000);

  it('no prototype was polluted along the way', () => {
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Array.prototype).not.toHaveProperty('polluted');
  });
});
