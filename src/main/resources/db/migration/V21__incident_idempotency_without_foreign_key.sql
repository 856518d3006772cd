-- An idempotency record is written only by the intake writer, in the same transaction as its incident, and
-- incidents are never deleted (duplicates are merged, not removed). The foreign key's check ran once per
-- report on the hottest write path and guarded nothing the application can do.
ALTER TABLE incident_idempotency DROP CONSTRAINT incident_idempotency_incident_id_fkey;
