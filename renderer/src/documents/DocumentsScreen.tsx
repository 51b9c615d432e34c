/**
 * "Tài liệu": choose the pack's documents, look at the first page of each, edit the particulars every document
 * prints and the delegate list's columns, type the conclusions, then generate with progress and open the folder.
 */
import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, List, Progress, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  delegateColumnIds,
  delegateColumnLabels,
  type DelegateColumnId,
  type DocumentKind,
  type DocumentParticulars,
  type ListHeading,
  type PackDocumentId,
  type PackOptions,
} from '../../../shared/api/methods/documents.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { ConclusionsForm } from './ConclusionsForm.tsx';
import { GeneratedFiles } from './GeneratedFiles.tsx';
import { ParticularsTab } from './ParticularsTab.tsx';
import { PreviewPane } from './PreviewPane.tsx';
import { documentsText as text } from './strings.ts';
import { useGenerate } from './useGenerate.ts';

type Tab = 'preview' | 'particulars' | 'columns' | 'conclusions';

export function DocumentsScreen({ conference }: { conference: Conference }) {
  const conferenceId = conference.id;
  const [revision, setRevision] = useState(0);
  const list = useLoad(
    () => call('documents.list', { conferenceId }),
    `documents-${conferenceId}-${revision}`,
  );
  const [chosen, setChosen] = useState<Set<PackDocumentId> | null>(null);
  const [focus, setFocus] = useState<PackDocumentId | null>(null);
  const [tab, setTab] = useState<Tab>('preview');
  const [columns, setColumns] = useState<DelegateColumnId[]>(['position', 'organization', 'phone']);
  const [edited, setEdited] = useState<Map<DocumentKind, DocumentParticulars>>(new Map());
  const [headings, setHeadings] = useState<Map<PackDocumentId, ListHeading>>(new Map());
  const { progress, files, folder, generate } = useGenerate(conferenceId);

  const docs = useMemo(() => list.data ?? [], [list.data]);
  const ready = docs.filter((d) => d.missing === null);
  const selected = chosen ?? new Set(ready.map((d) => d.id));
  const focused = docs.find((d) => d.id === focus) ?? null;
  const options: PackOptions = useMemo(
    () => ({ delegateColumns: columns, particulars: [...edited.values()], headings: [...headings.values()] }),
    [columns, edited, headings],
  );

  const toggle = (id: PackDocumentId, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {text.title}
        </Typography.Title>
        <Typography.Text type="secondary">{conference.title}</Typography.Text>
      </div>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      <Flex gap={16} align="flex-start" wrap>
        <Card
          size="small"
          title={text.documents}
          style={{ flex: '0 1 380px', minWidth: 300 }}
          extra={
            <Checkbox
              checked={ready.length > 0 && ready.every((d) => selected.has(d.id))}
              onChange={(e) => setChosen(new Set(e.target.checked ? ready.map((d) => d.id) : []))}
            >
              {text.selectAll}
            </Checkbox>
          }
        >
          <List
            loading={list.loading}
            dataSource={docs}
            renderItem={(doc) => (
              <List.Item
                style={{
                  cursor: 'pointer',
                  background: doc.id === focus ? '#e6f4ff' : undefined,
                  paddingInline: 6,
                }}
                onClick={() => setFocus(doc.id)}
              >
                <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
                  <Checkbox
                    aria-label={doc.label}
                    checked={selected.has(doc.id)}
                    disabled={doc.missing !== null}
                    onClick={(e) => e.stopPropagation()}
                    onChange={(e) => toggle(doc.id, e.target.checked)}
                  />
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{doc.label}</Typography.Text>{' '}
                    <Tag>{doc.format === 'xlsx' ? 'Excel' : 'Word'}</Tag>
                    <div>
                      <Typography.Text type={doc.missing ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
                        {doc.missing ?? doc.description}
                      </Typography.Text>
                    </div>
                  </div>
                </Flex>
              </List.Item>
            )}
          />
          {/* The list is taller than a 768-pixel screen: the button and its progress stay in sight while it scrolls. */}
          <Flex
            vertical
            gap={8}
            style={{ position: 'sticky', bottom: 0, zIndex: 1, background: '#fff', paddingBlock: 12 }}
          >
            <Button
              type="primary"
              icon={<FileWordOutlined />}
              loading={progress !== null}
              onClick={() =>
                void generate(
                  docs.filter((d) => selected.has(d.id)),
                  options,
                )
              }
            >
              {text.generate}
            </Button>
            {progress && (
              <div role="status">
                <Progress percent={Math.round((progress.done / progress.total) * 100)} size="small" />
                <Typography.Text type="secondary">
                  {text.generating(progress.done, progress.total, progress.label)}
                </Typography.Text>
              </div>
            )}
          </Flex>
          <Flex vertical gap={8}>
            <GeneratedFiles folder={folder} files={files} />
          </Flex>
        </Card>
        <Card size="small" style={{ flex: '1 1 600px', minWidth: 0 }}>
          <Tabs
            activeKey={tab}
            onChange={(t) => setTab(t as Tab)}
            items={[
              {
                key: 'preview',
                label: text.tabs.preview,
                children: (
                  <PreviewPane
                    conferenceId={conferenceId}
                    document={focus}
                    label={focused?.label ?? ''}
                    options={options}
                    revision={revision}
                  />
                ),
              },
              {
                key: 'particulars',
                label: text.tabs.particulars,
                children: (
                  <ParticularsTab
                    conferenceId={conferenceId}
                    focused={focused}
                    particulars={edited}
                    headings={headings}
                    onParticulars={(p) => setEdited((m) => new Map(m).set(p.kind, p))}
                    onHeading={(h) => setHeadings((m) => new Map(m).set(h.document, h))}
                  />
                ),
              },
              {
                key: 'columns',
                label: text.tabs.columns,
                children: (
                  <Flex vertical gap={8}>
                    <Typography.Text type="secondary">{text.columnsHint}</Typography.Text>
                    <Checkbox.Group
                      value={columns}
                      onChange={(v) => setColumns(delegateColumnIds.filter((c) => v.includes(c)))}
                      options={delegateColumnIds.map((c) => ({ value: c, label: delegateColumnLabels[c] }))}
                    />
                  </Flex>
                ),
              },
              {
                key: 'conclusions',
                label: text.tabs.conclusions,
                children: (
                  <ConclusionsForm conferenceId={conferenceId} onSaved={() => setRevision((r) => r + 1)} />
                ),
              },
            ]}
          />
        </Card>
      </Flex>
    </Flex>
  );
}
