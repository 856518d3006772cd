-- Incidents (突发事件) and their upward reports (信息报送).
CREATE TABLE incident
(
  id                        UUID PRIMARY KEY,
  type_code                 TEXT NOT NULL,
  category                  TEXT NOT NULL,
  channel                   TEXT NOT NULL CHECK (channel IN ('DUTY_CALL', 'GRID', 'PUBLIC', 'SYSTEM')),
  occurred_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  learned_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  lat                       DOUBLE PRECISION NOT NULL,
  lon                       DOUBLE PRECISION NOT NULL,
  township_code             TEXT NOT NULL,
  at_sea                    BOOLEAN NOT NULL,
  address                   TEXT,
  dead                      INTEGER NOT NULL CHECK (dead >= 0),
  missing                   INTEGER NOT NULL CHECK (missing >= 0),
  seriously_injured         INTEGER NOT NULL CHECK (seriously_injured >= 0),
  injured                   INTEGER NOT NULL CHECK (injured >= 0),
  direct_loss_yuan          BIGINT NOT NULL CHECK (direct_loss_yuan >= 0),
  burned_hectares           DOUBLE PRECISION CHECK (burned_hectares >= 0),
  description               TEXT NOT NULL,
  severity                  TEXT NOT NULL CHECK (severity IN ('I', 'II', 'III', 'IV')),
  computed_severity         TEXT NOT NULL CHECK (computed_severity IN ('I', 'II', 'III', 'IV')),
  grading_reasons           TEXT NOT NULL,
  severity_override_reason  TEXT,
  status                    TEXT NOT NULL CHECK (status IN ('REPORTED', 'CONFIRMED', 'RESPONDING', 'CLOSED', 'MERGED')),
  merged_into               UUID REFERENCES incident (id),
  reporter_name             TEXT,
  reporter_phone            TEXT,
  reported_by               TEXT,
  source_ref                TEXT,
  closed_at                 TIMESTAMP WITH TIME ZONE,
  updated_at                TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incident_learned_at_idx ON incident (learned_at DESC);
CREATE INDEX incident_township_idx ON incident (township_code, learned_at DESC);
CREATE INDEX incident_open_idx ON incident (status) WHERE status <> 'CLOSED';
CREATE UNIQUE INDEX incident_source_ref_idx ON incident (source_ref) WHERE source_ref IS NOT NULL;

-- The Idempotency-Key of a public report and the incident it created: the same key never creates two.
CREATE TABLE incident_idempotency
(
  idempotency_key  TEXT PRIMARY KEY,
  request_hash     CHAR(64) NOT NULL,
  incident_id      UUID NOT NULL REFERENCES incident (id),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE incident_report
(
  id           UUID PRIMARY KEY,
  incident_id  UUID NOT NULL REFERENCES incident (id),
  kind         TEXT NOT NULL CHECK (kind IN ('INITIAL', 'FOLLOW_UP', 'FINAL')),
  channel      TEXT NOT NULL CHECK (channel IN ('PHONE', 'WRITTEN')),
  filed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  filed_by     TEXT NOT NULL,
  recipient    TEXT NOT NULL,
  content      TEXT NOT NULL
);
CREATE INDEX incident_report_incident_idx ON incident_report (incident_id, filed_at);

CREATE TABLE incident_photo
(
  id            UUID PRIMARY KEY,
  incident_id   UUID NOT NULL REFERENCES incident (id),
  content_type  TEXT NOT NULL,
  size_bytes    BIGINT NOT NULL,
  sha256        CHAR(64) NOT NULL,
  stored_name   TEXT NOT NULL,
  uploaded_by   TEXT NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Escalations raised when an upward report is overdue; one per obligation.
CREATE TABLE incident_escalation
(
  incident_id  UUID NOT NULL REFERENCES incident (id),
  obligation   TEXT NOT NULL,
  due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (incident_id, obligation, due_at)
);
