/**
 * Sharing a conference with another clerk: export the current one as a .thukyhn file (saved through a dialog in
 * the app, downloaded in browser mode), or open one and merge it, then show what was added.
 */
import { ExportOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { MergeSummary } from '../../../shared/api/methods/backups.ts';
import { call, errorMessage } from '../api/client.ts';
import { useConferences } from '../app/conferenceContext.tsx';
import { downloadBase64, readAsBase64 } from './files.ts';
import { backupsText as text } from './strings.ts';

export function SharePanel({ onMerged }: { onMerged: () => void }) {
  const { message } = App.useApp();
  const { current } = useConferences();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'export' | 'open' | null>(null);
  const [merged, setMerged] = useState<MergeSummary | null>(null);

  const exportFile = async () => {
    if (!current) return;
    setBusy('export');
    try {
      const file = await call('conferences.exportFile', { id: current.id });
      if (file.path) void message.success(text.exportedTo(file.path));
      else if (file.base64) {
        downloadBase64(file.fileName, file.base64);
        void message.success(text.downloaded(file.fileName));
      }
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const openFile = async (file: File) => {
    setBusy('open');
    setMerged(null);
    try {
      const summary = await call('conferences.importFile', {
        name: file.name,
        base64: await readAsBase64(file),
      });
      setMerged(summary);
      onMerged();
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={text.shareTitle}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{text.shareHint}</Typography.Text>
        <Flex gap={8} wrap>
          <Tooltip title={current ? current.title : text.exportNeedsConference}>
            <Button
              icon={<ExportOutlined />}
              disabled={!current}
              loading={busy === 'export'}
              onClick={() => void exportFile()}
            >
              {text.exportFile}
            </Button>
          </Tooltip>
          <Button
            icon={<FolderOpenOutlined />}
            loading={busy === 'open'}
            onClick={() => input.current?.click()}
          >
            {text.openFile}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".thukyhn"
            aria-label={text.openFileLabel}
            style={{ display: 'none' }}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void openFile(file);
            }}
          />
        </Flex>
        {merged && (
          <Alert
            type="success"
            showIcon
            title={text.mergedTitle(merged)}
            description={
              <Flex vertical>
                {text.mergedCounts(merged).map((line) => (
                  <span key={line}>{line}</span>
                ))}
                <Typography.Text type="secondary">{text.mergedUndo}</Typography.Text>
              </Flex>
            }
          />
        )}
      </Flex>
    </Card>
  );
}
