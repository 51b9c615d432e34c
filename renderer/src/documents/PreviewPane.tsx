/**
 * The first page of the chosen document, as the API reads it back from the generated file, scaled to the
 * pane. The HTML comes from our own core (text escaped, inline styles only), never from user markup.
 */
import { Alert, Empty, Spin, Typography } from 'antd';
import type { PackDocumentId, PackOptions } from '../../../shared/api/methods/documents.ts';
import { call } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { documentsText as text } from './strings.ts';

// A4 in points at 96 px per inch is 794 px wide; the pane shows it at 70%.
const scale = 0.7;

interface Props {
  conferenceId: number;
  document: PackDocumentId | null;
  label: string;
  options: PackOptions;
  revision: number;
}

export function PreviewPane({ conferenceId, document, label, options, revision }: Props) {
  const loaded = useLoad(
    document ? () => call('documents.preview', { conferenceId, document, options }) : null,
    `${conferenceId}-${document}-${JSON.stringify(options)}-${revision}`,
  );
  if (!document) return <Empty description={text.previewHint} />;
  const page = loaded.data;
  const widthPx = page?.orientation === 'landscape' ? 1123 : 794;
  const heightPx = page?.orientation === 'landscape' ? 794 : 1123;
  return (
    <div>
      <Typography.Text type="secondary">{text.previewOf(label)}</Typography.Text>
      {loaded.error && <Alert type="warning" showIcon title={loaded.error} style={{ marginTop: 8 }} />}
      {loaded.loading && <Spin description={text.previewLoading} style={{ display: 'block', margin: 24 }} />}
      {page && !loaded.loading && (
        <div
          style={{
            marginTop: 8,
            width: widthPx * scale,
            height: heightPx * scale,
            overflow: 'hidden',
            boxShadow: '0 1px 6px rgba(0,0,0,0.25)',
          }}
        >
          <div
            data-testid="document-preview"
            style={{ transform: `scale(${scale})`, transformOrigin: 'top left', width: widthPx }}
            dangerouslySetInnerHTML={{ __html: page.html }}
          />
        </div>
      )}
    </div>
  );
}
