-- Rescue forces (救援力量): teams, experts and key equipment. Townships are referenced by code only.
CREATE TABLE rescue_team
(
  id                  UUID PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  kind                TEXT NOT NULL CHECK (kind IN ('NATIONAL_FIRE_RESCUE', 'MUNICIPAL_FOREST_FIRE', 'COUNTY_FOREST_FIRE',
                                                     'DEPARTMENT_PROFESSIONAL', 'TOWNSHIP_FULLTIME_FIRE',
                                                     'TOWNSHIP_FOREST_FIRE', 'SOCIAL_RESCUE', 'ENTERPRISE_FIRE',
                                                     'MICRO_FIRE_STATION')),
  township_code       TEXT NOT NULL,
  base_lat            DOUBLE PRECISION NOT NULL CHECK (base_lat BETWEEN -90 AND 90),
  base_lon            DOUBLE PRECISION NOT NULL CHECK (base_lon BETWEEN -180 AND 180),
  headcount           INTEGER NOT NULL CHECK (headcount > 0),
  vehicles            INTEGER NOT NULL CHECK (vehicles >= 0),
  equipment_summary   TEXT,
  capabilities        TEXT[] NOT NULL CHECK (cardinality(capabilities) > 0),
  status              TEXT NOT NULL CHECK (status IN ('ON_DUTY', 'DISPATCHED', 'OFF_DUTY', 'UNAVAILABLE')),
  insured             BOOLEAN NOT NULL,
  insurer             TEXT,
  insurance_expires   DATE,
  leader              TEXT,
  phone               TEXT,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (insured = (insurer IS NOT NULL AND insurance_expires IS NOT NULL))
);
CREATE INDEX rescue_team_township_idx ON rescue_team (township_code);
CREATE INDEX rescue_team_capabilities_idx ON rescue_team USING GIN (capabilities);

CREATE TABLE expert
(
  id                  UUID PRIMARY KEY,
  name                TEXT NOT NULL,
  specialities        TEXT[] NOT NULL CHECK (cardinality(specialities) > 0),
  organisation        TEXT NOT NULL,
  phone               TEXT,
  township_code       TEXT,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (name, organisation)
);

-- Key equipment is held either by a team of this module or by a supply depot, named (the supply module's
-- depots are not referenced by table).
CREATE TABLE equipment
(
  id                  UUID PRIMARY KEY,
  name                TEXT NOT NULL,
  kind                TEXT NOT NULL,
  quantity            INTEGER NOT NULL CHECK (quantity > 0),
  team_id             UUID REFERENCES rescue_team (id),
  depot               TEXT,
  township_code       TEXT NOT NULL,
  lat                 DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon                 DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ((team_id IS NULL) <> (depot IS NULL))
);
CREATE INDEX equipment_team_idx ON equipment (team_id);
CREATE INDEX equipment_township_idx ON equipment (township_code);
