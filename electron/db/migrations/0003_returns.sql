-- Members' Excel returns: the template of a conference, each file taken in, and the values it carried.

-- One template per conference. Its items (indicators and emulation criteria) are one JSON document checked by
-- the shared schema; the version goes up whenever the items change, and every return records the version it used.
CREATE TABLE return_template (
  id             INTEGER PRIMARY KEY,
  conference_id  INTEGER NOT NULL UNIQUE REFERENCES conference (id),
  version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  title          TEXT NOT NULL CHECK (length(title) > 0),
  instructions   TEXT NOT NULL DEFAULT '',
  deadline       TEXT,
  items_json     TEXT NOT NULL CHECK (json_valid(items_json)),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Every identified file a member sent: the current one, the ones it replaced (history), and refused ones
-- (kept with their problems so the status board can say "sent, 3 problems"; refused files carry no values).
CREATE TABLE member_return (
  id                INTEGER PRIMARY KEY,
  conference_id     INTEGER NOT NULL REFERENCES conference (id),
  member_id         INTEGER NOT NULL REFERENCES member_unit (id),
  template_version  INTEGER NOT NULL,
  state             TEXT NOT NULL CHECK (state IN ('current', 'superseded', 'refused')),
  file_name         TEXT NOT NULL,
  file_sha256       TEXT NOT NULL,
  identified_by     TEXT NOT NULL CHECK (identified_by IN ('hidden_sheet', 'labels')),
  problems_json     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(problems_json)),
  received_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX member_return_current ON member_return (conference_id, member_id) WHERE state = 'current';
CREATE INDEX member_return_member ON member_return (conference_id, member_id, id);

CREATE TABLE return_value (
  return_id     INTEGER NOT NULL REFERENCES member_return (id) ON DELETE CASCADE,
  item_code     TEXT NOT NULL,
  number_value  REAL,
  text_value    TEXT,
  note          TEXT NOT NULL DEFAULT '',
  sheet         TEXT NOT NULL,
  cell          TEXT NOT NULL,
  PRIMARY KEY (return_id, item_code)
) WITHOUT ROWID;
