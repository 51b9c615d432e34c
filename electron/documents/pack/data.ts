/**
 * Everything the conference pack prints, read once from the database through the core functions: the
 * conference, the secretariat's settings, members on the day, delegates in protocol order, the timed agenda,
 * speeches, award entries in handing-over order with their statistics, the consolidated returns and the
 * conclusions. Builders are pure functions of this.
 */
import type { Db } from '../../db/connection.ts';
import type { Conference, Member } from '../../../shared/api/schemas.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import type { AgendaList } from '../../../shared/api/schemas/agenda.ts';
import type { Speech } from '../../../shared/api/schemas/speeches.ts';
import type { AwardEntry, AwardStatistics } from '../../../shared/api/schemas/awards.ts';
import type { Consolidation } from '../../../shared/api/returnSchemas.ts';
import type {
  DocumentKind,
  DocumentParticulars,
  DocumentSettings,
  PackOptions,
} from '../../../shared/api/methods/documents.ts';
import { AwardQuery } from '../../../shared/api/schemas/awards.ts';
import { SpeechQuery } from '../../../shared/api/schemas/speeches.ts';
import { listMembers } from '../../clusters/repository.ts';
import { getConference } from '../../conferences/repository.ts';
import { orderedDelegates } from '../../delegates/repository.ts';
import { listAgenda } from '../../agenda/repository.ts';
import { listSpeeches } from '../../speeches/repository.ts';
import { listAwards } from '../../awards/repository.ts';
import { awardStatistics } from '../../awards/statistics.ts';
import { consolidate } from '../../returns/consolidation.ts';
import { getConclusions } from '../conclusions.ts';
import { defaultParticulars, membersOnDate } from '../particulars.ts';
import { getDocumentSettings } from '../settings.ts';

export interface PackData {
  conference: Conference;
  settings: DocumentSettings;
  /** Members of the cluster on the conference day, in the cluster's order. */
  members: Member[];
  delegates: Delegate[];
  agenda: AgendaList;
  speeches: Speech[];
  awards: AwardEntry[];
  awardStatistics: AwardStatistics;
  consolidation: Consolidation;
  conclusions: string;
  /** The actual end time typed by the secretary, else null. */
  endTime: string | null;
  options: PackOptions;
  particulars: (kind: DocumentKind) => DocumentParticulars;
}

export interface LoadOptions {
  /**
   * Keep only the first award entries (previews: a first page shows a few dozen of 7.000). Statistics are
   * always computed over every entry.
   */
  rowLimit?: number;
}

export function loadPackData(
  db: Db,
  conferenceId: number,
  options: PackOptions,
  load: LoadOptions = {},
): PackData {
  const conference = getConference(db, conferenceId);
  const settings = getDocumentSettings(db, conference.clusterId, conference);
  const allMembers = listMembers(db, conference.clusterId);
  const limit = <T>(rows: T[]) => (load.rowLimit === undefined ? rows : rows.slice(0, load.rowLimit));
  const delegates = orderedDelegates(db, conferenceId).map(({ memberPosition: _, ...d }) => d);
  const awards = listAwards(db, AwardQuery.parse({ conferenceId, sort: 'precedence' })).rows;
  const { conclusions, endTime } = getConclusions(db, conferenceId);
  const edited = new Map(options.particulars.map((p) => [p.kind, p]));
  return {
    conference,
    settings,
    members: membersOnDate(allMembers, conference.date),
    delegates,
    agenda: listAgenda(db, conferenceId),
    speeches: listSpeeches(db, SpeechQuery.parse({ conferenceId })),
    awards: limit(awards),
    awardStatistics: awardStatistics(db, conferenceId),
    consolidation: consolidate(db, conferenceId, 'cluster'),
    conclusions,
    endTime,
    options,
    particulars: (kind) => edited.get(kind) ?? defaultParticulars(kind, conference, settings, allMembers),
  };
}
