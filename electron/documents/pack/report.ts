/**
 * Dự thảo báo cáo sơ kết: section I filled from the data — the consolidated returns (sentences and an appendix
 * table per member) and the commendation statistics — and the parts only the secretariat can write (assessment,
 * tasks for the next six months, recommendations) left as clearly marked placeholders. A draft, never invented.
 */
import type { Document, Paragraph, Table } from 'docx';
import type { ConsolidatedItem } from '../../../shared/api/returnSchemas.ts';
import { formatNumber } from '../../../shared/text/vietnamese.ts';
import { recipientsPhrase } from '../../awards/statistics.ts';
import { body, createDocument, dataTable, documentTitle, officialSection, section } from '../layout/index.ts';
import type { PackData } from './data.ts';
import { heading, lowerFirst, placeholder } from './parts.ts';

function nextPeriod(data: PackData): string {
  const { kind, year } = data.conference;
  if (kind === 'so_ket_6_thang') return `6 tháng cuối năm ${year}`;
  if (kind === 'tong_ket_nam') return `năm ${year + 1}`;
  return 'thời gian tới';
}

export function reportSummary(data: PackData): string {
  const period = data.conference.period || `năm ${data.conference.year}`;
  return `Kết quả thực hiện giao ước thi đua ${period}, phương hướng, nhiệm vụ ${nextPeriod(data)}`;
}

function returnsPart(data: PackData): Paragraph[] {
  const { consolidation } = data;
  const sentences = consolidation.sentences.map((s) => body(s));
  if (consolidation.receivedCount === 0) {
    return [placeholder('kết quả thực hiện các chỉ tiêu giao ước (chưa nhận được số liệu của đơn vị nào).')];
  }
  const received = `Đã tổng hợp số liệu của ${consolidation.receivedCount}/${consolidation.members.length} đơn vị (chi tiết tại Phụ lục 1).`;
  return [body(received), ...sentences];
}

const hasReturnsTable = (data: PackData) =>
  data.consolidation.receivedCount > 0 && data.consolidation.items.length > 0;
const awardAppendix = (data: PackData) => (hasReturnsTable(data) ? 2 : 1);

function awardsPart(data: PackData): Paragraph[] {
  const s = data.awardStatistics;
  if (s.total === 0) return [placeholder('kết quả công tác khen thưởng (chưa nhập danh sách khen thưởng).')];
  const parts = [s.stateLevel, s.provincialLevel]
    .filter((p) => p.count > 0)
    .map((p, i) => (i === 0 ? p.sentence : lowerFirst(p.sentence)));
  return [
    body(
      'Công tác khen thưởng được chỉ đạo chặt chẽ, bám sát tiêu chuẩn, đối tượng, trình tự, thủ tục theo Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn. ' +
        `${parts.join('; ')}.`,
    ),
    body(
      `Tổng số ${formatNumber(s.total)} ${recipientsPhrase(new Set(s.byRecipientKind.filter((k) => k.count > 0).map((k) => k.recipientKind)))} được khen thưởng (chi tiết tại Phụ lục ${awardAppendix(data)}).`,
    ),
  ];
}

function consolidatedTable(data: PackData): Table {
  const members = data.consolidation.members;
  const cell = (item: ConsolidatedItem, memberId: number) =>
    item.cells.find((c) => c.memberId === memberId)?.display ?? '';
  return dataTable({
    orientation: 'landscape',
    columns: [
      { title: 'TT', weight: 0.9, align: 'center' },
      { title: 'Chỉ tiêu', weight: 5 },
      ...members.map((m) => ({ title: m.shortName, weight: 1.7, align: 'right' as const })),
      { title: 'Toàn cụm', weight: 2, align: 'right' },
    ],
    rows: data.consolidation.items.map((item, i) => [
      String(i + 1),
      item.unit ? `${item.name} (${item.unit})` : item.name,
      ...members.map((m) => cell(item, m.id)),
      item.aggregateDisplay,
    ]),
  });
}

function awardTable(data: PackData): Table {
  const s = data.awardStatistics;
  return dataTable({
    orientation: 'landscape',
    columns: [
      { title: 'TT', weight: 0.9, align: 'center' },
      { title: 'Đơn vị', weight: 4 },
      ...s.byLevel.map((l) => ({ title: `Cấp ${l.label}`, weight: 2, align: 'right' as const })),
      { title: 'Tổng số', weight: 1.8, align: 'right' },
      { title: 'Tập thể nhỏ, người lao động trực tiếp', weight: 3, align: 'right' },
    ],
    rows: s.byMember.map((m, i) => [
      String(i + 1),
      m.memberName,
      ...s.byLevel.map((l) => formatNumber(m.byLevel[l.level] ?? 0)),
      formatNumber(m.count),
      `${formatNumber(m.smallOrDirect)} (${m.shareText})`,
    ]),
  });
}

export function buildReport(data: PackData): Document {
  const next = nextPeriod(data);
  const content: Paragraph[] = [
    placeholder('căn cứ, mở đầu báo cáo (văn bản phát động, giao ước thi đua đã ký kết).'),
    heading('I. KẾT QUẢ THỰC HIỆN GIAO ƯỚC THI ĐUA'),
    heading('1. Công tác lãnh đạo, chỉ đạo, tổ chức phong trào thi đua'),
    placeholder('công tác lãnh đạo, chỉ đạo, tuyên truyền, phát động phong trào thi đua của các tỉnh.'),
    heading('2. Kết quả thực hiện các chỉ tiêu giao ước thi đua'),
    ...returnsPart(data),
    heading('3. Công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến'),
    placeholder('các mô hình mới, cách làm hay, gương điển hình tiên tiến của các tỉnh.'),
    heading('4. Công tác khen thưởng'),
    ...awardsPart(data),
    heading('5. Hoạt động của Cụm thi đua'),
    placeholder('các hoạt động chung của Cụm thi đua trong kỳ.'),
    heading('II. ĐÁNH GIÁ CHUNG'),
    heading('1. Ưu điểm'),
    placeholder('những ưu điểm nổi bật.'),
    heading('2. Hạn chế và nguyên nhân'),
    placeholder('hạn chế, tồn tại và nguyên nhân.'),
    heading(`III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${next.toLocaleUpperCase('vi')}`),
    placeholder(`các nhiệm vụ trọng tâm ${next}.`),
    heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    placeholder(
      'đề xuất, kiến nghị với Hội đồng Thi đua - Khen thưởng Trung ương, Ban Thi đua - Khen thưởng Trung ương.',
    ),
  ];
  const appendix = (title: string, summary: string, table: Table) =>
    section({ orientation: 'landscape', children: [...documentTitle(title, summary, 'landscape'), table] });
  const sections = [
    officialSection({
      particulars: data.particulars('bao_cao'),
      type: 'Báo cáo',
      summary: reportSummary(data),
      body: content,
    }),
  ];
  if (hasReturnsTable(data)) {
    sections.push(
      appendix(
        'Phụ lục 1',
        `Tổng hợp số liệu thực hiện giao ước thi đua ${data.consolidation.period}`,
        consolidatedTable(data),
      ),
    );
  }
  if (data.awardStatistics.total > 0) {
    sections.push(
      appendix(
        `Phụ lục ${awardAppendix(data)}`,
        'Tổng hợp kết quả khen thưởng theo đơn vị',
        awardTable(data),
      ),
    );
  }
  return createDocument({ title: `Báo cáo - ${reportSummary(data)}`, sections });
}
