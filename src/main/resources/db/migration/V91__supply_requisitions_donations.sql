-- Requisitions (征用) of goods, places and vehicles with their compensation; donations (捐赠) from receipt to
-- allocation. A stored donation becomes a stock batch, so its allocation is the batch's ledger.

CREATE TABLE requisition
(
  id                UUID PRIMARY KEY,
  kind              TEXT NOT NULL CHECK (kind IN ('GOODS', 'PLACE', 'VEHICLE')),
  description       TEXT NOT NULL,
  quantity          INTEGER NOT NULL CHECK (quantity > 0),
  owner_name        TEXT NOT NULL,
  owner_contact     TEXT,
  township_code     TEXT NOT NULL,
  purpose           TEXT NOT NULL,
  requisitioned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  returned_at       TIMESTAMP WITH TIME ZONE,
  return_condition  TEXT,
  created_by        TEXT NOT NULL,
  CHECK (returned_at IS NULL OR returned_at >= requisitioned_at)
);
CREATE INDEX requisition_township_idx ON requisition (township_code);

CREATE TABLE requisition_compensation
(
  id              UUID PRIMARY KEY,
  requisition_id  UUID NOT NULL REFERENCES requisition (id),
  amount_yuan     NUMERIC(12, 2) NOT NULL CHECK (amount_yuan >= 0),
  basis           TEXT NOT NULL,
  paid_on         DATE NOT NULL,
  recorded_by     TEXT NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE donation
(
  id               UUID PRIMARY KEY,
  donor            TEXT NOT NULL,
  donor_public     BOOLEAN NOT NULL,
  item_code        TEXT NOT NULL REFERENCES supply_item (code),
  quantity         BIGINT NOT NULL CHECK (quantity > 0),
  received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('RECEIVED', 'ACCEPTED', 'REJECTED', 'STORED')),
  accepted         BIGINT CHECK (accepted >= 0 AND accepted <= quantity),
  inspection_note  TEXT,
  inspected_at     TIMESTAMP WITH TIME ZONE,
  batch_id         UUID REFERENCES stock_batch (id),
  created_by       TEXT NOT NULL,
  CHECK ((status = 'STORED') = (batch_id IS NOT NULL)),
  CHECK ((status IN ('RECEIVED')) = (inspected_at IS NULL))
);
