/** Every field of one delegate in a side panel: for editing, or for a new person with all details. */
import {
  Button,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Member } from '../../../shared/api/schemas.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import {
  delegateRoleLabels,
  delegateRoles,
  delegateStatusLabels,
  delegateStatuses,
} from '../../../shared/api/schemas/delegates.ts';
import { protocolGroupLabels, protocolGroups } from '../../../shared/protocol.ts';
import { call } from '../api/client.ts';
import { dateFormats, fromDay, toDay } from '../app/dates.ts';
import { useFeedback } from '../app/feedback.tsx';
import { filterByLabel } from '../app/search.ts';
import { common } from '../strings.ts';
import { choiceOf, delegationOptions, fieldsOf } from './delegations.ts';
import { delegateFormText as text } from './strings.ts';

interface Values {
  fullName: string;
  gender: 'nam' | 'nu' | '';
  positionLines: string;
  organization: string;
  delegation: string;
  delegationLabel: string;
  role: Delegate['role'];
  protocolGroup: Delegate['protocolGroup'];
  protocolRank: number | null;
  inOfficeSince: Dayjs | null;
  birthYear: number | null;
  phone: string;
  email: string;
  status: Delegate['status'];
  absenceReason: string;
  seat: string;
  note: string;
}

/** Server issue paths → form fields (the delegation's three fields show on the one "Đoàn" Select). */
const fieldNames: (keyof Values)[] = [
  'fullName',
  'gender',
  'positionLines',
  'organization',
  'delegationLabel',
  'role',
  'protocolGroup',
  'protocolRank',
  'inOfficeSince',
  'birthYear',
  'phone',
  'email',
  'status',
  'absenceReason',
  'seat',
  'note',
];

function initialValues(d: Delegate | null, defaultDelegation: string): Values {
  return {
    fullName: d?.fullName ?? '',
    gender: d?.gender ?? '',
    positionLines: (d?.positionLines ?? []).join('\n'),
    organization: d?.organization ?? '',
    delegation: d ? choiceOf(d) : defaultDelegation,
    delegationLabel: d?.delegationLabel ?? '',
    role: d?.role ?? 'dai_bieu',
    protocolGroup: d?.protocolGroup ?? 'khac',
    protocolRank: d?.protocolRank ?? null,
    inOfficeSince: toDay(d?.inOfficeSince ?? null),
    birthYear: d?.birthYear ?? null,
    phone: d?.phone ?? '',
    email: d?.email ?? '',
    status: d?.status ?? 'duoc_moi',
    absenceReason: d?.absenceReason ?? '',
    seat: d?.seat ?? '',
    note: d?.note ?? '',
  };
}

interface Props {
  conferenceId: number;
  members: Member[];
  /** null = a new delegate. */
  delegate: Delegate | null;
  defaultDelegation: string;
  onClose: () => void;
  onSaved: (saved: Delegate) => void;
}

export function DelegateDrawer({
  conferenceId,
  members,
  delegate,
  defaultDelegation,
  onClose,
  onSaved,
}: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const feedback = useFeedback();
  const delegation = Form.useWatch('delegation', form);
  const status = Form.useWatch('status', form);

  const save = async (v: Values) => {
    setSaving(true);
    const input = {
      fullName: v.fullName,
      gender: v.gender || null,
      positionLines: v.positionLines ?? '',
      organization: v.organization ?? '',
      ...fieldsOf(v.delegation),
      delegationLabel: v.delegationLabel ?? '',
      role: v.role,
      protocolGroup: v.protocolGroup,
      protocolRank: v.protocolRank ?? null,
      inOfficeSince: fromDay(v.inOfficeSince),
      birthYear: v.birthYear ?? null,
      phone: v.phone ?? '',
      email: v.email ?? '',
      status: v.status,
      absenceReason: v.absenceReason ?? '',
      seat: v.seat ?? '',
      note: v.note ?? '',
    };
    try {
      const saved = delegate
        ? await call('delegates.update', { ...input, id: delegate.id })
        : await call('delegates.create', { ...input, conferenceId });
      onSaved(saved);
    } catch (error) {
      feedback.showError(error, form, fieldNames);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      size={560}
      title={delegate ? `${text.editTitle}: ${delegate.fullName}` : text.createTitle}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{common.cancel}</Button>
          <Button type="primary" htmlType="submit" form="delegate-form" loading={saving}>
            {common.save}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        name="delegate-form"
        layout="vertical"
        size="middle"
        initialValues={initialValues(delegate, defaultDelegation)}
        onFinish={(values) => void save(values)}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item
              name="fullName"
              label={text.fields.fullName}
              rules={[{ required: true, whitespace: true, message: text.rules.fullNameRequired }]}
            >
              <Input autoFocus placeholder={text.fields.fullNamePlaceholder} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gender" label={text.fields.gender}>
              <Select
                placeholder={text.noGender}
                options={[
                  { value: '', label: text.noGender },
                  { value: 'nam', label: `${text.genders.nam} (Ông)` },
                  { value: 'nu', label: `${text.genders.nu} (Bà)` },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="positionLines" label={text.fields.positionLines}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={text.fields.positionLinesPlaceholder}
          />
        </Form.Item>
        <Form.Item name="organization" label={text.fields.organization}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="delegation" label={text.fields.delegation}>
              <Select showSearch={{ filterOption: filterByLabel }} options={delegationOptions(members)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            {delegation !== undefined && !delegation.startsWith('member:') && (
              <Form.Item name="delegationLabel" label={text.fields.delegationLabel}>
                <Input placeholder={text.fields.delegationLabelPlaceholder} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="role" label={text.fields.role}>
              <Select options={delegateRoles.map((r) => ({ value: r, label: delegateRoleLabels[r] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={text.fields.status}>
              <Select options={delegateStatuses.map((s) => ({ value: s, label: delegateStatusLabels[s] }))} />
            </Form.Item>
          </Col>
        </Row>
        {status === 'vang' && (
          <Form.Item name="absenceReason" label={text.fields.absenceReason}>
            <Input />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="protocolGroup" label={text.fields.protocolGroup}>
              <Select options={protocolGroups.map((g) => ({ value: g, label: protocolGroupLabels[g] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="protocolRank"
              label={text.fields.protocolRank}
              extra={text.fields.protocolRankHint}
            >
              <InputNumber style={{ width: '100%' }} controls={false} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="inOfficeSince" label={text.fields.inOfficeSince}>
              <DatePicker style={{ width: '100%' }} format={dateFormats} placeholder="Ngày/tháng/năm" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="birthYear" label={text.fields.birthYear}>
              <InputNumber style={{ width: '100%' }} controls={false} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="phone" label={text.fields.phone}>
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="email" label={text.fields.email}>
              <Input inputMode="email" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="seat" label={text.fields.seat}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={text.fields.note}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Typography.Text type="secondary">{common.keyboardHint}</Typography.Text>
        {/* Enter in a one-line field submits the form (the TextAreas keep Enter for a new line). */}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Drawer>
  );
}
