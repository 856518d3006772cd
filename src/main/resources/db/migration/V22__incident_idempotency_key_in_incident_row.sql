-- The Idempotency-Key of a public report lives in the incident row it created: one row (and one heap write)
-- per report instead of two; the unique index still lets a key create at most one incident.
ALTER TABLE incident ADD COLUMN idempotency_key TEXT, ADD COLUMN request_hash CHAR(64),
  ADD CONSTRAINT incident_idempotency_key_with_hash CHECK ((idempotency_key IS NULL) = (request_hash IS NULL));
UPDATE incident i SET idempotency_key = k.idempotency_key, request_hash = k.request_hash
  FROM incident_idempotency k WHERE k.incident_id = i.id;
CREATE UNIQUE INDEX incident_idempotency_key_idx ON incident (idempotency_key) WHERE idempotency_key IS NOT NULL;
DROP TABLE incident_idempotency;
-- No query reads incidents by status alone (the desk lists by time, the overdue sweep by learned_at), and every
-- new report entered this index.
DROP INDEX incident_open_idx;
