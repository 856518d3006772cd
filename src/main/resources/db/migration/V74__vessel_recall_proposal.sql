-- A typhoon warning proposes a recall from the stored track that covers the present; an authorised user approves
-- it (which issues the recall with the positions of that moment) or dismisses it.
CREATE TABLE recall_proposal
(
  id                  UUID PRIMARY KEY,
  warning_id          TEXT NOT NULL,
  warning_version     INTEGER NOT NULL,
  warning_level       TEXT NOT NULL,
  track_id            UUID NOT NULL,
  track_name          TEXT NOT NULL,
  wind_level          INTEGER NOT NULL CHECK (wind_level BETWEEN 1 AND 17),
  horizon_hours       INTEGER NOT NULL CHECK (horizon_hours BETWEEN 1 AND 72),
  proposed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  vessels             INTEGER NOT NULL,
  unplaced            INTEGER NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DISMISSED')),
  decided_at          TIMESTAMP WITH TIME ZONE,
  decided_by          TEXT,
  recall_id           UUID REFERENCES recall (id),
  UNIQUE (warning_id, warning_version),
  CHECK ((status = 'APPROVED') = (recall_id IS NOT NULL))
);
