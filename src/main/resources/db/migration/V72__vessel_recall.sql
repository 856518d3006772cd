-- Typhoon recall (渔船回港避风): an area-plus-deadline order and, per vessel, its assigned shelter and progress.
CREATE TABLE recall
(
  id                  UUID PRIMARY KEY,
  title               TEXT NOT NULL,
  area_wkt            TEXT NOT NULL,
  deadline            TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_by           TEXT NOT NULL,
  origin              TEXT NOT NULL CHECK (origin IN ('ORDER', 'TYPHOON')),
  lifted_at           TIMESTAMP WITH TIME ZONE
);

CREATE TABLE recall_vessel
(
  recall_id           UUID NOT NULL REFERENCES recall (id) ON DELETE CASCADE,
  vessel_id           UUID NOT NULL REFERENCES vessel (id) ON DELETE CASCADE,
  township_code       TEXT NOT NULL,
  harbour_code        TEXT REFERENCES harbour (code),
  distance_km         DOUBLE PRECISION,
  eta                 TIMESTAMP WITH TIME ZONE,
  status              TEXT NOT NULL CHECK (status IN ('ORDERED', 'ACKNOWLEDGED', 'RETURNED')),
  acknowledged_at     TIMESTAMP WITH TIME ZONE,
  returned_at         TIMESTAMP WITH TIME ZONE,
  start_lat           DOUBLE PRECISION NOT NULL,
  start_lon           DOUBLE PRECISION NOT NULL,
  escalation_level    INTEGER NOT NULL DEFAULT 0,
  escalated_at        TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (recall_id, vessel_id)
);
CREATE INDEX recall_vessel_harbour_idx ON recall_vessel (harbour_code);
CREATE INDEX recall_vessel_vessel_idx ON recall_vessel (vessel_id);
