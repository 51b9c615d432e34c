/**
 * The files dropped on the screen, each on its way: uploaded (with progress), read and checked by the app
 * (preview), adjusted by the clerk (columns, member, add / update / skip per row), imported, or refused.
 * Files are read one after another, so a big file shows its own progress and never holds the others' results.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ImportAction,
  ImportBatch,
  ImportKind,
  ImportMapping,
  ImportPreview,
} from '../../../shared/api/methods/imports.ts';
import { ApiCallError, call, errorMessage } from '../api/client.ts';
import { readWithProgress } from './files.ts';

export type FileStage = 'reading' | 'checking' | 'ready' | 'failed' | 'committing' | 'done';

export interface FileEntry {
  key: string;
  name: string;
  kind: ImportKind;
  base64: string | null;
  stage: FileStage;
  percent: number;
  preview: ImportPreview | null;
  /** Why the file was refused, or why the last import attempt was refused (with its rows). */
  error: string | null;
  errorDetails: string[];
  /** The clerk's columns; undefined = as the app reads them (detected or remembered). */
  mapping: ImportMapping | undefined;
  /** undefined = let the app guess the member from the file name. */
  memberUnitId: number | null | undefined;
  decisions: Record<number, ImportAction>;
  batch: ImportBatch | null;
}

let nextKey = 0;

export function useImportFiles(conferenceId: number, onImported: () => void) {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const latest = useRef<FileEntry[]>([]);
  // The callbacks read the newest state without being recreated on every change.
  useEffect(() => {
    latest.current = files;
  }, [files]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const update = useCallback((key: string, patch: Partial<FileEntry>) => {
    setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  }, []);

  const preview = useCallback(
    async (entry: FileEntry, base64: string) => {
      update(entry.key, { stage: 'checking', error: null, errorDetails: [] });
      try {
        const result = await call('imports.preview', {
          conferenceId,
          kind: entry.kind,
          file: { name: entry.name, base64 },
          ...(entry.mapping && { mapping: entry.mapping }),
          ...(entry.memberUnitId !== undefined && { memberUnitId: entry.memberUnitId }),
        });
        update(entry.key, { stage: 'ready', preview: result, decisions: {} });
      } catch (error) {
        // A refused adjustment leaves the last good preview on screen.
        update(entry.key, {
          stage: entry.preview ? 'ready' : 'failed',
          error: errorMessage(error),
          ...(entry.preview && { mapping: undefined }),
        });
      }
    },
    [conferenceId, update],
  );

  const addFiles = useCallback(
    (dropped: File[], kind: ImportKind) => {
      const entries: FileEntry[] = dropped.map((file) => ({
        key: `file-${++nextKey}`,
        name: file.name,
        kind,
        base64: null,
        stage: 'reading',
        percent: 0,
        preview: null,
        error: null,
        errorDetails: [],
        mapping: undefined,
        memberUnitId: undefined,
        decisions: {},
        batch: null,
      }));
      setFiles((all) => [...entries, ...all]);
      entries.forEach((entry, i) => {
        queue.current = queue.current.then(async () => {
          try {
            const base64 = await readWithProgress(dropped[i]!, (percent) => update(entry.key, { percent }));
            update(entry.key, { base64, percent: 100 });
            await preview({ ...entry, base64 }, base64);
          } catch (error) {
            update(entry.key, { stage: 'failed', error: errorMessage(error) });
          }
        });
      });
    },
    [preview, update],
  );

  const current = useCallback((key: string) => latest.current.find((f) => f.key === key), []);

  const adjust = useCallback(
    (key: string, change: Pick<Partial<FileEntry>, 'mapping' | 'memberUnitId'>) => {
      const entry = current(key);
      if (!entry?.base64) return;
      const next = { ...entry, ...change };
      update(key, change);
      void preview(next, entry.base64);
    },
    [current, preview, update],
  );

  const decide = useCallback(
    (key: string, row: number, action: ImportAction) => {
      const entry = current(key);
      if (entry) update(key, { decisions: { ...entry.decisions, [row]: action } });
    },
    [current, update],
  );

  const commit = useCallback(
    async (key: string): Promise<ImportBatch | null> => {
      const entry = current(key);
      if (!entry?.base64 || !entry.preview) return null;
      update(key, { stage: 'committing', error: null, errorDetails: [] });
      try {
        const { batch } = await call('imports.commit', {
          conferenceId,
          kind: entry.kind,
          file: { name: entry.name, base64: entry.base64 },
          ...(entry.mapping && { mapping: entry.mapping }),
          memberUnitId: entry.memberUnitId === undefined ? entry.preview.memberUnitId : entry.memberUnitId,
          decisions: Object.entries(entry.decisions).map(([row, action]) => ({ row: Number(row), action })),
        });
        update(key, { stage: 'done', batch, base64: null });
        onImported();
        return batch;
      } catch (error) {
        const details = error instanceof ApiCallError ? error.issues.slice(0, 5).map((i) => i.message) : [];
        update(key, { stage: 'ready', error: errorMessage(error), errorDetails: details });
        return null;
      }
    },
    [conferenceId, current, onImported, update],
  );

  const discard = useCallback((key: string) => setFiles((all) => all.filter((f) => f.key !== key)), []);

  return { files, addFiles, adjust, decide, commit, discard };
}
