-- Dispatch orders: which team was sent to which incident, and the timeline of its response.
CREATE TABLE dispatch_order
(
  id                UUID PRIMARY KEY,
  incident_id       UUID NOT NULL,
  team_id           UUID NOT NULL,
  team_name         TEXT NOT NULL,
  township_code     TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('ORDERED', 'EN_ROUTE', 'ON_SCENE', 'FINISHED', 'CANCELLED')),
  estimated_minutes DOUBLE PRECISION NOT NULL,
  ordered_by        TEXT NOT NULL,
  ordered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  en_route_at       TIMESTAMP WITH TIME ZONE,
  on_scene_at       TIMESTAMP WITH TIME ZONE,
  finished_at       TIMESTAMP WITH TIME ZONE,
  cancelled_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX dispatch_order_incident_idx ON dispatch_order (incident_id);
CREATE UNIQUE INDEX dispatch_order_active_team_idx ON dispatch_order (team_id)
  WHERE status IN ('ORDERED', 'EN_ROUTE', 'ON_SCENE');
