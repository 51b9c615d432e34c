import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { HandlersFor } from '../api/handlers.ts';
import type { HandlerContext } from '../api/context.ts';
import type { returnMethods } from '../../shared/api/methods/returns.ts';
import { DomainError } from '../../shared/api/result.ts';
import { getCluster } from '../clusters/repository.ts';
import { getConference } from '../conferences/repository.ts';
import * as returns from './repository.ts';
import { consolidate } from './consolidation.ts';
import { buildConsolidationWorkbook } from './exportWorkbook.ts';
import { importReturns } from './importReturns.ts';
import { backupBeforeImport } from '../backups/backups.ts';
import { buildTemplateWorkbook, templateFileName } from './templateWorkbook.ts';

/** Writes the member templates of a conference into `folder`, or returns them as bytes when folder is null. */
export async function writeTemplates(
  ctx: Pick<HandlerContext, 'db'>,
  conferenceId: number,
  folder: string | null,
  memberIds?: number[],
) {
  const conference = getConference(ctx.db, conferenceId);
  const template = returns.getTemplate(ctx.db, conferenceId);
  const all = returns.conferenceMembers(ctx.db, conference);
  const unknown = memberIds?.find((id) => !all.some((m) => m.id === id));
  if (unknown !== undefined)
    throw new DomainError('VALIDATION', 'Có đơn vị được chọn không thuộc cụm ở hội nghị này; hãy chọn lại.');
  const members = memberIds ? all.filter((m) => memberIds.includes(m.id)) : all;
  if (members.length === 0) throw new DomainError('VALIDATION', 'Cụm chưa có thành viên nào để gửi biểu.');
  if (folder) await mkdir(folder, { recursive: true });
  const files = [];
  for (const member of members) {
    const bytes = await buildTemplateWorkbook({ template, conference, member });
    const fileName = templateFileName(member);
    const path = folder ? join(folder, fileName) : null;
    if (path) await writeFile(path, bytes);
    files.push({
      memberId: member.id,
      memberName: member.shortName,
      fileName,
      path,
      base64: path ? null : bytes.toString('base64'),
    });
  }
  return { folder, files };
}

export async function exportConsolidation(
  ctx: Pick<HandlerContext, 'db'>,
  conferenceId: number,
  order: 'rank' | 'cluster',
  path: string | null,
) {
  const data = consolidate(ctx.db, conferenceId, order);
  const conference = getConference(ctx.db, conferenceId);
  const bytes = await buildConsolidationWorkbook(data, getCluster(ctx.db, conference.clusterId).name);
  const fileName = `Tổng hợp số liệu - ${conference.period || conference.year}.xlsx`.replace(
    /[\\/:*?"<>|]/gu,
    '-',
  );
  if (!path) return { fileName, path: null, base64: bytes.toString('base64') };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return { fileName, path, base64: null };
}

export const returnHandlers: HandlersFor<typeof returnMethods> = {
  'returns.templateGet': ({ db }, { conferenceId }) => returns.getTemplate(db, conferenceId),
  'returns.templateSave': ({ db }, input) => returns.saveTemplate(db, input),
  'returns.templateCopy': ({ db }, { conferenceId, fromConferenceId }) =>
    returns.copyTemplate(db, conferenceId, fromConferenceId),
  'returns.templateReset': ({ db }, { conferenceId }) => returns.resetTemplate(db, conferenceId),
  'returns.deadlineSet': ({ db }, { conferenceId, deadline }) =>
    returns.setDeadline(db, conferenceId, deadline),
  'returns.templateWrite': async (ctx, { conferenceId, folder, memberIds }) => {
    if (folder) return writeTemplates(ctx, conferenceId, resolve(folder), memberIds);
    if (!ctx.dialogs) return writeTemplates(ctx, conferenceId, null, memberIds);
    // The dialogs offer no folder picker: the clerk names the first file and the folder is where it goes.
    const chosen = await ctx.dialogs.saveFile({
      title: 'Chọn thư mục lưu biểu mẫu (mỗi đơn vị một tệp)',
      defaultPath: 'Biểu số liệu.xlsx',
    });
    if (!chosen) return { folder: null, files: [] };
    return writeTemplates(ctx, conferenceId, dirname(chosen), memberIds);
  },
  'returns.import': async (ctx, { conferenceId, files }) => {
    await backupBeforeImport(ctx, 'returns');
    return importReturns(ctx.db, conferenceId, files);
  },
  'returns.status': ({ db }, { conferenceId }) => returns.status(db, conferenceId),
  'returns.history': ({ db }, { conferenceId, memberId }) => returns.history(db, conferenceId, memberId),
  'returns.consolidate': ({ db }, { conferenceId, order }) => consolidate(db, conferenceId, order),
  'returns.export': async (ctx, { conferenceId, order, path }) => {
    if (path) return exportConsolidation(ctx, conferenceId, order, resolve(path));
    if (!ctx.dialogs) return exportConsolidation(ctx, conferenceId, order, null);
    const chosen = await ctx.dialogs.saveFile({
      title: 'Lưu bảng tổng hợp số liệu',
      defaultPath: 'Tổng hợp số liệu.xlsx',
    });
    if (!chosen) return { fileName: 'Tổng hợp số liệu.xlsx', path: null, base64: null };
    return exportConsolidation(ctx, conferenceId, order, chosen);
  },
};
