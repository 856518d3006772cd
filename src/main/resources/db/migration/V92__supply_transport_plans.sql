-- Transport plans (物资调运方案): proposed from open demands and depot stock, confirmed into dispatches that move
-- the ledger. The solver's full answer is kept as JSON; the shipments are rows, for confirmation.
CREATE TABLE transport_plan
(
  id            UUID PRIMARY KEY,
  township_code TEXT,
  status        TEXT NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED')),
  all_on_time   BOOLEAN NOT NULL,
  unmet         BIGINT NOT NULL CHECK (unmet >= 0),
  result        JSONB NOT NULL,
  created_by    TEXT NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  confirmed_by  TEXT,
  confirmed_at  TIMESTAMP WITH TIME ZONE,
  CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);

CREATE TABLE transport_shipment
(
  plan_id    UUID NOT NULL REFERENCES transport_plan (id),
  seq        INTEGER NOT NULL,
  depot_id   UUID NOT NULL REFERENCES depot (id),
  demand_id  UUID NOT NULL REFERENCES supply_demand (id),
  item_code  TEXT NOT NULL,
  quantity   BIGINT NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (plan_id, seq)
);
