/** Create or rename a cluster. */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { Cluster } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { clusters as text, common } from '../strings.ts';

interface Values {
  name: string;
  shortName: string;
  note: string;
}
const fieldNames = ['name', 'shortName', 'note'];

interface Props {
  cluster: Cluster | null;
  onClose: () => void;
  onSaved: (saved: Cluster) => void;
}

export function ClusterForm({ cluster, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const feedback = useFeedback();

  const save = async (values: Values) => {
    setSaving(true);
    const input = { name: values.name, shortName: values.shortName ?? '', note: values.note ?? '' };
    try {
      onSaved(
        cluster
          ? await call('clusters.update', { ...input, id: cluster.id })
          : await call('clusters.create', input),
      );
    } catch (error) {
      feedback.showError(error, form, fieldNames);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={620}
      title={cluster ? text.editTitle : text.createTitle}
      okText={common.save}
      cancelText={common.cancel}
      confirmLoading={saving}
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: 'cluster-form' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        name="cluster-form"
        layout="vertical"
        initialValues={{
          name: cluster?.name ?? '',
          shortName: cluster?.shortName ?? '',
          note: cluster?.note ?? '',
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={text.fields.name}
          rules={[{ required: true, whitespace: true, message: text.rules.nameRequired }]}
        >
          <Input autoFocus placeholder={text.fields.namePlaceholder} />
        </Form.Item>
        <Form.Item name="shortName" label={text.fields.shortName}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={text.fields.note}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
