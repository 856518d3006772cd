-- Typhoon recall from a stored track: the track and wind level a recall was computed from, and per vessel its own
-- deadline (when the wind circle reaches it) and why no shelter could be assigned.
ALTER TABLE recall ADD COLUMN track_id UUID;
ALTER TABLE recall ADD COLUMN wind_level INTEGER CHECK (wind_level BETWEEN 1 AND 17);
ALTER TABLE recall ADD COLUMN buffer_km DOUBLE PRECISION;
ALTER TABLE recall ADD CONSTRAINT recall_typhoon_source
    CHECK ((origin = 'TYPHOON') = (track_id IS NOT NULL AND wind_level IS NOT NULL));

ALTER TABLE recall_vessel ADD COLUMN deadline TIMESTAMP WITH TIME ZONE;
UPDATE recall_vessel rv SET deadline = r.deadline FROM recall r WHERE r.id = rv.recall_id;
ALTER TABLE recall_vessel ALTER COLUMN deadline SET NOT NULL;
ALTER TABLE recall_vessel ADD COLUMN unplaced_reason TEXT CHECK (unplaced_reason IN ('TOO_LATE', 'NO_ROOM'));
ALTER TABLE recall_vessel ADD CONSTRAINT recall_vessel_unplaced_reason
    CHECK ((harbour_code IS NULL) = (unplaced_reason IS NOT NULL));
