-- The officials called for 叫应 are maintained on a page now. One who leaves is retired, not deleted: the callouts
-- already made name them. Names are unique per township and rank among the active officials only (a NULL township,
-- the county level, counts as one township, which the old UNIQUE constraint did not).
ALTER TABLE warning_official ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE warning_official ADD COLUMN updated_at TIMESTAMPTZ;
ALTER TABLE warning_official DROP CONSTRAINT warning_official_township_code_rank_name_key;
CREATE UNIQUE INDEX warning_official_active_name ON warning_official (coalesce(township_code, ''), rank, name) WHERE active;
