/**
 * Writing the conference's files: member templates and the consolidated workbook. In Electron the API saves
 * them through a dialog and answers with paths; in browser mode it answers with bytes we download.
 */
import { App } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { Consolidation } from '../../../shared/api/returnSchemas.ts';
import { call, errorMessage } from '../api/client.ts';
import { downloadAll } from './files.ts';
import { returnsText as text } from './strings.ts';

export function useFileOutput(conferenceId: number) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'templates' | 'export' | null>(null);

  const writeTemplates = useCallback(
    async (memberIds?: number[]) => {
      setBusy('templates');
      try {
        const written = await call('returns.templateWrite', { conferenceId, memberIds });
        if (written.folder) {
          void message.success(text.templatesSaved(written.files.length, written.folder));
        } else if (written.files.length > 0) {
          const count = await downloadAll(written.files);
          void message.success(
            count === 1 && written.files[0]
              ? text.downloaded(written.files[0].fileName)
              : text.templatesDownloaded(count),
          );
        }
      } catch (error) {
        void message.error(errorMessage(error));
      } finally {
        setBusy(null);
      }
    },
    [conferenceId, message],
  );

  const exportConsolidation = useCallback(
    async (order: Consolidation['order']) => {
      setBusy('export');
      try {
        const file = await call('returns.export', { conferenceId, order });
        if (file.path) void message.success(text.savedTo(file.path));
        else if (file.base64) {
          await downloadAll([file]);
          void message.success(text.downloaded(file.fileName));
        }
      } catch (error) {
        void message.error(errorMessage(error));
      } finally {
        setBusy(null);
      }
    },
    [conferenceId, message],
  );

  return useMemo(
    () => ({ busy, writeTemplates, exportConsolidation }),
    [busy, writeTemplates, exportConsolidation],
  );
}
