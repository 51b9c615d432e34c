/**
 * A province's award list → award records: `{ row, recipientKind, recipientName, position, organization,
 * awardForm, decisionNumber, decisionDate, smallCollectiveOrDirectWorker }`. Section headings ("I. TẬP THỂ",
 * "II. CÁ NHÂN") give the recipient kind, and an award form when they name one. Pure: touches no database.
 */
import { foldForSearch } from '../../shared/text/vietnamese.ts';
import { awardHeaders, type AwardField } from './headers.ts';
import { cellText, cleanDate, cleanPersonName, isTicked, splitDecision } from './cleaning.ts';
import { parseList, type ParseResult } from './listRows.ts';
import type { Workbook } from './workbook.ts';

export type RecipientKind = 'collective' | 'individual' | 'household';

export interface ParsedAward {
  row: number;
  recipientKind: RecipientKind;
  recipientName: string;
  position: string;
  organization: string;
  awardForm: string;
  decisionNumber: string;
  /** "YYYY-MM-DD"; null when the list gives no date (a decision not yet signed). */
  decisionDate: string | null;
  smallCollectiveOrDirectWorker: boolean;
}

function kindFromText(text: string): RecipientKind | null {
  const folded = foldForSearch(text);
  if (/ho gia dinh|^ho\b/u.test(folded)) return 'household';
  if (/tap the/u.test(folded)) return 'collective';
  if (/ca nhan|lanh dao|can bo|cong chuc|vien chuc|nguoi lao dong|chien si/u.test(folded))
    return 'individual';
  return null;
}

/** Words that open the name of a body rather than a person. */
const collectiveStart =
  /^(phong|so|ban|uy ban|ubnd|hdnd|cong ty|truong|hoi|xa|phuong|thi tran|huyen|thanh pho|tinh|to|doi|chi cuc|cuc|trung tam|van phong|bo|dang uy|chi bo|hop tac xa|htx|benh vien|toa an|vien|khoi|lien doan|doan|mat tran|thanh doan|cong an|bo chi huy|ngan hang|kho bac|tap the|lop|khoa|nha|chi nhanh|tong cong ty)\b/u;

function guessKind(name: string): RecipientKind {
  // The opening words decide; folding only them keeps a 10,000-row list cheap.
  const folded = foldForSearch(name.split(' ', 4).join(' '));
  if (/^(ho gia dinh|ho ong|ho ba|gia dinh)\b/u.test(folded)) return 'household';
  return collectiveStart.test(folded) ? 'collective' : 'individual';
}

const awardFormInSection =
  /(bang khen|giay khen|co thi dua|chien si thi dua|lao dong tien tien|chien si tien tien|tap the lao dong|huan chuong|huy chuong|danh hieu)/u;
const directWorkerSection = /(tap the nho|lao dong truc tiep)/u;

/** What a section heading says, read once per heading rather than once per row below it. */
interface SectionMeaning {
  kind: RecipientKind | null;
  awardForm: string;
  directWorker: boolean;
}

function sectionMeaning(section: string): SectionMeaning {
  const folded = foldForSearch(section);
  return {
    kind: kindFromText(section),
    awardForm: awardFormInSection.test(folded) ? section : '',
    directWorker: directWorkerSection.test(folded),
  };
}

export function parseAwards(file: string | Workbook): Promise<ParseResult<ParsedAward>> {
  const sections = new Map<string, SectionMeaning>();
  return parseList<AwardField, ParsedAward>(
    file,
    awardHeaders,
    'recipientName',
    'danh sách khen thưởng',
    (ctx) => {
      let section = sections.get(ctx.section);
      if (!section) sections.set(ctx.section, (section = sectionMeaning(ctx.section)));
      const raw = ctx.value('recipientName');
      const recipientKind =
        kindFromText(cellText(ctx.value('recipientKind'))) ?? section.kind ?? guessKind(cellText(raw));
      const person = recipientKind === 'individual' ? cleanPersonName(raw) : null;
      const recipientName = person ? person.name : cellText(raw);
      if (!recipientName) {
        ctx.problem(
          'recipientName',
          'Dòng có dữ liệu nhưng thiếu tên tập thể hoặc cá nhân; dòng này không được nhập.',
        );
        return null;
      }
      const awardForm = cellText(ctx.value('awardForm')) || section.awardForm;
      if (!awardForm) ctx.problem('awardForm', 'Thiếu hình thức khen thưởng.');

      const combinedCell = cellText(ctx.value('decision'));
      const combined = combinedCell ? splitDecision(combinedCell) : null;
      const decisionNumber = cellText(ctx.value('decisionNumber')) || combined?.number || '';
      const dateCell = ctx.value('decisionDate');
      const typedDate = cleanDate(dateCell);
      if (dateCell !== null && dateCell !== '' && !typedDate)
        ctx.problem(
          'decisionDate',
          `Ngày quyết định "${cellText(dateCell)}" không đọc được; hãy ghi dạng 15/7/2024.`,
        );
      else if (combined && !combined.date && !ctx.column('decisionDate'))
        ctx.problem(
          'decision',
          `Không đọc được ngày trong "${combinedCell}"; hãy ghi dạng "123/QĐ-UBND ngày 15/7/2024".`,
        );
      const decisionDate = dateCell !== null && dateCell !== '' ? typedDate : (combined?.date ?? null);

      const ticked = ctx.column('smallCollective') ? isTicked(ctx.value('smallCollective')) : false;
      return {
        row: ctx.row,
        recipientKind,
        recipientName,
        position: cellText(ctx.value('position')) || person?.rest || '',
        organization: cellText(ctx.value('organization')),
        awardForm,
        decisionNumber,
        decisionDate,
        smallCollectiveOrDirectWorker: ticked || section.directWorker,
      };
    },
  );
}
