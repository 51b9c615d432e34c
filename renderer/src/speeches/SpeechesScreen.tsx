/**
 * "Phát biểu, tham luận": the speaking list in order, the requests to speak with accept / refuse, and the
 * during-the-conference mode. One load of the conference's speeches feeds all three; every change goes to the
 * server and the list reloads.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, Space, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import type { Speech } from '../../../shared/api/schemas/speeches.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import { common } from '../strings.ts';
import { LiveMode } from './LiveMode.tsx';
import { RegistrationList } from './RegistrationList.tsx';
import { SpeechesTable } from './SpeechesTable.tsx';
import { SpeechForm, type Choice } from './SpeechForm.tsx';
import { speechesText as text } from './strings.ts';

type Registration = Speech['registration'];

type Tab = 'list' | 'registrations' | 'live';
const tabKey = 'thuky.speechesTab';
/** undefined = closed; null = new. */
type Editing = { speech: Speech | null; registration: Registration } | undefined;

const speaking = (s: Speech) => s.registration === 'du_kien' || s.registration === 'chap_nhan';
const requested = (s: Speech) => s.registration !== 'du_kien';
const byRequest = (a: Speech, b: Speech) =>
  (a.requestedAt ?? '').localeCompare(b.requestedAt ?? '') || a.id - b.id;

export function SpeechesScreen({ conference }: { conference: Conference }) {
  const conferenceId = conference.id;
  const feedback = useFeedback();
  const list = useLoad(() => call('speeches.list', { conferenceId }), `speeches-${conferenceId}`);
  const delegates = useLoad(() => call('delegates.list', { conferenceId }), `delegates-${conferenceId}`);
  const agenda = useLoad(() => call('agenda.list', { conferenceId }), `agenda-${conferenceId}`);
  const [tab, setTab] = useState<Tab>(() => (sessionStorage.getItem(tabKey) as Tab | null) ?? 'list');
  const [editing, setEditing] = useState<Editing>(undefined);
  const [busy, setBusy] = useState(false);

  const all = useMemo(() => list.data ?? [], [list.data]);
  const order = useMemo(() => all.filter(speaking), [all]);
  const requests = useMemo(() => all.filter(requested).sort(byRequest), [all]);
  const waiting = requests.filter((s) => s.registration === 'dang_ky').length;
  const speakers: Choice[] = useMemo(
    () =>
      (delegates.data?.rows ?? []).map((d) => ({
        id: d.id,
        label: [d.fullName, ...d.positionLines].join(', '),
      })),
    [delegates.data],
  );
  const agendaItems: Choice[] = useMemo(
    () =>
      (agenda.data?.items ?? []).map((a, place) => ({
        id: a.id,
        label: `${place + 1}. ${a.startTime ? `${a.startTime} ` : ''}${a.content}`,
      })),
    [agenda.data],
  );

  const openTab = (next: Tab) => {
    setTab(next);
    sessionStorage.setItem(tabKey, next);
  };
  const openNew = () =>
    setEditing({ speech: null, registration: tab === 'registrations' ? 'dang_ky' : 'du_kien' });
  useNewShortcut(openNew, editing === undefined && tab !== 'live');

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      feedback.showError(error);
    } finally {
      setBusy(false);
      list.reload();
    }
  };

  const move = (speech: Speech, direction: -1 | 1) => {
    const index = order.findIndex((s) => s.id === speech.id);
    const target = order[index + direction];
    if (!target) return;
    // The target's place in the whole live list, which speeches.move expects: stored positions keep gaps after a
    // deletion, and registrations sit among the speakers.
    const position = all.findIndex((s) => s.id === target.id);
    void run(() => call('speeches.move', { id: speech.id, position }));
  };

  const remove = (speech: Speech) =>
    void run(async () => {
      await call('speeches.delete', { ids: [speech.id] });
      feedback.offerUndo(text.deleted(speech.speakerLabel.split(', ')[0] ?? ''), async () => {
        await call('speeches.restore', { ids: [speech.id] });
        list.reload();
      });
    });

  const decide = (speech: Speech, registration: Registration) =>
    void run(async () => {
      await call('speeches.update', { id: speech.id, registration });
      // An accepted speaker goes to the end of the speaking list, after those already there.
      if (registration === 'chap_nhan')
        await call('speeches.move', { id: speech.id, position: all.length - 1 });
      const who = speech.speakerLabel.split(', ')[0] ?? '';
      if (registration === 'chap_nhan') feedback.saved(text.accepted(who));
      if (registration === 'tu_choi') feedback.saved(text.refused(who));
    });

  const planned = order.reduce((sum, s) => sum + (s.plannedMinutes ?? 0), 0);
  const actual = order.reduce((sum, s) => sum + (s.actualMinutes ?? 0), 0);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Space align="baseline" size="middle">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="speech-count">
            {text.count(order.length)} · {text.totals(planned, actual)}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Segmented<Tab>
            value={tab}
            onChange={openTab}
            options={[
              { value: 'list', label: text.tabs.list },
              { value: 'registrations', label: text.tabs.registrations(waiting) },
              { value: 'live', label: text.tabs.live },
            ]}
          />
          {tab !== 'live' && (
            <Tooltip title={common.newShortcut}>
              <Button type="primary" icon={<PlusOutlined />} onClick={openNew}>
                {tab === 'registrations' ? text.addRegistration : text.add}
              </Button>
            </Tooltip>
          )}
        </Space>
      </Flex>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      {tab === 'list' && (
        <SpeechesTable
          rows={order}
          loading={list.loading && !list.data}
          busy={busy}
          onMove={move}
          onEdit={(speech) => setEditing({ speech, registration: speech.registration })}
          onDelete={remove}
        />
      )}
      {tab === 'registrations' && (
        <>
          <Typography.Text type="secondary">{text.registrationHint}</Typography.Text>
          <RegistrationList
            rows={requests}
            loading={list.loading && !list.data}
            busy={busy}
            onDecide={decide}
            onEdit={(speech) => setEditing({ speech, registration: speech.registration })}
          />
        </>
      )}
      {tab === 'live' && list.data && (
        <LiveMode conferenceId={conferenceId} speeches={order} onChanged={list.reload} />
      )}
      {editing && (
        <SpeechForm
          conferenceId={conferenceId}
          speech={editing.speech}
          registration={editing.registration}
          speakers={speakers}
          agendaItems={agendaItems}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            feedback.saved(
              editing.speech
                ? text.form.updated
                : editing.registration === 'dang_ky'
                  ? text.form.registered
                  : text.form.created,
            );
            setEditing(undefined);
            list.reload();
          }}
        />
      )}
    </Flex>
  );
}
