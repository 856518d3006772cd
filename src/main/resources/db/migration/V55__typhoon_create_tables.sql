-- Typhoon best tracks (台风路径) as imported from CMA or JMA files, one row per fix. A track is identified by
-- agency, number and first fix time, so the same storm from two agencies is two tracks.
CREATE TABLE typhoon_track
(
  id             UUID PRIMARY KEY,
  agency         TEXT NOT NULL CHECK (agency IN ('CMA', 'JMA')),
  number         TEXT NOT NULL,
  name           TEXT NOT NULL,
  source_format  TEXT NOT NULL CHECK (source_format IN ('CMA_CSV', 'CMA', 'JMA')),
  source_name    TEXT NOT NULL,
  fix_count      INTEGER NOT NULL CHECK (fix_count > 0),
  min_pressure   INTEGER,
  first_fix      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_fix       TIMESTAMP WITH TIME ZONE NOT NULL CHECK (last_fix >= first_fix),
  imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by    TEXT NOT NULL,
  UNIQUE (agency, number, first_fix)
);
CREATE INDEX typhoon_track_first_fix_idx ON typhoon_track (first_fix DESC);

CREATE TABLE typhoon_fix
(
  track_id         UUID NOT NULL REFERENCES typhoon_track (id) ON DELETE CASCADE,
  seq              INTEGER NOT NULL CHECK (seq >= 0),
  fix_time         TIMESTAMP WITH TIME ZONE NOT NULL,
  lat              DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon              DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
  pressure_hpa     INTEGER,
  max_wind_ms      DOUBLE PRECISION CHECK (max_wind_ms > 0),
  grade            TEXT,
  -- JMA wind radii in nautical miles; direction is the compass code of the longest extent (NULL: symmetric)
  r50_direction    TEXT,
  r50_longest_nm   INTEGER CHECK (r50_longest_nm >= 0),
  r50_shortest_nm  INTEGER CHECK (r50_shortest_nm >= 0),
  r30_direction    TEXT,
  r30_longest_nm   INTEGER CHECK (r30_longest_nm >= 0),
  r30_shortest_nm  INTEGER CHECK (r30_shortest_nm >= 0),
  PRIMARY KEY (track_id, seq),
  UNIQUE (track_id, fix_time)
);
