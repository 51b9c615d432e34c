/** Add or edit one speech, or record a request to speak, in a modal. Enter saves, Esc closes. */
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import type { Speech, SpeechInput } from '../../../shared/api/schemas/speeches.ts';
import {
  registrationLabels,
  registrations,
  speechKindLabels,
  speechKinds,
} from '../../../shared/api/schemas/speeches.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { filterByLabel } from '../app/search.ts';
import { common } from '../strings.ts';
import { speechesText } from './strings.ts';

type Registration = Speech['registration'];

const text = speechesText.form;

export interface Choice {
  id: number;
  label: string;
}

type Values = Omit<SpeechInput, 'summary'> & { summary: string };

const fieldNames: (keyof Values)[] = [
  'speakerDelegateId',
  'speakerText',
  'kind',
  'title',
  'agendaItemId',
  'plannedMinutes',
  'actualMinutes',
  'registration',
  'summary',
  'note',
];

function initialValues(speech: Speech | null, registration: Registration): Values {
  return {
    speakerDelegateId: speech?.speakerDelegateId ?? null,
    speakerText: speech?.speakerText ?? '',
    kind: speech?.kind ?? 'tham_luan',
    title: speech?.title ?? '',
    agendaItemId: speech?.agendaItemId ?? null,
    plannedMinutes: speech?.plannedMinutes ?? null,
    actualMinutes: speech?.actualMinutes ?? null,
    registration: speech?.registration ?? registration,
    summary: speech?.summary ?? '',
    note: speech?.note ?? '',
  };
}

interface Props {
  conferenceId: number;
  /** null = a new speech (or a new request to speak when `registration` is 'dang_ky'). */
  speech: Speech | null;
  registration: Registration;
  speakers: Choice[];
  agendaItems: Choice[];
  onClose: () => void;
  onSaved: (saved: Speech) => void;
}

export function SpeechForm({
  conferenceId,
  speech,
  registration,
  speakers,
  agendaItems,
  onClose,
  onSaved,
}: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const feedback = useFeedback();

  const save = async (values: Values) => {
    setSaving(true);
    const input = {
      ...values,
      speakerDelegateId: values.speakerDelegateId ?? null,
      speakerText: values.speakerText ?? '',
      title: values.title ?? '',
      agendaItemId: values.agendaItemId ?? null,
      plannedMinutes: values.plannedMinutes ?? null,
      actualMinutes: values.actualMinutes ?? null,
      summary: values.summary ?? '',
      note: values.note ?? '',
    };
    try {
      const saved = speech
        ? await call('speeches.update', { ...input, id: speech.id })
        : await call('speeches.create', { ...input, conferenceId });
      onSaved(saved);
    } catch (error) {
      feedback.showError(error, form, fieldNames);
    } finally {
      setSaving(false);
    }
  };

  const title = speech
    ? text.editTitle
    : registration === 'dang_ky'
      ? text.registrationTitle
      : text.createTitle;
  return (
    <Modal
      open
      width={760}
      title={title}
      okText={common.save}
      cancelText={common.cancel}
      confirmLoading={saving}
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: 'speech-form' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        name="speech-form"
        layout="vertical"
        initialValues={initialValues(speech, registration)}
        onFinish={(values) => void save(values)}
      >
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="speakerDelegateId" label={text.speaker} extra={text.speakerHint}>
              <Select
                autoFocus
                allowClear
                placeholder={text.speakerPlaceholder}
                showSearch={{ filterOption: filterByLabel }}
                options={speakers.map((s) => ({ value: s.id, label: s.label }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={text.kind}>
              <Select options={speechKinds.map((k) => ({ value: k, label: speechKindLabels[k] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="speakerText" label={text.speakerText}>
          <Input placeholder={text.speakerTextPlaceholder} />
        </Form.Item>
        <Form.Item name="title" label={text.title}>
          <Input placeholder={text.titlePlaceholder} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="agendaItemId" label={text.agenda}>
              <Select
                allowClear
                placeholder={text.agendaPlaceholder}
                showSearch={{ filterOption: filterByLabel }}
                options={agendaItems.map((a) => ({ value: a.id, label: a.label }))}
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="plannedMinutes" label={text.planned}>
              <InputNumber min={0} max={600} controls={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="actualMinutes" label={text.actual}>
              <InputNumber min={0} max={600} controls={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="registration" label={text.registration}>
              <Select options={registrations.map((r) => ({ value: r, label: registrationLabels[r] }))} />
            </Form.Item>
          </Col>
        </Row>
        {speech && (
          <Form.Item name="summary" label={text.summary}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        )}
        <Form.Item name="note" label={text.note}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
