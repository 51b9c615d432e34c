import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveInOrder, protocolGroups, protocolOrder, type ProtocolFacts } from '../../shared/protocol.ts';
import { personNameKey } from '../../shared/text/vietnamese.ts';

let nextId = 1;
const person = (name: string, facts: Partial<ProtocolFacts> = {}): ProtocolFacts & { name: string } => ({
  id: nextId++,
  name,
  protocolGroup: 'khac',
  isGuest: false,
  protocolRank: null,
  inOfficeSince: null,
  birthYear: null,
  manualOrder: null,
  nameKey: personNameKey(name),
  ...facts,
});
const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('protocol order', () => {
  it('puts higher groups first, then guests before hosts, then rank', () => {
    const people = [
      person('Sở Nội vụ A', { protocolGroup: 'so_ban_nganh', protocolRank: 1 }),
      person('Chủ nhà B', { protocolGroup: 'lanh_dao_tinh', protocolRank: 1 }),
      person('Khách C', { protocolGroup: 'lanh_dao_tinh', protocolRank: 2, isGuest: true }),
      person('Trung ương D', { protocolGroup: 'lanh_dao_trung_uong', protocolRank: 1, isGuest: true }),
      person('Phó trưởng cụm E', { protocolGroup: 'lanh_dao_cum', protocolRank: 2 }),
      person('Trưởng cụm F', { protocolGroup: 'lanh_dao_cum', protocolRank: 1, isGuest: true }),
    ];
    expect(names(protocolOrder(people))).toEqual([
      'Trung ương D',
      'Trưởng cụm F',
      'Phó trưởng cụm E',
      'Khách C',
      'Chủ nhà B',
      'Sở Nội vụ A',
    ]);
  });

  it('on equal rank puts who took office first, then the older person, then unranked people last', () => {
    const people = [
      person('Không xếp hạng', { protocolGroup: 'lanh_dao_tinh' }),
      person('Nhậm chức sau', {
        protocolGroup: 'lanh_dao_tinh',
        protocolRank: 3,
        inOfficeSince: '2021-06-01',
      }),
      person('Nhậm chức trước', {
        protocolGroup: 'lanh_dao_tinh',
        protocolRank: 3,
        inOfficeSince: '2020-05-01',
      }),
      person('Trẻ hơn', {
        protocolGroup: 'lanh_dao_tinh',
        protocolRank: 3,
        inOfficeSince: '2021-06-01',
        birthYear: 1975,
      }),
      person('Lớn tuổi hơn', {
        protocolGroup: 'lanh_dao_tinh',
        protocolRank: 3,
        inOfficeSince: '2021-06-01',
        birthYear: 1968,
      }),
    ];
    expect(names(protocolOrder(people))).toEqual([
      'Nhậm chức trước',
      'Lớn tuổi hơn',
      'Trẻ hơn',
      'Nhậm chức sau',
      'Không xếp hạng',
    ]);
  });

  it('lets a manual order win and slots newcomers in after whoever precedes them by the rules', () => {
    const a = person('An', { protocolGroup: 'lanh_dao_trung_uong', manualOrder: 2 });
    const b = person('Bình', { protocolGroup: 'lanh_dao_tinh', manualOrder: 0 });
    const c = person('Cường', { protocolGroup: 'so_ban_nganh', protocolRank: 1, manualOrder: 1 });
    const newLeader = person('Dũng', { protocolGroup: 'lanh_dao_trung_uong', protocolRank: 1 });
    const newDept = person('Giang', { protocolGroup: 'so_ban_nganh', protocolRank: 9 });
    // Rule order: Dũng, An, Bình, Cường, Giang. Manual: Bình, Cường, An.
    expect(names(protocolOrder([a, b, c, newLeader, newDept]))).toEqual([
      'Dũng',
      'Bình',
      'Cường',
      'Giang',
      'An',
    ]);
  });

  it('is a permutation that does not depend on input order (property)', () => {
    const arbitraryPerson = fc.record({
      group: fc.constantFrom(...protocolGroups),
      isGuest: fc.boolean(),
      rank: fc.option(fc.integer({ min: 1, max: 5 })),
      since: fc.option(fc.constantFrom('2019-01-01', '2020-06-15', '2021-03-02')),
      birth: fc.option(fc.integer({ min: 1960, max: 1985 })),
      manual: fc.option(fc.integer({ min: 0, max: 30 })),
    });
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { maxLength: 25 }), fc.integer(), (specs, seed) => {
        const people = specs.map((s, i) =>
          person(`Người ${i}`, {
            protocolGroup: s.group,
            isGuest: s.isGuest,
            protocolRank: s.rank,
            inOfficeSince: s.since,
            birthYear: s.birth,
            manualOrder: s.manual,
          }),
        );
        const shuffled = [...people].sort(
          (x, y) => ((x.id * 7919 + seed) % 101) - ((y.id * 7919 + seed) % 101),
        );
        const ordered = protocolOrder(people);
        expect(ordered.map((p) => p.id).sort((x, y) => x - y)).toEqual(people.map((p) => p.id));
        expect(protocolOrder(shuffled).map((p) => p.id)).toEqual(ordered.map((p) => p.id));
      }),
    );
  });

  it('moves one person to a new place', () => {
    const list = [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }];
    expect(moveInOrder(list, 4, 0)).toEqual([4, 1, 2, 3]);
    expect(moveInOrder(list, 1, 2)).toEqual([2, 3, 1, 4]);
    expect(moveInOrder(list, 2, 99)).toEqual([1, 3, 4, 2]);
  });
});
