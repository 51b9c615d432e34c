/** When something arrived, in the clerk's local time: "27/11/2026 08:05". */
import dayjs from 'dayjs';
import { showDate } from '../app/dates.ts';

export function showDateTime(iso: string): string {
  const at = dayjs(iso);
  return at.isValid() ? `${showDate(at.format('YYYY-MM-DD'))} ${at.format('HH:mm')}` : '';
}
