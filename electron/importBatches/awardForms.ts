/**
 * An award list's "Hình thức khen thưởng" text matched to the catalogue, diacritic-insensitive and forgiving of
 * the usual abbreviations ("UBND", "của"); a text that fits several forms or none is a problem, not a guess.
 */
import { foldForSearch } from '../../shared/text/vietnamese.ts';

export interface CatalogueForm {
  id: number;
  name: string;
}

export type FormMatch = { form: CatalogueForm } | { form: null; message: string };

function normalize(text: string): string {
  return ` ${foldForSearch(text).replace(/[^a-z0-9]+/gu, ' ')} `
    .replace(/ ubnd(?= )/gu, ' uy ban nhan dan')
    .replace(/ ttg(?= )/gu, ' thu tuong')
    .replace(/ (?:cua|danh hieu|hinh thuc)(?= )/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const contains = (text: string, part: string) => ` ${text} `.includes(` ${part} `);

export function awardFormMatcher(forms: CatalogueForm[]): (text: string) => FormMatch {
  const catalogue = forms.map((form) => ({ form, key: normalize(form.name) }));
  const cache = new Map<string, FormMatch>();
  const match = (text: string): FormMatch => {
    const key = normalize(text);
    if (!key) return { form: null, message: 'Thiếu hình thức khen thưởng.' };
    const exact = catalogue.find((c) => c.key === key);
    if (exact) return { form: exact.form };
    // A longer text naming a form ("Bằng khen của Chủ tịch UBND tỉnh năm 2024"): the most specific form it names.
    const named = catalogue.filter((c) => contains(key, c.key)).sort((a, b) => b.key.length - a.key.length);
    if (named[0] && (named.length === 1 || named[1]!.key.length < named[0].key.length))
      return { form: named[0].form };
    const wider = catalogue.filter((c) => contains(c.key, key));
    if (wider.length === 1) return { form: wider[0]!.form };
    if (wider.length > 1) {
      const some = wider.slice(0, 3).map((c) => `"${c.form.name}"`);
      return {
        form: null,
        message: `Hình thức "${text}" chưa rõ: có thể là ${some.join(', ')}${wider.length > 3 ? '…' : ''}; hãy ghi đủ tên hình thức.`,
      };
    }
    return {
      form: null,
      message: `Hình thức "${text}" không có trong danh mục hình thức khen thưởng; hãy sửa tên hoặc thêm vào danh mục.`,
    };
  };
  return (text) => {
    let found = cache.get(text);
    if (!found) cache.set(text, (found = match(text)));
    return found;
  };
}
