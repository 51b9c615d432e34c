/**
 * Kịch bản điều hành (the MC script): two columns, what is said | who says it and the cue. Introductions follow
 * protocol order with full title chains; "Kính thưa" addresses only the highest central and the highest local
 * leader (Nghị định 145/2013), everyone else is "thưa các vị đại biểu". Awards are called from the highest form.
 */
import { AlignmentType, Paragraph, TextRun, type Document } from 'docx';
import type { AgendaItem } from '../../../shared/api/schemas/agenda.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { foldForSearch, formatNumber } from '../../../shared/text/vietnamese.ts';
import { recipientsPhrase } from '../../awards/statistics.ts';
import { createDocument, dataTable, section, styleIds } from '../layout/index.ts';
import type { PackData } from './data.ts';
import { delegationGroups } from './delegateList.ts';
import { capitalise, clock, comrade, listHeading, lowerFirst } from './parts.ts';

const centralGroups = new Set(['lanh_dao_trung_uong', 'co_quan_trung_uong']);
const isCentral = (d: Delegate) => d.delegationKind === 'central' || centralGroups.has(d.protocolGroup);
const onStage = (d: Delegate) => d.role !== 'thu_ky' && d.role !== 'phuc_vu' && d.status !== 'vang';

/** The two people the MC (and every speaker) addresses with "Kính thưa". */
export function addressed(delegates: Delegate[]): Delegate[] {
  const present = delegates.filter(onStage);
  return [present.find(isCentral), present.find((d) => !isCentral(d))].filter(
    (d): d is Delegate => d !== undefined,
  );
}

interface Row {
  spoken: string[];
  cue: string[];
}

const said = (lines: string[]) =>
  lines.map(
    (line) =>
      new Paragraph({
        style: styleIds.cell,
        alignment: AlignmentType.JUSTIFIED,
        children: line.startsWith('(')
          ? [new TextRun({ text: line, italics: true })]
          : [new TextRun({ text: line })],
      }),
  );

function greeting(data: PackData): string[] {
  const lines = addressed(data.delegates).map((d) => `Kính thưa ${comrade(d)};`);
  return [...lines, 'Thưa các vị đại biểu, các đồng chí!'];
}

function introductions(data: PackData): string[] {
  const lines = ['Về dự hội nghị hôm nay, chúng tôi trân trọng giới thiệu:'];
  for (const group of delegationGroups({ ...data, delegates: data.delegates.filter(onStage) })) {
    lines.push(
      `Về phía ${/^(Tỉnh|Thành phố|Đoàn) /u.test(group.name) ? lowerFirst(group.name) : group.name}, có:`,
    );
    for (const d of group.delegates) lines.push(`- ${capitalise(comrade(d))};`);
  }
  lines.push('Cùng các vị đại biểu, các đồng chí đại diện các tỉnh trong Cụm thi đua.');
  lines.push('Xin trân trọng cảm ơn sự có mặt của các vị đại biểu!');
  return lines;
}

function presenterPhrase(item: AgendaItem, data: PackData): string {
  const person = data.delegates.find((d) => d.id === item.presenterDelegateId);
  if (person) return comrade(person);
  const chair = data.delegates.find((d) => d.role === 'chu_tri');
  if (/chủ trì/iu.test(item.presenterText) && chair) return comrade(chair);
  return lowerFirst(item.presenterText) || 'đại diện Ban Tổ chức';
}

function awardLines(data: PackData): string[] {
  if (data.awardStatistics.byForm.length === 0) return [];
  const lines = ['Các hình thức khen thưởng được công bố và trao từ cao xuống thấp:'];
  for (const form of data.awardStatistics.byForm) {
    const kinds = new Set(
      data.awards.filter((a) => a.awardFormId === form.awardFormId).map((a) => a.recipientKind),
    );
    lines.push(
      `- ${form.name}: ${formatNumber(form.count)} ${recipientsPhrase(kinds) || 'tập thể, cá nhân'};`,
    );
  }
  return lines;
}

function itemRow(item: AgendaItem, data: PackData): Row {
  const time = item.startTime ? `${clock(item.startTime)} - ${clock(item.endTime)}` : '';
  const folded = foldForSearch(item.content);
  const cue = (who: string, ...notes: string[]) => ({ cue: [time, who, ...notes].filter(Boolean) });
  if (item.kind === 'don_tiep') {
    return { spoken: [`(${item.content}; nhạc nền.)`], ...cue(item.presenterText || 'Ban Tổ chức') };
  }
  if (item.kind === 'nghi_giai_lao') {
    return {
      spoken: [`Hội nghị nghỉ giải lao ${item.durationMinutes} phút. Kính mời các vị đại biểu dùng trà.`],
      ...cue('Người dẫn chương trình'),
    };
  }
  if (folded.includes('chao co') || folded.includes('gioi thieu dai bieu')) {
    const spoken = [...greeting(data)];
    if (folded.includes('chao co'))
      spoken.push(
        'Xin kính mời các vị đại biểu đứng dậy làm lễ chào cờ!',
        '(Chào cờ; Quốc ca.)',
        'Xin mời các vị đại biểu ngồi.',
      );
    spoken.push(`Hôm nay, ${data.conference.clusterName} tổ chức ${lowerFirst(data.conference.title)}.`);
    if (folded.includes('gioi thieu dai bieu')) spoken.push(...introductions(data));
    return { spoken, ...cue('Người dẫn chương trình', folded.includes('chao co') ? 'Nhạc chào cờ' : '') };
  }
  if (item.kind === 'tham_luan') {
    const speeches = data.speeches.filter((s) => s.kind === 'tham_luan' && s.registration !== 'tu_choi');
    const spoken = ['Tiếp theo chương trình, hội nghị nghe tham luận, trao đổi kinh nghiệm của các tỉnh.'];
    for (const s of speeches) {
      const who = s.speakerDelegateId !== null ? `đồng chí ${s.speakerLabel}` : lowerFirst(s.speakerLabel);
      spoken.push(`Xin trân trọng kính mời ${who} trình bày tham luận${s.title ? `: "${s.title}"` : ''}.`);
    }
    if (speeches.length === 0)
      spoken.push(`Xin trân trọng kính mời ${presenterPhrase(item, data)} ${lowerFirst(item.content)}.`);
    return { spoken, ...cue(item.presenterLabel || 'Đại diện các tỉnh', 'Bục phát biểu') };
  }
  const spoken = [`Xin trân trọng kính mời ${presenterPhrase(item, data)} ${lowerFirst(item.content)}.`];
  if (item.kind === 'khen_thuong') spoken.push(...awardLines(data), '(Nhạc trao thưởng.)');
  if (item.kind === 'be_mac') {
    spoken.push(
      `Thưa các vị đại biểu, ${lowerFirst(data.conference.title)} đã hoàn thành chương trình đề ra.`,
      'Xin trân trọng cảm ơn các vị đại biểu và kính chúc các vị đại biểu sức khỏe, hạnh phúc và thành công!',
    );
  }
  const person = data.delegates.find((d) => d.id === item.presenterDelegateId);
  return { spoken, ...cue(person ? `Đồng chí ${person.fullName}` : item.presenterText, 'Bục phát biểu') };
}

export function scriptMissing(data: PackData): string | null {
  if (data.agenda.items.length === 0)
    return 'Chưa có chương trình: kịch bản được dựng theo các mục chương trình.';
  if (data.delegates.length === 0) return 'Chưa có đại biểu: kịch bản cần danh sách đại biểu để giới thiệu.';
  return null;
}

export function buildMcScript(data: PackData): Document {
  const missing = scriptMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const rows = data.agenda.items.map((item) => itemRow(item, data));
  // No agenda item introduces the delegates: the script opens with the greeting and the introductions.
  if (!data.agenda.items.some((i) => /gioi thieu dai bieu/u.test(foldForSearch(i.content)))) {
    rows.unshift({ spoken: [...greeting(data), ...introductions(data)], cue: ['Người dẫn chương trình'] });
  }
  const table = dataTable({
    columns: [
      { title: 'Lời dẫn', weight: 7 },
      { title: 'Người thực hiện, ghi chú', weight: 3 },
    ],
    rows: rows.map((r) => [said(r.spoken), r.cue.join('\n')]),
  });
  return createDocument({
    title: `Kịch bản điều hành - ${data.conference.title}`,
    sections: [
      section({
        children: [...listHeading(data.settings, 'Kịch bản điều hành', data.conference.title), table],
      }),
    ],
  });
}
