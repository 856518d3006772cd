-- Administrative geography: county, townships/streets, villages, rescue circles.
CREATE TABLE county
(
  code      TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  seat_lat  DOUBLE PRECISION NOT NULL,
  seat_lon  DOUBLE PRECISION NOT NULL
);

CREATE TABLE township
(
  code                  TEXT PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
  county_code           TEXT NOT NULL REFERENCES county (code),
  name                  TEXT NOT NULL UNIQUE,
  name_en               TEXT NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('SUBDISTRICT', 'TOWN', 'TOWNSHIP')),
  seat_lat              DOUBLE PRECISION NOT NULL,
  seat_lon              DOUBLE PRECISION NOT NULL,
  boundary_wkt          TEXT,
  boundary_source       TEXT,
  boundary_imported_at  TIMESTAMP WITH TIME ZONE,
  population            INTEGER CHECK (population >= 0),
  duty_phone            TEXT,
  contact_person        TEXT,
  updated_at            TIMESTAMP WITH TIME ZONE
);

CREATE TABLE rescue_circle
(
  code               TEXT PRIMARY KEY,
  name               TEXT NOT NULL,
  name_en            TEXT NOT NULL,
  hub_township_code  TEXT NOT NULL REFERENCES township (code),
  color              TEXT NOT NULL,
  sort_order         INTEGER NOT NULL
);

CREATE TABLE rescue_circle_member
(
  township_code  TEXT PRIMARY KEY REFERENCES township (code),
  circle_code    TEXT NOT NULL REFERENCES rescue_circle (code)
);

CREATE TABLE village
(
  id             UUID PRIMARY KEY,
  township_code  TEXT NOT NULL REFERENCES township (code),
  code           TEXT UNIQUE CHECK (code IS NULL OR code ~ '^[0-9]{12}$'),
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('VILLAGE', 'COMMUNITY')),
  lat            DOUBLE PRECISION,
  lon            DOUBLE PRECISION,
  population     INTEGER CHECK (population >= 0),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (township_code, name)
);

-- Bumped on every boundary import so that every running process rebuilds its spatial index.
CREATE TABLE boundary_version
(
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  BIGINT NOT NULL
);
INSERT INTO boundary_version (id, version) VALUES (1, 0);
