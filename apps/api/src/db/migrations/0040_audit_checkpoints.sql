-- Signed checkpoints of the audit chain (sequence, head hash, digest of the security-relevant
-- rows), signed with a key kept outside the database. The signed text is also appended to a
-- file outside the database and published; this copy serves the public page and keeps, for the
-- latest checkpoint only, the per-row hashes its digest covers, so a verifier can name the row
-- changed outside the application. Deleting a row here hides nothing a witness kept.
CREATE TABLE audit_checkpoints (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seq        bigint NOT NULL,
  at         timestamptz NOT NULL,
  -- the checkpoint as signed (canonical JSON) and its Ed25519 signature (base64)
  body       text NOT NULL,
  signature  text NOT NULL,
  key_id     text NOT NULL,
  -- [{ "t": table, "id": row id, "s": subject, "h": sha256 }] for the newest checkpoint, else null
  rows       jsonb
);
CREATE INDEX audit_checkpoints_seq_idx ON audit_checkpoints (seq, at);
