/** Create or rename a cluster. */
import { Form, Input, Modal } from 'antd';
import type { Cluster } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useApiForm } from '../app/useApiForm.ts';
import { clusters as text } from '../strings.ts';

interface Values {
  name: string;
  shortName: string;
  note: string;
}
const fieldNames = ['name', 'shortName', 'note'] as const;

interface Props {
  cluster: Cluster | null;
  onClose: () => void;
  onSaved: (saved: Cluster) => void;
}

export function ClusterForm({ cluster, onClose, onSaved }: Props) {
  const { formProps, modalProps } = useApiForm<Values, Cluster>({
    name: 'cluster-form',
    fields: fieldNames,
    onSaved,
    onClose,
    submit: (values) => {
      const input = { name: values.name, shortName: values.shortName ?? '', note: values.note ?? '' };
      return cluster ? call('clusters.update', { ...input, id: cluster.id }) : call('clusters.create', input);
    },
  });

  return (
    <Modal {...modalProps} width={620} title={cluster ? text.editTitle : text.createTitle}>
      <Form<Values>
        {...formProps}
        initialValues={{
          name: cluster?.name ?? '',
          shortName: cluster?.shortName ?? '',
          note: cluster?.note ?? '',
        }}
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
