#!/usr/bin/env node
/**
 * Runs Electronegativity over what the app ships (the bundled main and preload, and the renderer's HTML) and
 * fails on any medium- or high-severity finding not reviewed in security/electronegativity-accepted.json.
 * It is run through npx at a pinned version rather than installed: it brings eslint 7 and TypeScript 4.2,
 * which would clash with ours, and it scans the built JavaScript, not our TypeScript.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const version = '1.10.3';
const root = new URL('..', import.meta.url).pathname;
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const shipped = {
  'dist-electron/main.mjs': 'main.js',
  'dist-electron/preload.cjs': 'preload.js',
  'dist/renderer/index.html': 'index.html',
  'package.json': 'package.json',
};

/** One CSV line into fields; quoted fields may hold commas (the CSP sample does). */
function splitCsvLine(line) {
  const fields = [];
  for (const match of line.matchAll(/\s*("((?:[^"]|"")*)"|[^,]*)\s*(,|$)/g)) {
    fields.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]);
    if (match[3] === '') break;
  }
  return fields;
}

const stage = mkdtempSync(join(tmpdir(), 'thuky-eneg-'));
try {
  for (const [from, to] of Object.entries(shipped)) {
    if (!existsSync(join(root, from))) throw new Error(`${from} is missing: run npm run build first.`);
    // Electronegativity only reads .js and .html files, so the ESM/CJS bundles are staged under .js names.
    copyFileSync(join(root, from), join(stage, to));
  }
  const report = join(stage, 'report.csv');
  const run = spawnSync(
    'npx',
    ['-y', `@doyensec/electronegativity@${version}`, '-i', stage, '-e', electronVersion, '-r', '-o', report],
    { encoding: 'utf8' },
  );
  if (!existsSync(report)) {
    console.error(run.stdout, run.stderr);
    throw new Error('Electronegativity produced no report.');
  }
  const accepted = JSON.parse(readFileSync(join(root, 'security/electronegativity-accepted.json'), 'utf8'));
  const acceptedIssues = new Set(accepted.accepted.map((a) => a.issue));
  const findings = readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [issue, severity, confidence, file, location] = splitCsvLine(line);
      return { issue, severity, confidence, file, location };
    });
  const serious = findings.filter(
    (f) => f.severity === 'MEDIUM' || f.severity === 'HIGH' || f.severity === 'CRITICAL',
  );
  const unexplained = serious.filter((f) => !acceptedIssues.has(f.issue));
  for (const f of findings) {
    const mark = unexplained.includes(f) ? 'UNEXPLAINED' : 'reviewed';
    console.log(`${mark.padEnd(12)} ${f.severity.padEnd(7)} ${f.issue} ${f.file}:${f.location}`);
  }
  if (unexplained.length > 0) {
    console.error(
      `\n${unexplained.length} medium/high Electronegativity finding(s) are not explained in security/electronegativity-accepted.json.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Electronegativity ${version} (Electron ${electronVersion}): ${findings.length} finding(s), none unexplained.`,
    );
  }
} finally {
  rmSync(stage, { recursive: true, force: true });
}
