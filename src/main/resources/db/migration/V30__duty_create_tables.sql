-- Duty (值班值守): shifts of the county duty desk, their handovers, and the append-only duty log.
CREATE TABLE duty_shift
(
  id          UUID PRIMARY KEY,
  duty_date   DATE NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('DAY', 'NIGHT', 'CUSTOM')),
  starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  leader      TEXT NOT NULL,
  officers    TEXT[] NOT NULL DEFAULT '{}',
  status      TEXT NOT NULL CHECK (status IN ('PLANNED', 'ON', 'DONE')),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX duty_shift_window_idx ON duty_shift (starts_at, ends_at);
CREATE INDEX duty_shift_date_idx ON duty_shift (duty_date);

CREATE TABLE duty_handover
(
  id             UUID PRIMARY KEY,
  from_shift_id  UUID NOT NULL UNIQUE REFERENCES duty_shift (id),
  to_shift_id    UUID NOT NULL REFERENCES duty_shift (id),
  notes          TEXT NOT NULL,
  pending_items  TEXT[] NOT NULL DEFAULT '{}',
  signed_by      TEXT NOT NULL,
  signed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (from_shift_id <> to_shift_id)
);

-- incident_id refers to the incident module's records by id only (no foreign key across modules).
CREATE TABLE duty_log_entry
(
  id            UUID PRIMARY KEY,
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  author        TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('CALL_IN', 'CALL_OUT', 'ACTION', 'HANDOVER', 'NOTE')),
  caller_name   TEXT,
  caller_phone  TEXT,
  summary       TEXT NOT NULL,
  incident_id   TEXT,
  shift_id      UUID REFERENCES duty_shift (id)
);
CREATE INDEX duty_log_entry_at_idx ON duty_log_entry (at);
CREATE INDEX duty_log_entry_shift_idx ON duty_log_entry (shift_id);

CREATE FUNCTION duty_log_entry_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'duty_log_entry is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER duty_log_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON duty_log_entry
  FOR EACH ROW EXECUTE FUNCTION duty_log_entry_refuse_change();
CREATE TRIGGER duty_log_entry_no_truncate BEFORE TRUNCATE ON duty_log_entry
  FOR EACH STATEMENT EXECUTE FUNCTION duty_log_entry_refuse_change();
