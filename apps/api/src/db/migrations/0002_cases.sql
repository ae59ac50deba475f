-- Petitions (第九条: 申请、投诉、举报) and supervision cases with their timeline.
-- The case's legal state lives in `facts` (the procedure's CaseFacts); `state` and the
-- columns beside it are copies for lists and filters, written in the same statement.

CREATE TABLE petitions (
  id              uuid PRIMARY KEY,
  -- SHA-256 of the tracking code: the code itself is shown once, to the petitioner
  tracking_hash   text NOT NULL UNIQUE,
  kind            text NOT NULL CHECK (kind IN ('application', 'complaint', 'report')),
  channel         text NOT NULL CHECK (channel IN ('public_web', 'paper', 'phone', 'hotline_12345', 'visit')),
  anonymous       boolean NOT NULL DEFAULT false,
  petitioner_name text,
  petitioner_phone text,
  petitioner_address text,
  agency_id       uuid NOT NULL REFERENCES organisations (id),
  region_code     text NOT NULL REFERENCES regions (code),
  occurred_on     date,
  summary         text NOT NULL,
  duplicate_of    uuid REFERENCES petitions (id),
  received_at     timestamptz NOT NULL,
  received_by     uuid REFERENCES users (id),
  CHECK (anonymous OR petitioner_name IS NOT NULL),
  CHECK (kind = 'report' OR NOT anonymous)
);
CREATE INDEX petitions_region_idx ON petitions (region_code, received_at DESC);

CREATE TABLE supervision_cases (
  id                 uuid PRIMARY KEY,
  source             text NOT NULL CHECK (source IN ('petition', 'evaluation', 'inspection', 'information', 'campaign', 'assigned', 'transferred_in')),
  petition_id        uuid REFERENCES petitions (id),
  organ_id           uuid NOT NULL REFERENCES organisations (id),
  agency_id          uuid NOT NULL REFERENCES organisations (id),
  -- the agency's region: what jurisdiction scopes by (第二条)
  region_code        text NOT NULL REFERENCES regions (code),
  reviewing_organ_id uuid REFERENCES organisations (id),
  pack_id            text NOT NULL,
  title              text NOT NULL,
  state              text NOT NULL,
  facts              jsonb NOT NULL,
  registered_on      date NOT NULL,
  filed_on           date,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL
);
CREATE INDEX supervision_cases_region_idx ON supervision_cases (region_code, state, updated_at DESC);
CREATE INDEX supervision_cases_agency_idx ON supervision_cases (agency_id, state);
CREATE INDEX supervision_cases_reviewing_idx ON supervision_cases (reviewing_organ_id, state);

-- The timeline: every step taken, with who, when, the article and what was given.
CREATE TABLE case_steps (
  case_id    uuid NOT NULL REFERENCES supervision_cases (id),
  n          integer NOT NULL,
  action     text NOT NULL,
  from_state text NOT NULL,
  to_state   text NOT NULL,
  article    text NOT NULL,
  actor_id   uuid REFERENCES users (id),
  actor_name text NOT NULL,
  on_day     date NOT NULL,
  at         timestamptz NOT NULL,
  payload    jsonb NOT NULL,
  documents  jsonb NOT NULL,
  PRIMARY KEY (case_id, n)
);
