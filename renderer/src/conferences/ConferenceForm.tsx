/** Create or edit one conference in a modal. Enter saves, Esc closes; the server has the last word. */
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Cluster, Conference, ConferenceKind } from '../../../shared/api/schemas.ts';
import { conferenceKinds } from '../../../shared/api/schemas.ts';
import { conferenceKindLabels } from '../../../shared/labels.ts';
import { call } from '../api/client.ts';
import { dateFormats, fromDay, fromTime, timeFormats, toDay, toTime } from '../app/dates.ts';
import { filterByLabel } from '../app/search.ts';
import { useApiForm } from '../app/useApiForm.ts';
import { useLoad } from '../app/useLoad.ts';
import { common, conferences as text } from '../strings.ts';

interface Values {
  title: string;
  kind: ConferenceKind;
  year: number | null;
  period: string;
  date: Dayjs | null;
  startTime: Dayjs | null;
  venue: string;
  hostMemberId: number | null;
  organizingBody: string;
}

/** Field names the server's issue paths may point at. */
const fieldNames = [
  'title',
  'kind',
  'year',
  'period',
  'date',
  'startTime',
  'venue',
  'hostMemberId',
  'organizingBody',
] as const;

function initialValues(conference: Conference | null): Values {
  if (!conference) {
    return {
      title: '',
      kind: 'so_ket_6_thang',
      year: new Date().getFullYear(),
      period: '',
      date: null,
      startTime: null,
      venue: '',
      hostMemberId: null,
      organizingBody: '',
    };
  }
  return {
    title: conference.title,
    kind: conference.kind,
    year: conference.year,
    period: conference.period,
    date: toDay(conference.date),
    startTime: toTime(conference.startTime),
    venue: conference.venue,
    hostMemberId: conference.hostMemberId,
    organizingBody: conference.organizingBody,
  };
}

interface Props {
  cluster: Cluster;
  /** null = a new conference. */
  conference: Conference | null;
  onClose: () => void;
  onSaved: (saved: Conference) => void;
}

export function ConferenceForm({ cluster, conference, onClose, onSaved }: Props) {
  const members = useLoad(() => call('members.list', { clusterId: cluster.id }), `members-${cluster.id}`);
  const { formProps, modalProps } = useApiForm<Values, Conference>({
    name: 'conference-form',
    fields: fieldNames,
    onSaved,
    onClose,
    submit: (values) => {
      const input = {
        clusterId: cluster.id,
        title: values.title,
        kind: values.kind,
        // The required rule keeps this from being null; the server refuses anything that is not a year.
        year: values.year ?? Number.NaN,
        period: values.period ?? '',
        date: fromDay(values.date),
        startTime: fromTime(values.startTime),
        venue: values.venue ?? '',
        hostMemberId: values.hostMemberId ?? null,
        organizingBody: values.organizingBody ?? '',
      };
      return conference
        ? call('conferences.update', { ...input, id: conference.id })
        : call('conferences.create', input);
    },
  });

  return (
    <Modal {...modalProps} width={780} title={conference ? text.editTitle : text.createTitle}>
      <Form<Values> {...formProps} initialValues={initialValues(conference)} requiredMark>
        <Form.Item
          name="title"
          label={text.fields.title}
          rules={[{ required: true, whitespace: true, message: text.rules.titleRequired }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="kind"
              label={text.fields.kind}
              rules={[{ required: true, message: text.rules.kindRequired }]}
            >
              <Select
                options={conferenceKinds.map((kind) => ({ value: kind, label: conferenceKindLabels[kind] }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="year"
              label={text.fields.year}
              rules={[{ required: true, message: text.rules.yearRequired }]}
            >
              <InputNumber style={{ width: '100%' }} controls={false} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="period" label={text.fields.period}>
              <Input placeholder={text.fields.periodPlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="date" label={text.fields.date}>
              <DatePicker
                style={{ width: '100%' }}
                format={dateFormats}
                placeholder={text.fields.datePlaceholder}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="startTime" label={text.fields.startTime}>
              <TimePicker
                style={{ width: '100%' }}
                format={timeFormats}
                needConfirm={false}
                placeholder={text.fields.startTimePlaceholder}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="venue" label={text.fields.venue}>
              <Input placeholder={text.fields.venuePlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="hostMemberId" label={text.fields.host}>
              <Select
                allowClear
                loading={members.loading}
                placeholder={text.fields.hostPlaceholder}
                showSearch={{ filterOption: filterByLabel }}
                options={(members.data ?? []).map((m) => ({ value: m.id, label: m.officialName }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="organizingBody" label={text.fields.organizingBody}>
              <Input placeholder={text.fields.organizingBodyPlaceholder} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary">{common.keyboardHint}</Typography.Text>
      </Form>
    </Modal>
  );
}
