-- The secretariat's settings for official documents, one row per cluster (the secretariat moves with the
-- host province), and the number symbol per kind of document ("GM-BTĐKT" in "Số: 05/GM-BTĐKT").

CREATE TABLE document_settings (
  cluster_id         INTEGER PRIMARY KEY REFERENCES cluster (id),
  parent_body        TEXT NOT NULL DEFAULT '',
  issuing_body       TEXT NOT NULL CHECK (length(issuing_body) > 0),
  issuing_body_code  TEXT NOT NULL CHECK (length(issuing_body_code) > 0),
  place_name         TEXT NOT NULL CHECK (length(place_name) > 0),
  signer_authority   TEXT NOT NULL DEFAULT '',
  signer_title       TEXT NOT NULL CHECK (length(signer_title) > 0),
  signer_name        TEXT NOT NULL DEFAULT '',
  filing_units       TEXT NOT NULL DEFAULT 'VT',
  contact            TEXT NOT NULL DEFAULT '',
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Kinds are checked by the API schema, not here, so a new kind of document needs no migration.
CREATE TABLE document_symbol (
  cluster_id     INTEGER NOT NULL REFERENCES document_settings (cluster_id) ON DELETE CASCADE,
  document_kind  TEXT NOT NULL,
  symbol         TEXT NOT NULL CHECK (length(symbol) > 0),
  PRIMARY KEY (cluster_id, document_kind)
);
