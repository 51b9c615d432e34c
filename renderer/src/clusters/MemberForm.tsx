/** Add or edit one member unit of a cluster (code, names, period of membership). */
import { Col, DatePicker, Form, Input, Modal, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Cluster, Member } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { dateFormats, fromDay, toDay } from '../app/dates.ts';
import { useFeedback } from '../app/feedback.tsx';
import { common, members as text } from '../strings.ts';

interface Values {
  code: string;
  shortName: string;
  officialName: string;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
}
const fieldNames = ['code', 'shortName', 'officialName', 'validFrom', 'validTo'];

interface Props {
  cluster: Cluster;
  member: Member | null;
  onClose: () => void;
  onSaved: (saved: Member) => void;
}

export function MemberForm({ cluster, member, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const feedback = useFeedback();

  const save = async (values: Values) => {
    setSaving(true);
    const input = {
      clusterId: cluster.id,
      code: values.code,
      shortName: values.shortName,
      officialName: values.officialName,
      validFrom: fromDay(values.validFrom),
      validTo: fromDay(values.validTo),
    };
    try {
      onSaved(
        member
          ? await call('members.update', { ...input, id: member.id })
          : await call('members.create', input),
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
      width={640}
      title={member ? text.editTitle : text.createTitle}
      okText={common.save}
      cancelText={common.cancel}
      confirmLoading={saving}
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: 'member-form' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        name="member-form"
        layout="vertical"
        initialValues={{
          code: member?.code ?? '',
          shortName: member?.shortName ?? '',
          officialName: member?.officialName ?? '',
          validFrom: toDay(member?.validFrom ?? null),
          validTo: toDay(member?.validTo ?? null),
        }}
        onFinish={(values) => void save(values)}
      >
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item
              name="code"
              label={text.fields.code}
              rules={[{ required: true, whitespace: true, message: text.rules.codeRequired }]}
            >
              <Input autoFocus placeholder={text.fields.codePlaceholder} />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item
              name="shortName"
              label={text.fields.shortName}
              rules={[{ required: true, whitespace: true, message: text.rules.shortNameRequired }]}
            >
              <Input placeholder={text.fields.shortNamePlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="officialName"
          label={text.fields.officialName}
          rules={[{ required: true, whitespace: true, message: text.rules.officialNameRequired }]}
        >
          <Input placeholder={text.fields.officialNamePlaceholder} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="validFrom" label={text.fields.validFrom}>
              <DatePicker
                style={{ width: '100%' }}
                format={dateFormats}
                placeholder={text.fields.openEnded}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="validTo" label={text.fields.validTo}>
              <DatePicker
                style={{ width: '100%' }}
                format={dateFormats}
                placeholder={text.fields.openEnded}
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary">{common.keyboardHint}</Typography.Text>
      </Form>
    </Modal>
  );
}
