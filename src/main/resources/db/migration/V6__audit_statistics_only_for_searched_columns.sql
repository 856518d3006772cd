-- ANALYZE sorts a sample of every column it keeps statistics for. The audit trail grows with every change (one
-- entry per public report), so it is analysed often during a surge, and its wide columns (the before and after
-- states, the two hashes) cost most of that work while no query filters, joins or sorts on them.
ALTER TABLE audit_entry
  ALTER COLUMN actor_role SET STATISTICS 0,
  ALTER COLUMN before_state SET STATISTICS 0,
  ALTER COLUMN after_state SET STATISTICS 0,
  ALTER COLUMN client_address SET STATISTICS 0,
  ALTER COLUMN prev_hash SET STATISTICS 0,
  ALTER COLUMN hash SET STATISTICS 0;
