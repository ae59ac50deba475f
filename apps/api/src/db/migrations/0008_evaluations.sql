-- Case-file evaluation (案卷评查, 第八条（一）): a campaign draws reported acts at random from
-- the agencies it covers, reproducibly from a recorded seed; reviewers from outside each file's
-- agency score it against the campaign's rubric; two sheets close together settle the file,
-- far apart the lead reconciles them; the published results go out as a numbered notice.
CREATE TABLE evaluation_campaigns (
  id                 uuid PRIMARY KEY,
  organ_id           uuid NOT NULL REFERENCES organisations (id),
  region_code        text NOT NULL REFERENCES regions (code),
  title              text NOT NULL,
  period_from        date NOT NULL,
  period_to          date NOT NULL CHECK (period_to >= period_from),
  files_per_agency   integer NOT NULL CHECK (files_per_agency BETWEEN 1 AND 100),
  reviewers_per_file integer NOT NULL CHECK (reviewers_per_file IN (1, 2)),
  rubric             jsonb NOT NULL,
  state              text NOT NULL CHECK (state IN ('draft', 'scoring', 'published')),
  -- the draw: its seed and algorithm, so anyone can redo it
  seed               text,
  draw_algorithm     text,
  drawn_at           timestamptz,
  drawn_by           uuid REFERENCES users (id),
  results_document_id uuid REFERENCES documents (id),
  published_at       timestamptz,
  created_by         uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL,
  version            integer NOT NULL DEFAULT 1,
  CHECK ((state = 'draft') = (seed IS NULL))
);
CREATE INDEX evaluation_campaigns_region_idx ON evaluation_campaigns (region_code, created_at DESC);

CREATE TABLE evaluation_agencies (
  campaign_id uuid NOT NULL REFERENCES evaluation_campaigns (id),
  agency_id   uuid NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (campaign_id, agency_id)
);

CREATE TABLE evaluation_reviewers (
  campaign_id uuid NOT NULL REFERENCES evaluation_campaigns (id),
  user_id     uuid NOT NULL REFERENCES users (id),
  PRIMARY KEY (campaign_id, user_id)
);

CREATE TABLE evaluation_files (
  id           uuid PRIMARY KEY,
  campaign_id  uuid NOT NULL REFERENCES evaluation_campaigns (id),
  act_id       uuid NOT NULL REFERENCES enforcement_acts (id),
  agency_id    uuid NOT NULL REFERENCES organisations (id),
  region_code  text NOT NULL REFERENCES regions (code),
  draw_order   integer NOT NULL,
  -- what the warning rules already showed, for the reviewers to confirm or correct
  prescore     jsonb NOT NULL,
  -- the lead's reconciliation (合议) when the two sheets lie far apart
  settled      jsonb,
  settled_reason text,
  settled_by   uuid REFERENCES users (id),
  case_id      uuid REFERENCES supervision_cases (id),
  UNIQUE (campaign_id, act_id)
);
CREATE INDEX evaluation_files_campaign_idx ON evaluation_files (campaign_id, draw_order);

-- a reviewer's sheet for a file: assigned at the draw, submitted once scored
CREATE TABLE evaluation_sheets (
  file_id      uuid NOT NULL REFERENCES evaluation_files (id),
  reviewer_id  uuid NOT NULL REFERENCES users (id),
  deductions   jsonb,
  notes        text,
  submitted_at timestamptz,
  version      integer NOT NULL DEFAULT 1,
  PRIMARY KEY (file_id, reviewer_id)
);
CREATE INDEX evaluation_sheets_reviewer_idx ON evaluation_sheets (reviewer_id, submitted_at);
