-- Evacuation plans (转移安置方案) made from a warning's affected villages: one per warning version.
CREATE TABLE evacuation_plan
(
  id               UUID PRIMARY KEY,
  warning_id       TEXT NOT NULL,
  warning_version  INTEGER NOT NULL,
  hazard           TEXT NOT NULL,
  level            TEXT NOT NULL,
  total_cost_km    DOUBLE PRECISION NOT NULL,
  people           BIGINT NOT NULL CHECK (people >= 0),
  assigned         BIGINT NOT NULL CHECK (assigned >= 0),
  unassigned       BIGINT NOT NULL CHECK (unassigned >= 0),
  villages_without_location INTEGER NOT NULL DEFAULT 0,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (warning_id, warning_version)
);

CREATE TABLE evacuation_assignment
(
  plan_id        UUID NOT NULL REFERENCES evacuation_plan (id),
  village_id     UUID NOT NULL,
  village_name   TEXT NOT NULL,
  township_code  TEXT NOT NULL,
  shelter_id     UUID REFERENCES shelter (id),
  people         BIGINT NOT NULL CHECK (people > 0)
);
CREATE INDEX evacuation_assignment_plan_idx ON evacuation_assignment (plan_id);
