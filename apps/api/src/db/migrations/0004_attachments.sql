-- Attachments and evidence, kept in the database: transactional with the case, in every
-- backup, never a path on disk that a name could escape.
CREATE TABLE attachments (
  id          uuid PRIMARY KEY,
  case_id     uuid NOT NULL REFERENCES supervision_cases (id),
  source      text NOT NULL CHECK (source IN ('petitioner', 'staff')),
  file_name   text NOT NULL,
  media_type  text NOT NULL,
  size        integer NOT NULL CHECK (size > 0),
  sha256      text NOT NULL,
  content     bytea NOT NULL,
  uploaded_by uuid REFERENCES users (id),
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX attachments_case_idx ON attachments (case_id, uploaded_at);
