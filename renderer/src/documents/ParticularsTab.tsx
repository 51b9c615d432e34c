/**
 * The "Thông tin văn bản" tab: the particulars the focused document prints, prefilled from the API. Numbered
 * documents share their particulars per kind (both invitations are one giấy mời); unnumbered ones have their
 * own heading each.
 */
import { Typography } from 'antd';
import {
  documentKindLabels,
  type DocumentKind,
  type DocumentParticulars,
  type ListHeading,
  type PackDocumentId,
  type PackDocumentInfo,
} from '../../../shared/api/methods/documents.ts';
import { call } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { ParticularsForm, type Editable } from './ParticularsForm.tsx';
import { documentsText as text } from './strings.ts';

interface Props {
  conferenceId: number;
  focused: PackDocumentInfo | null;
  particulars: Map<DocumentKind, DocumentParticulars>;
  headings: Map<PackDocumentId, ListHeading>;
  onParticulars: (p: DocumentParticulars) => void;
  onHeading: (h: ListHeading) => void;
}

export function ParticularsTab({
  conferenceId,
  focused,
  particulars,
  headings,
  onParticulars,
  onHeading,
}: Props) {
  const kind = focused?.particularsKind ?? null;
  const document = focused && focused.printed.length > 0 ? focused.id : null;
  const loadDefaults = (): Promise<Editable> => {
    if (kind) return call('documents.particulars.defaults', { conferenceId, kind });
    return call('documents.heading.defaults', { conferenceId, document: document! });
  };
  const edited: Editable | undefined = kind
    ? particulars.get(kind)
    : document
      ? headings.get(document)
      : undefined;
  const defaults = useLoad(
    document && !edited ? loadDefaults : null,
    `particulars-${conferenceId}-${document}-${kind}`,
  );
  if (!focused) return <Typography.Text type="secondary">{text.previewHint}</Typography.Text>;
  if (!document) return <Typography.Text type="secondary">{text.noParticulars}</Typography.Text>;
  if (defaults.error) return <Typography.Text type="danger">{defaults.error}</Typography.Text>;
  const current = edited ?? defaults.data;
  if (!current) return null;
  const shared = kind && kind === 'giay_moi' ? text.sharedKind(documentKindLabels[kind]) : undefined;
  return (
    <ParticularsForm
      key={focused.id}
      label={focused.label}
      printed={focused.printed}
      current={current}
      note={kind === 'bien_ban' ? text.minutesSigners : shared}
      loadDefaults={loadDefaults}
      onApply={(value) => {
        if ('kind' in value) onParticulars(value);
        else onHeading(value);
      }}
    />
  );
}
