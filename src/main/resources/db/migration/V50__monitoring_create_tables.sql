-- Monitoring (监测): stations, observations (idempotent on station + time), versioned threshold rules and
-- imported official signals. Townships are referenced by code only.
CREATE TABLE monitoring_station
(
  id            TEXT PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.-]{1,40}$'),
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('RAIN_GAUGE', 'WATER_LEVEL', 'TIDE', 'WIND', 'LANDSLIDE')),
  lat           DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon           DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
  township_code TEXT NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX monitoring_station_township_idx ON monitoring_station (township_code);

-- value_centi: hundredths of the kind's unit (0.01 mm, 0.01 m, 0.01 m/s), exact.
CREATE TABLE monitoring_observation
(
  station_id   TEXT NOT NULL REFERENCES monitoring_station (id),
  observed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  value_centi  BIGINT NOT NULL,
  source       TEXT NOT NULL CHECK (source IN ('HTTP', 'MQTT', 'FILE')),
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (station_id, observed_at)
);
CREATE INDEX monitoring_observation_time_idx ON monitoring_observation (observed_at);

CREATE TABLE monitoring_rule_set
(
  version     INTEGER PRIMARY KEY CHECK (version > 0),
  rules       JSONB NOT NULL,
  note        TEXT,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by  TEXT NOT NULL
);

CREATE TABLE monitoring_official_signal
(
  id             UUID PRIMARY KEY,
  source_ref     TEXT NOT NULL UNIQUE,
  hazard         TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
  township_codes TEXT[] NOT NULL CHECK (cardinality(township_codes) > 0),
  issuer         TEXT NOT NULL,
  issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at     TIMESTAMP WITH TIME ZONE,
  imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by    TEXT NOT NULL
);
