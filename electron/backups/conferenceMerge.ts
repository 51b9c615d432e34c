/**
 * Opening a `.thukyhn` file from another clerk and merging it here, in one transaction: the cluster by name,
 * members by cluster + code, the conference by cluster + kind + year + title, delegates by name +
 * organisation (diacritic- and case-insensitive), and the other records by what they say. Whatever is
 * already here is left as it is; only what is missing is added, so opening the same file twice adds nothing.
 */
import type { Db } from '../db/connection.ts';
import type { MergeSummary } from '../../shared/api/methods/backups.ts';
import { foldForSearch, personNameKey } from '../../shared/text/vietnamese.ts';
import { DomainError } from '../../shared/api/result.ts';
import { incoming, mapped, RowCopier, str, type Row } from './mergeRows.ts';

type Counts = Omit<MergeSummary, 'backupName' | 'conferenceTitle' | 'conferenceId'>;
const fold = (value: unknown) => foldForSearch(str(value));
const count = () => ({ added: 0, matched: 0 });

export const packMessages = {
  corrupt: 'Tệp hội nghị bị hỏng (không đọc trọn vẹn được); hãy xin người gửi xuất lại tệp.',
  foreign:
    'Tệp này không phải tệp hội nghị của Thư ký Hội nghị (.thukyhn); hãy chọn tệp được tạo bằng "Xuất hội nghị ra tệp".',
  newer:
    'Tệp hội nghị này do phiên bản mới hơn của Thư ký Hội nghị tạo ra; hãy cập nhật ứng dụng rồi mở lại.',
};

class Merge {
  readonly copy: RowCopier;
  readonly members = new Map<number, number>();
  readonly delegates = new Map<number, number>();
  readonly agenda = new Map<number, number>();
  readonly forms = new Map<number, number>();
  readonly counts: Counts = {
    conferenceCreated: false,
    clusterCreated: false,
    members: count(),
    delegates: count(),
    agendaItems: count(),
    speeches: count(),
    awardEntries: count(),
    returns: count(),
  };
  clusterId = 0;
  conferenceId = 0;
  conferenceTitle = '';

  constructor(private readonly db: Db) {
    this.copy = new RowCopier(db);
  }

  private one(sql: string, ...params: unknown[]): Row | undefined {
    return this.db.prepare(sql).get(...params) as Row | undefined;
  }

  private nextPosition(table: string, column: string, id: number): number {
    const row = this.one(
      `SELECT coalesce(max(position) + 1, 0) AS next FROM ${table} WHERE ${column} = ?`,
      id,
    );
    return Number(row?.next ?? 0);
  }

  cluster(source: Row): void {
    const name = fold(source.name);
    const local = (
      this.db.prepare('SELECT id, name FROM cluster WHERE deleted_at IS NULL').all() as Row[]
    ).find((c) => fold(c.name) === name);
    if (local) this.clusterId = Number(local.id);
    else {
      this.clusterId = this.copy.insert('cluster', source, { deleted_at: null });
      this.counts.clusterCreated = true;
    }
  }

  memberUnits(): void {
    for (const m of this.copy.rows('member_unit', '1 ORDER BY position, id')) {
      const local = this.one(
        'SELECT id FROM member_unit WHERE cluster_id = ? AND upper(code) = upper(?) AND deleted_at IS NULL',
        this.clusterId,
        str(m.code),
      );
      if (local) {
        this.members.set(Number(m.id), Number(local.id));
        this.counts.members.matched += 1;
        continue;
      }
      // A member deleted over there comes across deleted: only so that what points at it still resolves.
      const position = this.nextPosition('member_unit', 'cluster_id', this.clusterId);
      this.members.set(
        Number(m.id),
        this.copy.insert('member_unit', m, { cluster_id: this.clusterId, position }),
      );
      if (m.deleted_at === null) this.counts.members.added += 1;
    }
  }

  conference(source: Row): void {
    this.conferenceTitle = str(source.title);
    const title = fold(source.title);
    const local = (
      this.db
        .prepare(
          'SELECT id, title FROM conference WHERE cluster_id = ? AND kind = ? AND year = ? AND deleted_at IS NULL',
        )
        .all(this.clusterId, source.kind, source.year) as Row[]
    ).find((c) => fold(c.title) === title);
    if (local) {
      this.conferenceId = Number(local.id);
      return;
    }
    this.conferenceId = this.copy.insert('conference', source, {
      cluster_id: this.clusterId,
      host_member_id: mapped(this.members, source.host_member_id),
      deleted_at: null,
    });
    this.counts.conferenceCreated = true;
  }

  private liveRows(table: string): Row[] {
    return this.db
      .prepare(`SELECT * FROM ${table} WHERE conference_id = ? AND deleted_at IS NULL`)
      .all(this.conferenceId) as Row[];
  }

  /** Added records go after this conference's own ones, in the file's order. */
  private placed(table: string, row: Row): number {
    return this.counts.conferenceCreated
      ? Number(row.position)
      : this.nextPosition(table, 'conference_id', this.conferenceId);
  }

  delegateRows(): void {
    const key = (d: Row) => `${fold(d.full_name)}|${fold(d.organization)}`;
    const known = new Map(this.liveRows('delegate').map((d) => [key(d), Number(d.id)]));
    for (const d of this.copy.rows('delegate', 'deleted_at IS NULL ORDER BY id')) {
      const existing = known.get(key(d));
      if (existing !== undefined) {
        this.delegates.set(Number(d.id), existing);
        this.counts.delegates.matched += 1;
        continue;
      }
      const memberId = mapped(this.members, d.delegation_member_id);
      const id = this.copy.insert('delegate', d, {
        conference_id: this.conferenceId,
        delegation_member_id: memberId,
        delegation_kind: d.delegation_kind === 'member' && memberId === null ? 'guest' : d.delegation_kind,
        manual_order: this.counts.conferenceCreated ? d.manual_order : null,
        name_key: personNameKey(str(d.full_name)),
      });
      this.delegates.set(Number(d.id), id);
      known.set(key(d), id);
      this.counts.delegates.added += 1;
    }
  }

  agendaRows(): void {
    const key = (a: Row) => `${str(a.kind)}|${fold(a.content)}`;
    const known = new Map(this.liveRows('agenda_item').map((a) => [key(a), Number(a.id)]));
    for (const a of this.copy.rows('agenda_item', 'deleted_at IS NULL ORDER BY position, id')) {
      const existing = known.get(key(a));
      if (existing !== undefined) {
        this.agenda.set(Number(a.id), existing);
        this.counts.agendaItems.matched += 1;
        continue;
      }
      const id = this.copy.insert('agenda_item', a, {
        conference_id: this.conferenceId,
        position: this.placed('agenda_item', a),
        presenter_delegate_id: mapped(this.delegates, a.presenter_delegate_id),
      });
      this.agenda.set(Number(a.id), id);
      known.set(key(a), id);
      this.counts.agendaItems.added += 1;
    }
  }

  speechRows(): void {
    const key = (s: Row, speaker: number | null) =>
      `${speaker ?? fold(s.speaker_text)}|${str(s.kind)}|${fold(s.title)}`;
    const known = new Set(this.liveRows('speech').map((s) => key(s, s.speaker_delegate_id as number | null)));
    for (const s of this.copy.rows('speech', 'deleted_at IS NULL ORDER BY position, id')) {
      const speaker = mapped(this.delegates, s.speaker_delegate_id);
      if (speaker === null && str(s.speaker_text) === '') continue;
      if (known.has(key(s, speaker))) {
        this.counts.speeches.matched += 1;
        continue;
      }
      this.copy.insert('speech', s, {
        conference_id: this.conferenceId,
        position: this.placed('speech', s),
        speaker_delegate_id: speaker,
        agenda_item_id: mapped(this.agenda, s.agenda_item_id),
      });
      known.add(key(s, speaker));
      this.counts.speeches.added += 1;
    }
  }

  awardForms(): void {
    const local = this.db.prepare('SELECT id, name FROM award_form WHERE deleted_at IS NULL').all() as Row[];
    const byName = new Map(local.map((f) => [fold(f.name), Number(f.id)]));
    for (const f of this.copy.rows('award_form')) {
      const id = byName.get(fold(f.name)) ?? this.copy.insert('award_form', f, { deleted_at: null });
      byName.set(fold(f.name), id);
      this.forms.set(Number(f.id), id);
    }
  }

  awardRows(): void {
    const key = (e: Row, formId: unknown) =>
      `${str(e.recipient_kind)}|${fold(e.recipient_name)}|${fold(e.organization)}|${String(formId)}`;
    const known = new Set(this.liveRows('award_entry').map((e) => key(e, e.award_form_id)));
    for (const e of this.copy.rows('award_entry', 'deleted_at IS NULL ORDER BY id')) {
      const formId = mapped(this.forms, e.award_form_id);
      if (formId === null) continue;
      if (known.has(key(e, formId))) {
        this.counts.awardEntries.matched += 1;
        continue;
      }
      this.copy.insert('award_entry', e, {
        conference_id: this.conferenceId,
        award_form_id: formId,
        member_unit_id: mapped(this.members, e.member_unit_id),
      });
      known.add(key(e, formId));
      this.counts.awardEntries.added += 1;
    }
  }

  /** The template when this conference has none; each member's current return, the newer one staying current. */
  returnRows(): void {
    const template = this.copy.rows('return_template')[0];
    if (template && !this.one('SELECT 1 FROM return_template WHERE conference_id = ?', this.conferenceId)) {
      this.copy.insert('return_template', template, { conference_id: this.conferenceId });
    }
    for (const r of this.copy.rows('member_return', `state = 'current' ORDER BY id`)) {
      const memberId = mapped(this.members, r.member_id);
      if (memberId === null) continue;
      const same = this.one(
        'SELECT 1 FROM member_return WHERE conference_id = ? AND member_id = ? AND file_sha256 = ?',
        this.conferenceId,
        memberId,
        r.file_sha256,
      );
      if (same) {
        this.counts.returns.matched += 1;
        continue;
      }
      const current = this.one(
        `SELECT id, received_at FROM member_return WHERE conference_id = ? AND member_id = ? AND state = 'current'`,
        this.conferenceId,
        memberId,
      );
      const newer = !current || str(r.received_at) > str(current.received_at);
      if (current && newer) {
        this.db.prepare(`UPDATE member_return SET state = 'superseded' WHERE id = ?`).run(current.id);
      }
      const id = this.copy.insert('member_return', r, {
        conference_id: this.conferenceId,
        member_id: memberId,
        state: newer ? 'current' : 'superseded',
      });
      for (const v of this.copy.rows('return_value', 'return_id = ?', [r.id])) {
        this.copy.insert('return_value', v, { return_id: id });
      }
      this.counts.returns.added += 1;
    }
  }

  documentSettings(): void {
    const settings = this.copy.rows('document_settings')[0];
    if (!settings || this.one('SELECT 1 FROM document_settings WHERE cluster_id = ?', this.clusterId)) return;
    this.copy.insert('document_settings', settings, { cluster_id: this.clusterId });
    for (const s of this.copy.rows('document_symbol')) {
      this.copy.insert('document_symbol', s, { cluster_id: this.clusterId });
    }
  }
}

/** The attached file is a conference file (not a backup or another SQLite file): one conference, one cluster. */
export function assertPack(db: Db): { conference: Row; cluster: Row } {
  const copy = new RowCopier(db);
  const format = copy.hasIncoming('thukyhn_info')
    ? (db.prepare(`SELECT value FROM ${incoming}.thukyhn_info WHERE key = 'format'`).pluck().get() as unknown)
    : undefined;
  const conferences = copy.rows('conference');
  const clusters = copy.rows('cluster');
  if (format !== 'thukyhn' || conferences.length !== 1 || clusters.length !== 1) {
    throw new DomainError('VALIDATION', packMessages.foreign);
  }
  return { conference: conferences[0]!, cluster: clusters[0]! };
}

/** Merges the attached file (already checked) into the database; one transaction, all or nothing. */
export function mergeAttached(db: Db): Omit<MergeSummary, 'backupName'> {
  const { conference, cluster } = assertPack(db);
  return db.transaction(() => {
    const merge = new Merge(db);
    merge.cluster(cluster);
    merge.memberUnits();
    merge.conference(conference);
    merge.delegateRows();
    merge.agendaRows();
    merge.speechRows();
    merge.awardForms();
    merge.awardRows();
    merge.returnRows();
    merge.documentSettings();
    return { conferenceId: merge.conferenceId, conferenceTitle: merge.conferenceTitle, ...merge.counts };
  })();
}
