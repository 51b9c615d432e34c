/** Add or edit one member unit of a cluster (code, names, period of membership). */
import { Col, DatePicker, Form, Input, Modal, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Cluster, Member } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { dateFormats, fromDay, toDay } from '../app/dates.ts';
import { useApiForm } from '../app/useApiForm.ts';
import { common, members as text } from '../strings.ts';

interface Values {
  code: string;
  shortName: string;
  officialName: string;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
}
const fieldNames = ['code', 'shortName', 'officialName', 'validFrom', 'validTo'] as const;

interface Props {
  cluster: Cluster;
  member: Member | null;
  onClose: () => void;
  onSaved: (saved: Member) => void;
}

export function MemberForm({ cluster, member, onClose, onSaved }: Props) {
  const { formProps, modalProps } = useApiForm<Values, Member>({
    name: 'member-form',
    fields: fieldNames,
    onSaved,
    onClose,
    submit: (values) => {
      const input = {
        clusterId: cluster.id,
        code: values.code,
        shortName: values.shortName,
        officialName: values.officialName,
        validFrom: fromDay(values.validFrom),
        validTo: fromDay(values.validTo),
      };
      return member ? call('members.update', { ...input, id: member.id }) : call('members.create', input);
    },
  });

  return (
    <Modal {...modalProps} width={640} title={member ? text.editTitle : text.createTitle}>
      <Form<Values>
        {...formProps}
        initialValues={{
          code: member?.code ?? '',
          shortName: member?.shortName ?? '',
          officialName: member?.officialName ?? '',
          validFrom: toDay(member?.validFrom ?? null),
          validTo: toDay(member?.validTo ?? null),
        }}
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
