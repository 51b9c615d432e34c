/**
 * Generating the pack with progress: one API call per document, so the bar moves as each file is written.
 * In Electron the folder is asked for once, first; in browser mode the files come back as bytes to download.
 */
import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { PackDocumentId, PackDocumentInfo, PackOptions } from '../../../shared/api/methods/documents.ts';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { call, errorMessage } from '../api/client.ts';
import { downloadAll } from '../returns/files.ts';
import { documentsText as text } from './strings.ts';

export type GeneratedFile = MethodOutput<'documents.generate'>['files'][number];

export interface Progress {
  done: number;
  total: number;
  label: string;
}

export function useGenerate(conferenceId: number) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [files, setFiles] = useState<GeneratedFile[]>([]);
  // Where the last run wrote its files (null: they came back as downloads).
  const [folder, setFolder] = useState<string | null>(null);

  const generate = useCallback(
    async (documents: PackDocumentInfo[], options: PackOptions) => {
      if (documents.length === 0) return void message.warning(text.noneChosen);
      try {
        const target = await call('documents.chooseFolder', {});
        if (target.available && !target.folder) return void message.info(text.cancelled);
        const written: GeneratedFile[] = [];
        for (const [index, doc] of documents.entries()) {
          setProgress({ done: index, total: documents.length, label: doc.label });
          const result = await call('documents.generate', {
            conferenceId,
            documents: [doc.id as PackDocumentId],
            options,
            ...(target.folder ? { folder: target.folder } : {}),
          });
          written.push(...result.files);
        }
        setFiles(written);
        setFolder(target.folder);
        if (target.folder) void message.success(text.savedTo(written.length, target.folder));
        else void message.success(text.downloaded(await downloadAll(written)));
      } catch (error) {
        void message.error(errorMessage(error));
      } finally {
        setProgress(null);
      }
    },
    [conferenceId, message],
  );

  return { progress, files, folder, generate };
}
