/**
 * The cluster, member units and conference most router tests start from, built through the API as a clerk
 * would, plus the two call helpers those tests share.
 */
import type { Router } from '../../../electron/api/router.ts';

/** A call that must succeed: its value, or the test fails with the method's own message. */
export async function ok<T = unknown>(api: Router, method: string, input: unknown): Promise<T> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** A call that must fail: its message. */
export async function failure(api: Router, method: string, input: unknown): Promise<string> {
  const result = await api(method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error.message;
}

export interface ConferenceOptions {
  /** Member units as [code, short name], in the cluster's order; each is "UBND tỉnh <short name>". */
  members?: readonly (readonly [code: string, shortName: string])[];
  /** The code of the hosting member, or null for none; the first member when left out. */
  host?: string | null;
  title?: string;
  startTime?: string | null;
}

export interface ConferenceFixture {
  clusterId: number;
  conferenceId: number;
  /** The id of the member unit with this code. */
  memberId: (code: string) => number;
}

/** "Cụm thi đua 7 tỉnh" with Cao Bằng and Lào Cai (unless told otherwise) and a 2024 mid-year conference. */
export async function clusterConference(
  api: Router,
  options: ConferenceOptions = {},
): Promise<ConferenceFixture> {
  const cluster = await ok<{ id: number }>(api, 'clusters.create', { name: 'Cụm thi đua 7 tỉnh' });
  const ids = new Map<string, number>();
  for (const [code, shortName] of options.members ?? [
    ['CB', 'Cao Bằng'],
    ['LCI', 'Lào Cai'],
  ]) {
    const member = await ok<{ id: number }>(api, 'members.create', {
      clusterId: cluster.id,
      code,
      shortName,
      officialName: `UBND tỉnh ${shortName}`,
    });
    ids.set(code, member.id);
  }
  const memberId = (code: string) => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`no member ${code} in the fixture`);
    return id;
  };
  const host = options.host === undefined ? [...ids.keys()][0] : options.host;
  const conference = await ok<{ id: number }>(api, 'conferences.create', {
    clusterId: cluster.id,
    title: options.title ?? 'Hội nghị sơ kết 6 tháng đầu năm 2024',
    kind: 'so_ket_6_thang',
    year: 2024,
    ...(options.startTime === undefined ? {} : { startTime: options.startTime }),
    ...(host ? { hostMemberId: memberId(host) } : {}),
  });
  return { clusterId: cluster.id, conferenceId: conference.id, memberId };
}
