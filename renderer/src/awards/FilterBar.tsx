/** Search-as-you-type and the filters of the award list: level, recipient kind, member, form, the flag, the order. */
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Tooltip } from 'antd';
import type { AwardForm, AwardLevel, RecipientKind } from '../../../shared/api/schemas/awards.ts';
import {
  awardLevelLabels,
  awardLevels,
  recipientKindLabels,
  recipientKinds,
} from '../../../shared/api/schemas/awards.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import { memo } from 'react';
import { filterByLabel } from '../app/search.ts';
import { isFiltered, noFilters, type AwardFilters } from './filter.ts';
import { awardsText } from './strings.ts';

const text = awardsText.filters;
type Flag = 'all' | 'yes' | 'no';

type Patch = (patch: Partial<AwardFilters>) => void;

interface SelectsProps {
  levels: AwardLevel[];
  kinds: RecipientKind[];
  memberUnitIds: number[];
  awardFormIds: number[];
  smallOrDirect: boolean | null;
  /** Stable across renders, so typing in the search box does not redraw these Selects. */
  set: Patch;
  members: Member[];
  forms: AwardForm[];
}

const FilterSelects = memo(function FilterSelects(props: SelectsProps) {
  const { set, members, forms } = props;
  const filters = props;
  const flag: Flag = filters.smallOrDirect === null ? 'all' : filters.smallOrDirect ? 'yes' : 'no';
  return (
    <>
      <Select<AwardLevel[]>
        mode="multiple"
        allowClear
        aria-label={text.level}
        placeholder={text.level}
        maxTagCount="responsive"
        style={{ width: 140 }}
        value={filters.levels}
        onChange={(levels) => set({ levels })}
        options={awardLevels.map((l) => ({ value: l, label: awardLevelLabels[l] }))}
      />
      <Select<RecipientKind[]>
        mode="multiple"
        allowClear
        aria-label={text.kind}
        placeholder={text.kind}
        maxTagCount="responsive"
        style={{ width: 124 }}
        value={filters.kinds}
        onChange={(kinds) => set({ kinds })}
        options={recipientKinds.map((k) => ({ value: k, label: recipientKindLabels[k] }))}
      />
      <Select<number[]>
        mode="multiple"
        allowClear
        aria-label={text.member}
        placeholder={text.member}
        maxTagCount="responsive"
        style={{ width: 130 }}
        value={filters.memberUnitIds}
        onChange={(memberUnitIds) => set({ memberUnitIds })}
        showSearch={{ filterOption: filterByLabel }}
        options={members.map((m) => ({ value: m.id, label: m.shortName }))}
      />
      <Select<number[]>
        mode="multiple"
        allowClear
        aria-label={text.form}
        placeholder={text.form}
        maxTagCount="responsive"
        style={{ width: 180 }}
        popupMatchSelectWidth={420}
        value={filters.awardFormIds}
        onChange={(awardFormIds) => set({ awardFormIds })}
        showSearch={{ filterOption: filterByLabel }}
        options={forms.map((f) => ({ value: f.id, label: f.name }))}
      />
      <Select<Flag>
        aria-label={text.flag}
        style={{ width: 170 }}
        value={flag}
        onChange={(v) => set({ smallOrDirect: v === 'all' ? null : v === 'yes' })}
        options={[
          { value: 'all', label: text.flagAll },
          { value: 'yes', label: text.flagOnly },
          { value: 'no', label: text.flagNot },
        ]}
      />
    </>
  );
});

interface Props {
  filters: AwardFilters;
  /** Must be stable (a useCallback over the state setter). */
  onPatch: Patch;
  members: Member[];
  forms: AwardForm[];
}

export function FilterBar({ filters, onPatch, members, forms }: Props) {
  return (
    <Flex gap={8} wrap align="center">
      <Input.Search
        allowClear
        aria-label={awardsText.searchLabel}
        placeholder={awardsText.searchPlaceholder}
        style={{ width: 260 }}
        value={filters.query}
        onChange={(e) => onPatch({ query: e.target.value })}
      />
      <FilterSelects
        levels={filters.levels}
        kinds={filters.kinds}
        memberUnitIds={filters.memberUnitIds}
        awardFormIds={filters.awardFormIds}
        smallOrDirect={filters.smallOrDirect}
        set={onPatch}
        members={members}
        forms={forms}
      />
      {isFiltered(filters) && (
        <Tooltip title={awardsText.clearFilters}>
          <Button
            icon={<ClearOutlined />}
            aria-label={awardsText.clearFilters}
            onClick={() => onPatch(noFilters)}
          />
        </Tooltip>
      )}
    </Flex>
  );
}
