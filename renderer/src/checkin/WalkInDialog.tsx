/** A delegate who is not on the list: name, position, delegation, and they are added and checked in at once. */
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { CheckinOutcome } from '../../../shared/api/methods/checkin.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { filterByLabel } from '../app/search.ts';
import { checkinText as text } from './strings.ts';

interface Values {
  fullName: string;
  positionLines: string;
  organization: string;
  delegation: string;
}

const fields = ['fullName', 'positionLines', 'organization', 'delegationMemberId', 'delegationLabel'];

export function WalkInDialog({
  conference,
  initialName,
  onDone,
  onCancel,
}: {
  conference: Conference;
  initialName: string;
  onDone: (outcome: CheckinOutcome) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { showError } = useFeedback();
  const [busy, setBusy] = useState(false);
  const members = useLoad(
    () => call('members.list', { clusterId: conference.clusterId }),
    `members-${conference.clusterId}`,
  );
  const options = [
    ...(members.data ?? []).map((m) => ({ value: `member:${m.id}`, label: `Tỉnh ${m.shortName}` })),
    { value: 'central', label: text.centralDelegation },
    { value: 'guest', label: text.guestDelegation },
  ];

  const submit = async (values: Values) => {
    setBusy(true);
    const [kind, id] = values.delegation.split(':');
    try {
      const outcome = await call('checkin.walkIn', {
        conferenceId: conference.id,
        fullName: values.fullName,
        positionLines: values.positionLines ?? '',
        organization: values.organization ?? '',
        ...(kind === 'member'
          ? { delegationKind: 'member' as const, delegationMemberId: Number(id) }
          : kind === 'central'
            ? {
                delegationKind: 'central' as const,
                delegationLabel: text.centralDelegation,
                protocolGroup: 'co_quan_trung_uong' as const,
              }
            : {
                delegationKind: 'guest' as const,
                delegationLabel: values.organization || text.guestDelegation,
              }),
      });
      onDone(outcome);
    } catch (error) {
      showError(error, form, fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={text.walkInTitle}
      okText={text.walkInSave}
      cancelText={text.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      footer={(buttons) => (
        <>
          <Typography.Text type="secondary" style={{ float: 'left', lineHeight: '32px' }}>
            {text.keyboardHint}
          </Typography.Text>
          {buttons}
        </>
      )}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ fullName: initialName }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="fullName"
          label={text.fullName}
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập họ và tên.' }]}
        >
          <Input autoFocus maxLength={200} onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item name="positionLines" label={text.position}>
          <Input maxLength={300} onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item
          name="delegation"
          label={text.delegation}
          rules={[{ required: true, message: text.delegationRequired }]}
        >
          <Select options={options} showSearch={{ filterOption: filterByLabel }} loading={members.loading} />
        </Form.Item>
        <Form.Item name="organization" label={text.organization}>
          <Input maxLength={300} onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
