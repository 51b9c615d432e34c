/**
 * The settings of one template row that the table has no room for: how the cluster figure is made (and, for a
 * weighted average, from which count), which way members are ranked, and the draft sentence's lead and verb.
 * Rendered under the row it belongs to; its fields are part of the same form list, so a server issue such as
 * "items.9.weightCode" lands here.
 */
import { Flex, Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { ReturnItem } from '../../../shared/api/returnSchemas.ts';
import { returnAggregates } from '../../../shared/api/returnSchemas.ts';
import { templateText as text } from './strings.ts';

const fieldText = text.advancedFields;
const aggregateOptions = returnAggregates.map((a) => ({ value: a, label: text.aggregateLabels[a] }));
const orderOptions = [
  { value: true, label: text.higherIsBetterLabels.higher },
  { value: false, label: text.higherIsBetterLabels.lower },
];

interface Props {
  form: FormInstance;
  /** The row's index in the form's `items` list. */
  name: number;
  /** What the clerk sees as the row's number, for the fields' accessible names. */
  label: (column: string) => string;
}

const itemAt = (form: FormInstance, name: number) =>
  form.getFieldValue(['items', name]) as ReturnItem | undefined;

export function AdvancedSettings({ form, name, label }: Props) {
  const path = (field: keyof ReturnItem) => ['items', name, field];
  return (
    <Flex gap={12} wrap align="start" data-testid="template-advanced" style={{ padding: '4px 8px' }}>
      <Form.Item noStyle dependencies={[path('type'), path('aggregate')]}>
        {() => {
          const item = itemAt(form, name);
          // A weight must be another numeric item; a text item has no cluster figure at all.
          const weights = (form.getFieldValue('items') as ReturnItem[])
            .filter((other, index) => index !== name && other.type !== 'text' && other.code)
            .map((other) => ({
              value: other.code.trim().toUpperCase(),
              label: other.code.trim().toUpperCase(),
            }));
          return (
            <>
              <Form.Item name={[name, 'aggregate']} label={fieldText.aggregate} style={{ width: 190 }}>
                <Select
                  aria-label={label(fieldText.aggregate)}
                  options={aggregateOptions}
                  disabled={item?.type === 'text'}
                />
              </Form.Item>
              {item?.aggregate === 'weighted' && (
                <Form.Item
                  name={[name, 'weightCode']}
                  label={fieldText.weightCode}
                  style={{ width: 190 }}
                  rules={[{ required: true, message: text.rules.weightCode }]}
                >
                  <Select
                    aria-label={label(fieldText.weightCode)}
                    placeholder={fieldText.weightPlaceholder}
                    options={weights}
                    showSearch
                  />
                </Form.Item>
              )}
            </>
          );
        }}
      </Form.Item>
      <Form.Item name={[name, 'higherIsBetter']} label={fieldText.higherIsBetter} style={{ width: 230 }}>
        <Select aria-label={label(fieldText.higherIsBetter)} options={orderOptions} />
      </Form.Item>
      <Form.Item
        name={[name, 'sentenceLead']}
        label={fieldText.sentenceLead}
        extra={fieldText.sentenceLeadHint}
        style={{ flex: '1 1 240px' }}
      >
        <Input
          aria-label={label(fieldText.sentenceLead)}
          placeholder={fieldText.sentenceLeadPlaceholder}
          maxLength={300}
        />
      </Form.Item>
      <Form.Item name={[name, 'verb']} label={fieldText.verb} style={{ width: 170 }}>
        <Input aria-label={label(fieldText.verb)} placeholder={fieldText.verbPlaceholder} maxLength={30} />
      </Form.Item>
    </Flex>
  );
}
