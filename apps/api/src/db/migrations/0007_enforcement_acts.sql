-- Enforcement acts reported by agencies (第八条（三）) and the warnings the rules raise on them
-- (第十五条 to 第十七条). An act is identified by its agency and case number, so a retried
-- batch stores nothing twice; its content hash tells a retry from a conflicting report.
CREATE TABLE enforcement_acts (
  id              uuid PRIMARY KEY,
  agency_id       uuid NOT NULL REFERENCES organisations (id),
  region_code     text NOT NULL REFERENCES regions (code),
  case_number     text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('penalty', 'licensing', 'inspection', 'coercion', 'levy', 'benefit', 'confirmation', 'other')),
  area            text NOT NULL,
  decision_date   date NOT NULL,
  parties         jsonb NOT NULL,
  facts           text NOT NULL,
  legal_basis     jsonb NOT NULL,
  seal_present    boolean NOT NULL,
  discretion_level text,
  deadlines       jsonb NOT NULL,
  full_record     boolean NOT NULL,
  outcome         text,
  content_sha256  text NOT NULL,
  reported_at     timestamptz NOT NULL,
  reported_by     uuid REFERENCES users (id),
  UNIQUE (agency_id, case_number)
);
CREATE INDEX enforcement_acts_region_idx ON enforcement_acts (region_code, decision_date DESC);

-- which officers acted, with the act's date: a certificate's change re-checks only these rows
CREATE TABLE act_officers (
  act_id        uuid NOT NULL REFERENCES enforcement_acts (id),
  officer_id    uuid NOT NULL REFERENCES officers (id),
  decision_date date NOT NULL,
  PRIMARY KEY (act_id, officer_id)
);
CREATE INDEX act_officers_officer_idx ON act_officers (officer_id, decision_date);

CREATE TABLE warnings (
  id          uuid PRIMARY KEY,
  act_id      uuid NOT NULL REFERENCES enforcement_acts (id),
  -- copies of the act's agency and region, for scoping and the dashboard without a join;
  -- the act's own keys guarantee them, so they carry no second foreign-key check per row
  agency_id   uuid NOT NULL,
  region_code text NOT NULL,
  rule        text NOT NULL,
  article     text NOT NULL,
  officer_id  uuid REFERENCES officers (id),
  message     text NOT NULL,
  message_en  text NOT NULL,
  state       text NOT NULL CHECK (state IN ('open', 'dismissed', 'case', 'cleared')),
  reason      text,
  case_id     uuid REFERENCES supervision_cases (id),
  raised_at   timestamptz NOT NULL,
  closed_at   timestamptz,
  closed_by   uuid REFERENCES users (id)
);
-- one open warning per act, rule and officer
CREATE UNIQUE INDEX warnings_open_once ON warnings (act_id, rule, (coalesce(officer_id::text, ''))) WHERE state = 'open';
CREATE INDEX warnings_region_idx ON warnings (region_code, state, raised_at DESC);
CREATE INDEX warnings_act_idx ON warnings (act_id);
