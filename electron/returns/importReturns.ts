/**
 * Taking returned files in: each file is read, identified and checked on its own, then recorded in one
 * transaction — accepted with all its values, or refused with its problems and no values. A file whose
 * sender cannot be told is refused without a trace; a retyped file of another period is refused on its title.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Db } from '../db/connection.ts';
import type { ReturnImportResult } from '../../shared/api/returnSchemas.ts';
import { DomainError } from '../../shared/api/result.ts';
import { getConference } from '../conferences/repository.ts';
import { conferenceMembers, getTemplate, recordReturn } from './repository.ts';
import { periodProblem } from './returnPeriod.ts';
import { readReturn } from './returnReader.ts';
import { readGrid } from './workbookGrid.ts';

export type ReturnFileInput = string | { name: string; base64: string };

async function loadFile(file: ReturnFileInput): Promise<{ name: string; bytes: Buffer }> {
  if (typeof file !== 'string') {
    return { name: basename(file.name.replace(/\\/gu, '/')), bytes: Buffer.from(file.base64, 'base64') };
  }
  try {
    return { name: basename(file), bytes: await readFile(file) };
  } catch {
    throw new DomainError(
      'NOT_FOUND',
      `Không mở được tệp "${basename(file)}"; hãy kiểm tra tệp còn ở đó và không bị khóa.`,
    );
  }
}

export async function importReturns(
  db: Db,
  conferenceId: number,
  files: ReturnFileInput[],
): Promise<ReturnImportResult[]> {
  const conference = getConference(db, conferenceId);
  const template = getTemplate(db, conferenceId);
  const members = conferenceMembers(db, conference);
  const results: ReturnImportResult[] = [];
  for (const file of files) {
    const shownName = typeof file === 'string' ? basename(file) : basename(file.name.replace(/\\/gu, '/'));
    const refused = (message: string): ReturnImportResult => ({
      file: shownName,
      outcome: 'refused',
      memberId: null,
      memberName: null,
      identifiedBy: null,
      valuesRead: 0,
      returnId: null,
      problems: [{ sheet: '', cell: '', message }],
    });
    let loaded: { name: string; bytes: Buffer };
    let sheets: Awaited<ReturnType<typeof readGrid>>;
    try {
      loaded = await loadFile(file);
      sheets = await readGrid(loaded.bytes);
    } catch (error) {
      if (error instanceof DomainError) {
        results.push(refused(error.message));
        continue;
      }
      throw error;
    }
    const reading = readReturn(sheets, { template, conference, members });
    // The hidden sheet names its conference; a retyped file only says which period it reports in its title.
    const wrongPeriod =
      reading.identifiedBy === 'labels' ? periodProblem(sheets, conference, template.items) : null;
    if (wrongPeriod) reading.problems.unshift(wrongPeriod);
    const member = members.find((m) => m.id === reading.memberId);
    if (!member || !reading.identifiedBy) {
      results.push({ ...refused(''), identifiedBy: reading.identifiedBy, problems: reading.problems });
      continue;
    }
    const saved = recordReturn(db, {
      conferenceId,
      memberId: member.id,
      templateVersion: reading.templateVersion,
      fileName: loaded.name,
      sha256: createHash('sha256').update(loaded.bytes).digest('hex'),
      identifiedBy: reading.identifiedBy,
      problems: reading.problems,
      values: reading.values,
    });
    const accepted = reading.problems.length === 0;
    results.push({
      file: loaded.name,
      outcome: !accepted ? 'refused' : saved.replaced ? 'replaced' : 'imported',
      memberId: member.id,
      memberName: member.shortName,
      identifiedBy: reading.identifiedBy,
      valuesRead: accepted ? reading.values.length : 0,
      returnId: accepted ? saved.id : null,
      problems: reading.problems,
    });
  }
  return results;
}
