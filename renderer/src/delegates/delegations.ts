/**
 * The "Đoàn" choice as one Select value: a member of the cluster ("member:3"), the centre, or guests.
 * Maps between that value and the delegate's delegationKind / delegationMemberId fields.
 */
import type { Member } from '../../../shared/api/schemas.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { delegationKindLabels } from '../../../shared/api/schemas/delegates.ts';
import { foldForSearch } from '../../../shared/text/vietnamese.ts';

export type DelegationFields = Pick<Delegate, 'delegationKind' | 'delegationMemberId'>;

export const memberChoice = (id: number) => `member:${id}`;

export function choiceOf(d: DelegationFields): string {
  return d.delegationKind === 'member' && d.delegationMemberId !== null
    ? memberChoice(d.delegationMemberId)
    : d.delegationKind;
}

export function fieldsOf(choice: string): DelegationFields {
  if (choice.startsWith('member:'))
    return { delegationKind: 'member', delegationMemberId: Number(choice.slice(7)) };
  return { delegationKind: choice === 'central' ? 'central' : 'guest', delegationMemberId: null };
}

export function delegationOptions(members: readonly Member[]): { value: string; label: string }[] {
  return [
    { value: 'central', label: delegationKindLabels.central },
    ...members.map((m) => ({ value: memberChoice(m.id), label: `Tỉnh ${m.shortName}` })),
    { value: 'guest', label: delegationKindLabels.guest },
  ];
}

/**
 * Reads what a province wrote in its "Đoàn" column: a member's name in any form ("Cao Bằng", "tỉnh Cao
 * Bằng", "UBND tỉnh Cao Bằng"), "Trung ương", or anything else = a guest delegation named by that text.
 */
export function guessDelegation(
  text: string,
  members: readonly Member[],
): DelegationFields & { delegationLabel: string } {
  const folded = foldForSearch(text);
  const member = members.find((m) => {
    const name = foldForSearch(m.shortName);
    return folded === name || folded.endsWith(` ${name}`) || folded === foldForSearch(m.code);
  });
  if (member) return { delegationKind: 'member', delegationMemberId: member.id, delegationLabel: '' };
  if (folded === 'trung uong' || folded === 'tw')
    return { delegationKind: 'central', delegationMemberId: null, delegationLabel: '' };
  return { delegationKind: 'guest', delegationMemberId: null, delegationLabel: text.trim() };
}
