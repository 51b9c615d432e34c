/**
 * "Đón tiếp đại biểu": the reception desk on the morning of the conference. One box takes a scanned
 * invitation code or a typed name; the answer is said in large type; the counts update with every check-in.
 * Full-screen mode covers the app frame (and the monitor, where the browser allows it).
 */
import {
  CloseOutlined,
  FullscreenExitOutlined,
  FullscreenOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CheckinOutcome, DeskDelegate } from '../../../shared/api/methods/checkin.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import { matchesSearch } from '../../../shared/text/vietnamese.ts';
import { call, errorMessage } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import { AbsenceDialog } from './AbsenceDialog.tsx';
import { CountsPanel } from './CountsPanel.tsx';
import { WalkInDialog } from './WalkInDialog.tsx';
import { checkinText as text } from './strings.ts';
import { clockOf } from './time.ts';
import { useDeskInput, type DeskAction } from './useDeskInput.ts';

type Banner = { tone: 'success' | 'warning' | 'error' | 'info'; message: string };

const looksLikeCode = (value: string) => /^tkhn:/iu.test(value);

function describe(outcome: CheckinOutcome): Banner {
  const d = outcome.delegate;
  if (outcome.result === 'delegation')
    return { tone: 'info', message: text.delegationOpened(outcome.delegation?.name ?? '') };
  if (!d) return { tone: 'error', message: '' };
  if (outcome.result === 'already_checked_in')
    return { tone: 'warning', message: text.already(d.fullName, clockOf(d.checkedInAt)) };
  return { tone: 'success', message: text.checkedIn(d.fullName, d.delegationName) };
}

export function CheckinScreen({ conference }: { conference: Conference }) {
  const desk = useLoad(() => call('checkin.desk', { conferenceId: conference.id }), `desk-${conference.id}`);
  const data = desk.data;
  const [query, setQuery] = useState('');
  const [delegation, setDelegation] = useState<{ key: string; name: string } | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [absent, setAbsent] = useState<DeskDelegate | null>(null);
  const [walkIn, setWalkIn] = useState<string | null>(null);
  const [fullScreen, setFullScreen] = useState(false);
  const reload = desk.reload;

  const rows = useMemo(
    () =>
      (data?.rows ?? []).filter(
        (d) =>
          (!delegation || d.delegationKey === delegation.key) &&
          (looksLikeCode(query) || matchesSearch(d.searchKey, query)),
      ),
    [data, delegation, query],
  );

  const perform = async (work: () => Promise<CheckinOutcome>) => {
    try {
      const outcome = await work();
      setBanner(describe(outcome));
      if (outcome.result === 'delegation' && outcome.delegation) setDelegation(outcome.delegation);
      reload();
    } catch (error) {
      setBanner({ tone: 'error', message: errorMessage(error) });
    }
  };

  const submit = (value: string): DeskAction => {
    if (looksLikeCode(value)) {
      return {
        clear: true,
        work: () => perform(() => call('checkin.scan', { conferenceId: conference.id, code: value })),
      };
    }
    const found = (data?.rows ?? []).filter(
      (d) => (!delegation || d.delegationKey === delegation.key) && matchesSearch(d.searchKey, value),
    );
    if (found.length === 1) {
      const id = found[0]!.id;
      return { clear: true, work: () => perform(() => call('checkin.checkIn', { id })) };
    }
    setBanner({
      tone: found.length === 0 ? 'error' : 'info',
      message: found.length === 0 ? text.noMatch(value) : text.manyMatches(found.length),
    });
    return { clear: false, work: null };
  };
  const { input, onEnter, focus } = useDeskInput(submit);

  const undo = async (d: DeskDelegate) => {
    try {
      await call('checkin.undo', { id: d.id });
      setBanner({ tone: 'info', message: text.undone(d.fullName) });
      reload();
    } catch (error) {
      setBanner({ tone: 'error', message: errorMessage(error) });
    }
  };

  useNewShortcut(() => setWalkIn(looksLikeCode(query) ? '' : query), walkIn === null && absent === null);

  useEffect(() => {
    if (!fullScreen) return;
    const onChange = () => {
      if (!document.fullscreenElement) setFullScreen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.querySelector('.ant-modal')) setFullScreen(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', onKey);
    };
  }, [fullScreen]);

  const toggleFullScreen = () => {
    if (fullScreen) {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      setFullScreen(false);
    } else {
      // The browser may refuse (an iframe, a policy): the desk still covers the window.
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
      setFullScreen(true);
    }
    setTimeout(focus, 0);
  };

  const big = fullScreen;
  const desk_ = (
    <Flex vertical gap={12} style={{ height: '100%' }}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <div>
          <Typography.Title level={big ? 2 : 4} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary">{conference.title}</Typography.Text>
        </div>
        <Space>
          <Button icon={<UserAddOutlined />} onClick={() => setWalkIn(looksLikeCode(query) ? '' : query)}>
            {text.walkIn}
          </Button>
          <Button
            icon={fullScreen ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
            onClick={toggleFullScreen}
          >
            {fullScreen ? text.exitFullScreen : text.fullScreen}
          </Button>
        </Space>
      </Flex>
      <Flex gap={16} align="flex-start" style={{ flex: 1, minHeight: 0 }}>
        <Flex vertical gap={8} style={{ flex: '1 1 auto', minWidth: 0 }}>
          <Input
            ref={input}
            autoFocus
            size="large"
            allowClear
            aria-label={text.searchLabel}
            data-testid="checkin-search"
            placeholder={text.searchPlaceholder}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              onEnter(e.currentTarget.value, () => setQuery(''));
            }}
            style={{ fontSize: big ? 24 : 18 }}
          />
          {delegation && (
            <div>
              <Tag
                closable
                color="blue"
                onClose={() => setDelegation(null)}
                closeIcon={<CloseOutlined />}
                style={{ fontSize: 14, padding: '2px 8px' }}
              >
                {text.delegationFilter(delegation.name)}
              </Tag>
            </div>
          )}
          {banner && (
            <Alert
              type={banner.tone}
              showIcon
              data-testid="checkin-banner"
              title={<span style={{ fontSize: big ? 24 : 18, fontWeight: 600 }}>{banner.message}</span>}
            />
          )}
          {desk.error && <Alert type="error" title={desk.error} />}
          {data && data.rows.length === 0 && <Alert type="info" title={text.empty} />}
          <Table<DeskDelegate>
            size={big ? 'large' : 'middle'}
            rowKey="id"
            data-testid="checkin-table"
            dataSource={rows}
            pagination={false}
            scroll={{ y: big ? 'calc(100vh - 330px)' : 'calc(100vh - 420px)' }}
            loading={!data && desk.loading}
            locale={{
              // A conference without delegates already says so above; a search that finds nobody says what next.
              emptyText:
                data?.rows.length && query ? (
                  <Typography.Text type="secondary">{text.noRows(query)}</Typography.Text>
                ) : (
                  <span />
                ),
            }}
            columns={[
              {
                title: text.columns.fullName,
                render: (_, d) => (
                  <div>
                    <div style={{ fontWeight: 600, fontSize: big ? 18 : 15 }}>{d.fullName}</div>
                    <Typography.Text type="secondary">{d.positionLines.join(', ')}</Typography.Text>
                  </div>
                ),
              },
              { title: text.columns.delegation, dataIndex: 'delegationName', width: 160 },
              {
                title: text.columns.status,
                width: 200,
                render: (_, d) =>
                  d.status === 'co_mat' ? (
                    <Tag color="green">{text.presentAt(clockOf(d.checkedInAt))}</Tag>
                  ) : d.status === 'vang' ? (
                    <Tag color="orange" style={{ whiteSpace: 'normal' }}>
                      {text.absentBecause(d.absenceReason)}
                    </Tag>
                  ) : (
                    <Tag>{text.notYet}</Tag>
                  ),
              },
              {
                title: '',
                width: 210,
                render: (_, d) =>
                  d.status === 'co_mat' ? (
                    <Button size="small" onClick={() => void undo(d)}>
                      {text.undo}
                    </Button>
                  ) : (
                    <Space>
                      <Button
                        type="primary"
                        onClick={() => void perform(() => call('checkin.checkIn', { id: d.id }))}
                      >
                        {text.checkIn}
                      </Button>
                      <Button onClick={() => setAbsent(d)}>{text.absent}</Button>
                    </Space>
                  ),
              },
            ]}
          />
        </Flex>
        {data && (
          <div style={{ flex: '0 0 340px' }}>
            <CountsPanel counts={data.counts} />
          </div>
        )}
      </Flex>
      {absent && (
        <AbsenceDialog
          delegate={absent}
          onClose={(said) => {
            setAbsent(null);
            if (said) {
              setBanner({ tone: 'info', message: said });
              reload();
            }
            setTimeout(focus, 0);
          }}
        />
      )}
      {walkIn !== null && (
        <WalkInDialog
          conference={conference}
          initialName={walkIn}
          onCancel={() => {
            setWalkIn(null);
            setTimeout(focus, 0);
          }}
          onDone={(outcome) => {
            setWalkIn(null);
            setQuery('');
            setBanner(describe(outcome));
            reload();
            setTimeout(focus, 0);
          }}
        />
      )}
    </Flex>
  );

  if (!fullScreen) return desk_;
  return (
    <div
      data-testid="checkin-fullscreen"
      style={{ position: 'fixed', inset: 0, zIndex: 900, background: '#fff', padding: 24 }}
    >
      {desk_}
    </div>
  );
}
