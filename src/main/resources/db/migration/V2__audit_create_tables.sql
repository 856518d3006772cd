-- The audit trail: append-only, each entry chained to the previous one by SHA-256.
CREATE TABLE audit_entry
(
  seq             BIGINT PRIMARY KEY,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  actor           TEXT NOT NULL,
  actor_role      TEXT NOT NULL,
  action          TEXT NOT NULL,
  entity_type     TEXT NOT NULL,
  entity_id       TEXT NOT NULL,
  township_code   TEXT,
  before_state    TEXT,
  after_state     TEXT,
  client_address  TEXT NOT NULL,
  prev_hash       CHAR(64) NOT NULL,
  hash            CHAR(64) NOT NULL
);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
