-- The morning of the conference: when each delegate was checked in at the desk, and the seating plan
-- (the presidium table and the hall's rows), whose seats the lists print as delegate.seat.

ALTER TABLE delegate ADD COLUMN checked_in_at TEXT;

CREATE TABLE seating_plan (
  conference_id    INTEGER PRIMARY KEY REFERENCES conference (id),
  presidium_seats  INTEGER NOT NULL CHECK (presidium_seats BETWEEN 0 AND 40),
  hall_rows        INTEGER NOT NULL CHECK (hall_rows BETWEEN 0 AND 100),
  seats_per_row    INTEGER NOT NULL CHECK (seats_per_row BETWEEN 1 AND 60),
  updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- One seat per delegate. Presidium seats are numbered in protocol order (1 = the centre chair) with row 0;
-- hall seats by row (1 = the front) and seat (1 = the left end, seen from the hall).
CREATE TABLE seat_assignment (
  delegate_id    INTEGER PRIMARY KEY REFERENCES delegate (id),
  conference_id  INTEGER NOT NULL REFERENCES conference (id),
  area           TEXT NOT NULL CHECK (area IN ('presidium', 'hall')),
  row            INTEGER NOT NULL CHECK (row >= 0),
  seat           INTEGER NOT NULL CHECK (seat >= 1),
  CHECK ((area = 'presidium') = (row = 0)),
  UNIQUE (conference_id, area, row, seat)
);
