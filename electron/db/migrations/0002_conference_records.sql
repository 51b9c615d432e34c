-- The records of a conference: delegates, agenda, speeches and award lists, plus the award form catalogue.
-- Rows are soft-deleted (deleted_at) so a delete can be undone. Keys computed in JS (search_key, name_key)
-- stand in for collations, which better-sqlite3 cannot register.

ALTER TABLE conference ADD COLUMN planned_end_time TEXT;

CREATE TABLE delegate (
  id                    INTEGER PRIMARY KEY,
  conference_id         INTEGER NOT NULL REFERENCES conference (id),
  full_name             TEXT NOT NULL CHECK (length(full_name) > 0),
  gender                TEXT CHECK (gender IN ('nam', 'nu')),
  -- Chức vụ, one line per position, as a JSON array of strings.
  position_lines        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(position_lines)),
  organization          TEXT NOT NULL DEFAULT '',
  delegation_kind       TEXT NOT NULL DEFAULT 'member' CHECK (delegation_kind IN ('member', 'central', 'guest')),
  delegation_member_id  INTEGER REFERENCES member_unit (id),
  delegation_label      TEXT NOT NULL DEFAULT '',
  role                  TEXT NOT NULL DEFAULT 'dai_bieu'
                        CHECK (role IN ('chu_tri', 'dong_chu_tri', 'khach_moi', 'dai_bieu', 'thu_ky', 'phuc_vu')),
  protocol_group        TEXT NOT NULL DEFAULT 'khac' CHECK (protocol_group IN
                        ('lanh_dao_trung_uong', 'co_quan_trung_uong', 'lanh_dao_cum', 'lanh_dao_tinh', 'so_ban_nganh', 'khac')),
  protocol_rank         INTEGER,
  in_office_since       TEXT,
  birth_year            INTEGER,
  phone                 TEXT NOT NULL DEFAULT '',
  email                 TEXT NOT NULL DEFAULT '',
  status                TEXT NOT NULL DEFAULT 'duoc_moi' CHECK (status IN ('duoc_moi', 'xac_nhan', 'vang', 'co_mat')),
  absence_reason        TEXT NOT NULL DEFAULT '',
  seat                  TEXT NOT NULL DEFAULT '',
  note                  TEXT NOT NULL DEFAULT '',
  -- The clerk's own protocol order; NULL = placed by the rules.
  manual_order          INTEGER,
  search_key            TEXT NOT NULL DEFAULT '',
  name_key              TEXT NOT NULL DEFAULT '',
  deleted_at            TEXT,
  created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (delegation_kind <> 'member' OR delegation_member_id IS NOT NULL)
);
CREATE INDEX delegate_conference ON delegate (conference_id, deleted_at);

CREATE TABLE agenda_item (
  id                     INTEGER PRIMARY KEY,
  conference_id          INTEGER NOT NULL REFERENCES conference (id),
  position               INTEGER NOT NULL,
  duration_minutes       INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 1440),
  content                TEXT NOT NULL CHECK (length(content) > 0),
  kind                   TEXT NOT NULL DEFAULT 'khac' CHECK (kind IN ('don_tiep', 'khai_mac', 'bao_cao', 'tham_luan',
                         'phat_bieu_chi_dao', 'khen_thuong', 'nghi_giai_lao', 'be_mac', 'khac')),
  presenter_delegate_id  INTEGER REFERENCES delegate (id),
  presenter_text         TEXT NOT NULL DEFAULT '',
  note                   TEXT NOT NULL DEFAULT '',
  deleted_at             TEXT,
  created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX agenda_item_conference ON agenda_item (conference_id, position);

CREATE TABLE speech (
  id                   INTEGER PRIMARY KEY,
  conference_id        INTEGER NOT NULL REFERENCES conference (id),
  position             INTEGER NOT NULL,
  speaker_delegate_id  INTEGER REFERENCES delegate (id),
  speaker_text         TEXT NOT NULL DEFAULT '',
  kind                 TEXT NOT NULL DEFAULT 'tham_luan'
                       CHECK (kind IN ('khai_mac', 'bao_cao', 'tham_luan', 'chi_dao', 'ket_luan', 'khac')),
  title                TEXT NOT NULL DEFAULT '',
  agenda_item_id       INTEGER REFERENCES agenda_item (id),
  planned_minutes      INTEGER CHECK (planned_minutes IS NULL OR planned_minutes BETWEEN 0 AND 600),
  actual_minutes       INTEGER CHECK (actual_minutes IS NULL OR actual_minutes BETWEEN 0 AND 600),
  summary              TEXT NOT NULL DEFAULT '',
  -- Đăng ký phát biểu: planned by the programme, asked for, accepted or declined.
  registration         TEXT NOT NULL DEFAULT 'du_kien'
                       CHECK (registration IN ('du_kien', 'dang_ky', 'chap_nhan', 'tu_choi')),
  requested_at         TEXT,
  note                 TEXT NOT NULL DEFAULT '',
  deleted_at           TEXT,
  created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (speaker_delegate_id IS NOT NULL OR length(speaker_text) > 0)
);
CREATE INDEX speech_conference ON speech (conference_id, position);

-- Forms of commendation (Luật Thi đua, khen thưởng 2022), editable by the clerk. precedence: awards are
-- handed over from the highest form (smallest number) down.
CREATE TABLE award_form (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('huan_chuong', 'huy_chuong', 'danh_hieu', 'co_thi_dua', 'bang_khen', 'giay_khen', 'khac')),
  level       TEXT NOT NULL CHECK (level IN ('nha_nuoc', 'chinh_phu', 'bo_tinh', 'co_so')),
  precedence  INTEGER NOT NULL,
  deleted_at  TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX award_form_name ON award_form (name) WHERE deleted_at IS NULL;

INSERT INTO award_form (name, kind, level, precedence) VALUES
  ('Huân chương Sao vàng', 'huan_chuong', 'nha_nuoc', 10),
  ('Huân chương Hồ Chí Minh', 'huan_chuong', 'nha_nuoc', 20),
  ('Huân chương Độc lập hạng Nhất', 'huan_chuong', 'nha_nuoc', 30),
  ('Huân chương Độc lập hạng Nhì', 'huan_chuong', 'nha_nuoc', 31),
  ('Huân chương Độc lập hạng Ba', 'huan_chuong', 'nha_nuoc', 32),
  ('Huân chương Quân công hạng Nhất', 'huan_chuong', 'nha_nuoc', 40),
  ('Huân chương Quân công hạng Nhì', 'huan_chuong', 'nha_nuoc', 41),
  ('Huân chương Quân công hạng Ba', 'huan_chuong', 'nha_nuoc', 42),
  ('Huân chương Lao động hạng Nhất', 'huan_chuong', 'nha_nuoc', 50),
  ('Huân chương Lao động hạng Nhì', 'huan_chuong', 'nha_nuoc', 51),
  ('Huân chương Lao động hạng Ba', 'huan_chuong', 'nha_nuoc', 52),
  ('Huân chương Bảo vệ Tổ quốc hạng Nhất', 'huan_chuong', 'nha_nuoc', 60),
  ('Huân chương Bảo vệ Tổ quốc hạng Nhì', 'huan_chuong', 'nha_nuoc', 61),
  ('Huân chương Bảo vệ Tổ quốc hạng Ba', 'huan_chuong', 'nha_nuoc', 62),
  ('Huân chương Chiến công hạng Nhất', 'huan_chuong', 'nha_nuoc', 70),
  ('Huân chương Chiến công hạng Nhì', 'huan_chuong', 'nha_nuoc', 71),
  ('Huân chương Chiến công hạng Ba', 'huan_chuong', 'nha_nuoc', 72),
  ('Huân chương Đại đoàn kết dân tộc', 'huan_chuong', 'nha_nuoc', 80),
  ('Huân chương Dũng cảm', 'huan_chuong', 'nha_nuoc', 90),
  ('Huân chương Hữu nghị', 'huan_chuong', 'nha_nuoc', 100),
  ('Huy chương Quân kỳ quyết thắng', 'huy_chuong', 'nha_nuoc', 110),
  ('Huy chương Vì an ninh Tổ quốc', 'huy_chuong', 'nha_nuoc', 120),
  ('Huy chương Chiến sĩ vẻ vang hạng Nhất', 'huy_chuong', 'nha_nuoc', 130),
  ('Huy chương Chiến sĩ vẻ vang hạng Nhì', 'huy_chuong', 'nha_nuoc', 131),
  ('Huy chương Chiến sĩ vẻ vang hạng Ba', 'huy_chuong', 'nha_nuoc', 132),
  ('Huy chương Hữu nghị', 'huy_chuong', 'nha_nuoc', 140),
  ('Chiến sĩ thi đua toàn quốc', 'danh_hieu', 'chinh_phu', 200),
  ('Cờ thi đua của Chính phủ', 'co_thi_dua', 'chinh_phu', 210),
  ('Bằng khen của Thủ tướng Chính phủ', 'bang_khen', 'chinh_phu', 220),
  ('Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'danh_hieu', 'bo_tinh', 300),
  ('Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương', 'co_thi_dua', 'bo_tinh', 310),
  ('Cờ thi đua của tỉnh', 'co_thi_dua', 'bo_tinh', 311),
  ('Bằng khen của bộ, ban, ngành, đoàn thể Trung ương', 'bang_khen', 'bo_tinh', 320),
  ('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'bang_khen', 'bo_tinh', 321),
  ('Tập thể lao động xuất sắc', 'danh_hieu', 'bo_tinh', 330),
  ('Chiến sĩ thi đua cơ sở', 'danh_hieu', 'co_so', 400),
  ('Giấy khen', 'giay_khen', 'co_so', 410),
  ('Tập thể lao động tiên tiến', 'danh_hieu', 'co_so', 420),
  ('Lao động tiên tiến', 'danh_hieu', 'co_so', 430);

CREATE TABLE award_entry (
  id                INTEGER PRIMARY KEY,
  conference_id     INTEGER NOT NULL REFERENCES conference (id),
  recipient_kind    TEXT NOT NULL CHECK (recipient_kind IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  recipient_name    TEXT NOT NULL CHECK (length(recipient_name) > 0),
  position          TEXT NOT NULL DEFAULT '',
  organization      TEXT NOT NULL DEFAULT '',
  award_form_id     INTEGER NOT NULL REFERENCES award_form (id),
  level             TEXT NOT NULL CHECK (level IN ('nha_nuoc', 'chinh_phu', 'bo_tinh', 'co_so')),
  decision_number   TEXT NOT NULL DEFAULT '',
  decision_date     TEXT,
  member_unit_id    INTEGER REFERENCES member_unit (id),
  -- "Tập thể nhỏ / người lao động trực tiếp" (Thông tư 02/2023/TT-BNV): the share the reports quote.
  small_or_direct   INTEGER NOT NULL DEFAULT 0 CHECK (small_or_direct IN (0, 1)),
  note              TEXT NOT NULL DEFAULT '',
  search_key        TEXT NOT NULL DEFAULT '',
  name_key          TEXT NOT NULL DEFAULT '',
  deleted_at        TEXT,
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX award_entry_conference ON award_entry (conference_id, deleted_at);
