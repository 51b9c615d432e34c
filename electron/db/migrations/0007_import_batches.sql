-- Imports of a province's delegate or award list: one batch per import (what, from which file, when, by which
-- column mapping, how many rows added / updated / skipped), the rows it touched with what they held before, so
-- the batch can be undone later; and the column mapping each member's files were last read with.

CREATE TABLE import_batch (
  id                INTEGER PRIMARY KEY,
  conference_id     INTEGER NOT NULL REFERENCES conference (id),
  kind              TEXT NOT NULL CHECK (kind IN ('delegates', 'awards')),
  file_name         TEXT NOT NULL,
  -- SHA-256 of the file's bytes: the same file imported twice is recognisable.
  file_sha256       TEXT NOT NULL,
  sheet             TEXT NOT NULL,
  header_row        INTEGER NOT NULL,
  member_unit_id    INTEGER REFERENCES member_unit (id),
  delegation_label  TEXT NOT NULL DEFAULT '',
  -- [{ "column": "B", "header": "Họ và tên", "field": "fullName" | null }, …]
  mapping           TEXT NOT NULL CHECK (json_valid(mapping)),
  added             INTEGER NOT NULL CHECK (added >= 0),
  updated           INTEGER NOT NULL CHECK (updated >= 0),
  skipped           INTEGER NOT NULL CHECK (skipped >= 0),
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  undone_at         TEXT
);
CREATE INDEX import_batch_conference ON import_batch (conference_id, created_at);

-- record_id is a delegate.id or an award_entry.id, as the batch's kind says. `previous` is the record's fields
-- before an update (JSON), restored by an undo; NULL for rows the batch added.
CREATE TABLE import_batch_item (
  batch_id    INTEGER NOT NULL REFERENCES import_batch (id),
  source_row  INTEGER NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('add', 'update')),
  record_id   INTEGER NOT NULL,
  previous    TEXT CHECK (previous IS NULL OR json_valid(previous)),
  CHECK ((action = 'update') = (previous IS NOT NULL)),
  PRIMARY KEY (batch_id, source_row)
);

-- Per member and kind of list: folded column heading -> field ("" = not imported), as the clerk last set it.
CREATE TABLE import_mapping (
  member_unit_id  INTEGER NOT NULL REFERENCES member_unit (id),
  kind            TEXT NOT NULL CHECK (kind IN ('delegates', 'awards')),
  columns         TEXT NOT NULL CHECK (json_valid(columns)),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (member_unit_id, kind)
);
