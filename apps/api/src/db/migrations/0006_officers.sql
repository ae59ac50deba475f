-- Enforcement officers (行政执法人员) and supervisors (行政执法监督人员) with their
-- certificates (第七条第二款, 第七条（八）, 第十六条（七）, 第十七条). A certificate's stored status
-- changes only by a recorded event; "expired" is computed from its validity when read.
CREATE TABLE officers (
  id              uuid PRIMARY KEY,
  -- the agency an enforcement officer serves, or the organ a supervisor serves
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  region_code     text NOT NULL REFERENCES regions (code),
  -- a supervisor is also a user of the system
  user_id         uuid UNIQUE REFERENCES users (id),
  name            text NOT NULL,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL
);
CREATE INDEX officers_org_idx ON officers (organisation_id, name);
CREATE INDEX officers_region_idx ON officers (region_code);

CREATE TABLE certificates (
  id                uuid PRIMARY KEY,
  officer_id        uuid NOT NULL REFERENCES officers (id),
  -- 行政执法证 or 行政执法监督证
  kind              text NOT NULL CHECK (kind IN ('enforcement', 'supervision')),
  number            text NOT NULL UNIQUE,
  issuing_authority text NOT NULL,
  areas             jsonb NOT NULL,
  valid_from        date NOT NULL,
  valid_until       date NOT NULL CHECK (valid_until >= valid_from),
  status            text NOT NULL CHECK (status IN ('valid', 'seized', 'revoked')),
  version           integer NOT NULL DEFAULT 1,
  issued_at         timestamptz NOT NULL
);
CREATE INDEX certificates_officer_idx ON certificates (officer_id);

-- every change of a certificate's status, with its reason and the article it rests on
CREATE TABLE certificate_events (
  id             uuid PRIMARY KEY,
  certificate_id uuid NOT NULL REFERENCES certificates (id),
  on_day         date NOT NULL,
  from_status    text,
  to_status      text NOT NULL,
  reason         text NOT NULL,
  article        text NOT NULL,
  case_id        uuid REFERENCES supervision_cases (id),
  actor_id       uuid REFERENCES users (id),
  actor_name     text NOT NULL,
  at             timestamptz NOT NULL
);
CREATE INDEX certificate_events_cert_idx ON certificate_events (certificate_id, at);

-- 行政执法主体资格 (第八条（四）): an agency's confirmed qualification with its legal basis and
-- scope, from the day it is confirmed until the day it is revoked; one current at a time.
CREATE TABLE qualifications (
  id            uuid PRIMARY KEY,
  agency_id     uuid NOT NULL REFERENCES organisations (id),
  region_code   text NOT NULL REFERENCES regions (code),
  legal_basis   text NOT NULL,
  scope         jsonb NOT NULL,
  confirmed_on  date NOT NULL,
  confirmed_by  uuid REFERENCES users (id),
  revoked_on    date,
  revoked_by    uuid REFERENCES users (id),
  revoke_reason text,
  created_at    timestamptz NOT NULL,
  CHECK ((revoked_on IS NULL) = (revoke_reason IS NULL)),
  CHECK (revoked_on IS NULL OR revoked_on >= confirmed_on)
);
CREATE UNIQUE INDEX qualifications_current ON qualifications (agency_id) WHERE revoked_on IS NULL;
CREATE INDEX qualifications_region_idx ON qualifications (region_code);
