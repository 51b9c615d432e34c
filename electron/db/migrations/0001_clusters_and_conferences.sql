-- Clusters, their member units (membership changes over time), and conferences.
-- Rows are soft-deleted (deleted_at) so a delete can be undone.

CREATE TABLE cluster (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  short_name  TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  deleted_at  TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE member_unit (
  id             INTEGER PRIMARY KEY,
  cluster_id     INTEGER NOT NULL REFERENCES cluster (id),
  code           TEXT NOT NULL CHECK (length(code) > 0),
  short_name     TEXT NOT NULL CHECK (length(short_name) > 0),
  official_name  TEXT NOT NULL CHECK (length(official_name) > 0),
  valid_from     TEXT,
  valid_to       TEXT CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  -- The cluster's fixed member order, used wherever members are listed "in the cluster's order".
  position       INTEGER NOT NULL,
  deleted_at     TEXT,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX member_unit_code ON member_unit (cluster_id, code) WHERE deleted_at IS NULL;
CREATE INDEX member_unit_cluster ON member_unit (cluster_id, position);

CREATE TABLE conference (
  id               INTEGER PRIMARY KEY,
  cluster_id       INTEGER NOT NULL REFERENCES cluster (id),
  title            TEXT NOT NULL CHECK (length(title) > 0),
  kind             TEXT NOT NULL CHECK (kind IN ('so_ket_6_thang', 'tong_ket_nam', 'ky_ket_giao_uoc', 'khac')),
  year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  period           TEXT NOT NULL DEFAULT '',
  date             TEXT,
  start_time       TEXT,
  venue            TEXT NOT NULL DEFAULT '',
  host_member_id   INTEGER REFERENCES member_unit (id),
  organizing_body  TEXT NOT NULL DEFAULT '',
  deleted_at       TEXT,
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX conference_cluster ON conference (cluster_id, date);
