/**
 * "Trong hội nghị": the secretary picks who is speaking from the list on the left and works at the desk on the
 * right (summary autosaved, actual minutes). Built to be used at speed; the choice survives a reload.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Empty, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import type { Speech } from '../../../shared/api/schemas/speeches.ts';
import { speechKindLabels } from '../../../shared/api/schemas/speeches.ts';
import { SpeechDesk } from './SpeechDesk.tsx';
import { speechesText } from './strings.ts';

const text = speechesText.live;
const currentKey = (conferenceId: number) => `thuky.currentSpeech.${conferenceId}`;

interface Props {
  conferenceId: number;
  speeches: Speech[];
  onChanged: () => void;
}

export function LiveMode({ conferenceId, speeches, onChanged }: Props) {
  const [chosen, setChosen] = useState<number | null>(
    () => Number(localStorage.getItem(currentKey(conferenceId))) || null,
  );
  const index = Math.max(
    0,
    speeches.findIndex((s) => s.id === chosen),
  );
  const current = speeches[index];
  const previous = speeches[index - 1];
  const next = speeches[index + 1];

  const pick = (id: number) => {
    setChosen(id);
    localStorage.setItem(currentKey(conferenceId), String(id));
  };

  if (!current) return <Empty style={{ marginTop: 48 }} description={text.none} />;
  return (
    <Flex gap={16} align="flex-start">
      <Card
        size="small"
        title={text.pick}
        style={{ width: 340, flex: 'none' }}
        styles={{ body: { padding: 0 } }}
      >
        <List<Speech>
          size="small"
          dataSource={speeches}
          renderItem={(s, i) => (
            <List.Item
              onClick={() => pick(s.id)}
              aria-current={s.id === current.id}
              style={{
                cursor: 'pointer',
                padding: '8px 12px',
                background: s.id === current.id ? '#e6f4ff' : undefined,
                borderInlineStart: s.id === current.id ? '3px solid #1677ff' : '3px solid transparent',
              }}
            >
              <Flex gap={8} style={{ width: '100%' }} align="flex-start">
                <Typography.Text type="secondary" style={{ width: 20, flex: 'none' }}>
                  {i + 1}.
                </Typography.Text>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text strong ellipsis style={{ display: 'block' }}>
                    {s.speakerLabel.split(', ')[0]}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {speechKindLabels[s.kind]}
                    {s.actualMinutes !== null && ` · ${speechesText.minutes(s.actualMinutes)}`}
                  </Typography.Text>
                </div>
                {s.summary !== '' && (
                  <CheckCircleFilled style={{ color: '#52c41a' }} title={text.hasSummary} />
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <SpeechDesk
        key={current.id}
        speech={current}
        onPrevious={previous ? () => pick(previous.id) : null}
        onNext={next ? () => pick(next.id) : null}
        onChanged={onChanged}
      />
    </Flex>
  );
}
