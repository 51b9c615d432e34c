/**
 * The particulars of one numbered document (header, number, date, signer, recipients), prefilled by the API
 * from the conference and the secretariat's settings; what the clerk applies here is used for this pack.
 */
import { Button, DatePicker, Flex, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { DocumentParticulars } from '../../../shared/api/methods/documents.ts';
import { useFeedback } from '../app/feedback.tsx';
import { call } from '../api/client.ts';
import { documentsText as text } from './strings.ts';

interface Values extends Omit<DocumentParticulars, 'date' | 'recipients'> {
  date: dayjs.Dayjs | null;
  recipients: string;
}

const toValues = (p: DocumentParticulars): Values => ({
  ...p,
  date: p.date ? dayjs(p.date) : null,
  recipients: p.recipients.join('\n'),
});

interface Props {
  conferenceId: number;
  label: string;
  current: DocumentParticulars;
  onApply: (particulars: DocumentParticulars) => void;
}

export function ParticularsForm({ conferenceId, label, current, onApply }: Props) {
  const [form] = Form.useForm<Values>();
  const { showError } = useFeedback();
  const f = text.fields;

  useEffect(() => form.setFieldsValue(toValues(current)), [current, form]);

  const apply = (values: Values) => {
    const date = values.date ? values.date.format('YYYY-MM-DD') : null;
    onApply({
      ...current,
      ...values,
      date,
      year: values.date ? values.date.year() : current.year,
      recipients: values.recipients
        .split('\n')
        .map((r) => r.trim())
        .filter(Boolean),
    });
  };

  const reset = async () => {
    try {
      onApply(await call('documents.particulars.defaults', { conferenceId, kind: current.kind }));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form form={form} layout="vertical" size="small" onFinish={apply} aria-label={text.particularsFor(label)}>
      <Typography.Text strong>{text.particularsFor(label)}</Typography.Text>
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        <Form.Item name="parentBody" label={f.parentBody} style={{ flex: '1 1 220px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="issuingBody" label={f.issuingBody} style={{ flex: '1 1 220px' }}>
          <Input />
        </Form.Item>
      </Flex>
      <Flex gap={8} wrap>
        <Form.Item name="number" label={f.number} style={{ flex: '0 1 160px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="symbol" label={f.symbol} style={{ flex: '0 1 160px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="place" label={f.place} style={{ flex: '1 1 140px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="date" label={f.date} style={{ flex: '1 1 180px' }}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap={8} wrap>
        <Form.Item name="signerAuthority" label={f.signerAuthority} style={{ flex: '1 1 160px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="signerTitle" label={f.signerTitle} style={{ flex: '1 1 160px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="signerName" label={f.signerName} style={{ flex: '1 1 160px' }}>
          <Input />
        </Form.Item>
      </Flex>
      <Form.Item name="recipients" label={f.recipients}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="filingUnits" label={f.filingUnits}>
        <Input />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          {text.particularsApply}
        </Button>
        <Button onClick={() => void reset()}>{text.particularsReset}</Button>
      </Flex>
    </Form>
  );
}
