-- Users, organisations and API tokens.
CREATE TABLE organisation
(
  id             UUID PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('COUNTY_BUREAU', 'DEPARTMENT', 'TOWNSHIP_OFFICE', 'ENTERPRISE')),
  township_code  TEXT,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user
(
  id                UUID PRIMARY KEY,
  username          TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
  display_name      TEXT NOT NULL,
  password_hash     TEXT NOT NULL,
  role              TEXT NOT NULL,
  organisation_id   UUID REFERENCES organisation (id),
  township_code     TEXT,
  enabled           BOOLEAN NOT NULL DEFAULT TRUE,
  failed_attempts   INTEGER NOT NULL DEFAULT 0,
  locked_until      TIMESTAMP WITH TIME ZONE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (role NOT IN ('TOWNSHIP_OFFICER', 'GRID_MEMBER') OR township_code IS NOT NULL)
);

CREATE TABLE api_token
(
  token_hash  CHAR(64) PRIMARY KEY,
  user_id     UUID NOT NULL REFERENCES app_user (id),
  issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
