/** Between the API's ISO strings and antd's dayjs values; display goes through shared/text/vietnamese.ts. */
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import { formatShortDate } from '../../../shared/text/vietnamese.ts';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

/** Shown like the shared formatter ("01/8/2024"); typing "1/8/2024" or "01/08/2024" also works. */
export const dateFormats = ['DD/M/YYYY', 'D/M/YYYY', 'DD/MM/YYYY', 'D/MM/YYYY'];
export const timeFormat = 'HH:mm';
/** Shown as "08:00"; clerks also type "8:00", "8h30" or "8h". */
export const timeFormats = [timeFormat, 'H:mm', 'H[h]mm', 'H[h]'];

export const toDay = (iso: string | null): Dayjs | null => (iso ? dayjs(iso, 'YYYY-MM-DD') : null);
export const fromDay = (day: Dayjs | null | undefined): string | null =>
  day ? day.format('YYYY-MM-DD') : null;
export const toTime = (time: string | null): Dayjs | null => (time ? dayjs(time, timeFormat) : null);
export const fromTime = (time: Dayjs | null | undefined): string | null =>
  time ? time.format(timeFormat) : null;

export const showDate = (iso: string | null): string => (iso ? formatShortDate(iso) : '');
