/**
 * The desk for the speech being given: who, the summary box (autosaved, see useSummaryDraft), the actual minutes
 * typed or measured with a stopwatch. Keyed by the speech id, so each speech starts with its own state.
 */
import { LeftOutlined, PauseCircleOutlined, PlayCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Speech } from '../../../shared/api/schemas/speeches.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { SpeakerCell } from './SpeechesTable.tsx';
import { speechesText } from './strings.ts';
import { useSummaryDraft, type SaveState } from './useSummaryDraft.ts';

const text = speechesText.live;
const timerKey = (id: number) => `thuky.speechTimer.${id}`;

function SaveStatus({ state }: { state: SaveState }) {
  const clock = (d: Date) =>
    d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (state.kind === 'saving') return <Typography.Text type="secondary">{text.saving}</Typography.Text>;
  if (state.kind === 'dirty') return <Typography.Text type="secondary">{text.unsaved}</Typography.Text>;
  if (state.kind === 'saved')
    return <Typography.Text type="success">{text.savedAt(clock(state.at))}</Typography.Text>;
  if (state.kind === 'failed') return <Typography.Text type="danger">{text.failed}</Typography.Text>;
  return null;
}

/** A stopwatch kept in localStorage, so a reload in the middle of a speech keeps counting. */
function Stopwatch({ speech, onStop }: { speech: Speech; onStop: (minutes: number) => void }) {
  const [startedAt, setStartedAt] = useState<number | null>(
    () => Number(localStorage.getItem(timerKey(speech.id))) || null,
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [startedAt]);
  const start = () => {
    const at = Date.now();
    localStorage.setItem(timerKey(speech.id), String(at));
    setStartedAt(at);
    setNow(at);
  };
  const stop = () => {
    if (startedAt === null) return;
    localStorage.removeItem(timerKey(speech.id));
    setStartedAt(null);
    onStop(Math.max(1, Math.round((Date.now() - startedAt) / 60_000)));
  };
  const elapsed = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  return startedAt === null ? (
    <Button icon={<PlayCircleOutlined />} onClick={start}>
      {text.start}
    </Button>
  ) : (
    <Space>
      <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="speech-stopwatch">
        {text.running(Math.floor(elapsed / 60), elapsed % 60)}
      </Typography.Text>
      <Button type="primary" icon={<PauseCircleOutlined />} onClick={stop}>
        {text.stop}
      </Button>
    </Space>
  );
}

interface Props {
  speech: Speech;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  onChanged: () => void;
}

export function SpeechDesk({ speech: current, onPrevious, onNext, onChanged }: Props) {
  const feedback = useFeedback();
  const draft = useSummaryDraft(current, onChanged);

  // Enter and the blur that may follow must not save (and announce) the same minutes twice.
  const lastMinutes = useRef(current.actualMinutes);
  const saveMinutes = async (minutes: number | null) => {
    if (minutes === lastMinutes.current) return;
    lastMinutes.current = minutes;
    try {
      await call('speeches.update', { id: current.id, actualMinutes: minutes });
      if (minutes !== null) feedback.saved(text.minutesSaved(minutes));
      onChanged();
    } catch (error) {
      lastMinutes.current = current.actualMinutes;
      feedback.showError(error);
    }
  };

  const commitMinutes = (raw: string) =>
    void saveMinutes(raw.trim() === '' ? null : Math.round(Number(raw.trim())));

  return (
    <Card
      style={{ flex: 1, minWidth: 0 }}
      title={
        <Space>
          <Typography.Text type="secondary">{text.current}:</Typography.Text>
          <span data-testid="current-speaker">{current.speakerLabel.split(', ')[0]}</span>
        </Space>
      }
      extra={
        <Space>
          <Button icon={<LeftOutlined />} disabled={!onPrevious} onClick={() => onPrevious?.()}>
            {text.previous}
          </Button>
          <Button icon={<RightOutlined />} iconPlacement="end" disabled={!onNext} onClick={() => onNext?.()}>
            {text.next}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <SpeakerCell speech={current} />
        {current.title && <Typography.Text italic>{current.title}</Typography.Text>}
        {draft.recovered && <Alert type="info" showIcon title={text.recovered} />}
        <Input.TextArea
          aria-label={text.summary}
          placeholder={text.summaryPlaceholder}
          value={draft.text}
          onChange={(e) => draft.change(e.target.value)}
          onBlur={() => void draft.flush()}
          autoSize={{ minRows: 10, maxRows: 24 }}
          autoFocus
          // Opening a speech that has a summary already: carry on typing at its end.
          onFocus={(e) =>
            e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)
          }
          style={{ fontSize: 15 }}
        />
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Space size="large" wrap>
            <Typography.Text type="secondary">{text.planned(current.plannedMinutes)}</Typography.Text>
            <Space size={6}>
              <Typography.Text>{text.actual}:</Typography.Text>
              <InputNumber
                key={`${current.id}-${current.actualMinutes ?? ''}`}
                aria-label={text.actual}
                min={0}
                max={600}
                controls={false}
                style={{ width: 72 }}
                defaultValue={current.actualMinutes ?? undefined}
                onBlur={(e) => commitMinutes(e.target.value)}
                onPressEnter={(e) => commitMinutes((e.target as HTMLInputElement).value)}
              />
            </Space>
            <Stopwatch key={current.id} speech={current} onStop={(m) => void saveMinutes(m)} />
          </Space>
          <span data-testid="summary-status">
            <SaveStatus state={draft.state} />
          </span>
        </Flex>
      </Flex>
    </Card>
  );
}
