/**
 * "Khen thưởng": the conference's award list as a fast spreadsheet. The whole list is loaded once and searched,
 * filtered and sorted here as the clerk types (the server's own search rule); every change goes to the server,
 * then the list and the server-computed statistics reload.
 */
import { BarChartOutlined, PlusOutlined, SnippetsOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';
import { SelectionBar } from '../app/SelectionBar.tsx';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import { common } from '../strings.ts';
import { AwardForm } from './AwardForm.tsx';
import { AwardsTable } from './AwardsTable.tsx';
import { FilterBar } from './FilterBar.tsx';
import {
  filterAwards,
  isFiltered,
  noFilters,
  sortAwards,
  type AwardFilters,
  type AwardSort,
} from './filter.ts';
import { FormsCatalogue } from './FormsCatalogue.tsx';
import type { AwardPatch } from './gridColumns.ts';
import { GridStore, useSelection } from './gridStore.ts';
import { PasteDialog } from './PasteDialog.tsx';
import { StatisticsPanel } from './StatisticsPanel.tsx';
import { awardFormText, awardsText as text, pasteText } from './strings.ts';

const statsKey = 'thuky.awardStatistics';
/** undefined = closed, null = a new entry. */
type Editing = AwardEntry | null | undefined;

export function AwardsScreen({ conference }: { conference: Conference }) {
  const conferenceId = conference.id;
  const feedback = useFeedback();
  const list = useLoad(() => call('awards.list', { conferenceId }), `awards-${conferenceId}`);
  const statistics = useLoad(
    () => call('awards.statistics', { conferenceId }),
    `award-stats-${conferenceId}`,
  );
  const forms = useLoad(() => call('awardForms.list', {}), 'award-forms');
  const members = useLoad(
    () => call('members.list', { clusterId: conference.clusterId }),
    `members-${conference.clusterId}`,
  );
  const [filters, setFilters] = useState<AwardFilters>(noFilters);
  const [sort, setSort] = useState<AwardSort>('precedence');
  // The table's selection, active cell and editor live in this store (see gridStore.ts for why).
  const [grid] = useState(() => new GridStore());
  const selected = useSelection(grid);
  /** Rows saved by inline edits since the list was loaded: shown in place, not re-sorted under the cursor. */
  const [edited, setEdited] = useState<{ from: unknown; rows: ReadonlyMap<number, AwardEntry> }>({
    from: null,
    rows: new Map(),
  });
  const [editing, setEditing] = useState<Editing>(undefined);
  const [pasting, setPasting] = useState(false);
  const [catalogue, setCatalogue] = useState(false);
  const [showStats, setShowStats] = useState(() => localStorage.getItem(statsKey) === 'shown');

  const formList = useMemo(() => forms.data ?? [], [forms.data]);
  const memberList = useMemo(() => members.data ?? [], [members.data]);
  const memberOrder = useMemo(() => new Map(memberList.map((m) => [m.id, m.position])), [memberList]);
  // The server answers in handing-over order; other orders are made here, once per load, not per keystroke.
  const loaded = useMemo(() => {
    const rows = list.data?.rows ?? [];
    return edited.from === list.data && edited.rows.size > 0
      ? rows.map((e) => edited.rows.get(e.id) ?? e)
      : rows;
  }, [list.data, edited]);
  const sorted = useMemo(
    () => (sort === 'precedence' ? loaded : sortAwards(loaded, sort, memberOrder)),
    [loaded, sort, memberOrder],
  );
  const rows = useMemo(() => filterAwards(sorted, filters), [sorted, filters]);
  const total = list.data?.total ?? 0;

  const edit = useCallback((entry: AwardEntry) => setEditing(entry), []);
  const patchFilters = useCallback(
    (patch: Partial<AwardFilters>) => setFilters((current) => ({ ...current, ...patch })),
    [],
  );

  const sources = useMemo(() => ({ forms: formList, members: memberList }), [formList, memberList]);
  const { reload: reloadList } = list;
  const { reload: reloadStatistics } = statistics;
  const { reload: reloadForms } = forms;
  const changed = useCallback(() => {
    reloadList();
    reloadStatistics();
    reloadForms();
  }, [reloadList, reloadStatistics, reloadForms]);

  const update = useCallback(
    async (patch: AwardPatch) => {
      const saved = await call('awards.update', patch);
      setEdited((current) => ({
        from: list.data,
        rows: new Map(current.from === list.data ? current.rows : []).set(saved.id, saved),
      }));
      reloadStatistics();
    },
    [list.data, reloadStatistics],
  );

  useNewShortcut(() => setEditing(null), editing === undefined && !pasting && !catalogue);

  const remove = useCallback(
    async (ids: number[]) => {
      try {
        const { count } = await call('awards.delete', { ids });
        const gone = new Set(ids);
        grid.setSelected(new Set([...grid.selected].filter((id) => !gone.has(id))));
        feedback.offerUndo(text.deleted(count), async () => {
          await call('awards.restore', { ids });
          changed();
        });
      } catch (error) {
        feedback.showError(error);
      } finally {
        changed();
      }
    },
    [grid, feedback, changed],
  );
  const onDelete = useCallback((ids: number[]) => void remove(ids), [remove]);

  const toggleStats = () => {
    localStorage.setItem(statsKey, showStats ? 'hidden' : 'shown');
    setShowStats(!showStats);
  };

  return (
    <Flex vertical gap={10}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Space align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {text.title}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="award-count">
            {text.count(rows.length, total)}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Tooltip title={common.newShortcut}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {text.add}
            </Button>
          </Tooltip>
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
            {text.paste}
          </Button>
          <Button icon={<UnorderedListOutlined />} onClick={() => setCatalogue(true)}>
            {text.catalogue}
          </Button>
          <Button icon={<BarChartOutlined />} onClick={toggleStats} aria-pressed={showStats}>
            {showStats ? text.hideStatistics : text.statistics}
          </Button>
        </Space>
      </Flex>

      <StatisticsPanel statistics={statistics.data} error={statistics.error} detailed={showStats} />

      <FilterBar filters={filters} onPatch={patchFilters} members={memberList} forms={formList} />

      {list.error && <Alert type="error" showIcon title={list.error} />}

      <SelectionBar
        count={selected.size}
        hint={text.editHint}
        selectedText={text.selected(selected.size)}
        deleteText={text.deleteSelected(selected.size)}
        onDelete={() => onDelete([...selected])}
        clearText={text.clearSelection}
        onClear={() => grid.setSelected(new Set())}
      />

      <AwardsTable
        rows={rows}
        loading={list.loading && !list.data}
        emptyText={!list.data ? '' : isFiltered(filters) ? text.noMatch : text.empty}
        store={grid}
        renderedQuery={filters.query}
        sort={sort}
        onSort={setSort}
        sources={sources}
        onEdit={edit}
        onUpdate={update}
        onDelete={onDelete}
      />

      {editing !== undefined && (
        <AwardForm
          conferenceId={conferenceId}
          entry={editing}
          forms={formList}
          members={memberList}
          onClose={() => setEditing(undefined)}
          onSaved={(saved, keepOpen) => {
            feedback.saved(editing ? awardFormText.updated : awardFormText.created(saved.recipientName));
            if (!keepOpen) setEditing(undefined);
            changed();
          }}
        />
      )}
      {pasting && (
        <PasteDialog
          conferenceId={conferenceId}
          forms={formList}
          members={memberList}
          onClose={() => setPasting(false)}
          onSaved={(count) => {
            feedback.saved(pasteText.saved(count));
            setPasting(false);
            changed();
          }}
        />
      )}
      {catalogue && (
        <FormsCatalogue
          forms={formList}
          loading={forms.loading}
          onChanged={() => forms.reload()}
          onClose={() => setCatalogue(false)}
        />
      )}
    </Flex>
  );
}
