/**
 * Field builders shared by the conference-record schemas (delegates, agenda, speeches, awards): text is cleaned
 * on the way in, every message is one Vietnamese sentence naming the field, and pasted batches report each
 * problem against its row ("rows.3.fullName", "Dòng 4: …").
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';

export { isoDate, multilineText, requiredText, text } from '../fields.ts';

export const clockTime = (label: string) =>
  z
    .string({ error: `${label} phải có dạng HH:MM, ví dụ 11:30.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, `${label} phải có dạng HH:MM, ví dụ 11:30.`)
    .nullable();

export const count = (label: string, max: number) =>
  z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(max, `${label} không quá ${max}.`);

export const ConferenceRef = z.object({ conferenceId: Id });
export const Ids = z.object({
  ids: z.array(Id).min(1, 'Chưa chọn dòng nào.').max(20_000, 'Chọn quá nhiều dòng một lúc.'),
});
export const Removed = z.object({ count: z.number().int() });

/**
 * The rows of a paste: each row is checked with `row`, and every problem is reported against its row number
 * so the preview can mark the cell. Nothing is written unless every row passes.
 */
export function rowsOf<S extends z.ZodType>(row: S, max = 20_000) {
  return z
    .array(z.custom<z.input<S>>(), { error: 'Danh sách dòng không hợp lệ.' })
    .min(1, 'Không có dòng nào để thêm.')
    .max(max, `Mỗi lần chỉ thêm được tối đa ${max} dòng.`)
    .transform((rows, ctx) => {
      const parsed: z.output<S>[] = [];
      rows.forEach((raw, index) => {
        const result = row.safeParse(raw);
        if (result.success) parsed.push(result.data);
        else
          for (const issue of result.error.issues) {
            ctx.addIssue({
              code: 'custom',
              path: [index, ...issue.path],
              message: rowMessage(index, issue.message),
            });
          }
      });
      return parsed;
    });
}

/** "Dòng 4: Chưa nhập họ và tên." (rows are numbered from 1 for the clerk, from 0 in paths). */
export function rowMessage(index: number, message: string): string {
  return `Dòng ${index + 1}: ${message}`;
}
