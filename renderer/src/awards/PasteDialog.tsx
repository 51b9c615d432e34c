/**
 * "Dán từ Excel": the clerk pastes rows copied from Excel, checks which column is which in the preview, sees
 * every problem (an award form not in the catalogue, an unknown member …) by row, and adds all rows in one
 * transaction. Nothing is written while a problem remains.
 */
import { Alert, Checkbox, Flex, Input, Modal, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { AwardForm, RecipientKind } from '../../../shared/api/schemas/awards.ts';
import { recipientKindLabels, recipientKinds } from '../../../shared/api/schemas/awards.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import { ApiCallError, call, errorMessage } from '../api/client.ts';
import {
  buildRows,
  guessHeader,
  guessMapping,
  parseClipboard,
  pasteFieldLabels,
  pasteFields,
  type PasteField,
} from './paste.ts';
import { pasteText as text } from './strings.ts';

const shownProblems = 12;

interface Props {
  conferenceId: number;
  forms: AwardForm[];
  members: Member[];
  onClose: () => void;
  onSaved: (count: number) => void;
}

export function PasteDialog({ conferenceId, forms, members, onClose, onSaved }: Props) {
  const [raw, setRaw] = useState('');
  const [hasHeader, setHasHeader] = useState(false);
  const [mapping, setMapping] = useState<(PasteField | null)[]>([]);
  const [defaultKind, setDefaultKind] = useState<RecipientKind>('ca_nhan');
  const [defaultMemberId, setDefaultMemberId] = useState<number | null>(null);
  const [serverProblems, setServerProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const cells = useMemo(() => parseClipboard(raw), [raw]);
  const data = useMemo(() => (hasHeader ? cells.slice(1) : cells), [cells, hasHeader]);
  const built = useMemo(
    () => buildRows(data, mapping, { forms, members, defaultKind, defaultMemberId }),
    [data, mapping, forms, members, defaultKind, defaultMemberId],
  );
  const problems = [...built.problems, ...serverProblems];

  const take = (value: string) => {
    const rows = parseClipboard(value);
    const header = guessHeader(rows);
    setRaw(value);
    setHasHeader(header);
    setMapping(guessMapping(rows, header, forms));
    setServerProblems([]);
  };

  const save = async () => {
    setSaving(true);
    try {
      const created = await call('awards.createMany', { conferenceId, rows: built.rows });
      onSaved(created.length);
    } catch (error) {
      setServerProblems(
        error instanceof ApiCallError && error.issues.length > 0
          ? error.issues.map((i) => i.message)
          : [errorMessage(error)],
      );
    } finally {
      setSaving(false);
    }
  };

  const width = Math.max(0, ...cells.map((r) => r.length));
  const columns: TableColumnsType<string[]> = [
    { title: '#', key: 'n', width: 44, fixed: 'left', render: (_, _r, i) => i + 1 },
    ...Array.from({ length: width }, (_, c) => ({
      key: c,
      width: 190,
      title: (
        <Select<PasteField | ''>
          size="small"
          aria-label={text.columnLabel(c)}
          style={{ width: '100%' }}
          value={mapping[c] ?? ''}
          popupMatchSelectWidth={240}
          onChange={(field) => {
            // A field belongs to one column: choosing it here frees it elsewhere.
            const next = mapping.map((f) => (f === field ? null : f));
            next[c] = field === '' ? null : field;
            setMapping(next);
            setServerProblems([]);
          }}
          options={[
            { value: '', label: text.ignore },
            ...pasteFields.map((f) => ({ value: f, label: pasteFieldLabels[f] })),
          ]}
        />
      ),
      render: (_: unknown, row: string[]) => (
        <span style={{ color: mapping[c] ? undefined : '#999' }}>{row[c] ?? ''}</span>
      ),
    })),
  ];

  return (
    <Modal
      open
      width={1100}
      title={text.title}
      onCancel={onClose}
      okText={text.save(built.rows.length)}
      okButtonProps={{ disabled: built.rows.length === 0 || problems.length > 0 }}
      confirmLoading={saving}
      onOk={() => void save()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Flex vertical gap={10}>
        <Typography.Text type="secondary">{text.hint}</Typography.Text>
        <Input.TextArea
          aria-label={text.area}
          placeholder={text.areaPlaceholder}
          autoFocus
          autoSize={{ minRows: 2, maxRows: 4 }}
          value={raw}
          onChange={(e) => take(e.target.value)}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
        />
        {cells.length > 0 && (
          <>
            <Space wrap size="middle">
              <Checkbox
                checked={hasHeader}
                onChange={(e) => {
                  setHasHeader(e.target.checked);
                  setMapping(guessMapping(cells, e.target.checked, forms));
                }}
              >
                {text.hasHeader}
              </Checkbox>
              <Space size={4}>
                <Typography.Text>{text.defaultKind}:</Typography.Text>
                <Select<RecipientKind>
                  size="small"
                  aria-label={text.defaultKind}
                  style={{ width: 140 }}
                  value={defaultKind}
                  onChange={setDefaultKind}
                  options={recipientKinds.map((k) => ({ value: k, label: recipientKindLabels[k] }))}
                />
              </Space>
              <Space size={4}>
                <Typography.Text>{text.defaultMember}:</Typography.Text>
                <Select<number | null>
                  size="small"
                  allowClear
                  aria-label={text.defaultMember}
                  style={{ width: 150 }}
                  value={defaultMemberId}
                  onChange={(v) => setDefaultMemberId(v ?? null)}
                  options={members.map((m) => ({ value: m.id, label: m.shortName }))}
                />
              </Space>
              <Typography.Text strong data-testid="paste-count">
                {text.rows(data.length)}
              </Typography.Text>
            </Space>
            <Table<string[]>
              size="small"
              bordered
              rowKey={(_, i) => String(i)}
              columns={columns}
              dataSource={data}
              pagination={false}
              virtual
              scroll={{ x: 44 + width * 190, y: 260 }}
            />
          </>
        )}
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="paste-problems"
            title={text.problems(problems.length)}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.slice(0, shownProblems).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
                {problems.length > shownProblems && <li>{text.more(problems.length - shownProblems)}</li>}
              </ul>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
