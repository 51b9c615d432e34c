/**
 * The files just generated. Written into a folder (Electron), the clerk can open it in the file manager; where
 * the app cannot open it (browser mode, or the OS refuses) the folder's path is shown with a copy button.
 */
import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, List, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../api/client.ts';
import { downloadBase64 } from '../returns/files.ts';
import { documentsText as text } from './strings.ts';
import type { GeneratedFile } from './useGenerate.ts';

export function GeneratedFiles({ folder, files }: { folder: string | null; files: GeneratedFile[] }) {
  const [problem, setProblem] = useState<{ folder: string; message: string } | null>(null);
  if (files.length === 0) return null;

  const open = async (target: string) => {
    try {
      await call('documents.openFolder', { folder: target });
      setProblem(null);
    } catch (error) {
      setProblem({ folder: target, message: errorMessage(error) });
    }
  };

  return (
    <>
      {folder && (
        <Button icon={<FolderOpenOutlined />} onClick={() => void open(folder)}>
          {text.openFolder}
        </Button>
      )}
      {problem && problem.folder === folder && (
        <Alert
          type="info"
          showIcon
          title={problem.message}
          description={
            <>
              {text.filesAt}{' '}
              <Typography.Text code copyable data-testid="pack-folder">
                {problem.folder}
              </Typography.Text>
            </>
          }
        />
      )}
      <List
        size="small"
        header={text.results}
        dataSource={files}
        renderItem={(f) => (
          <List.Item
            extra={
              f.base64 ? (
                <Button size="small" type="link" onClick={() => downloadBase64(f.fileName, f.base64!)}>
                  {text.download}
                </Button>
              ) : null
            }
          >
            <Typography.Text style={{ fontSize: 12 }}>{f.path ?? f.fileName}</Typography.Text>
          </List.Item>
        )}
      />
    </>
  );
}
