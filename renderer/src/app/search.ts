/** Diacritic-insensitive matching for search boxes and Select filters ("cao bang" finds "Cao Bằng"). */
import { foldForSearch } from '../../../shared/text/vietnamese.ts';

export function matches(query: string, ...fields: (string | null | undefined)[]): boolean {
  const needle = foldForSearch(query);
  if (!needle) return true;
  return fields.some((field) => field && foldForSearch(field).includes(needle));
}

/** For antd Select `showSearch.filterOption` over string labels. */
export const filterByLabel = (input: string, option?: { label?: unknown }): boolean =>
  matches(input, typeof option?.label === 'string' ? option.label : '');
