-- The recorded basis for applying a rule pack after it lapsed (第十九条: valid two years):
-- an extension, a successor regulation, or an interim decision. Never silent.
CREATE TABLE pack_bases (
  id          uuid PRIMARY KEY,
  pack_id     text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('extension', 'successor', 'interim')),
  reference   text NOT NULL,
  note        text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL
);
CREATE INDEX pack_bases_pack_idx ON pack_bases (pack_id, recorded_at DESC);
