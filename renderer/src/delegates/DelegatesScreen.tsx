/**
 * "Đại biểu": the conference's delegates in protocol order. The whole list is loaded once and filtered here as
 * the clerk types (the server's own search rule), by delegation (with counts) and by status; every change goes
 * to the server and the list reloads, with the moved row kept in place meanwhile.
 */
import { OrderedListOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { delegateStatusLabels, delegateStatuses } from '../../../shared/api/schemas/delegates.ts';
import { matchesSearch } from '../../../shared/text/vietnamese.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { SelectionBar } from '../app/SelectionBar.tsx';
import { useLoad } from '../app/useLoad.ts';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import { common } from '../strings.ts';
import { DelegateDrawer } from './DelegateDrawer.tsx';
import { DelegatesTable } from './DelegatesTable.tsx';
import { memberChoice } from './delegations.ts';
import { PasteDialog } from './PasteDialog.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { delegateFormText, delegatesText as text, pasteText } from './strings.ts';

/** undefined = closed, null = a new delegate. */
type Editing = Delegate | null | undefined;

/** The list after moving `id` to `toIndex` (0-based), renumbered: shown until the server's answer arrives. */
function movedLocally(all: Delegate[], id: number, toIndex: number): Delegate[] {
  const moving = all.find((d) => d.id === id);
  if (!moving) return all;
  const rest = all.filter((d) => d.id !== id);
  rest.splice(toIndex, 0, { ...moving, manualOrder: toIndex });
  return rest.map((d, i) => ({ ...d, protocolIndex: i + 1 }));
}

export function DelegatesScreen({ conference }: { conference: Conference }) {
  const conferenceId = conference.id;
  const feedback = useFeedback();
  const list = useLoad(() => call('delegates.list', { conferenceId }), `delegates-${conferenceId}`);
  const members = useLoad(
    () => call('members.list', { clusterId: conference.clusterId }),
    `members-${conference.clusterId}`,
  );
  const [query, setQuery] = useState('');
  const [delegationKey, setDelegationKey] = useState<string | null>(null);
  const [status, setStatus] = useState<Delegate['status'] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [quickAdd, setQuickAdd] = useState(false);
  const [focusSignal, setFocusSignal] = useState(0);
  const [editing, setEditing] = useState<Editing>(undefined);
  const [pasting, setPasting] = useState(false);
  const [focusId, setFocusId] = useState<number | null>(null);
  const [pending, setPending] = useState<{ from: Delegate[]; rows: Delegate[] } | null>(null);

  const memberList = useMemo(() => members.data ?? [], [members.data]);
  const loaded = list.data?.rows;
  // A local move is shown until a newer list than the one it was made on arrives.
  const all = useMemo(
    () => (pending && pending.from === loaded ? pending.rows : (loaded ?? [])),
    [pending, loaded],
  );
  const rows = useMemo(
    () =>
      all.filter(
        (d) =>
          matchesSearch(d.searchKey, query) &&
          (delegationKey === null || d.delegationKey === delegationKey) &&
          (status === null || d.status === status),
      ),
    [all, query, delegationKey, status],
  );
  const defaultDelegation =
    conference.hostMemberId !== null
      ? memberChoice(conference.hostMemberId)
      : memberList[0]
        ? memberChoice(memberList[0].id)
        : 'guest';

  useNewShortcut(
    () => {
      setQuickAdd(true);
      setFocusSignal((n) => n + 1);
    },
    editing === undefined && !pasting,
  );

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      feedback.showError(error);
    } finally {
      list.reload();
    }
  };

  const move = (id: number, target: Delegate) => {
    const toIndex = target.protocolIndex - 1;
    if (loaded) setPending({ from: loaded, rows: movedLocally(all, id, toIndex) });
    setFocusId(id);
    void run(() => call('delegates.reorder', { conferenceId, id, toIndex }));
  };

  const remove = (ids: number[]) => {
    const names = all.filter((d) => ids.includes(d.id)).map((d) => d.fullName);
    void run(async () => {
      await call('delegates.delete', { ids });
      setSelected((s) => s.filter((id) => !ids.includes(id)));
      setFocusId(null);
      feedback.offerUndo(text.deleted(names), async () => {
        await call('delegates.restore', { ids });
        list.reload();
      });
    });
  };

  const setDelegateStatus = (d: Delegate, next: Delegate['status']) =>
    void run(() => call('delegates.update', { id: d.id, status: next }));

  const resetOrder = () =>
    void run(async () => {
      await call('delegates.resetOrder', { conferenceId });
      feedback.saved(text.resetOrderDone);
    });

  const total = list.data?.total ?? 0;
  const filtered = query !== '' || delegationKey !== null || status !== null;
  const hasManualOrder = all.some((d) => d.manualOrder !== null);

  return (
    <Flex vertical gap={10}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Space align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="delegate-count">
            {text.count(rows.length, total)}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Input.Search
            allowClear
            aria-label={text.searchLabel}
            placeholder={text.searchPlaceholder}
            style={{ width: 360 }}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Select<Delegate['status'] | ''>
            aria-label={text.statusFilterLabel}
            style={{ width: 150 }}
            value={status ?? ''}
            onChange={(v) => setStatus(v === '' ? null : v)}
            options={[
              { value: '', label: text.allStatuses },
              ...delegateStatuses.map((s) => ({ value: s, label: delegateStatusLabels[s] })),
            ]}
          />
          <Tooltip title={common.newShortcut}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setQuickAdd(true);
                setFocusSignal((n) => n + 1);
              }}
            >
              {text.add}
            </Button>
          </Tooltip>
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
            {text.paste}
          </Button>
          <Popconfirm
            title={text.resetOrderConfirm}
            okText={text.resetOrderOk}
            cancelText={common.cancel}
            onConfirm={resetOrder}
            disabled={!hasManualOrder}
          >
            <Button icon={<OrderedListOutlined />} disabled={!hasManualOrder}>
              {text.resetOrder}
            </Button>
          </Popconfirm>
        </Space>
      </Flex>

      <Flex gap={6} wrap align="center" role="group" aria-label={text.delegationFilterLabel}>
        <Tag.CheckableTag checked={delegationKey === null} onChange={() => setDelegationKey(null)}>
          {text.allDelegations} · {total}
        </Tag.CheckableTag>
        {(list.data?.delegations ?? []).map((g) => (
          <Tag.CheckableTag
            key={g.key}
            checked={delegationKey === g.key}
            onChange={(checked) => setDelegationKey(checked ? g.key : null)}
          >
            {g.name} · {g.count}
          </Tag.CheckableTag>
        ))}
      </Flex>

      {quickAdd && (
        <QuickAdd
          conferenceId={conferenceId}
          members={memberList}
          defaultDelegation={defaultDelegation}
          focusSignal={focusSignal}
          onClose={() => setQuickAdd(false)}
          onSaved={(d) => {
            feedback.saved(delegateFormText.created(d.fullName));
            list.reload();
          }}
        />
      )}

      {list.error && <Alert type="error" showIcon title={list.error} />}

      <SelectionBar
        count={selected.length}
        hint={`${text.orderHint}${filtered ? ` ${text.orderFiltered}` : ''}`}
        selectedText={text.selected(selected.length)}
        deleteText={text.deleteSelected(selected.length)}
        onDelete={() => remove(selected)}
      />

      <DelegatesTable
        rows={rows}
        loading={list.loading && !list.data}
        emptyText={filtered ? text.noMatch : text.empty}
        selected={selected}
        onSelect={setSelected}
        onMove={move}
        onStatus={setDelegateStatus}
        onEdit={(d) => setEditing(d)}
        onDelete={remove}
        focusId={focusId}
      />

      {editing !== undefined && (
        <DelegateDrawer
          conferenceId={conferenceId}
          members={memberList}
          delegate={editing}
          defaultDelegation={defaultDelegation}
          onClose={() => setEditing(undefined)}
          onSaved={(d) => {
            feedback.saved(editing ? delegateFormText.updated : delegateFormText.created(d.fullName));
            setEditing(undefined);
            setFocusId(d.id);
            list.reload();
          }}
        />
      )}
      {pasting && (
        <PasteDialog
          conferenceId={conferenceId}
          members={memberList}
          defaultDelegation={defaultDelegation}
          onClose={() => setPasting(false)}
          onSaved={(count) => {
            feedback.saved(pasteText.saved(count));
            setPasting(false);
            list.reload();
          }}
        />
      )}
    </Flex>
  );
}
