/**
 * The secretariat's settings for official documents, per cluster. Until the clerk saves them they are
 * derived from the conference (organising body, host province), so the first pack already has a sensible
 * header; saving stores them as shown.
 */
import type { Db } from '../db/connection.ts';
import type { Conference, Member } from '../../shared/api/schemas.ts';
import type { z } from 'zod';
import {
  documentKinds,
  documentTypeCodes,
  type DocumentKind,
  type DocumentSettings,
  type DocumentSettingsInput,
} from '../../shared/api/methods/documents.ts';
import { foldForSearch } from '../../shared/text/vietnamese.ts';
import { getCluster, listMembers } from '../clusters/repository.ts';
import { listConferences } from '../conferences/repository.ts';

/** "Ban Thi đua - Khen thưởng" → "BTĐKT": the initials used in number symbols. */
export function initials(body: string): string {
  return body
    .split(/\s+/u)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word[0]!.toLocaleUpperCase('vi'))
    .join('');
}

/** Who usually signs for a body of this kind; the clerk corrects it once in the settings. */
function usualSigner(issuingBody: string): { authority: string; title: string } {
  const folded = foldForSearch(issuingBody);
  if (folded.startsWith('uy ban nhan dan') || folded.startsWith('ubnd')) {
    return { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' };
  }
  if (folded.startsWith('cum thi dua')) return { authority: 'TM. CỤM THI ĐUA', title: 'TRƯỞNG CỤM' };
  if (folded.startsWith('ban ')) return { authority: '', title: 'TRƯỞNG BAN' };
  if (folded.startsWith('so ')) return { authority: '', title: 'GIÁM ĐỐC' };
  return { authority: '', title: 'THỦ TRƯỞNG CƠ QUAN' };
}

/**
 * "Ban Thi đua - Khen thưởng tỉnh Cao Bằng" under "UBND tỉnh Cao Bằng" is headed just "BAN THI ĐUA - KHEN
 * THƯỞNG": the place is already in the parent body's line.
 */
function withoutRepeatedPlace(issuingBody: string, parentBody: string, place: string): string {
  if (!place || !foldForSearch(parentBody).includes(foldForSearch(place))) return issuingBody;
  const suffix = new RegExp(
    `\\s+(tỉnh|thành phố)?\\s*${place.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`,
    'iu',
  );
  const stripped = issuingBody.replace(suffix, '');
  return stripped.length > 0 ? stripped : issuingBody;
}

export function deriveSettings(
  clusterId: number,
  conference: Conference | undefined,
  members: Member[],
): DocumentSettings {
  const host = members.find((m) => m.id === conference?.hostMemberId) ?? members[0];
  const placeName = host?.shortName ?? '';
  const hostBody = host?.officialName ?? '';
  const organizer = conference?.organizingBody ?? '';
  const parentBody = organizer ? hostBody : '';
  const issuingBody = organizer ? withoutRepeatedPlace(organizer, hostBody, placeName) : hostBody;
  const code = initials(issuingBody);
  const signer = usualSigner(issuingBody);
  return {
    clusterId,
    saved: false,
    parentBody,
    issuingBody,
    issuingBodyCode: code,
    placeName,
    signerAuthority: signer.authority,
    signerTitle: signer.title,
    signerName: '',
    filingUnits: code ? `VT, ${code}` : 'VT',
    contact: '',
    symbols: Object.fromEntries(
      documentKinds.map((kind) => [
        kind,
        code ? `${documentTypeCodes[kind]}-${code}` : documentTypeCodes[kind],
      ]),
    ) as Record<DocumentKind, string>,
  };
}

interface SettingsRow {
  parentBody: string;
  issuingBody: string;
  issuingBodyCode: string;
  placeName: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  filingUnits: string;
  contact: string;
}

/** The saved settings, or ones derived from `conference` (default: the cluster's latest) when none are saved. */
export function getDocumentSettings(db: Db, clusterId: number, conference?: Conference): DocumentSettings {
  getCluster(db, clusterId);
  const members = listMembers(db, clusterId);
  const derived = deriveSettings(clusterId, conference ?? listConferences(db, clusterId)[0], members);
  const row = db
    .prepare(
      `SELECT parent_body AS parentBody, issuing_body AS issuingBody, issuing_body_code AS issuingBodyCode,
         place_name AS placeName, signer_authority AS signerAuthority, signer_title AS signerTitle,
         signer_name AS signerName, filing_units AS filingUnits, contact
       FROM document_settings WHERE cluster_id = ?`,
    )
    .get(clusterId) as SettingsRow | undefined;
  if (!row) return derived;
  const symbols = db
    .prepare('SELECT document_kind AS kind, symbol FROM document_symbol WHERE cluster_id = ?')
    .all(clusterId) as { kind: string; symbol: string }[];
  const saved = new Map(symbols.map((s) => [s.kind, s.symbol]));
  return {
    clusterId,
    saved: true,
    ...row,
    // A kind added after the settings were saved gets its derived symbol until the clerk saves again.
    symbols: Object.fromEntries(
      documentKinds.map((kind) => [kind, saved.get(kind) ?? derived.symbols[kind]]),
    ) as Record<DocumentKind, string>,
  };
}

export function updateDocumentSettings(
  db: Db,
  input: z.output<typeof DocumentSettingsInput>,
): DocumentSettings {
  return db.transaction(() => {
    getCluster(db, input.clusterId);
    db.prepare(
      `INSERT INTO document_settings (cluster_id, parent_body, issuing_body, issuing_body_code, place_name,
         signer_authority, signer_title, signer_name, filing_units, contact)
       VALUES (@clusterId, @parentBody, @issuingBody, @issuingBodyCode, @placeName, @signerAuthority, @signerTitle,
         @signerName, @filingUnits, @contact)
       ON CONFLICT (cluster_id) DO UPDATE SET parent_body = excluded.parent_body,
         issuing_body = excluded.issuing_body, issuing_body_code = excluded.issuing_body_code,
         place_name = excluded.place_name, signer_authority = excluded.signer_authority,
         signer_title = excluded.signer_title, signer_name = excluded.signer_name,
         filing_units = excluded.filing_units, contact = excluded.contact,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ).run({
      clusterId: input.clusterId,
      parentBody: input.parentBody,
      issuingBody: input.issuingBody,
      issuingBodyCode: input.issuingBodyCode,
      placeName: input.placeName,
      signerAuthority: input.signerAuthority,
      signerTitle: input.signerTitle,
      signerName: input.signerName,
      filingUnits: input.filingUnits,
      contact: input.contact,
    });
    const upsert = db.prepare(
      `INSERT INTO document_symbol (cluster_id, document_kind, symbol) VALUES (?, ?, ?)
       ON CONFLICT (cluster_id, document_kind) DO UPDATE SET symbol = excluded.symbol`,
    );
    for (const kind of documentKinds) upsert.run(input.clusterId, kind, input.symbols[kind]);
    return getDocumentSettings(db, input.clusterId);
  })();
}
