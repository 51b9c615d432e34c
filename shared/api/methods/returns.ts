import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import {
  Consolidation,
  Deadline,
  MemberOrder,
  ReturnFile,
  ReturnImportResult,
  ReturnStatus,
  ReturnSubmission,
  ReturnTemplate,
  ReturnTemplateInput,
  WrittenFile,
} from '../returnSchemas.ts';

const ByConference = z.object({ conferenceId: Id });

export const returnMethods = {
  /** The conference's template; the default set for a sơ kết is created on first use. */
  'returns.templateGet': method(ByConference, ReturnTemplate),
  'returns.templateSave': method(ReturnTemplateInput, ReturnTemplate),
  /** Start from another conference's template (usually the previous one of the cluster). */
  'returns.templateCopy': method(z.object({ conferenceId: Id, fromConferenceId: Id }), ReturnTemplate),
  'returns.templateReset': method(ByConference, ReturnTemplate),
  'returns.deadlineSet': method(
    z.object({
      conferenceId: Id,
      deadline: Deadline,
    }),
    ReturnTemplate,
  ),
  /**
   * One .xlsx per member (all, or the ones named). `folder` writes there; without it a save dialog picks the
   * folder, and where there is no dialog (browser mode) the files come back as bytes.
   */
  'returns.templateWrite': method(
    z.object({ conferenceId: Id, folder: z.string().min(1).optional(), memberIds: z.array(Id).optional() }),
    z.object({
      folder: z.string().nullable(),
      files: z.array(WrittenFile.extend({ memberId: Id, memberName: z.string() })),
    }),
  ),
  /** Each file is all or nothing; one bad file does not stop the others. */
  'returns.import': method(
    z.object({ conferenceId: Id, files: z.array(ReturnFile).min(1, 'Chưa chọn tệp nào.').max(500) }),
    z.array(ReturnImportResult),
  ),
  'returns.status': method(ByConference, ReturnStatus),
  'returns.history': method(z.object({ conferenceId: Id, memberId: Id }), z.array(ReturnSubmission)),
  'returns.consolidate': method(z.object({ conferenceId: Id, order: MemberOrder }), Consolidation),
  /** The consolidated .xlsx: to `path`, else through a save dialog, else (browser mode) as bytes. */
  'returns.export': method(
    z.object({ conferenceId: Id, order: MemberOrder, path: z.string().min(1).optional() }),
    WrittenFile,
  ),
};
