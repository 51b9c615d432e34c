/**
 * The field builders every schema uses: text is cleaned on the way in (NFC, whitespace) and every message is
 * one Vietnamese sentence naming the field.
 */
import { z } from 'zod';
import { cleanMultilineText, cleanText, isIsoDate } from '../text/vietnamese.ts';

export const text = (label: string, max = 500) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform(cleanText)
    .pipe(z.string().max(max, `${label}: dài quá ${max} ký tự.`));

export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `Chưa nhập ${label.toLowerCase()}.` })
    .transform(cleanText)
    .pipe(z.string().min(1, `Chưa nhập ${label.toLowerCase()}.`).max(max, `${label}: dài quá ${max} ký tự.`));

/** Text typed in paragraphs: line breaks are kept, spaces within a line are tidied. */
export const multilineText = (label: string, max = 20_000) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform(cleanMultilineText)
    .pipe(z.string().max(max, `${label}: dài quá ${max} ký tự.`));

export const isoDate = (label: string) =>
  z
    .string({ error: `${label}: ngày không hợp lệ (dạng YYYY-MM-DD).` })
    .refine(isIsoDate, `${label}: ngày không hợp lệ (dạng YYYY-MM-DD).`)
    .nullable();
