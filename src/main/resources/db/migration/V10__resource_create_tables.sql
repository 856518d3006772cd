-- Rescue forces (救援力量): teams, experts and key equipment.
CREATE TABLE rescue_team
(
  id             UUID PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL,
  township_code  TEXT NOT NULL,
  base_lat       DOUBLE PRECISION NOT NULL,
  base_lon       DOUBLE PRECISION NOT NULL,
  headcount      INTEGER NOT NULL CHECK (headcount >= 0),
  vehicles       INTEGER NOT NULL CHECK (vehicles >= 0),
  equipment      TEXT,
  capabilities   TEXT[] NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('ON_DUTY', 'DISPATCHED', 'OFF_DUTY', 'UNAVAILABLE')),
  insured        BOOLEAN NOT NULL,
  leader         TEXT,
  phone          TEXT,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rescue_team_township_idx ON rescue_team (township_code);

CREATE TABLE expert
(
  id             UUID PRIMARY KEY,
  name           TEXT NOT NULL,
  speciality     TEXT NOT NULL,
  organisation   TEXT NOT NULL,
  phone          TEXT,
  township_code  TEXT
);

CREATE TABLE equipment
(
  id             UUID PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL,
  quantity       INTEGER NOT NULL CHECK (quantity >= 0),
  holder         TEXT NOT NULL,
  township_code  TEXT NOT NULL
);
