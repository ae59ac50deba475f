-- Enforcement acts (第八条（三）) partitioned by the year of their date (docs/scale.md): a year's
-- queries (the assessment, a year's dashboard) read one partition, and a past year can be detached
-- and archived. Converts the table in place: every act is copied with its id.
--
-- A partitioned table cannot hold a unique index without its partition key, and (agency,
-- case number) must stay unique whatever the date — a corrected date is not a second act, and a
-- conflicting report must still be told from a retry. So the key lives in `act_keys`, one row per
-- act, unpartitioned, written by ingestion in the same transaction as the act; the batch's
-- idempotency check reads it. The act's primary key becomes (id, decision_date):
--   act_officers → the act by (act_id, decision_date), which it always carried;
--   warnings and evaluation_files → act_keys (act_id), unique there, which references the act.

ALTER TABLE act_officers DROP CONSTRAINT act_officers_act_id_fkey;
ALTER TABLE warnings DROP CONSTRAINT warnings_act_id_fkey;
ALTER TABLE evaluation_files DROP CONSTRAINT evaluation_files_act_id_fkey;

ALTER TABLE enforcement_acts RENAME TO enforcement_acts_unpartitioned;
ALTER INDEX enforcement_acts_pkey RENAME TO enforcement_acts_unpartitioned_pkey;
ALTER INDEX enforcement_acts_agency_id_case_number_key RENAME TO enforcement_acts_unpartitioned_key;
ALTER INDEX enforcement_acts_region_idx RENAME TO enforcement_acts_unpartitioned_region_idx;

-- the same columns, defaults and checks; the primary key carries the date, as every key of a
-- partitioned table must
CREATE TABLE enforcement_acts (
  LIKE enforcement_acts_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
  PRIMARY KEY (id, decision_date),
  FOREIGN KEY (agency_id) REFERENCES organisations (id),
  FOREIGN KEY (region_code) REFERENCES regions (code),
  FOREIGN KEY (reported_by) REFERENCES users (id)
) PARTITION BY RANGE (decision_date);
-- an act dated where no year partition exists yet (a load that does not go through ingestion)
CREATE TABLE enforcement_acts_default PARTITION OF enforcement_acts DEFAULT;
CREATE INDEX enforcement_acts_region_idx ON enforcement_acts (region_code, decision_date DESC);
CREATE INDEX enforcement_acts_agency_idx ON enforcement_acts (agency_id, decision_date);

-- The partition of a year, created when first needed (ingestion asks for the years of a batch
-- before its transaction). Two callers for one year: the second waits and finds it. A year whose
-- acts already sit in the default partition is left there (moving them would take the table's
-- lock for the length of the move); they are still found, only not pruned.
CREATE FUNCTION enforcement_acts_year(y integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  part text := 'enforcement_acts_' || y;
  lo date := make_date(y, 1, 1);
  hi date := make_date(y + 1, 1, 1);
BEGIN
  IF to_regclass(part) IS NOT NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(7140503);
  IF to_regclass(part) IS NOT NULL THEN RETURN; END IF;
  IF EXISTS (SELECT 1 FROM enforcement_acts_default WHERE decision_date >= lo AND decision_date < hi) THEN RETURN; END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF enforcement_acts FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
END $$;

-- the years present, this year and the next
SELECT enforcement_acts_year(y) FROM (
  SELECT DISTINCT extract(year FROM decision_date)::int AS y FROM enforcement_acts_unpartitioned
  UNION SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int
  UNION SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int + 1
) years ORDER BY y;

INSERT INTO enforcement_acts SELECT * FROM enforcement_acts_unpartitioned;

CREATE TABLE act_keys (
  agency_id      uuid NOT NULL,
  case_number    text NOT NULL,
  act_id         uuid NOT NULL UNIQUE,
  decision_date  date NOT NULL,
  content_sha256 text NOT NULL,
  PRIMARY KEY (agency_id, case_number),
  FOREIGN KEY (act_id, decision_date) REFERENCES enforcement_acts (id, decision_date)
);
INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256)
SELECT agency_id, case_number, id, decision_date, content_sha256 FROM enforcement_acts_unpartitioned;

DROP TABLE enforcement_acts_unpartitioned;

ALTER TABLE act_officers ADD CONSTRAINT act_officers_act_fkey
  FOREIGN KEY (act_id, decision_date) REFERENCES enforcement_acts (id, decision_date);
ALTER TABLE warnings ADD CONSTRAINT warnings_act_id_fkey FOREIGN KEY (act_id) REFERENCES act_keys (act_id);
ALTER TABLE evaluation_files ADD CONSTRAINT evaluation_files_act_id_fkey FOREIGN KEY (act_id) REFERENCES act_keys (act_id);
