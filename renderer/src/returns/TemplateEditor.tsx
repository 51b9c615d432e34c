/**
 * The conference's return template: title, deadline, instructions, indicators and criteria. Saving sends the
 * whole template, in the order the rows stand; the server's issues come back on the cells they concern
 * ("items.3.code" → row 4's code), opening a row's advanced settings when the issue is there.
 */
import { CopyOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { ReturnItem, ReturnTemplate } from '../../../shared/api/returnSchemas.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import { ApiCallError, call, errorMessage } from '../api/client.ts';
import { dateFormats, fromDay, toDay } from '../app/dates.ts';
import { filterByLabel } from '../app/search.ts';
import { useLoad } from '../app/useLoad.ts';
import { common } from '../strings.ts';
import { showDateTime } from './dates.ts';
import { ItemsTable } from './ItemsTable.tsx';
import { afterMove, blankItem, forSave, rowsWithAdvancedIssues } from './templateRows.ts';
import { templateText as text } from './strings.ts';

interface Values {
  title: string;
  instructions: string;
  deadline: Dayjs | null;
  items: ReturnItem[];
}

interface Props {
  conference: Conference;
  others: Conference[];
  onSaved: () => void;
}

const toValues = (t: ReturnTemplate): Values => ({
  title: t.title,
  instructions: t.instructions,
  deadline: toDay(t.deadline),
  items: t.items,
});

export function TemplateEditor({ conference, others, onSaved }: Props) {
  const loaded = useLoad(
    () => call('returns.templateGet', { conferenceId: conference.id }),
    `template-${conference.id}`,
  );
  if (loaded.error) return <Alert type="error" showIcon title={loaded.error} />;
  if (!loaded.data) return <Skeleton active />;
  return <TemplateForm conference={conference} others={others} onSaved={onSaved} initial={loaded.data} />;
}

function TemplateForm({ conference, others, onSaved, initial }: Props & { initial: ReturnTemplate }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [template, setTemplate] = useState<ReturnTemplate>(initial);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [source, setSource] = useState<number | undefined>(others[0]?.id);

  // List indexes of the rows whose advanced settings are open; kept in step with moves and removals.
  const [expanded, setExpanded] = useState<number[]>([]);
  // Issues for fields that only exist once their row is open: set again after the row has rendered.
  const pendingIssues = useRef<Parameters<typeof form.setFields>[0] | null>(null);
  useEffect(() => {
    const issues = pendingIssues.current;
    pendingIssues.current = null;
    if (issues) form.setFields(issues);
  }, [expanded, form]);

  const adopt = (next: ReturnTemplate) => {
    setTemplate(next);
    form.resetFields();
    form.setFieldsValue(toValues(next));
    setDirty(false);
    setExpanded([]);
  };

  const open = (rows: number[]) => setExpanded((now) => [...new Set([...now, ...rows])]);

  const showIssues = (error: unknown) => {
    if (!(error instanceof ApiCallError) || error.issues.length === 0) {
      void message.error(errorMessage(error));
      return;
    }
    const placed = error.issues.filter((i) => i.path && i.path !== 'items' && i.path !== 'conferenceId');
    // The server's paths ("items.3.code") are only known at run time; antd types names statically.
    const fields = placed.map((i) => ({
      name: i.path.split('.').map((part) => (/^\d+$/u.test(part) ? Number(part) : part)),
      errors: [i.message],
    })) as Parameters<typeof form.setFields>[0];
    form.setFields(fields);
    pendingIssues.current = fields;
    open(rowsWithAdvancedIssues(fields.map((f) => f.name as (string | number)[])));
    const loose = error.issues.filter((i) => !placed.includes(i));
    void message.error(loose[0]?.message ?? text.fixErrors);
  };

  const save = async () => {
    try {
      await form.validateFields();
    } catch (error) {
      const failed = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields ?? [];
      open(rowsWithAdvancedIssues(failed.map((f) => f.name)));
      void message.error(text.fixErrors);
      return;
    }
    const values = form.getFieldsValue(true) as Values;
    setSaving(true);
    try {
      const saved = await call('returns.templateSave', {
        conferenceId: conference.id,
        title: values.title,
        instructions: values.instructions,
        deadline: fromDay(values.deadline),
        items: values.items.map(forSave),
      });
      adopt(saved);
      void message.success(text.saved);
      onSaved();
    } catch (error) {
      showIssues(error);
    } finally {
      setSaving(false);
    }
  };

  const replaceWith = async (load: () => Promise<ReturnTemplate>, done: string) => {
    try {
      adopt(await load());
      void message.success(done);
      onSaved();
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={toValues(initial)}
      onValuesChange={() => setDirty(true)}
      onFinish={() => void save()}
    >
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            aria-label={text.copyFrom}
            style={{ width: 360 }}
            placeholder={others.length ? text.copyFromPlaceholder : text.noOtherConference}
            disabled={others.length === 0}
            value={source}
            onChange={setSource}
            options={others.map((c) => ({ value: c.id, label: c.title }))}
            showSearch={{ filterOption: filterByLabel }}
          />
          <Popconfirm
            title={text.copyConfirm}
            okText={text.replace}
            cancelText={common.cancel}
            disabled={source === undefined}
            onConfirm={() =>
              source !== undefined &&
              replaceWith(
                () => call('returns.templateCopy', { conferenceId: conference.id, fromConferenceId: source }),
                text.copied,
              )
            }
          >
            <Button icon={<CopyOutlined />} disabled={source === undefined}>
              {text.copyFrom}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={text.resetConfirm}
            okText={text.replace}
            cancelText={common.cancel}
            onConfirm={() =>
              replaceWith(
                () => call('returns.templateReset', { conferenceId: conference.id }),
                text.resetDone,
              )
            }
          >
            <Button icon={<UndoOutlined />}>{text.reset}</Button>
          </Popconfirm>
        </Space>
        <Space>
          {dirty && <Tag color="warning">{text.unsaved}</Tag>}
          {dirty && <Button onClick={() => adopt(template)}>{text.discard}</Button>}
          <Typography.Text type="secondary">
            {text.version(template.version, showDateTime(template.updatedAt))}
          </Typography.Text>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
            {text.save}
          </Button>
        </Space>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="title"
          label={text.titleField}
          rules={[{ required: true, whitespace: true, message: text.rules.title }]}
          style={{ flex: '1 1 480px' }}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="deadline" label={text.deadline} style={{ width: 200 }}>
          <DatePicker style={{ width: '100%' }} format={dateFormats} placeholder={text.deadlinePlaceholder} />
        </Form.Item>
      </Flex>
      <Form.Item name="instructions" label={text.instructions}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Form.List name="items">
        {(fields, operation) => {
          const tableProps = {
            form,
            fields,
            expanded,
            onToggle: (name: number) =>
              setExpanded((now) => (now.includes(name) ? now.filter((n) => n !== name) : [...now, name])),
            onMove: (from: number, to: number) => {
              operation.move(from, to);
              setExpanded((now) => now.map((n) => afterMove(n, from, to)));
              setDirty(true);
            },
            onRemove: (name: number) => {
              operation.remove(name);
              setDirty(true);
              setExpanded((now) => now.filter((n) => n !== name).map((n) => (n > name ? n - 1 : n)));
            },
          };
          return (
            <Flex vertical gap={16}>
              {(['indicator', 'criterion'] as const).map((kind) => (
                <ItemsTable
                  key={kind}
                  {...tableProps}
                  kind={kind}
                  onAdd={() => {
                    operation.add(blankItem(kind));
                    setDirty(true);
                  }}
                />
              ))}
            </Flex>
          );
        }}
      </Form.List>
    </Form>
  );
}
