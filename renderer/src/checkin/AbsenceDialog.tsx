/** Records an absence with its reason (the minutes list who was absent and why). */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { DeskDelegate } from '../../../shared/api/methods/checkin.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { checkinText as text } from './strings.ts';

export function AbsenceDialog({
  delegate,
  onClose,
}: {
  delegate: DeskDelegate;
  /** The sentence to say on the desk once saved; null when cancelled. */
  onClose: (said: string | null) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const { showError } = useFeedback();
  const [busy, setBusy] = useState(false);
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await call('checkin.markAbsent', { id: delegate.id, reason: reason ?? '' });
      onClose(text.absenceSaved(delegate.fullName));
    } catch (error) {
      showError(error, form, ['reason']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={text.absenceTitle(delegate.fullName)}
      okText={text.save}
      cancelText={text.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ reason: delegate.absenceReason }}
      >
        <Form.Item name="reason" label={text.absenceReason}>
          <Input autoFocus placeholder={text.absenceReasonPlaceholder} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
