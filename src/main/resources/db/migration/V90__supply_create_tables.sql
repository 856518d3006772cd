-- Relief supplies (应急物资): item catalogue, depots, the stock ledger, minimum-stock rules, demands.
-- Townships are referenced by code only.

CREATE TABLE supply_item
(
  code              TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name              TEXT NOT NULL UNIQUE,
  name_en           TEXT NOT NULL,
  unit              TEXT NOT NULL,
  category          TEXT NOT NULL CHECK (category IN ('SHELTER', 'BEDDING', 'RESCUE', 'POWER', 'FOOD', 'WATER', 'HYGIENE')),
  shelf_life_days   INTEGER CHECK (shelf_life_days > 0),
  -- minimum needs of one evacuee: once on arrival (a quilt, a bed) and per day (meals, water)
  once_per_person   NUMERIC(8, 3) NOT NULL DEFAULT 0 CHECK (once_per_person >= 0),
  daily_per_person  NUMERIC(8, 3) NOT NULL DEFAULT 0 CHECK (daily_per_person >= 0)
);

-- The catalogue the county plan's reserve lists use; more items are added through the API.
INSERT INTO supply_item (code, name, name_en, unit, category, shelf_life_days, once_per_person, daily_per_person) VALUES
  ('TENT', '救灾帐篷', 'relief tent', '顶', 'SHELTER', NULL, 0, 0),
  ('QUILT', '棉被', 'quilt', '床', 'BEDDING', NULL, 1, 0),
  ('FOLDING_BED', '折叠床', 'folding bed', '张', 'BEDDING', NULL, 1, 0),
  ('LIFE_JACKET', '救生衣', 'life jacket', '件', 'RESCUE', NULL, 0, 0),
  ('PUMP', '排涝泵', 'drainage pump', '台', 'RESCUE', NULL, 0, 0),
  ('GENERATOR', '发电机', 'generator', '台', 'POWER', NULL, 0, 0),
  ('LIGHTING', '应急照明灯', 'emergency lamp', '盏', 'POWER', NULL, 0.1, 0),
  ('INSTANT_FOOD', '方便食品', 'ready meal', '份', 'FOOD', 365, 0, 3),
  ('WATER', '瓶装饮用水', 'bottled water (550 ml)', '瓶', 'WATER', 540, 0, 5),
  ('RAINCOAT', '雨衣', 'raincoat', '件', 'RESCUE', NULL, 0, 0),
  ('HYGIENE_KIT', '卫生用品包', 'hygiene kit', '份', 'HYGIENE', 1095, 1, 0);

CREATE TABLE depot
(
  id              UUID PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE,
  level           TEXT NOT NULL CHECK (level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
  -- who may allocate the depot's stock: the county, or also the township it stands in
  owner_level     TEXT NOT NULL CHECK (owner_level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
  township_code   TEXT NOT NULL,
  village_name    TEXT,
  area_m2         NUMERIC(10, 1) NOT NULL CHECK (area_m2 >= 0),
  lat             DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon             DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
  keeper          TEXT,
  phone           TEXT,
  synthetic       BOOLEAN NOT NULL DEFAULT FALSE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX depot_township_idx ON depot (township_code);

-- A batch of one item in one depot. Its balance is maintained only by the movement trigger below, so it is
-- always the sum of the batch's movements, and the CHECK refuses any movement that would overdraw it.
CREATE TABLE stock_batch
(
  id           UUID PRIMARY KEY,
  depot_id     UUID NOT NULL REFERENCES depot (id),
  item_code    TEXT NOT NULL REFERENCES supply_item (code),
  batch_no     TEXT NOT NULL,
  received_on  DATE NOT NULL,
  expires_on   DATE,
  source       TEXT NOT NULL CHECK (source IN ('PURCHASE', 'DONATION', 'TRANSFER', 'RETURN')),
  balance      BIGINT NOT NULL DEFAULT 0 CHECK (balance >= 0),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (depot_id, item_code, batch_no)
);
CREATE INDEX stock_batch_item_idx ON stock_batch (item_code, depot_id);

CREATE TABLE stock_movement
(
  id           UUID PRIMARY KEY,
  seq          BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  batch_id     UUID NOT NULL REFERENCES stock_batch (id),
  kind         TEXT NOT NULL CHECK (kind IN ('IN', 'OUT', 'TRANSFER_IN', 'TRANSFER_OUT', 'WRITE_OFF')),
  -- signed: receipts positive, issues negative
  quantity     BIGINT NOT NULL CHECK (quantity <> 0),
  reason       TEXT,
  recipient    TEXT,
  transfer_id  UUID,
  demand_id    UUID,
  actor        TEXT NOT NULL,
  at           TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ((kind IN ('IN', 'TRANSFER_IN')) = (quantity > 0))
);
CREATE INDEX stock_movement_batch_idx ON stock_movement (batch_id, seq);


CREATE FUNCTION stock_movement_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE stock_batch SET balance = balance + NEW.quantity WHERE id = NEW.batch_id;
  RETURN NEW;
END $$;
CREATE TRIGGER stock_movement_apply AFTER INSERT ON stock_movement FOR EACH ROW EXECUTE FUNCTION stock_movement_apply();

CREATE FUNCTION stock_movement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stock movements are append-only';
END $$;
CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
  FOR EACH ROW EXECUTE FUNCTION stock_movement_append_only();

-- Only the movement trigger may change a balance; a batch starts empty.
CREATE FUNCTION stock_batch_balance_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND NEW.balance <> 0 THEN
    RAISE EXCEPTION 'a batch starts with balance 0; receive stock through a movement';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.balance <> OLD.balance AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'a balance changes only through stock movements';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER stock_batch_balance_guard BEFORE INSERT OR UPDATE ON stock_batch
  FOR EACH ROW EXECUTE FUNCTION stock_batch_balance_guard();

CREATE TABLE min_stock_rule
(
  level         TEXT NOT NULL CHECK (level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
  item_code     TEXT NOT NULL REFERENCES supply_item (code),
  min_quantity  BIGINT NOT NULL CHECK (min_quantity >= 0),
  PRIMARY KEY (level, item_code)
);
INSERT INTO min_stock_rule (level, item_code, min_quantity) VALUES
  ('COUNTY', 'TENT', 200), ('COUNTY', 'QUILT', 2000), ('COUNTY', 'FOLDING_BED', 1000), ('COUNTY', 'LIFE_JACKET', 500),
  ('COUNTY', 'PUMP', 20), ('COUNTY', 'GENERATOR', 10), ('COUNTY', 'INSTANT_FOOD', 6000), ('COUNTY', 'WATER', 10000),
  ('TOWNSHIP', 'QUILT', 200), ('TOWNSHIP', 'FOLDING_BED', 100), ('TOWNSHIP', 'LIFE_JACKET', 50),
  ('TOWNSHIP', 'INSTANT_FOOD', 600), ('TOWNSHIP', 'WATER', 1000), ('TOWNSHIP', 'LIGHTING', 20),
  ('VILLAGE', 'QUILT', 20), ('VILLAGE', 'LIFE_JACKET', 10), ('VILLAGE', 'INSTANT_FOOD', 60), ('VILLAGE', 'WATER', 100);

-- What a shelter or township asks for; dispatch moves stock against it.
CREATE TABLE supply_demand
(
  id                 UUID PRIMARY KEY,
  item_code          TEXT NOT NULL REFERENCES supply_item (code),
  quantity           BIGINT NOT NULL CHECK (quantity > 0),
  destination_kind   TEXT NOT NULL CHECK (destination_kind IN ('SHELTER', 'TOWNSHIP')),
  destination_ref    TEXT NOT NULL,
  destination_name   TEXT NOT NULL,
  township_code      TEXT NOT NULL,
  lat                DOUBLE PRECISION NOT NULL,
  lon                DOUBLE PRECISION NOT NULL,
  deadline           TIMESTAMP WITH TIME ZONE NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('OPEN', 'DISPATCHED', 'CANCELLED')),
  delivered          BIGINT NOT NULL DEFAULT 0 CHECK (delivered >= 0 AND delivered <= quantity),
  created_by         TEXT NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supply_demand_destination_idx ON supply_demand (destination_kind, destination_ref);
CREATE INDEX supply_demand_open_idx ON supply_demand (status) WHERE status = 'OPEN';
