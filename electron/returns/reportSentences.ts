/**
 * Draft sentences for the report, in the seed's style: "Về tốc độ tăng trưởng GRDP, tỉnh Điện Biên tăng 8,7%;
 * Lạng Sơn tăng 4,7%; …". Members come in the order the caller gives (rank order or the cluster's fixed order).
 */
import type { ReturnItem } from '../../shared/api/returnSchemas.ts';
import type { Member } from '../../shared/api/schemas.ts';
import { formatNumber, formatPercent } from '../../shared/text/vietnamese.ts';

/** "8,7%", "2.500 tỷ đồng", "thứ 10", "18,5 điểm": a figure as a Vietnamese document writes it. */
export function displayValue(item: ReturnItem, value: number): string {
  if (item.type === 'percent') return formatPercent(value);
  if (item.type === 'rank') return `thứ ${formatNumber(value)}`;
  const unit = item.kind === 'criterion' ? 'điểm' : item.unit;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** "tỉnh Cao Bằng" from "UBND tỉnh Cao Bằng"; a member whose official name gives no kind keeps its short name. */
export function memberWithKind(member: Pick<Member, 'shortName' | 'officialName'>): string {
  const kinds = ['thành phố', 'tỉnh', 'bộ', 'ban', 'sở'];
  const official = member.officialName.toLowerCase();
  const kind = kinds.find((k) => official.includes(`${k} ${member.shortName.toLowerCase()}`));
  return kind ? `${kind} ${member.shortName}` : member.shortName;
}

function figure(item: ReturnItem, value: number): string {
  if (item.type === 'rank') return `${item.verb || 'xếp thứ'} ${formatNumber(value)}`.trim();
  // Growth below zero reads "giảm 1,2%", never "tăng -1,2%".
  if (item.verb === 'tăng' && value < 0) return `giảm ${displayValue(item, -value)}`;
  return item.verb ? `${item.verb} ${displayValue(item, value)}` : displayValue(item, value);
}

export function draftSentence(
  item: ReturnItem,
  entries: { member: Pick<Member, 'shortName' | 'officialName'>; value: number }[],
): string | null {
  if (!item.sentenceLead || entries.length === 0) return null;
  const parts = entries.map((e, index) => {
    const name = index === 0 ? memberWithKind(e.member) : e.member.shortName;
    return `${name} ${figure(item, e.value)}`;
  });
  return `${item.sentenceLead}, ${parts.join('; ')}.`;
}
