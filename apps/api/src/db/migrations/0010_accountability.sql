-- Accountability (责任追究, 第十六条 to 第十八条): a matter against an agency, an officer or a
-- supervisor, the grounds it cites, the measures taken in the order of its article's ladder, and
-- what found it. The state machine lives in the procedure; these tables keep its facts.
CREATE TABLE accountability_matters (
  id            uuid PRIMARY KEY,
  subject_kind  text NOT NULL CHECK (subject_kind IN ('agency', 'officer', 'supervisor')),
  agency_id     uuid REFERENCES organisations (id),
  officer_id    uuid REFERENCES officers (id),
  supervisor_id uuid REFERENCES users (id),
  -- the supervision organ handling the matter, and the subject's region: what scope reads
  organ_id      uuid NOT NULL REFERENCES organisations (id),
  region_code   text NOT NULL REFERENCES regions (code),
  pack_id       text NOT NULL,
  -- item ids of the subject's article, e.g. ["art16.1.10"]
  grounds       jsonb NOT NULL,
  facts         text NOT NULL,
  state         text NOT NULL CHECK (state IN ('proposed', 'open', 'closed', 'dismissed')),
  origin        text NOT NULL CHECK (origin IN ('manual', 'automatic')),
  -- an automatic proposal's key: the same finding is never proposed twice, even once dismissed
  proposal_key  text UNIQUE,
  -- the agency's correction after 责令限期改正 (第十六条)
  correction_reported_on date,
  decision_reason text,
  version       integer NOT NULL DEFAULT 1,
  created_by    uuid REFERENCES users (id),
  created_by_name text NOT NULL,
  created_at    timestamptz NOT NULL,
  decided_by    uuid REFERENCES users (id),
  decided_at    timestamptz,
  updated_at    timestamptz NOT NULL,
  CHECK ((subject_kind = 'agency') = (agency_id IS NOT NULL)),
  CHECK ((subject_kind = 'officer') = (officer_id IS NOT NULL)),
  CHECK ((subject_kind = 'supervisor') = (supervisor_id IS NOT NULL)),
  CHECK ((origin = 'automatic') = (proposal_key IS NOT NULL)),
  CHECK (state NOT IN ('closed', 'dismissed') OR decision_reason IS NOT NULL)
);
CREATE INDEX accountability_matters_region_idx ON accountability_matters (region_code, state, updated_at DESC);
CREATE INDEX accountability_matters_officer_idx ON accountability_matters (officer_id) WHERE officer_id IS NOT NULL;

-- a measure is drafted by a supervisor and approved (or returned) by the organ head; only an
-- approved one is in force and counts on the ladder
CREATE TABLE accountability_measures (
  id           uuid PRIMARY KEY,
  matter_id    uuid NOT NULL REFERENCES accountability_matters (id),
  kind         text NOT NULL,
  status       text NOT NULL CHECK (status IN ('drafted', 'approved', 'returned')),
  article      text NOT NULL,
  -- 责令限期改正 only
  deadline     date,
  -- the facts behind 情节严重 / 构成犯罪, or what a milder measure rests on
  reasons      text,
  -- the number or title of the written decision, when one was issued (通报, 处分建议, 移送函)
  document_ref text,
  drafted_by   uuid REFERENCES users (id),
  drafted_by_name text NOT NULL,
  drafted_at   timestamptz NOT NULL,
  decided_by   uuid REFERENCES users (id),
  decided_by_name text,
  decided_at   timestamptz,
  effective_on date,
  return_reason text,
  -- the certificate seized by 暂扣行政执法证件 (第十七条, 第七条（八）)
  certificate_id uuid REFERENCES certificates (id),
  CHECK ((status = 'approved') = (effective_on IS NOT NULL)),
  CHECK ((status = 'returned') = (return_reason IS NOT NULL))
);
CREATE INDEX accountability_measures_matter_idx ON accountability_measures (matter_id, drafted_at);
-- one draft at a time per matter
CREATE UNIQUE INDEX accountability_measures_one_draft ON accountability_measures (matter_id) WHERE status = 'drafted';

-- what found the matter: a case, a warning, an evaluation or an inspection. Cases and warnings
-- are in this schema; evaluations and inspections are kept elsewhere, so no foreign key here.
CREATE TABLE accountability_sources (
  matter_id   uuid NOT NULL REFERENCES accountability_matters (id),
  source_kind text NOT NULL CHECK (source_kind IN ('case', 'warning', 'evaluation', 'inspection')),
  source_id   uuid NOT NULL,
  note        text,
  PRIMARY KEY (matter_id, source_kind, source_id)
);
CREATE INDEX accountability_sources_source_idx ON accountability_sources (source_kind, source_id);
