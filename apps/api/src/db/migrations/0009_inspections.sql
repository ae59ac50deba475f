-- On-site supervision (第八条（二） 现场监督) and special campaigns (第七条 专项监督). A visit keeps
-- its checklist, the supervisors present, findings and follow-ups as JSON beside its state, as a
-- case keeps its facts: the pure procedure reads and writes them whole, with a version.
CREATE TABLE campaigns (
  id          uuid PRIMARY KEY,
  organ_id    uuid NOT NULL REFERENCES organisations (id),
  region_code text NOT NULL REFERENCES regions (code),
  -- e.g. 涉企行政检查
  theme       text NOT NULL,
  scope       text NOT NULL,
  period_from date NOT NULL,
  period_to   date NOT NULL CHECK (period_to >= period_from),
  state       text NOT NULL CHECK (state IN ('draft', 'running', 'summarised')),
  summary     text,
  -- the 专项监督情况报告 issued once the campaign is summarised
  report_document_id uuid REFERENCES documents (id),
  version     integer NOT NULL DEFAULT 1,
  created_by  uuid REFERENCES users (id),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX campaigns_region_idx ON campaigns (region_code, period_from DESC);

CREATE TABLE campaign_agencies (
  campaign_id uuid NOT NULL REFERENCES campaigns (id),
  agency_id   uuid NOT NULL REFERENCES organisations (id),
  added_at    timestamptz NOT NULL,
  PRIMARY KEY (campaign_id, agency_id)
);
CREATE INDEX campaign_agencies_agency_idx ON campaign_agencies (agency_id);

CREATE TABLE inspections (
  id             uuid PRIMARY KEY,
  organ_id       uuid NOT NULL REFERENCES organisations (id),
  agency_id      uuid NOT NULL REFERENCES organisations (id),
  -- the visited agency's region: the key every scoped read filters on
  region_code    text NOT NULL REFERENCES regions (code),
  campaign_id    uuid REFERENCES campaigns (id),
  subject        text NOT NULL,
  planned_on     date,
  -- 不打招呼: not announced, so it may start without a planned date
  unannounced    boolean NOT NULL,
  started_on     date,
  closed_on      date,
  checklist      jsonb NOT NULL,
  supervisor_ids jsonb NOT NULL,
  findings       jsonb NOT NULL,
  follow_ups     jsonb NOT NULL,
  conclusion     text,
  state          text NOT NULL CHECK (state IN ('planned', 'under_way', 'findings_recorded', 'follow_up', 'closed')),
  version        integer NOT NULL DEFAULT 1,
  created_by     uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  CHECK (unannounced OR planned_on IS NOT NULL)
);
CREATE INDEX inspections_region_idx ON inspections (region_code, created_at DESC);
CREATE INDEX inspections_campaign_idx ON inspections (campaign_id);
CREATE INDEX inspections_agency_idx ON inspections (agency_id);

-- photos taken on site (第七条（四） 拍照), in the database like case attachments; images only
CREATE TABLE inspection_photos (
  id            uuid PRIMARY KEY,
  inspection_id uuid NOT NULL REFERENCES inspections (id),
  file_name     text NOT NULL,
  media_type    text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
  size          integer NOT NULL CHECK (size > 0),
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  uploaded_by   uuid REFERENCES users (id),
  uploaded_at   timestamptz NOT NULL
);
CREATE INDEX inspection_photos_idx ON inspection_photos (inspection_id, uploaded_at);
