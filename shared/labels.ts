/** Vietnamese names of domain values, shared by documents and the UI. */
import type { ConferenceKind } from './api/schemas.ts';

export const conferenceKindLabels: Record<ConferenceKind, string> = {
  so_ket_6_thang: 'Sơ kết 6 tháng',
  tong_ket_nam: 'Tổng kết năm',
  ky_ket_giao_uoc: 'Ký kết giao ước',
  khac: 'Khác',
};
