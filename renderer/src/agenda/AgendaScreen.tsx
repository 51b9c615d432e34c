/**
 * "Chương trình": the conference's start and planned end, the items with their computed times, and the
 * overrun warning in plain words. Every change goes to the server, which recomputes the times.
 */
import { Alert, Flex, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { AgendaItem } from '../../../shared/api/schemas/agenda.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useConferences } from '../app/conferenceContext.tsx';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { AddItem } from './AddItem.tsx';
import { AgendaTable } from './AgendaTable.tsx';
import { parseClock } from './clock.ts';
import { agendaText as text } from './strings.ts';

function ClockField(props: { label: string; value: string | null; onCommit: (v: string | null) => void }) {
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    const value = raw.trim() === '' ? null : parseClock(raw);
    if (raw.trim() !== '' && value === null) return setError(text.badClock(props.label));
    setError(null);
    if (value !== props.value) props.onCommit(value);
  };
  return (
    <Space size={4} align="center">
      <Typography.Text>{props.label}:</Typography.Text>
      <Input
        key={props.value ?? ''}
        aria-label={props.label}
        defaultValue={props.value ?? ''}
        placeholder={text.clockPlaceholder}
        status={error ? 'error' : undefined}
        title={error ?? undefined}
        style={{ width: 92, fontVariantNumeric: 'tabular-nums' }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}

export function AgendaScreen({ conference }: { conference: Conference }) {
  const conferenceId = conference.id;
  const feedback = useFeedback();
  const conferences = useConferences();
  const agenda = useLoad(() => call('agenda.list', { conferenceId }), `agenda-${conferenceId}`);
  const delegates = useLoad(() => call('delegates.list', { conferenceId }), `delegates-${conferenceId}`);
  const [busy, setBusy] = useState(false);

  const presenters = useMemo(
    () =>
      (delegates.data?.rows ?? []).map((d) => ({
        id: d.id,
        label: [d.fullName, ...d.positionLines].join(', '),
      })),
    [delegates.data],
  );

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      feedback.showError(error);
    } finally {
      setBusy(false);
      agenda.reload();
    }
  };

  const setTimes = (times: Omit<MethodInput<'agenda.setTimes'>, 'conferenceId'>) =>
    void run(async () => {
      await call('agenda.setTimes', { conferenceId, ...times });
      feedback.saved(text.timesSaved);
      // The conference list shows the start time too.
      conferences.reload();
    });

  const update = (item: AgendaItem, patch: Omit<MethodInput<'agenda.update'>, 'id'>) =>
    void run(() => call('agenda.update', { id: item.id, ...patch }));

  const move = (item: AgendaItem, position: number) =>
    void run(() => call('agenda.move', { id: item.id, position }));

  const remove = (item: AgendaItem) =>
    void run(async () => {
      await call('agenda.delete', { ids: [item.id] });
      feedback.offerUndo(text.deleted(item.content), async () => {
        await call('agenda.restore', { ids: [item.id] });
        agenda.reload();
      });
    });

  const data = agenda.data;
  const items = data?.items ?? [];
  const warning =
    data && data.overrunMinutes > 0 && data.plannedEndTime
      ? text.overrun(data.overrunMinutes, data.plannedEndTime, data.endTime)
      : (data?.warning ?? null);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {text.title}
        </Typography.Title>
        <Space size="large" wrap>
          <ClockField
            label={text.startTime}
            value={data?.startTime ?? null}
            onCommit={(startTime) => setTimes({ startTime })}
          />
          <ClockField
            label={text.plannedEnd}
            value={data?.plannedEndTime ?? null}
            onCommit={(plannedEndTime) => setTimes({ plannedEndTime })}
          />
        </Space>
      </Flex>
      {agenda.error && <Alert type="error" showIcon title={agenda.error} />}
      {data && items.length > 0 && (
        <Flex gap={16} align="center" wrap>
          <Typography.Text strong data-testid="agenda-summary">
            {text.summary(items.length, text.minutes(data.totalMinutes), data.endTime)}
          </Typography.Text>
          {!warning && data.plannedEndTime && data.endTime && (
            <Typography.Text type="success">
              {text.onTime(
                data.plannedEndTime,
                Number(data.plannedEndTime.slice(0, 2)) * 60 +
                  Number(data.plannedEndTime.slice(3)) -
                  (Number(data.endTime.slice(0, 2)) * 60 + Number(data.endTime.slice(3))),
              )}
            </Typography.Text>
          )}
        </Flex>
      )}
      {warning && <Alert type="warning" showIcon title={warning} data-testid="agenda-warning" />}
      <AgendaTable
        items={items}
        loading={agenda.loading && !data}
        presenters={presenters}
        busy={busy}
        onUpdate={update}
        onMove={move}
        onDelete={remove}
      />
      <AddItem conferenceId={conferenceId} presenters={presenters} onAdded={() => agenda.reload()} />
    </Flex>
  );
}
