-- Warnings (预警): the current state of each warning, every revision kept, every CAP identifier ever sent.
CREATE TABLE warning
(
  id                   UUID PRIMARY KEY,
  status               TEXT NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'ISSUED', 'CANCELLED', 'EXPIRED')),
  version              INTEGER NOT NULL CHECK (version >= 0),
  hazard               TEXT,
  event_type           TEXT NOT NULL,
  event_name           TEXT NOT NULL,
  level                TEXT NOT NULL CHECK (level IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
  township_codes       TEXT[] NOT NULL CHECK (cardinality(township_codes) > 0),
  villages             TEXT[] NOT NULL,
  polygon              TEXT,
  headline             TEXT,
  description          TEXT,
  instruction          TEXT,
  onset_at             TIMESTAMP WITH TIME ZONE,
  expires_at           TIMESTAMP WITH TIME ZONE,
  decision_support     BOOLEAN NOT NULL,
  official             BOOLEAN NOT NULL,
  origin               TEXT NOT NULL CHECK (origin IN ('MANUAL', 'THRESHOLD', 'IMPORT')),
  sender               TEXT,
  identifier           TEXT UNIQUE,
  previous_identifier  TEXT,
  previous_sent        TIMESTAMP WITH TIME ZONE,
  first_issued_at      TIMESTAMP WITH TIME ZONE,
  last_issued_at       TIMESTAMP WITH TIME ZONE,
  observed_onset_at    TIMESTAMP WITH TIME ZONE,
  drafted_by           TEXT NOT NULL,
  submitted_by         TEXT,
  approved_by          TEXT,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ((status IN ('DRAFT', 'IN_REVIEW')) = (version = 0))
);
CREATE INDEX warning_status_idx ON warning (status);
CREATE INDEX warning_townships_idx ON warning USING GIN (township_codes);

-- every change of a warning as a full snapshot, in order
CREATE TABLE warning_revision
(
  warning_id  UUID NOT NULL REFERENCES warning (id),
  revision    INTEGER NOT NULL,
  action      TEXT NOT NULL,
  actor       TEXT NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  status      TEXT NOT NULL,
  version     INTEGER NOT NULL,
  identifier  TEXT,
  snapshot    JSONB NOT NULL,
  PRIMARY KEY (warning_id, revision)
);

-- every CAP identifier sent or imported: GB/T 35965.1 identifiers are unique per sender and second (+ sequence)
CREATE TABLE warning_cap_message
(
  identifier  TEXT PRIMARY KEY,
  warning_id  UUID NOT NULL REFERENCES warning (id),
  version     INTEGER NOT NULL,
  sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- threshold crossings already turned into drafts (the listener is idempotent)
CREATE TABLE warning_signal
(
  signal_key   TEXT PRIMARY KEY,
  warning_id   UUID REFERENCES warning (id),
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
