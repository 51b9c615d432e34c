/**
 * Whose list it is: the member (province) chosen, a delegation named (a member's name, or a guest delegation's
 * label), or — when the clerk said nothing — the one member whose name the file name carries.
 */
import type { Db } from '../db/connection.ts';
import { DomainError } from '../../shared/api/result.ts';
import { foldForSearch } from '../../shared/text/vietnamese.ts';
import { requireConference } from '../delegates/records.ts';

export interface ImportTarget {
  clusterId: number;
  memberUnitId: number | null;
  memberName: string | null;
  /** A guest delegation's label when the list belongs to no member. */
  delegationLabel: string;
}

interface MemberRow {
  id: number;
  code: string;
  shortName: string;
  officialName: string;
}

const words = (text: string) => ` ${foldForSearch(text).replace(/[^a-z0-9]+/gu, ' ')} `;
/** "Đoàn tỉnh Hà Giang", "tỉnh Hà Giang", "Hà Giang" → "ha giang". */
const bare = (text: string) =>
  words(text)
    .replace(/^ (doan )?(dai bieu )?(tinh |thanh pho |tp )?/u, ' ')
    .trim();

export function resolveTarget(
  db: Db,
  conferenceId: number,
  fileName: string,
  given: { memberUnitId?: number | null; delegation?: string },
): ImportTarget {
  const { clusterId } = requireConference(db, conferenceId);
  const members = db
    .prepare(
      `SELECT id, code, short_name AS shortName, official_name AS officialName
       FROM member_unit WHERE cluster_id = ? AND deleted_at IS NULL ORDER BY position, id`,
    )
    .all(clusterId) as MemberRow[];
  const target = (member: MemberRow | undefined, label = ''): ImportTarget => ({
    clusterId,
    memberUnitId: member?.id ?? null,
    memberName: member?.shortName ?? null,
    delegationLabel: member ? '' : label,
  });
  if (given.memberUnitId !== undefined) {
    if (given.memberUnitId === null) return target(undefined);
    const member = members.find((m) => m.id === given.memberUnitId);
    if (!member)
      throw new DomainError('VALIDATION', 'Đơn vị đã chọn không phải thành viên của cụm thi đua này.');
    return target(member);
  }
  if (given.delegation) {
    const name = bare(given.delegation);
    const member = members.find((m) => [m.code, m.shortName, m.officialName].some((n) => bare(n) === name));
    return target(member, given.delegation);
  }
  const file = words(fileName);
  const named = members.filter((m) => file.includes(words(m.shortName)));
  return target(named.length === 1 ? named[0] : undefined);
}
