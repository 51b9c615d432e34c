/** Every file a member has sent for this conference, newest first: which one counts, which were replaced or refused. */
import { Alert, Button, List, Modal, Space, Tag, Typography } from 'antd';
import type { ReturnStatus, ReturnSubmission } from '../../../shared/api/returnSchemas.ts';
import { call } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { common } from '../strings.ts';
import { showDateTime } from './dates.ts';
import { intakeText, statusText as text } from './strings.ts';

const colors = { current: 'success', superseded: 'default', refused: 'error' } as const;

interface Props {
  conferenceId: number;
  member: ReturnStatus['members'][number];
  onClose: () => void;
}

export function HistoryDialog({ conferenceId, member, onClose }: Props) {
  const history = useLoad(
    () => call('returns.history', { conferenceId, memberId: member.memberId }),
    `history-${conferenceId}-${member.memberId}`,
  );
  return (
    <Modal
      open
      title={text.historyTitle(member.name)}
      onCancel={onClose}
      width={720}
      footer={<Button onClick={onClose}>{common.close}</Button>}
    >
      {history.error && <Alert type="error" showIcon title={history.error} />}
      <List<ReturnSubmission>
        size="small"
        loading={history.loading}
        dataSource={history.data ?? []}
        renderItem={(s) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={colors[s.state]}>{text.submissionStates[s.state]}</Tag>
                <Typography.Text strong>{s.fileName}</Typography.Text>
                <Typography.Text type="secondary">
                  {showDateTime(s.receivedAt)} · {text.identifiedBy[s.identifiedBy]} ·{' '}
                  {text.values(s.values.length)}
                </Typography.Text>
              </Space>
              {s.problems.map((p, i) => {
                const where = intakeText.problemAt(p.sheet, p.cell);
                return (
                  <Typography.Text key={i} type="danger">
                    {where ? `${where}: ` : ''}
                    {p.message}
                  </Typography.Text>
                );
              })}
            </Space>
          </List.Item>
        )}
      />
    </Modal>
  );
}
