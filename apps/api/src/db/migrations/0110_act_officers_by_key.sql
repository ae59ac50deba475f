-- An act's officers reference its key, (act_id, decision_date) in `act_keys`, instead of the
-- partitioned acts (docs/scale.md, ingestion). The key references the act with the same id and
-- date, so an officer's row still reaches an act that exists, dated as the row says; but the
-- check of each row probes one index of a plain table instead of the partitioned parent, which
-- PostgreSQL plans afresh for every row it checks (a custom plan, the pruned one looking
-- cheaper): two such checks an act, most of what writing an act cost.
--
-- An act written without its key (a COPY straight into the table) gets it first, so every act's
-- officers can reference it; a number held twice that way stops the migration here, as it breaks
-- the key's rule.

INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256, region_code)
SELECT a.agency_id, a.case_number, a.id, a.decision_date, a.content_sha256, a.region_code
FROM enforcement_acts a
WHERE NOT EXISTS (SELECT 1 FROM act_keys k WHERE k.act_id = a.id AND k.decision_date = a.decision_date);

ALTER TABLE act_keys ADD CONSTRAINT act_keys_act_id_decision_date_key UNIQUE (act_id, decision_date);

ALTER TABLE act_officers DROP CONSTRAINT act_officers_act_fkey;
ALTER TABLE act_officers ADD CONSTRAINT act_officers_act_fkey
  FOREIGN KEY (act_id, decision_date) REFERENCES act_keys (act_id, decision_date);
