/** The chair's conclusions and the actual end time: printed in the minutes and the notice of conclusions. */
import { App, Button, Form, Input, Spin } from 'antd';
import { useEffect } from 'react';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { documentsText as text } from './strings.ts';

interface Values {
  conclusions: string;
  endTime: string;
}

export function ConclusionsForm({ conferenceId, onSaved }: { conferenceId: number; onSaved: () => void }) {
  const { message } = App.useApp();
  const { showError } = useFeedback();
  const [form] = Form.useForm<Values>();
  const loaded = useLoad(
    () => call('documents.conclusions.get', { conferenceId }),
    `conclusions-${conferenceId}`,
  );

  useEffect(() => {
    if (loaded.data)
      form.setFieldsValue({ conclusions: loaded.data.conclusions, endTime: loaded.data.endTime ?? '' });
  }, [loaded.data, form]);

  const save = async (values: Values) => {
    try {
      await call('documents.conclusions.update', {
        conferenceId,
        conclusions: values.conclusions,
        endTime: values.endTime.trim() || null,
      });
      void message.success(text.conclusionsSaved);
      onSaved();
    } catch (error) {
      showError(error, form, ['conclusions', 'endTime']);
    }
  };

  if (loaded.loading && !loaded.data) return <Spin />;
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void save(v)} aria-label={text.tabs.conclusions}>
      <Form.Item name="conclusions" label={text.conclusionsHint}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} />
      </Form.Item>
      <Form.Item
        name="endTime"
        label={text.endTime}
        rules={[{ pattern: /^$|^([01]\d|2[0-3]):[0-5]\d$/u, message: text.badTime }]}
      >
        <Input style={{ maxWidth: 120 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {text.saveConclusions}
      </Button>
    </Form>
  );
}
