-- ANALYZE sorts a sample of every column it keeps statistics for, and a surge of reports gets the incident table
-- analysed again and again. Free text and keys looked up only through their unique index are never estimated by
-- the planner (a unique index already tells it "one row"), so they get no statistics.
ALTER TABLE incident
  ALTER COLUMN address SET STATISTICS 0,
  ALTER COLUMN description SET STATISTICS 0,
  ALTER COLUMN grading_reasons SET STATISTICS 0,
  ALTER COLUMN severity_override_reason SET STATISTICS 0,
  ALTER COLUMN reporter_name SET STATISTICS 0,
  ALTER COLUMN reporter_phone SET STATISTICS 0,
  ALTER COLUMN reported_by SET STATISTICS 0,
  ALTER COLUMN source_ref SET STATISTICS 0,
  ALTER COLUMN idempotency_key SET STATISTICS 0,
  ALTER COLUMN request_hash SET STATISTICS 0;
