import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { seedDemo, demoConferenceTitle } from '../../../electron/demo/seed.ts';
import {
  loadInvitations,
  renderInvitations,
  writeInvitations,
  invitationTime,
} from '../../../electron/documents/invitations.ts';
import { particularsFor } from '../../../electron/documents/particulars.ts';
import { listMembers, updateMember } from '../../../electron/clusters/repository.ts';
import { updateConference, getConference } from '../../../electron/conferences/repository.ts';
import { parseCheckinCode } from '../../../shared/checkinCode.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { freshDb } from '../support/db.ts';
import { convertToPdf, hasLibreOffice, libreOfficeSkipReason, readDocx, visibleText } from './support.ts';

function demo() {
  const env = freshDb();
  const ids = seedDemo(env.db);
  const particulars = {
    ...particularsFor(env.db, ids.conferenceId, 'giay_moi'),
    number: '5',
    date: '2024-07-25',
    signerName: 'Nông Thị Hà',
  };
  return { ...env, ...ids, particulars };
}

describe('giấy mời', () => {
  it('words the time as invitations do', () => {
    expect(invitationTime('2024-08-01', '08:00')).toBe('08 giờ 00 phút, thứ Năm, ngày 01 tháng 8 năm 2024');
    expect(invitationTime('2024-12-29', null)).toBe('Chủ nhật, ngày 29 tháng 12 năm 2024');
  });

  it('mail-merges one invitation per member unit into one file, each with its own header and check-in code', async () => {
    const { db, conferenceId, particulars } = demo();
    const data = loadInvitations(db, conferenceId, particulars);
    const { document, media, headers } = await readDocx(await renderInvitations(data));
    const members = listMembers(db, getConference(db, conferenceId).clusterId);
    expect(data.invitees).toHaveLength(members.length);

    // One section per invitation, page numbers restarting in each.
    expect((document.match(/<w:sectPr>/gu) ?? []).length).toBe(members.length);
    expect((document.match(/<w:pgNumType w:start="1"\/>/gu) ?? []).length).toBe(members.length);
    expect(media).toHaveLength(members.length);
    // Later letters carry the first one's header parts over instead of writing their own.
    expect(headers).toHaveLength(2);

    const text = visibleText(document);
    const count = (s: string) => text.split(s).length - 1;
    expect(count('Số: 05/GM-BTĐKT')).toBe(members.length);
    expect(count('Cao Bằng, ngày 25 tháng 7 năm 2024')).toBe(members.length);
    expect(count(`Dự ${demoConferenceTitle}`)).toBe(members.length);
    expect(text).toContain(
      'Ban Thi đua - Khen thưởng tỉnh Cao Bằng trân trọng kính mời: Lãnh đạo UBND tỉnh Lào Cai',
    );
    expect(text).toContain(
      `Tới dự: ${demoConferenceTitle} của Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc.`,
    );
    expect(text).toContain('Thời gian: 08 giờ 00 phút, thứ Năm, ngày 01 tháng 8 năm 2024.');
    expect(text).toContain('Địa điểm: tỉnh Cao Bằng.');
    expect(text).toContain('Rất mong được đón tiếp./.');
    expect(count('- Như trên;')).toBe(members.length);
    expect(count('Nông Thị Hà')).toBe(members.length);

    const printed = [...text.matchAll(/Mã điểm danh: (\S+)/gu)].map((m) => parseCheckinCode(m[1]!));
    expect(printed).toEqual(members.map((m) => ({ conferenceId, kind: 'member', id: m.id })));
  });

  it('invites only the members of the cluster on the conference day', async () => {
    const { db, conferenceId, particulars } = demo();
    const hg = listMembers(db, getConference(db, conferenceId).clusterId).find((m) => m.code === 'HG')!;
    updateMember(db, { ...hg, validTo: '2024-06-30' });
    const data = loadInvitations(db, conferenceId, particulars);
    expect(data.invitees.map((i) => i.addressee)).not.toContain('Lãnh đạo UBND tỉnh Hà Giang');
    expect(data.invitees).toHaveLength(6);
  });

  it('asks for the date before printing an invitation without one', () => {
    const { db, conferenceId } = demo();
    const c = getConference(db, conferenceId);
    updateConference(db, { ...c, date: null });
    expect(() => loadInvitations(db, conferenceId)).toThrow(DomainError);
    expect(() => loadInvitations(db, conferenceId)).toThrow(
      'Hội nghị chưa có ngày họp: hãy nhập ngày họp trước khi in giấy mời.',
    );
  });

  it.skipIf(!hasLibreOffice)('prints one A4 portrait page per invitation', async () => {
    const { db, dir, conferenceId, particulars } = demo();
    const file = await writeInvitations(db, conferenceId, dir, particulars);
    const pdf = convertToPdf(readFileSync(file), dir, 'giay-moi');
    const members = loadInvitations(db, conferenceId, particulars).invitees.length;
    expect(pdf.pages).toBe(members);
    expect(pdf.sizeOf(1)).toEqual({ width: 595, height: 842 });
    const second = pdf.pageText(2);
    expect(second).toContain('GIẤY MỜI');
    expect(second.replace(/\s+/gu, ' ')).toContain('Lãnh đạo UBND tỉnh Lào Cai');
    // Each invitation is a first page: no page number above its header.
    expect(second.trim().split('\n')[0]).toContain('UBND TỈNH CAO BẰNG');
  });
  if (!hasLibreOffice) it.skip(libreOfficeSkipReason, () => {});
});
