-- Dissemination (预警信息发布): recipients, the outbox of delivery jobs, per-recipient delivery state, 叫应.

-- population reached by the public channels per township (demo mode seeds a synthetic one, ~560,000 in all)
CREATE TABLE warning_population
(
  township_code  TEXT PRIMARY KEY,
  people         INTEGER NOT NULL CHECK (people >= 0),
  terminals      INTEGER NOT NULL CHECK (terminals >= 0)
);

-- named officials who must acknowledge (叫应); rank 1 is called first, higher ranks are the escalation contacts
CREATE TABLE warning_official
(
  id             UUID PRIMARY KEY,
  name           TEXT NOT NULL,
  position       TEXT NOT NULL,
  phone          TEXT NOT NULL,
  push_token     TEXT,
  township_code  TEXT,
  rank           INTEGER NOT NULL CHECK (rank >= 1),
  UNIQUE (township_code, rank, name)
);

-- the outbox: one job per warning version, channel, audience and township, written with the issue itself
CREATE TABLE warning_delivery_job
(
  id             BIGSERIAL PRIMARY KEY,
  warning_id     UUID NOT NULL REFERENCES warning (id),
  version        INTEGER NOT NULL,
  channel        TEXT NOT NULL CHECK (channel IN ('SMS', 'BROADCAST', 'APP_PUSH')),
  audience       TEXT NOT NULL CHECK (audience IN ('PUBLIC', 'TERMINALS', 'OFFICIALS')),
  township_code  TEXT NOT NULL,
  text           TEXT NOT NULL,
  recipients     INTEGER NOT NULL,
  expanded       BOOLEAN NOT NULL DEFAULT FALSE,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (warning_id, version, channel, audience, township_code)
);
CREATE INDEX warning_delivery_job_warning_idx ON warning_delivery_job (warning_id);

-- one row per recipient of a job: PENDING → SUBMITTED (accepted by the gateway) → DELIVERED or FAILED (receipt)
CREATE TABLE warning_delivery
(
  job_id           BIGINT NOT NULL REFERENCES warning_delivery_job (id),
  seq              INTEGER NOT NULL,
  recipient        TEXT NOT NULL,
  status           TEXT NOT NULL,
  message_id       TEXT,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP WITH TIME ZONE,
  detail           TEXT,
  PRIMARY KEY (job_id, seq)
) WITH (fillfactor = 70);
CREATE INDEX warning_delivery_pending_idx ON warning_delivery (job_id, seq) WHERE status = 'PENDING';

-- 叫应: each official called for a warning version, until acknowledged; escalation calls the next rank
CREATE TABLE warning_callout
(
  id               BIGSERIAL PRIMARY KEY,
  warning_id       UUID NOT NULL REFERENCES warning (id),
  version          INTEGER NOT NULL,
  official_id      UUID NOT NULL REFERENCES warning_official (id),
  township_code    TEXT NOT NULL,
  rank             INTEGER NOT NULL,
  called_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  acknowledged_at  TIMESTAMP WITH TIME ZONE,
  acknowledged_by  TEXT,
  escalated_at     TIMESTAMP WITH TIME ZONE,
  escalation_of    BIGINT REFERENCES warning_callout (id),
  UNIQUE (warning_id, version, official_id)
);
