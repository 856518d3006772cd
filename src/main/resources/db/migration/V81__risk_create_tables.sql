-- Dual prevention (双重预防): risk points, major hazard units, hidden hazards. Enterprises and townships are
-- referenced by id/code only; township_code is the enterprise's, copied so the map and scope need no join.
CREATE TABLE risk_point
(
  id                  UUID PRIMARY KEY,
  enterprise_id       UUID NOT NULL,
  township_code       TEXT NOT NULL,
  name                TEXT NOT NULL,
  place               TEXT,
  activity            TEXT,
  hazard_kind         TEXT,
  method              TEXT NOT NULL CHECK (method IN ('LEC', 'LS')),
  factor_l            NUMERIC NOT NULL,
  factor_e            NUMERIC,
  factor_c            NUMERIC,
  factor_s            NUMERIC,
  score               NUMERIC NOT NULL,
  level               TEXT NOT NULL CHECK (level IN ('MAJOR', 'LARGE', 'GENERAL', 'LOW')),
  variant             TEXT NOT NULL,
  control_measures    TEXT,
  responsible_person  TEXT,
  control_level       TEXT,
  review_days         INTEGER NOT NULL CHECK (review_days BETWEEN 1 AND 3660),
  next_review         DATE NOT NULL,
  review_reminded_on  DATE,
  active              BOOLEAN NOT NULL,
  synthetic           BOOLEAN NOT NULL DEFAULT FALSE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ((method = 'LEC' AND factor_e IS NOT NULL AND factor_c IS NOT NULL AND factor_s IS NULL)
      OR (method = 'LS' AND factor_s IS NOT NULL AND factor_e IS NULL AND factor_c IS NULL))
);
CREATE INDEX risk_point_enterprise_idx ON risk_point (enterprise_id);
CREATE INDEX risk_point_township_idx ON risk_point (township_code);
CREATE INDEX risk_point_review_idx ON risk_point (next_review) WHERE active;

-- A production or storage unit declared by an enterprise (GB 18218-2018), with its computed S, R and grade.
CREATE TABLE major_hazard_unit
(
  id                  UUID PRIMARY KEY,
  enterprise_id       UUID NOT NULL,
  township_code       TEXT NOT NULL,
  name                TEXT NOT NULL,
  unit_kind           TEXT NOT NULL CHECK (unit_kind IN ('PRODUCTION', 'STORAGE')),
  exposed_population  INTEGER NOT NULL CHECK (exposed_population >= 0),
  substances          JSONB NOT NULL,
  s                   NUMERIC NOT NULL,
  r                   NUMERIC,
  grade               INTEGER CHECK (grade BETWEEN 1 AND 4),
  synthetic           BOOLEAN NOT NULL DEFAULT FALSE,
  declared_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (enterprise_id, name)
);

-- 事故隐患: the aggregate's state in columns; its history, photos and explanations in child tables.
CREATE TABLE hidden_hazard
(
  id                    UUID PRIMARY KEY,
  enterprise_id         UUID NOT NULL,
  township_code         TEXT NOT NULL,
  origin                TEXT NOT NULL CHECK (origin IN ('SELF_CHECK', 'GRID_MEMBER', 'INSPECTOR', 'PUBLIC_TIP_OFF')),
  description           TEXT NOT NULL,
  state                 TEXT NOT NULL CHECK (state IN ('DISCOVERED', 'REGISTERED', 'GRADED', 'PLAN_APPROVED',
                                                       'RECTIFYING', 'VERIFYING', 'CLOSED')),
  location              TEXT,
  category              TEXT,
  grade                 TEXT CHECK (grade IN ('GENERAL', 'MAJOR')),
  judgement_item        TEXT,
  plan_objectives       TEXT,
  plan_responsibility   TEXT,
  plan_measures         TEXT,
  plan_funds_yuan       NUMERIC,
  plan_deadline         TIMESTAMP WITH TIME ZONE,
  plan_contingency      TEXT,
  responsible_person    UUID,
  responsible_name      TEXT,
  deadline              TIMESTAMP WITH TIME ZONE,
  rectifier             UUID,
  reopen_count          INTEGER NOT NULL DEFAULT 0,
  last_rejected_at      TIMESTAMP WITH TIME ZONE,
  supervision_level     TEXT CHECK (supervision_level IN ('PROVINCE', 'CITY', 'COUNTY')),
  supervising_unit      TEXT,
  responsible_unit      TEXT,
  supervision_deadline  TIMESTAMP WITH TIME ZONE,
  supervision_document  TEXT,
  escalation_tier       TEXT,
  reminded_at           TIMESTAMP WITH TIME ZONE,
  tip_tracking_hash     TEXT UNIQUE,
  reward_yuan           NUMERIC,
  reward_status         TEXT CHECK (reward_status IN ('PENDING', 'APPROVED', 'PAID', 'DECLINED')),
  synthetic             BOOLEAN NOT NULL DEFAULT FALSE,
  found_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at             TIMESTAMP WITH TIME ZONE,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hidden_hazard_enterprise_idx ON hidden_hazard (enterprise_id);
CREATE INDEX hidden_hazard_township_idx ON hidden_hazard (township_code);
CREATE INDEX hidden_hazard_open_idx ON hidden_hazard (deadline) WHERE state <> 'CLOSED';

CREATE TABLE hidden_hazard_step
(
  hazard_id   UUID NOT NULL REFERENCES hidden_hazard (id),
  seq         INTEGER NOT NULL,
  state       TEXT NOT NULL,
  actor       UUID,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  note        TEXT,
  PRIMARY KEY (hazard_id, seq)
);

CREATE TABLE hidden_hazard_explanation
(
  hazard_id   UUID NOT NULL REFERENCES hidden_hazard (id),
  seq         INTEGER NOT NULL,
  author      UUID NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (hazard_id, seq)
);

-- Photos live on disk (anlan.photos.dir); the table holds where and what.
CREATE TABLE hidden_hazard_photo
(
  id            UUID PRIMARY KEY,
  hazard_id     UUID NOT NULL REFERENCES hidden_hazard (id),
  phase         TEXT NOT NULL CHECK (phase IN ('BEFORE', 'AFTER')),
  stored_name   TEXT NOT NULL,
  content_type  TEXT NOT NULL,
  size_bytes    BIGINT NOT NULL,
  sha256        TEXT NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hidden_hazard_photo_hazard_idx ON hidden_hazard_photo (hazard_id);
