/**
 * The particulars one document prints — issuing body, number, place and date, signer, recipients — prefilled by
 * the API from the conference and the secretariat's settings. One compact form for every document: it shows only
 * the groups of fields the document prints (`printed`), and what the clerk applies is used for this pack.
 */
import { Button, DatePicker, Flex, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type {
  DocumentParticulars,
  ListHeading,
  ParticularsField,
} from '../../../shared/api/methods/documents.ts';
import { dateFormats } from '../app/dates.ts';
import { useFeedback } from '../app/feedback.tsx';
import { documentsText as text } from './strings.ts';

/** A numbered document's particulars, or an unnumbered one's heading. */
export type Editable = DocumentParticulars | ListHeading;

interface Values {
  parentBody: string;
  issuingBody: string;
  number?: string;
  symbol?: string;
  place?: string;
  date?: dayjs.Dayjs | null;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  recipients?: string;
  filingUnits?: string;
}

const isParticulars = (e: Editable): e is DocumentParticulars => 'kind' in e;

const toValues = (e: Editable): Values =>
  isParticulars(e)
    ? { ...e, date: e.date ? dayjs(e.date) : null, recipients: e.recipients.join('\n') }
    : { parentBody: e.parentBody, issuingBody: e.issuingBody };

function fromValues(current: Editable, values: Values): Editable {
  const header = { parentBody: values.parentBody ?? '', issuingBody: values.issuingBody ?? '' };
  if (!isParticulars(current)) return { ...current, ...header };
  // Fields the document does not print are not in the form: they keep their current values.
  const date =
    values.date === undefined ? current.date : values.date ? values.date.format('YYYY-MM-DD') : null;
  return {
    ...current,
    ...header,
    number: values.number ?? current.number,
    symbol: values.symbol ?? current.symbol,
    place: values.place ?? current.place,
    date,
    year: values.date ? values.date.year() : current.year,
    signerAuthority: values.signerAuthority ?? current.signerAuthority,
    signerTitle: values.signerTitle ?? current.signerTitle,
    signerName: values.signerName ?? current.signerName,
    recipients:
      values.recipients === undefined
        ? current.recipients
        : values.recipients
            .split('\n')
            .map((r) => r.trim())
            .filter(Boolean),
    filingUnits: values.filingUnits ?? current.filingUnits,
  };
}

interface Props {
  label: string;
  printed: ParticularsField[];
  current: Editable;
  /** A note on what the document takes from elsewhere (the minutes' signers), shown under the fields. */
  note?: string;
  onApply: (value: Editable) => void;
  loadDefaults: () => Promise<Editable>;
}

export function ParticularsForm({ label, printed, current, note, onApply, loadDefaults }: Props) {
  const [form] = Form.useForm<Values>();
  const { showError } = useFeedback();
  const f = text.fields;
  const shows = (field: ParticularsField) => printed.includes(field) && isParticulars(current);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(current));
  }, [current, form]);

  const reset = async () => {
    try {
      onApply(await loadDefaults());
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      size="small"
      onFinish={(values) => onApply(fromValues(current, values))}
      aria-label={text.particularsFor(label)}
    >
      <Typography.Text strong>{text.particularsFor(label)}</Typography.Text>
      {!isParticulars(current) && (
        <div>
          <Typography.Text type="secondary">{text.headingOnly}</Typography.Text>
        </div>
      )}
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        <Form.Item name="parentBody" label={f.parentBody} style={{ flex: '1 1 220px' }}>
          <Input />
        </Form.Item>
        <Form.Item name="issuingBody" label={f.issuingBody} style={{ flex: '1 1 220px' }}>
          <Input />
        </Form.Item>
      </Flex>
      {(shows('number') || shows('placeDate')) && (
        <Flex gap={8} wrap>
          {shows('number') && (
            <>
              <Form.Item name="number" label={f.number} style={{ flex: '0 1 160px' }}>
                <Input placeholder={f.numberPlaceholder} />
              </Form.Item>
              <Form.Item name="symbol" label={f.symbol} style={{ flex: '0 1 160px' }}>
                <Input />
              </Form.Item>
            </>
          )}
          {shows('placeDate') && (
            <>
              <Form.Item name="place" label={f.place} style={{ flex: '1 1 140px' }}>
                <Input />
              </Form.Item>
              <Form.Item name="date" label={f.date} style={{ flex: '1 1 180px' }}>
                <DatePicker format={dateFormats} placeholder={f.datePlaceholder} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
        </Flex>
      )}
      {shows('signer') && (
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
      )}
      {shows('recipients') && (
        <>
          <Form.Item name="recipients" label={f.recipients}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Form.Item name="filingUnits" label={f.filingUnits}>
            <Input />
          </Form.Item>
        </>
      )}
      {note && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Paragraph>
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit">
          {text.particularsApply}
        </Button>
        <Button onClick={() => void reset()}>{text.particularsReset}</Button>
      </Flex>
    </Form>
  );
}
