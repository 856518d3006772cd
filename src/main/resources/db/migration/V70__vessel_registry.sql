-- Vessel registry (渔船精密智控): vessels, crew, ports and typhoon anchorages, fishing grounds.
-- Townships are referenced by code only. Polygons are WKT (WGS84 lon/lat) read with JTS; no PostGIS needed.
CREATE TABLE harbour
(
  code                TEXT PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  kind                TEXT NOT NULL CHECK (kind IN ('PORT', 'ANCHORAGE')),
  township_code       TEXT NOT NULL,
  lat                 DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon                 DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
  boundary_wkt        TEXT NOT NULL,
  capacity            INTEGER NOT NULL CHECK (capacity >= 0),
  approximate         BOOLEAN NOT NULL
);

CREATE TABLE fishing_ground
(
  code                TEXT PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  boundary_wkt        TEXT NOT NULL,
  approximate         BOOLEAN NOT NULL
);

CREATE TABLE vessel
(
  id                  UUID PRIMARY KEY,
  name                TEXT NOT NULL,
  registration_no     TEXT NOT NULL UNIQUE,
  mmsi                INTEGER UNIQUE CHECK (mmsi BETWEEN 1 AND 999999999),
  beidou_terminal     TEXT UNIQUE,
  vessel_kind         TEXT NOT NULL CHECK (vessel_kind IN ('FISHING', 'MERCHANT', 'OTHER')),
  home_port           TEXT NOT NULL REFERENCES harbour (code),
  township_code       TEXT NOT NULL,
  length_m            NUMERIC(6, 2) NOT NULL CHECK (length_m > 0),
  power_kw            NUMERIC(8, 1) NOT NULL CHECK (power_kw >= 0),
  service_speed_kn    NUMERIC(4, 1) NOT NULL CHECK (service_speed_kn > 0),
  crew_capacity       INTEGER NOT NULL CHECK (crew_capacity >= 0),
  owner_name          TEXT NOT NULL,
  owner_phone         TEXT,
  terminals           TEXT[] NOT NULL CHECK (cardinality(terminals) > 0),
  registered_elsewhere BOOLEAN NOT NULL,
  ammonia_refrigeration BOOLEAN NOT NULL,
  synthetic           BOOLEAN NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ('AIS' <> ALL (terminals) OR mmsi IS NOT NULL),
  CHECK ('BEIDOU' <> ALL (terminals) OR beidou_terminal IS NOT NULL)
);
CREATE INDEX vessel_township_idx ON vessel (township_code);
CREATE INDEX vessel_home_port_idx ON vessel (home_port);

CREATE TABLE crew_member
(
  id                  UUID PRIMARY KEY,
  vessel_id           UUID NOT NULL REFERENCES vessel (id) ON DELETE CASCADE,
  name                TEXT NOT NULL,
  position            TEXT NOT NULL,
  phone               TEXT,
  certificate_no      TEXT,
  certificate_expires DATE,
  CHECK ((certificate_no IS NULL) = (certificate_expires IS NULL))
);
CREATE INDEX crew_member_vessel_idx ON crew_member (vessel_id);
