-- Disaster-avoidance shelters (避灾安置场所): the registry, the standardisation checklist (规范化建设) and
-- occupancy (check-in and check-out of evacuee households). Townships and villages are referenced by code/id only.

CREATE TABLE shelter
(
  id                   UUID PRIMARY KEY,
  name                 TEXT NOT NULL UNIQUE,
  level                TEXT NOT NULL CHECK (level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
  kind                 TEXT NOT NULL CHECK (kind IN ('SCHOOL', 'GYM', 'HALL', 'PURPOSE_BUILT', 'OTHER')),
  township_code        TEXT NOT NULL,
  village_name         TEXT,
  address              TEXT,
  usable_area_m2       NUMERIC(10, 1) NOT NULL CHECK (usable_area_m2 >= 0),
  facilities           TEXT[] NOT NULL DEFAULT '{}',
  accessible           BOOLEAN NOT NULL DEFAULT FALSE,
  contact              TEXT,
  phone                TEXT,
  lat                  DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon                  DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
  status               TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
  provincial_standard  BOOLEAN NOT NULL DEFAULT FALSE,
  synthetic            BOOLEAN NOT NULL DEFAULT FALSE,
  opened_at            TIMESTAMP WITH TIME ZONE,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX shelter_township_idx ON shelter (township_code);

-- One row per shelter and checklist item; a shelter is standardised when every item is met.
CREATE TABLE shelter_check
(
  shelter_id  UUID NOT NULL REFERENCES shelter (id),
  item        TEXT NOT NULL,
  met         BOOLEAN NOT NULL,
  evidence    TEXT,
  checked_by  TEXT NOT NULL,
  checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (shelter_id, item),
  CHECK (NOT met OR evidence IS NOT NULL)
);

-- An evacuee household's stay. Only the masked identity number is stored (ZJ: masked in every view and export).
CREATE TABLE shelter_stay
(
  id              UUID PRIMARY KEY,
  shelter_id      UUID NOT NULL REFERENCES shelter (id),
  household_head  TEXT NOT NULL,
  id_number_mask  TEXT,
  village_id      UUID,
  village_name    TEXT,
  people          INTEGER NOT NULL CHECK (people > 0 AND people <= 50),
  phone           TEXT,
  checked_in_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  checked_out_at  TIMESTAMP WITH TIME ZONE,
  checked_in_by   TEXT NOT NULL,
  CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);
CREATE INDEX shelter_stay_present_idx ON shelter_stay (shelter_id) WHERE checked_out_at IS NULL;
