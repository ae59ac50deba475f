-- Official documents (第九条, 第十条): numbered per organ, kind and year without gaps, their
-- content frozen at issue, the sealed PDF and its SHA-256 kept, and every service recorded.

-- The supervision seal (行政执法监督专用章) of the government at each organ's level. A new
-- upload supersedes the last; old seals stay, since sealed documents name the one they bear.
CREATE TABLE seals (
  id          uuid PRIMARY KEY,
  organ_id    uuid NOT NULL REFERENCES organisations (id),
  name        text NOT NULL,
  media_type  text NOT NULL CHECK (media_type = 'image/png'),
  image       bytea NOT NULL,
  sha256      text NOT NULL,
  uploaded_by uuid REFERENCES users (id),
  uploaded_at timestamptz NOT NULL,
  superseded_at timestamptz
);
CREATE UNIQUE INDEX seals_current ON seals (organ_id) WHERE superseded_at IS NULL;

-- The last number given per organ, number code and year. Incremented by an upsert in the
-- transaction that issues the document, so a rolled-back issue leaves no gap and two
-- concurrent issues queue on the row.
CREATE TABLE document_sequences (
  organ_id uuid NOT NULL REFERENCES organisations (id),
  code     text NOT NULL,
  year     integer NOT NULL,
  last_n   integer NOT NULL CHECK (last_n > 0),
  PRIMARY KEY (organ_id, code, year)
);

CREATE TABLE documents (
  id            uuid PRIMARY KEY,
  -- the case it belongs to; null for the organ's own documents (the qualification announcement)
  case_id       uuid REFERENCES supervision_cases (id),
  -- the step that issued it (null for the petition receipt, issued at registration)
  step_n        integer,
  kind          text NOT NULL,
  -- the organ in whose name it is issued (the reviewing organ for a review decision)
  organ_id      uuid NOT NULL REFERENCES organisations (id),
  -- the case's region: what jurisdiction scopes by
  region_code   text NOT NULL REFERENCES regions (code),
  number_code   text,
  number_year   integer,
  number_seq    integer,
  number        text UNIQUE,
  title         text NOT NULL,
  issued_on     date NOT NULL,
  issued_at     timestamptz NOT NULL,
  issued_by     uuid REFERENCES users (id),
  -- the frozen content (documents/model.ts) every rendering is made from, and its hash
  content       jsonb NOT NULL,
  content_sha256 text NOT NULL,
  sealed_at     timestamptz,
  sealed_by     uuid REFERENCES users (id),
  seal_id       uuid REFERENCES seals (id),
  pdf           bytea,
  pdf_sha256    text UNIQUE,
  -- the audit event that recorded the sealing and the hash
  sealed_audit_seq bigint,
  cancelled_at  timestamptz,
  cancelled_by  uuid REFERENCES users (id),
  cancel_reason text,
  UNIQUE (organ_id, number_code, number_year, number_seq),
  CHECK ((number IS NULL) = (number_seq IS NULL)),
  CHECK ((sealed_at IS NULL) = (pdf_sha256 IS NULL)),
  CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL))
);
CREATE INDEX documents_case_idx ON documents (case_id, issued_at);
CREATE INDEX documents_region_idx ON documents (region_code, issued_at DESC);

-- 送达: how and when a document was served and the date of receipt on the 送达回证.
CREATE TABLE document_services (
  id           uuid PRIMARY KEY,
  document_id  uuid NOT NULL REFERENCES documents (id),
  method       text NOT NULL CHECK (method IN ('direct', 'left', 'post', 'electronic', 'entrusted')),
  recipient    text NOT NULL,
  served_on    date NOT NULL,
  received_on  date NOT NULL CHECK (received_on >= served_on),
  recorded_by  uuid REFERENCES users (id),
  recorded_at  timestamptz NOT NULL
);
CREATE INDEX document_services_doc_idx ON document_services (document_id);
