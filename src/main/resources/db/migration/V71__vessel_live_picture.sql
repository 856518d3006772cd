-- Live picture: the last fix of every vessel, a downsampled track, fences with their rules, and alarms.
CREATE TABLE vessel_position
(
  vessel_id           UUID PRIMARY KEY REFERENCES vessel (id) ON DELETE CASCADE,
  fixed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  lat                 DOUBLE PRECISION NOT NULL,
  lon                 DOUBLE PRECISION NOT NULL,
  sog                 DOUBLE PRECISION,
  cog                 DOUBLE PRECISION,
  source              TEXT NOT NULL CHECK (source IN ('AIS', 'BEIDOU')),
  harbour_code        TEXT,
  lost_contact_since  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE vessel_track_point
(
  vessel_id           UUID NOT NULL REFERENCES vessel (id) ON DELETE CASCADE,
  fixed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  lat                 DOUBLE PRECISION NOT NULL,
  lon                 DOUBLE PRECISION NOT NULL,
  sog                 DOUBLE PRECISION,
  cog                 DOUBLE PRECISION,
  PRIMARY KEY (vessel_id, fixed_at)
);

CREATE TABLE fence
(
  id                  UUID PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  kind                TEXT NOT NULL CHECK (kind IN ('RESTRICTED', 'DANGEROUS', 'CHANNEL', 'TYPHOON')),
  geometry_wkt        TEXT NOT NULL,
  no_entry            BOOLEAN NOT NULL,
  no_exit             BOOLEAN NOT NULL,
  speed_limit_kn      DOUBLE PRECISION CHECK (speed_limit_kn > 0),
  max_dwell_minutes   INTEGER CHECK (max_dwell_minutes > 0),
  applies_to          TEXT[] NOT NULL CHECK (cardinality(applies_to) > 0),
  active              BOOLEAN NOT NULL,
  synthetic           BOOLEAN NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE vessel_alarm
(
  id                  UUID PRIMARY KEY,
  source_ref          TEXT NOT NULL UNIQUE,
  vessel_id           UUID NOT NULL REFERENCES vessel (id) ON DELETE CASCADE,
  kind                TEXT NOT NULL,
  fence_id            UUID REFERENCES fence (id) ON DELETE SET NULL,
  raised_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  lat                 DOUBLE PRECISION,
  lon                 DOUBLE PRECISION,
  serious             BOOLEAN NOT NULL,
  detail              TEXT,
  township_code       TEXT NOT NULL,
  acknowledged_at     TIMESTAMP WITH TIME ZONE,
  acknowledged_by     TEXT
);
CREATE INDEX vessel_alarm_raised_idx ON vessel_alarm (raised_at DESC);
