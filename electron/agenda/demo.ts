/**
 * The demo conference's agenda and speeches, shaped like the seed's conference (01/8/2024): opening by the
 * co-chairing Phó trưởng cụm, the six-month report, the provinces' contributions, the central guest's
 * directions, the gift of the painting "Mắt Thần núi", closing. Who presented is named only where the seed says
 * so; elsewhere the presenter is a role ("Thường trực Cụm thi đua"), never an invented person. Durations are the
 * usual ones, chosen for the demo. Replaced wholesale on every run.
 */
import type { Db } from '../db/connection.ts';
import { AgendaItemInput } from '../../shared/api/schemas/agenda.ts';
import { SpeechInput } from '../../shared/api/schemas/speeches.ts';
import { createAgendaItems, setAgendaTimes } from './repository.ts';
import { createSpeeches } from '../speeches/repository.ts';

const opening =
  '6 tháng đầu năm, các tỉnh trong Cụm thi đua phát động nhiều phong trào thi đua sôi nổi trên tất cả các lĩnh vực, ' +
  'bám sát nhiệm vụ chính trị; tăng trưởng GRDP của các tỉnh cơ bản đạt và vượt kế hoạch (Điện Biên 8,7%; Lào Cai ' +
  'giải ngân trên 2.500 tỷ đồng vốn đầu tư công). Công tác khen thưởng bám sát Luật Thi đua, khen thưởng năm 2022: khen ' +
  'cấp Nhà nước 138 tập thể, cá nhân (tập thể nhỏ, người lao động trực tiếp 68,8%); khen thưởng cấp tỉnh 6.966 tập ' +
  'thể, cá nhân và hộ gia đình (61,9%).';
const directions =
  'Đề nghị các tỉnh tăng cường lãnh đạo, chỉ đạo thực hiện Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng ' +
  'dẫn; thực hiện Đề án "Tuyên truyền gương điển hình tiên tiến" theo Quyết định số 1526/QĐ-TTg; đẩy mạnh tuyên ' +
  'truyền các quy định mới về thi đua, khen thưởng; đổi mới các phong trào thi đua theo hướng thiết thực, hiệu quả.';
const discussion =
  'Đại diện các tỉnh trao đổi kinh nghiệm trong lãnh đạo, chỉ đạo công tác thi đua, khen thưởng, giới thiệu gương ' +
  'điển hình tiên tiến, mô hình mới, cách làm hay, sáng tạo, hiệu quả.';

export function seedDemoAgenda(db: Db, conferenceId: number, people: Map<string, number>) {
  const person = (name: string) => people.get(name) ?? null;
  const anh = person('Hoàng Xuân Ánh');
  const nga = person('Hà Thị Nga');
  db.prepare('DELETE FROM speech WHERE conference_id = ?').run(conferenceId);
  db.prepare('DELETE FROM agenda_item WHERE conference_id = ?').run(conferenceId);
  setAgendaTimes(db, { conferenceId, startTime: '08:00', plannedEndTime: '11:30' });

  const rows = [
    ['don_tiep', 30, 'Đón tiếp đại biểu, phát tài liệu', null, 'Ban Thi đua - Khen thưởng tỉnh Cao Bằng'],
    ['khac', 10, 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', null, 'Người dẫn chương trình'],
    ['khai_mac', 10, 'Phát biểu khai mạc hội nghị', anh, ''],
    [
      'bao_cao',
      20,
      'Báo cáo sơ kết thực hiện giao ước thi đua 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024',
      null,
      'Thường trực Cụm thi đua',
    ],
    [
      'tham_luan',
      60,
      'Tham luận, trao đổi kinh nghiệm của các tỉnh trong Cụm thi đua',
      null,
      'Đại diện các tỉnh',
    ],
    ['nghi_giai_lao', 15, 'Nghỉ giải lao', null, ''],
    ['phat_bieu_chi_dao', 20, 'Phát biểu chỉ đạo của đại biểu Trung ương', nga, ''],
    ['khac', 10, 'Tặng bức tranh "Mắt Thần núi" cho các đơn vị trong Cụm thi đua', anh, ''],
    ['be_mac', 15, 'Tiếp thu ý kiến chỉ đạo, kết luận và bế mạc hội nghị', null, 'Chủ trì hội nghị'],
  ] as const;
  const items = createAgendaItems(
    db,
    conferenceId,
    rows.map(([kind, durationMinutes, content, presenterDelegateId, presenterText]) =>
      AgendaItemInput.parse({ kind, durationMinutes, content, presenterDelegateId, presenterText }),
    ),
    { batch: true },
  );
  const itemOf = (kind: string) => items.find((i) => i.kind === kind)?.id ?? null;

  const speeches = [
    {
      kind: 'khai_mac',
      speakerDelegateId: anh,
      title: 'Phát biểu khai mạc',
      summary: opening,
      plannedMinutes: 10,
    },
    {
      kind: 'tham_luan',
      speakerText: 'Đại diện các tỉnh trong Cụm thi đua',
      title: 'Thảo luận, trao đổi kinh nghiệm công tác thi đua, khen thưởng',
      summary: discussion,
      plannedMinutes: 60,
    },
    {
      kind: 'chi_dao',
      speakerDelegateId: nga,
      title: 'Phát biểu chỉ đạo',
      summary: directions,
      plannedMinutes: 20,
    },
  ].map(({ kind, ...s }) =>
    SpeechInput.parse({ ...s, kind, agendaItemId: itemOf(kind === 'chi_dao' ? 'phat_bieu_chi_dao' : kind) }),
  );
  createSpeeches(db, conferenceId, speeches, true);
  return { agendaItems: items.length, speeches: speeches.length };
}
