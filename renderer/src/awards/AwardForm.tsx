/**
 * Add or edit one award entry in a modal. Enter saves; for a new entry "Lưu và nhập tiếp" keeps the form open
 * with the form, level, decision and member kept, since a list is typed decision by decision.
 */
import { Button, Checkbox, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import type {
  AwardEntry,
  AwardForm as AwardFormRow,
  AwardLevel,
  RecipientKind,
} from '../../../shared/api/schemas/awards.ts';
import {
  awardLevelLabels,
  awardLevels,
  recipientKindLabels,
  recipientKinds,
} from '../../../shared/api/schemas/awards.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { dateFormats, fromDay, toDay } from '../app/dates.ts';
import { useFeedback } from '../app/feedback.tsx';
import { filterByLabel } from '../app/search.ts';
import { common } from '../strings.ts';
import { awardFormText as text } from './strings.ts';

interface Values {
  recipientKind: RecipientKind;
  recipientName: string;
  position: string;
  organization: string;
  awardFormId: number | null;
  /** '' = the level of the chosen form. */
  level: AwardLevel | '';
  decisionNumber: string;
  decisionDate: Dayjs | null;
  memberUnitId: number | null;
  smallOrDirect: boolean;
  note: string;
}

const fieldNames: (keyof Values)[] = [
  'recipientKind',
  'recipientName',
  'position',
  'organization',
  'awardFormId',
  'level',
  'decisionNumber',
  'decisionDate',
  'memberUnitId',
  'smallOrDirect',
  'note',
];

function initialValues(entry: AwardEntry | null, forms: AwardFormRow[]): Values {
  return {
    recipientKind: entry?.recipientKind ?? 'ca_nhan',
    recipientName: entry?.recipientName ?? '',
    position: entry?.position ?? '',
    organization: entry?.organization ?? '',
    awardFormId: entry?.awardFormId ?? null,
    // An entry whose level is its form's shows "Theo hình thức", so changing the form changes the level too.
    level: entry && forms.find((f) => f.id === entry.awardFormId)?.level !== entry.level ? entry.level : '',
    decisionNumber: entry?.decisionNumber ?? '',
    decisionDate: toDay(entry?.decisionDate ?? null),
    memberUnitId: entry?.memberUnitId ?? null,
    smallOrDirect: entry?.smallOrDirect ?? false,
    note: entry?.note ?? '',
  };
}

interface Props {
  conferenceId: number;
  /** null = a new entry. */
  entry: AwardEntry | null;
  forms: AwardFormRow[];
  members: Member[];
  onClose: () => void;
  onSaved: (saved: AwardEntry, keepOpen: boolean) => void;
}

export function AwardForm({ conferenceId, entry, forms, members, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const keepOpen = useRef(false);
  const feedback = useFeedback();
  const formId = Form.useWatch('awardFormId', form);
  const formLevel = forms.find((f) => f.id === formId)?.level;

  const save = async (values: Values) => {
    setSaving(true);
    const input = {
      recipientKind: values.recipientKind,
      recipientName: values.recipientName ?? '',
      position: values.position ?? '',
      organization: values.organization ?? '',
      // The required rule keeps this set; 0 lets the server say the same thing if it is not.
      awardFormId: values.awardFormId ?? 0,
      level: values.level === '' ? null : values.level,
      decisionNumber: values.decisionNumber ?? '',
      decisionDate: fromDay(values.decisionDate),
      memberUnitId: values.memberUnitId ?? null,
      smallOrDirect: values.smallOrDirect,
      note: values.note ?? '',
    };
    try {
      const saved = entry
        ? await call('awards.update', { ...input, id: entry.id })
        : await call('awards.create', { ...input, conferenceId });
      const again = keepOpen.current && !entry;
      if (again) {
        form.setFieldsValue({ recipientName: '', position: '', organization: '', note: '' });
        form.focusField('recipientName');
      }
      onSaved(saved, again);
    } catch (error) {
      feedback.showError(error, form, fieldNames);
    } finally {
      keepOpen.current = false;
      setSaving(false);
    }
  };

  const byLevel = awardLevels
    .map((level) => ({
      label: awardLevelLabels[level],
      title: awardLevelLabels[level],
      options: forms.filter((f) => f.level === level).map((f) => ({ value: f.id, label: f.name })),
    }))
    .filter((g) => g.options.length > 0);

  return (
    <Modal
      open
      width={820}
      title={entry ? text.editTitle : text.createTitle}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {common.cancel}
        </Button>,
        !entry && (
          <Button
            key="again"
            htmlType="submit"
            form="award-form"
            loading={saving}
            onClick={() => (keepOpen.current = true)}
          >
            {text.keepOpen}
          </Button>
        ),
        <Button key="save" type="primary" htmlType="submit" form="award-form" loading={saving}>
          {common.save}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        name="award-form"
        layout="vertical"
        initialValues={initialValues(entry, forms)}
        onFinish={(values) => void save(values)}
      >
        <Row gutter={12}>
          <Col span={9}>
            <Form.Item name="recipientKind" label={text.recipientKind}>
              <Radio.Group
                optionType="button"
                options={recipientKinds.map((k) => ({ value: k, label: recipientKindLabels[k] }))}
              />
            </Form.Item>
          </Col>
          <Col span={15}>
            <Form.Item
              name="recipientName"
              label={text.recipientName}
              rules={[{ required: true, whitespace: true, message: text.recipientNameRequired }]}
            >
              <Input autoFocus />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="position" label={text.position}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="organization" label={text.organization}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={15}>
            <Form.Item
              name="awardFormId"
              label={text.awardForm}
              rules={[{ required: true, message: text.awardFormRequired }]}
            >
              <Select
                placeholder={text.awardFormPlaceholder}
                showSearch={{ filterOption: filterByLabel }}
                options={byLevel}
              />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="level" label={text.level}>
              <Select
                options={[
                  {
                    value: '',
                    label: formLevel ? text.levelOfForm(awardLevelLabels[formLevel]) : text.levelOfFormEmpty,
                  },
                  ...awardLevels.map((l) => ({ value: l, label: awardLevelLabels[l] })),
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="decisionNumber" label={text.decisionNumber}>
              <Input placeholder={text.decisionNumberPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="decisionDate" label={text.decisionDate}>
              <DatePicker style={{ width: '100%' }} format={dateFormats} placeholder={text.datePlaceholder} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="memberUnitId" label={text.member}>
              <Select
                allowClear
                placeholder={text.memberPlaceholder}
                showSearch={{ filterOption: filterByLabel }}
                options={members.map((m) => ({ value: m.id, label: m.shortName }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="smallOrDirect" valuePropName="checked">
          <Checkbox>{text.smallOrDirect}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={text.note}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
