/** The "Thêm mục" row under the agenda: Alt+N puts the cursor in it, Enter adds the item and clears the row. */
import { PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import type { InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { AgendaKind } from '../../../shared/api/schemas/agenda.ts';
import { agendaKindLabels, agendaKinds } from '../../../shared/api/schemas/agenda.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { matches } from '../app/search.ts';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import type { PresenterOption } from './cells.tsx';
import { agendaText as text } from './strings.ts';

interface Values {
  content: string;
  durationMinutes: number | null;
  kind: AgendaKind;
  presenter: string;
}

interface Props {
  conferenceId: number;
  presenters: PresenterOption[];
  onAdded: () => void;
}

export function AddItem({ conferenceId, presenters, onAdded }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const contentRef = useRef<InputRef>(null);
  const feedback = useFeedback();
  useNewShortcut(() => contentRef.current?.focus(), true);
  // After an add, resetFields remounts the inputs: focus the new content field once it is in place.
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (added > 0) contentRef.current?.focus();
  }, [added]);

  const save = async (v: Values) => {
    setSaving(true);
    const presenter = (v.presenter ?? '').trim();
    const chosen = presenters.find((p) => p.label === presenter);
    try {
      await call('agenda.create', {
        conferenceId,
        content: v.content,
        durationMinutes: v.durationMinutes ?? 0,
        kind: v.kind,
        presenterDelegateId: chosen?.id ?? null,
        presenterText: chosen ? '' : presenter,
      });
      form.resetFields();
      feedback.saved(text.add.added);
      onAdded();
      setAdded((n) => n + 1);
    } catch (error) {
      feedback.showError(error, form, ['content', 'durationMinutes', 'kind']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={`${text.add.title} (Alt+N)`}>
      <Form<Values>
        form={form}
        name="agenda-add"
        layout="vertical"
        size="small"
        initialValues={{ content: '', durationMinutes: 10, kind: 'khac', presenter: '' }}
        onFinish={(v) => void save(v)}
      >
        <Flex gap={8} align="flex-start">
          <Form.Item
            name="content"
            label={text.add.content}
            style={{ flex: 1, marginBottom: 4 }}
            rules={[{ required: true, whitespace: true, message: text.add.contentRequired }]}
          >
            <Input ref={contentRef} placeholder={text.add.contentPlaceholder} />
          </Form.Item>
          <Form.Item name="durationMinutes" label={text.add.duration} style={{ width: 80, marginBottom: 4 }}>
            <InputNumber min={0} max={1440} controls={false} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label={text.add.kind} style={{ width: 160, marginBottom: 4 }}>
            <Select options={agendaKinds.map((k) => ({ value: k, label: agendaKindLabels[k] }))} />
          </Form.Item>
          <Form.Item name="presenter" label={text.add.presenter} style={{ width: 280, marginBottom: 4 }}>
            <AutoComplete
              placeholder={text.presenterPlaceholder}
              popupMatchSelectWidth={420}
              options={presenters.map((p) => ({ value: p.label, label: p.label }))}
              filterOption={(input, option) => matches(input, option?.value)}
            />
          </Form.Item>
          <Form.Item label=" " style={{ marginBottom: 4 }}>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={saving}>
              {text.add.submit}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}
