/**
 * The keyboard-only "new row": Alt+N opens it with the cursor in "Họ và tên", Tab walks the fields, Enter saves
 * and clears the row for the next person (Đoàn and Vai trò stay, since a list usually comes one province at a
 * time), Esc closes. Enter inside an open dropdown still picks the option.
 */
import { CloseOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Tooltip, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Member } from '../../../shared/api/schemas.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { delegateRoleLabels, delegateRoles } from '../../../shared/api/schemas/delegates.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { filterByLabel } from '../app/search.ts';
import { common } from '../strings.ts';
import { delegationOptions, fieldsOf } from './delegations.ts';
import { delegateFormText as text } from './strings.ts';

interface Values {
  fullName: string;
  gender: 'nam' | 'nu' | '';
  positionLines: string;
  organization: string;
  delegation: string;
  role: Delegate['role'];
  phone: string;
}

const fieldNames = ['fullName', 'gender', 'positionLines', 'organization', 'delegation', 'role', 'phone'];

interface Props {
  conferenceId: number;
  members: Member[];
  /** The Select value of the delegation a new row starts with (the host province). */
  defaultDelegation: string;
  /** Focus "Họ và tên" again (Alt+N while the row is already open). */
  focusSignal: number;
  onSaved: (delegate: Delegate) => void;
  onClose: () => void;
}

/** A middle name "Thị" almost always means a woman; the clerk sees the guess and can change it. */
const guessGender = (name: string): 'nu' | null => (/\sThị\s/u.test(` ${name.trim()} `) ? 'nu' : null);

export function QuickAdd({ conferenceId, members, defaultDelegation, focusSignal, onSaved, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<InputRef>(null);
  const feedback = useFeedback();

  // Bumped after each save: resetFields remounts the inputs, so focus waits for the new one to be in place.
  const [saves, setSaves] = useState(0);
  useEffect(() => nameRef.current?.focus(), [focusSignal, saves]);

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const saved = await call('delegates.create', {
        conferenceId,
        fullName: values.fullName,
        gender: values.gender || null,
        positionLines: values.positionLines ?? '',
        organization: values.organization ?? '',
        ...fieldsOf(values.delegation),
        role: values.role,
        phone: values.phone ?? '',
      });
      form.resetFields(['fullName', 'gender', 'positionLines', 'organization', 'phone']);
      onSaved(saved);
      setSaves((n) => n + 1);
    } catch (error) {
      feedback.showError(error, form, fieldNames);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true') {
      event.preventDefault();
      onClose();
    }
    if (event.key !== 'Enter' || event.altKey || event.shiftKey) return;
    // An open Select takes Enter to pick its option.
    if (target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    event.stopPropagation();
    form.submit();
  };

  return (
    <Card
      size="small"
      title={text.newRowTitle}
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {text.newRowHint}
          </Typography.Text>
          <Tooltip title="Esc">
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label={common.close}
              onClick={onClose}
            />
          </Tooltip>
        </Flex>
      }
      styles={{ body: { paddingBottom: 4 } }}
    >
      <div onKeyDownCapture={onKeyDown}>
        <Form<Values>
          form={form}
          name="delegate-quick-add"
          layout="vertical"
          size="small"
          initialValues={{ gender: '', delegation: defaultDelegation, role: 'dai_bieu' }}
          onFinish={(values) => void save(values)}
        >
          <Flex gap={8} wrap={false} align="flex-start">
            <Form.Item
              name="fullName"
              label={text.fields.fullName}
              style={{ width: 190, marginBottom: 8 }}
              rules={[{ required: true, whitespace: true, message: text.rules.fullNameRequired }]}
            >
              <Input
                ref={nameRef}
                placeholder={text.fields.fullNamePlaceholder}
                onBlur={(e) => {
                  if (!form.getFieldValue('gender'))
                    form.setFieldValue('gender', guessGender(e.target.value) ?? '');
                }}
              />
            </Form.Item>
            <Form.Item name="gender" label={text.fields.gender} style={{ width: 92, marginBottom: 8 }}>
              <Select
                placeholder={text.noGender}
                showSearch={{ filterOption: filterByLabel }}
                options={[
                  { value: '', label: text.noGender },
                  { value: 'nam', label: text.genders.nam },
                  { value: 'nu', label: text.genders.nu },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="positionLines"
              label={text.fields.positionLines}
              style={{ flex: 1, marginBottom: 8 }}
            >
              <Input placeholder={text.fields.positionLinesInline} />
            </Form.Item>
            <Form.Item
              name="organization"
              label={text.fields.organization}
              style={{ width: 170, marginBottom: 8 }}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="delegation"
              label={text.fields.delegation}
              style={{ width: 150, marginBottom: 8 }}
            >
              <Select showSearch={{ filterOption: filterByLabel }} options={delegationOptions(members)} />
            </Form.Item>
            <Form.Item name="role" label={text.fields.role} style={{ width: 120, marginBottom: 8 }}>
              <Select
                showSearch={{ filterOption: filterByLabel }}
                options={delegateRoles.map((r) => ({ value: r, label: delegateRoleLabels[r] }))}
              />
            </Form.Item>
            <Form.Item name="phone" label={text.fields.phone} style={{ width: 120, marginBottom: 8 }}>
              <Input inputMode="tel" />
            </Form.Item>
            <Form.Item label=" " style={{ marginBottom: 8 }}>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
                {common.save}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      </div>
    </Card>
  );
}
