-- Enterprises (企业) under safety supervision. Townships are referenced by code only.
CREATE TABLE enterprise
(
  id                  UUID PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  credit_code         CHAR(18) NOT NULL UNIQUE,
  industry            TEXT NOT NULL CHECK (industry IN ('HAZARDOUS_CHEMICALS', 'NON_COAL_MINE', 'INDUSTRY_AND_TRADE',
                                                        'SMALL_MANUFACTURING', 'THREE_PLACES_THREE_ENTERPRISES',
                                                        'SMALL_ENTERPRISE_PARK', 'FIREWORKS', 'OTHER')),
  township_code       TEXT NOT NULL,
  address             TEXT,
  lat                 DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon                 DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
  above_scale         BOOLEAN NOT NULL,
  standardisation     TEXT NOT NULL CHECK (standardisation IN ('LEVEL_1', 'LEVEL_2', 'LEVEL_3', 'NONE')),
  liability_insured   BOOLEAN NOT NULL,
  safety_officers     TEXT,
  synthetic           BOOLEAN NOT NULL DEFAULT FALSE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX enterprise_township_idx ON enterprise (township_code);
CREATE INDEX enterprise_industry_idx ON enterprise (industry);

-- Which user acts for which enterprise (an enterprise safety officer maintains only their own record).
CREATE TABLE enterprise_member
(
  username            TEXT PRIMARY KEY,
  enterprise_id       UUID NOT NULL REFERENCES enterprise (id),
  linked_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX enterprise_member_enterprise_idx ON enterprise_member (enterprise_id);
