/**
 * What every create/edit modal form repeats: the modal's OK button submits the form and stays busy while the
 * API call runs; the server's issues land on the fields they name (anything else becomes one message); the
 * saved record is handed on. Enter saves, Esc closes, and a click outside never throws the typing away.
 */
import { Form, type FormProps, type ModalProps } from 'antd';
import { useState } from 'react';
import { common } from '../strings.ts';
import { useFeedback } from './feedback.tsx';

interface Options<Values, Saved> {
  /** The form's name; the modal's OK button submits the form by it. */
  name: string;
  /** Fields the server's issue paths may point at. */
  fields: readonly (keyof Values & string)[];
  submit: (values: Values) => Promise<Saved>;
  onSaved: (saved: Saved) => void;
  onClose: () => void;
}

export function useApiForm<Values, Saved>({
  name,
  fields,
  submit,
  onSaved,
  onClose,
}: Options<Values, Saved>) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const feedback = useFeedback();

  const save = async (values: Values) => {
    setSaving(true);
    try {
      onSaved(await submit(values));
    } catch (error) {
      feedback.showError(error, form, fields);
    } finally {
      setSaving(false);
    }
  };

  const formProps = {
    form,
    name,
    layout: 'vertical',
    onFinish: (values: Values) => void save(values),
  } satisfies FormProps<Values>;

  const modalProps = {
    open: true,
    okText: common.save,
    cancelText: common.cancel,
    confirmLoading: saving,
    onCancel: onClose,
    okButtonProps: { htmlType: 'submit', form: name },
    destroyOnHidden: true,
    mask: { closable: false },
  } satisfies ModalProps;

  return { form, formProps, modalProps };
}
