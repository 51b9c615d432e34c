/**
 * "Danh mục hình thức khen thưởng": the catalogue shared by every conference (seeded from the 2022 law), with
 * add, edit and delete (undoable). Entries already made keep their form and level.
 */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { AwardForm } from '../../../shared/api/schemas/awards.ts';
import {
  awardFormKindLabels,
  awardFormKinds,
  awardLevelLabels,
  awardLevels,
} from '../../../shared/api/schemas/awards.ts';
import { formatNumber } from '../../../shared/text/vietnamese.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { matches } from '../app/search.ts';
import { common } from '../strings.ts';
import { catalogueText as text } from './strings.ts';

type Values = Pick<AwardForm, 'name' | 'kind' | 'level' | 'precedence'>;
const fieldNames: (keyof Values)[] = ['name', 'kind', 'level', 'precedence'];

function CatalogueForm(props: {
  form: AwardForm | null;
  nextPrecedence: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const feedback = useFeedback();
  const save = async (values: Values) => {
    setSaving(true);
    try {
      if (props.form) await call('awardForms.update', { ...values, id: props.form.id });
      else await call('awardForms.create', values);
      feedback.saved(text.saved);
      props.onSaved();
    } catch (error) {
      feedback.showError(error, form, fieldNames);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      width={640}
      title={props.form ? text.editTitle : text.createTitle}
      okText={common.save}
      cancelText={common.cancel}
      confirmLoading={saving}
      onCancel={props.onClose}
      okButtonProps={{ htmlType: 'submit', form: 'award-form-catalogue' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        name="award-form-catalogue"
        layout="vertical"
        initialValues={
          props.form ?? { name: '', kind: 'bang_khen', level: 'bo_tinh', precedence: props.nextPrecedence }
        }
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={text.name}
          rules={[{ required: true, whitespace: true, message: text.nameRequired }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Row gutter={12}>
          <Col span={9}>
            <Form.Item name="kind" label={text.kind}>
              <Select options={awardFormKinds.map((k) => ({ value: k, label: awardFormKindLabels[k] }))} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="level" label={text.level}>
              <Select options={awardLevels.map((l) => ({ value: l, label: awardLevelLabels[l] }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="precedence"
              label={text.precedence}
              rules={[{ required: true, message: text.precedenceRequired }]}
            >
              <InputNumber min={1} controls={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

interface Props {
  forms: AwardForm[];
  loading: boolean;
  onChanged: () => void;
  onClose: () => void;
}

export function FormsCatalogue({ forms, loading, onChanged, onClose }: Props) {
  const feedback = useFeedback();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<AwardForm | null | undefined>(undefined);
  const shown = useMemo(() => forms.filter((f) => matches(query, f.name)), [forms, query]);
  const nextPrecedence = Math.max(0, ...forms.map((f) => f.precedence)) + 1;

  const remove = async (form: AwardForm) => {
    try {
      await call('awardForms.delete', { id: form.id });
      feedback.offerUndo(text.deleted(form.name), async () => {
        await call('awardForms.restore', { id: form.id });
        onChanged();
      });
    } catch (error) {
      feedback.showError(error);
    } finally {
      onChanged();
    }
  };

  const columns: TableColumnsType<AwardForm> = [
    { title: text.precedence, dataIndex: 'precedence', key: 'precedence', width: 96, align: 'right' },
    { title: text.name, dataIndex: 'name', key: 'name' },
    { title: text.kind, key: 'kind', width: 150, render: (_, f) => awardFormKindLabels[f.kind] },
    { title: text.level, key: 'level', width: 140, render: (_, f) => awardLevelLabels[f.level] },
    {
      title: text.entries,
      key: 'entries',
      width: 90,
      align: 'right',
      render: (_, f) => formatNumber(f.entryCount),
    },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_, f) => (
        <Space size={0}>
          <Button
            type="text"
            icon={<EditOutlined />}
            aria-label={`${common.edit}: ${f.name}`}
            onClick={() => setEditing(f)}
          />
          <Popconfirm
            title={text.deleteConfirm(f.entryCount)}
            okText={common.confirmDelete}
            cancelText={common.keepIt}
            onConfirm={() => void remove(f)}
          >
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${common.delete}: ${f.name}`} />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Modal open width={1000} title={text.title} onCancel={onClose} footer={null} destroyOnHidden>
      <Flex vertical gap={10}>
        <Typography.Text type="secondary">{text.hint}</Typography.Text>
        <Flex justify="space-between" gap={8}>
          <Input.Search
            allowClear
            aria-label={text.search}
            placeholder={text.search}
            style={{ width: 360 }}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {text.add}
          </Button>
        </Flex>
        <Table<AwardForm>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={shown}
          loading={loading}
          pagination={false}
          scroll={{ y: 480 }}
          onRow={(f) => ({ onDoubleClick: () => setEditing(f) })}
        />
      </Flex>
      {editing !== undefined && (
        <CatalogueForm
          form={editing}
          nextPrecedence={nextPrecedence}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onChanged();
          }}
        />
      )}
    </Modal>
  );
}
