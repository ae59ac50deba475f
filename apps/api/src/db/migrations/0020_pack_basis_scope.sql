-- 第十九条: a basis for applying a lapsed pack further governs the regions it names (and the
-- regions below them) for the days it is valid, and is recorded only by an administrator whose
-- jurisdiction covers all of them. A basis recorded before scopes existed keeps the jurisdiction of
-- the organisation of the administrator who recorded it, from the day it was recorded.
ALTER TABLE pack_bases ADD COLUMN region_codes text[];
ALTER TABLE pack_bases ADD COLUMN valid_from date;
ALTER TABLE pack_bases ADD COLUMN valid_until date;
UPDATE pack_bases b SET
  region_codes = ARRAY[(SELECT o.region_code FROM users u JOIN organisations o ON o.id = u.organisation_id
                        WHERE u.id = b.recorded_by)],
  valid_from = (b.recorded_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE pack_bases ALTER COLUMN region_codes SET NOT NULL;
ALTER TABLE pack_bases ALTER COLUMN valid_from SET NOT NULL;
ALTER TABLE pack_bases ADD CONSTRAINT pack_bases_regions_present CHECK (cardinality(region_codes) > 0);
ALTER TABLE pack_bases ADD CONSTRAINT pack_bases_validity CHECK (valid_until IS NULL OR valid_until >= valid_from);

-- An audit event about more than one region (a basis for the city, a year of the calendar) is
-- listed to every administrator whose jurisdiction it touches: the regions it concerns, besides
-- its own region_code. The event's hashed `after` names them too; this table is their index.
-- No foreign key to audit_events: a reference would put the table's own guards (append-only, no
-- TRUNCATE) behind PostgreSQL's "referenced by a foreign key" refusal; recordAudit writes both rows in
-- one transaction.
CREATE TABLE audit_event_regions (
  region_code text NOT NULL,
  seq         bigint NOT NULL,
  PRIMARY KEY (region_code, seq)
);
