/**
 * The rows of one kind (indicators or criteria) of the template form's `items` list, edited in place. Both
 * tables share the one list, so a server issue "items.7.code" lands on the right cell whichever table holds it.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Table, Tooltip, Typography } from 'antd';
import type { FormInstance, FormListFieldData, FormListOperation, TableColumnsType } from 'antd';
import type { ReturnItem } from '../../../shared/api/returnSchemas.ts';
import { returnValueTypes } from '../../../shared/api/returnSchemas.ts';
import { templateText as text, valueTypeLabels } from './strings.ts';

type Kind = ReturnItem['kind'];

export function blankItem(kind: Kind): ReturnItem {
  return {
    kind,
    code: '',
    name: '',
    unit: kind === 'criterion' ? 'điểm' : '',
    type: 'number',
    required: false,
    min: kind === 'criterion' ? 0 : null,
    max: null,
    maxPoints: null,
    aggregate: 'none',
    weightCode: null,
    higherIsBetter: true,
    sentenceLead: '',
    verb: '',
  };
}

const cell = { style: { margin: 0 } };
const typeOptions = returnValueTypes.map((t) => ({ value: t, label: valueTypeLabels[t] }));

interface Props {
  kind: Kind;
  form: FormInstance;
  fields: FormListFieldData[];
  operation: FormListOperation;
}

export function ItemsTable({ kind, form, fields, operation }: Props) {
  const rows = fields.filter((f) => form.getFieldValue(['items', f.name, 'kind']) === kind);
  // Row numbers, not codes, in the labels: a label must not go stale while the clerk edits the code.
  const labelOf = (field: FormListFieldData, column: string) =>
    text.cellLabel(column, rows.indexOf(field) + 1);
  const number = (field: FormListFieldData, name: 'min' | 'max' | 'maxPoints', column: string) => (
    <Form.Item
      {...cell}
      name={[field.name, name]}
      rules={name === 'maxPoints' ? [{ required: true, message: text.rules.maxPoints }] : []}
    >
      <InputNumber aria-label={labelOf(field, column)} decimalSeparator="," style={{ width: '100%' }} />
    </Form.Item>
  );

  const columns: TableColumnsType<FormListFieldData> = [
    {
      title: text.columns.code,
      key: 'code',
      width: 150,
      render: (_, field) => (
        <Form.Item
          {...cell}
          name={[field.name, 'code']}
          rules={[{ required: true, message: text.rules.code }]}
        >
          <Input aria-label={labelOf(field, text.columns.code)} maxLength={30} />
        </Form.Item>
      ),
    },
    {
      title: text.columns.name,
      key: 'name',
      render: (_, field) => (
        <Form.Item
          {...cell}
          name={[field.name, 'name']}
          rules={[{ required: true, message: text.rules.name }]}
        >
          <Input.TextArea
            aria-label={labelOf(field, text.columns.name)}
            autoSize={{ minRows: 1, maxRows: 3 }}
          />
        </Form.Item>
      ),
    },
  ];
  if (kind === 'indicator') {
    columns.push(
      {
        title: text.columns.unit,
        key: 'unit',
        width: 120,
        render: (_, field) => (
          <Form.Item {...cell} name={[field.name, 'unit']}>
            <Input aria-label={labelOf(field, text.columns.unit)} maxLength={50} />
          </Form.Item>
        ),
      },
      {
        title: text.columns.type,
        key: 'type',
        width: 130,
        render: (_, field) => (
          <Form.Item {...cell} name={[field.name, 'type']}>
            <Select
              aria-label={labelOf(field, text.columns.type)}
              options={typeOptions}
              // A rank reads the other way round: 1 is best.
              onChange={(type: string) =>
                form.setFieldValue(['items', field.name, 'higherIsBetter'], type !== 'rank')
              }
            />
          </Form.Item>
        ),
      },
      {
        title: text.columns.min,
        key: 'min',
        width: 100,
        render: (_, field) => number(field, 'min', text.columns.min),
      },
      {
        title: text.columns.max,
        key: 'max',
        width: 100,
        render: (_, field) => number(field, 'max', text.columns.max),
      },
    );
  } else {
    columns.push({
      title: text.columns.maxPoints,
      key: 'maxPoints',
      width: 120,
      render: (_, field) => number(field, 'maxPoints', text.columns.maxPoints),
    });
  }
  columns.push(
    {
      title: text.columns.required,
      key: 'required',
      width: 84,
      align: 'center',
      render: (_, field) => (
        <Form.Item {...cell} name={[field.name, 'required']} valuePropName="checked">
          <Checkbox aria-label={labelOf(field, text.columns.required)} />
        </Form.Item>
      ),
    },
    {
      title: '',
      key: 'delete',
      width: 48,
      align: 'center',
      render: (_, field) => (
        <Tooltip title={text.deleteRow}>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={labelOf(field, text.deleteRow)}
            onClick={() => operation.remove(field.name)}
          />
        </Tooltip>
      ),
    },
  );

  return (
    <Flex vertical gap={6} data-testid={`template-${kind}s`}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {kind === 'indicator' ? text.indicators : text.criteria}
        </Typography.Title>
        <Button size="small" icon={<PlusOutlined />} onClick={() => operation.add(blankItem(kind))}>
          {kind === 'indicator' ? text.addIndicator : text.addCriterion}
        </Button>
      </Flex>
      <Table<FormListFieldData>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={rows}
        pagination={false}
      />
    </Flex>
  );
}
