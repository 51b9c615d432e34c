/**
 * Returns in: drop many files (or pick them), each read as base64 and sent on its own so the clerk sees the
 * progress and one bad file never holds up the others; every outcome is listed with its problems by cell.
 */
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Flex, List, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReturnImportResult } from '../../../shared/api/returnSchemas.ts';
import { call, errorMessage } from '../api/client.ts';
import { FileDropZone } from '../app/FileDropZone.tsx';
import { readAsBase64 } from './files.ts';
import { intakeText as text } from './strings.ts';

interface Props {
  conferenceId: number;
  onImported: () => void;
}

/** A file the API never got to judge (unreadable here, or the call failed) is shown as refused with why. */
function failedFile(file: File, message: string): ReturnImportResult {
  return {
    file: file.name,
    outcome: 'refused',
    memberId: null,
    memberName: null,
    identifiedBy: null,
    valuesRead: 0,
    returnId: null,
    problems: [{ sheet: '', cell: '', message }],
  };
}

export function IntakePanel({ conferenceId, onImported }: Props) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<ReturnImportResult[]>([]);

  const importFiles = async (files: File[]) => {
    if (files.length === 0 || progress) return;
    setResults([]);
    setProgress({ done: 0, total: files.length });
    const answers: ReturnImportResult[] = [];
    for (const file of files) {
      try {
        const base64 = await readAsBase64(file);
        answers.push(
          ...(await call('returns.import', { conferenceId, files: [{ name: file.name, base64 }] })),
        );
      } catch (error) {
        answers.push(failedFile(file, errorMessage(error)));
      }
      setResults([...answers]);
      setProgress({ done: answers.length, total: files.length });
    }
    setProgress(null);
    // A refused file from a known member is recorded too (it shows on the board and in the history).
    if (answers.some((a) => a.memberId !== null)) onImported();
  };

  const accepted = results.filter((r) => r.outcome !== 'refused').length;
  return (
    <Flex vertical gap={12}>
      <FileDropZone
        label={text.dropTitle}
        hint={text.dropHint}
        pickLabel={text.pick}
        inputLabel={text.inputLabel}
        accept=".xlsx,.xls,.xlsm"
        testId="returns-drop-zone"
        onFiles={(files) => void importFiles(files)}
      />
      {progress && (
        <div aria-live="polite">
          <Typography.Text>{text.importing(progress.done, progress.total)}</Typography.Text>
          <Progress percent={Math.round((progress.done / progress.total) * 100)} size="small" />
        </div>
      )}
      {results.length > 0 && (
        <Card
          size="small"
          title={text.resultsTitle}
          extra={
            !progress && (
              <Button size="small" onClick={() => setResults([])}>
                {text.clearResults}
              </Button>
            )
          }
        >
          {!progress && (
            <Alert
              style={{ marginBottom: 8 }}
              type={accepted === results.length ? 'success' : 'warning'}
              showIcon
              title={text.summary(accepted, results.length - accepted)}
            />
          )}
          <div data-testid="returns-import-results">
            <List size="small" dataSource={results} renderItem={(result) => <ResultRow result={result} />} />
          </div>
        </Card>
      )}
    </Flex>
  );
}

function ResultRow({ result }: { result: ReturnImportResult }) {
  const refused = result.outcome === 'refused';
  return (
    <List.Item>
      <Flex vertical gap={2} style={{ width: '100%' }}>
        <Space wrap>
          {refused ? (
            <CloseCircleFilled style={{ color: '#cf1322' }} />
          ) : (
            <CheckCircleFilled style={{ color: '#389e0d' }} />
          )}
          <Typography.Text strong>{result.file}</Typography.Text>
          <Tag color={refused ? 'error' : 'success'}>{text.outcome[result.outcome]}</Tag>
          <Typography.Text>{result.memberName ?? text.unknownMember}</Typography.Text>
          {!refused && (
            <Typography.Text type="secondary">{text.valuesRead(result.valuesRead)}</Typography.Text>
          )}
        </Space>
        {result.problems.length > 0 && (
          <ul style={{ margin: '2px 0 0 24px', padding: 0 }}>
            {result.problems.map((p, i) => {
              const where = text.problemAt(p.sheet, p.cell);
              return (
                <li key={i}>
                  {where && <Typography.Text strong>{where}: </Typography.Text>}
                  {p.message}
                </li>
              );
            })}
          </ul>
        )}
      </Flex>
    </List.Item>
  );
}
