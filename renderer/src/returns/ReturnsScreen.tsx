/**
 * "Số liệu báo cáo" of the current conference: send the templates, take the returns in and watch who has
 * sent, consolidate, and edit the template. Imports bump `revision` so the board and the tables reload.
 */
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import { useConferences } from '../app/conferenceContext.tsx';
import { ConsolidationPanel } from './ConsolidationPanel.tsx';
import { IntakePanel } from './IntakePanel.tsx';
import { StatusBoard } from './StatusBoard.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { returnsText as text } from './strings.ts';
import { useFileOutput } from './useFileOutput.ts';

type Tab = 'intake' | 'consolidation' | 'template';

export function ReturnsScreen({ conference }: { conference: Conference }) {
  const { conferences } = useConferences();
  const [tab, setTab] = useState<Tab>('intake');
  const [revision, setRevision] = useState(0);
  const output = useFileOutput(conference.id);

  const changed = () => setRevision((r) => r + 1);
  const key = `${conference.id}-${revision}`;

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary">{conference.title}</Typography.Text>
        </div>
        <Tooltip title={text.writeTemplatesHint}>
          <Button
            type="primary"
            icon={<FileExcelOutlined />}
            loading={output.busy === 'templates'}
            onClick={() => void output.writeTemplates()}
          >
            {text.writeTemplates}
          </Button>
        </Tooltip>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(next) => setTab(next as Tab)}
        items={[
          {
            key: 'intake',
            label: text.tabs.intake,
            children: (
              <Flex vertical gap={16}>
                <IntakePanel conferenceId={conference.id} onImported={changed} />
                <StatusBoard
                  key={key}
                  conferenceId={conference.id}
                  onDownloadTemplate={(memberId) => void output.writeTemplates([memberId])}
                />
              </Flex>
            ),
          },
          {
            key: 'consolidation',
            label: text.tabs.consolidation,
            children: (
              <ConsolidationPanel
                key={key}
                conferenceId={conference.id}
                exporting={output.busy === 'export'}
                onExport={(order) => void output.exportConsolidation(order)}
              />
            ),
          },
          {
            key: 'template',
            label: text.tabs.template,
            children: (
              <TemplateEditor
                key={conference.id}
                conference={conference}
                others={conferences.filter((c) => c.id !== conference.id)}
                onSaved={changed}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
