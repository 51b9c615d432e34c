/**
 * The default return template of a sơ kết: the covenant indicators clusters report on (GRDP, budget revenue,
 * public investment, PAR Index / SIPAS / PCI ranks, commendation counts and the share of small collectives and
 * direct workers) and a generic emulation scoring table the clerk adapts to the cluster's own.
 */
import type { z } from 'zod';
import { ReturnItem, type ReturnTemplate } from '../../shared/api/returnSchemas.ts';
import type { Conference } from '../../shared/api/schemas.ts';

type ItemInput = z.input<typeof ReturnItem>;

const rank = (code: string, name: string, index: string): ItemInput => ({
  code,
  name,
  unit: 'hạng',
  type: 'rank',
  min: 1,
  max: 63,
  higherIsBetter: false,
  sentenceLead: `Về ${index}`,
  verb: 'xếp thứ',
});

const defaultItems: ItemInput[] = [
  {
    code: 'GRDP',
    name: 'Tốc độ tăng trưởng kinh tế (GRDP)',
    unit: '%',
    type: 'percent',
    required: true,
    min: -30,
    max: 50,
    sentenceLead: 'Về tốc độ tăng trưởng GRDP',
    verb: 'tăng',
  },
  {
    code: 'THU_NSNN',
    name: 'Thu ngân sách nhà nước trên địa bàn',
    unit: 'tỷ đồng',
    type: 'number',
    min: 0,
    aggregate: 'sum',
    sentenceLead: 'Về thu ngân sách nhà nước trên địa bàn',
    verb: 'đạt',
  },
  {
    code: 'GIAI_NGAN',
    name: 'Vốn đầu tư công đã giải ngân',
    unit: 'tỷ đồng',
    type: 'number',
    min: 0,
    aggregate: 'sum',
    sentenceLead: 'Về giải ngân vốn đầu tư công',
    verb: 'đạt',
  },
  {
    code: 'GIAI_NGAN_TL',
    name: 'Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch',
    unit: '%',
    type: 'percent',
    min: 0,
    max: 200,
    sentenceLead: 'Về tỷ lệ giải ngân vốn đầu tư công so với kế hoạch',
    verb: 'đạt',
  },
  rank(
    'PAR_INDEX',
    'Xếp hạng Chỉ số cải cách hành chính (PAR Index)',
    'Chỉ số cải cách hành chính (PAR Index)',
  ),
  rank('SIPAS', 'Xếp hạng Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', 'Chỉ số hài lòng (SIPAS)'),
  rank(
    'PCI',
    'Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
    'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
  ),
  {
    code: 'KT_NHA_NUOC',
    name: 'Số tập thể, cá nhân được khen thưởng cấp Nhà nước',
    unit: 'tập thể, cá nhân',
    type: 'integer',
    min: 0,
    aggregate: 'sum',
  },
  {
    code: 'KT_NHA_NUOC_TT',
    name: 'Tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp (cấp Nhà nước)',
    unit: '%',
    type: 'percent',
    min: 0,
    max: 100,
    aggregate: 'weighted',
    weightCode: 'KT_NHA_NUOC',
  },
  {
    code: 'KT_TINH',
    name: 'Số tập thể, cá nhân, hộ gia đình được khen thưởng cấp tỉnh',
    unit: 'tập thể, cá nhân',
    type: 'integer',
    min: 0,
    aggregate: 'sum',
  },
  {
    code: 'KT_TINH_TT',
    name: 'Tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp (cấp tỉnh)',
    unit: '%',
    type: 'percent',
    min: 0,
    max: 100,
    aggregate: 'weighted',
    weightCode: 'KT_TINH',
  },
  criterion('TC1', 'Công tác lãnh đạo, chỉ đạo, tổ chức các phong trào thi đua', 20),
  criterion('TC2', 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh', 50),
  criterion('TC3', 'Công tác khen thưởng và nhân rộng điển hình tiên tiến', 20),
  criterion('TC4', 'Tham gia các hoạt động của Cụm thi đua', 10),
];

function criterion(code: string, name: string, maxPoints: number): ItemInput {
  return { kind: 'criterion', code, name, unit: 'điểm', type: 'number', min: 0, max: maxPoints, maxPoints };
}

export function defaultTemplateItems(): ReturnItem[] {
  return defaultItems.map((item) => ReturnItem.parse(item));
}

export function defaultTemplateTitle(conference: Conference): string {
  const period = conference.period || String(conference.year);
  const title = conference.title.replace(/^Hội nghị\s+/iu, 'hội nghị ');
  return title.includes(period)
    ? `Biểu số liệu phục vụ ${title}`
    : `Biểu số liệu phục vụ ${title} (${period})`;
}

export const defaultInstructions =
  'Chỉ nhập vào các ô màu vàng. Số thập phân dùng dấu phẩy (8,7), hàng nghìn dùng dấu chấm (6.966); ' +
  'tỷ lệ nhập theo phần trăm (8,7 nghĩa là 8,7%); xếp hạng nhập số thứ hạng (1 là cao nhất). ' +
  'Tiêu chí thi đua: nhập điểm tự chấm và minh chứng. Không đổi tên, thêm hoặc xóa dòng.';

/** The items the reader looks for: indicators first, then criteria, each in the template's order. */
export function templateItems(template: Pick<ReturnTemplate, 'items'>): ReturnItem[] {
  return [
    ...template.items.filter((i) => i.kind === 'indicator'),
    ...template.items.filter((i) => i.kind === 'criterion'),
  ];
}
