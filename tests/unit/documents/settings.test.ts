import { describe, expect, it } from 'vitest';
import type { Router } from '../../../electron/api/router.ts';
import { seedDemo } from '../../../electron/demo/seed.ts';
import { freshApi } from '../support/db.ts';

async function ok<T>(api: Router, method: string, input: unknown): Promise<T> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

interface Settings {
  saved: boolean;
  parentBody: string;
  issuingBody: string;
  issuingBodyCode: string;
  placeName: string;
  signerTitle: string;
  signerName: string;
  filingUnits: string;
  symbols: Record<string, string>;
}

const edited = (clusterId: number, symbols: Record<string, string>) => ({
  clusterId,
  parentBody: 'UBND tỉnh Cao Bằng',
  issuingBody: '  Ban Thi đua -  Khen thưởng ',
  issuingBodyCode: 'BTĐKT',
  placeName: 'Cao Bằng',
  signerAuthority: 'KT. Trưởng ban',
  signerTitle: 'Phó Trưởng ban',
  signerName: 'Nông Thị Hà',
  filingUnits: 'VT, TĐKT',
  symbols,
});

describe('document settings', () => {
  it('are derived from the conference until saved: the host province heads the documents', async () => {
    const { api, db } = freshApi();
    const { clusterId } = seedDemo(db);
    const settings = await ok<Settings>(api, 'documents.settings.get', { clusterId });
    expect(settings).toMatchObject({
      saved: false,
      parentBody: 'UBND tỉnh Cao Bằng',
      issuingBody: 'Ban Thi đua - Khen thưởng',
      issuingBodyCode: 'BTĐKT',
      placeName: 'Cao Bằng',
      signerTitle: 'TRƯỞNG BAN',
      filingUnits: 'VT, BTĐKT',
    });
    expect(settings.symbols).toMatchObject({
      giay_moi: 'GM-BTĐKT',
      bien_ban: 'BB-BTĐKT',
      chuong_trinh: 'CTr-BTĐKT',
    });
  });

  it('save as edited, cleaned, and prefill the particulars of each document', async () => {
    const { api, db } = freshApi();
    const { clusterId, conferenceId } = seedDemo(db);
    const derived = await ok<Settings>(api, 'documents.settings.get', { clusterId });
    const saved = await ok<Settings>(
      api,
      'documents.settings.update',
      edited(clusterId, { ...derived.symbols, giay_moi: 'GM-TĐKT' }),
    );
    expect(saved).toMatchObject({
      saved: true,
      issuingBody: 'Ban Thi đua - Khen thưởng',
      signerName: 'Nông Thị Hà',
    });
    expect(await ok<Settings>(api, 'documents.settings.get', { clusterId })).toEqual(saved);

    const invitation = await ok<Record<string, unknown>>(api, 'documents.particulars.defaults', {
      conferenceId,
      kind: 'giay_moi',
    });
    expect(invitation).toMatchObject({
      symbol: 'GM-TĐKT',
      number: '',
      date: null,
      year: 2024,
      signerAuthority: 'KT. Trưởng ban',
      recipients: ['Như trên'],
      filingUnits: 'VT, TĐKT',
    });
    const minutes = await ok<{ date: string; recipients: string[] }>(api, 'documents.particulars.defaults', {
      conferenceId,
      kind: 'bien_ban',
    });
    expect(minutes.date).toBe('2024-08-01');
    expect(minutes.recipients).toContain('UBND tỉnh Lào Cai');
  });

  it('refuse a symbol with a slash or spaces, with one Vietnamese sentence, and write nothing', async () => {
    const { api, db } = freshApi();
    const { clusterId } = seedDemo(db);
    const derived = await ok<Settings>(api, 'documents.settings.get', { clusterId });
    const result = await api(
      'documents.settings.update',
      edited(clusterId, { ...derived.symbols, thong_bao: 'TB/BTĐKT' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Ký hiệu thông báo: chỉ gồm chữ, số/u);
    expect(db.prepare('SELECT count(*) FROM document_settings').pluck().get()).toBe(0);

    const missing = await api('documents.settings.update', edited(999, derived.symbols));
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
