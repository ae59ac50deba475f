-- The region on every row of a region's work (docs/scale.md, "More than one server: Citus, by
-- region"): the tables that reached their region only through a parent carry it themselves, copied
-- from the parent when the row is written, so each can be distributed on `region_code` beside its
-- parent and a read by id names the one region that holds the row. A parent's region never
-- changes (an agency, a case's agency, an officer's organisation are fixed when it is written), so
-- the copy never goes stale. Each table is filled from its parent by one UPDATE, parents first.
--
-- The children that ingestion writes by the thousand (act_keys, act_officers) carry no foreign key
-- to regions, as warnings and case_steps do not: the act's own row guarantees the value, and a
-- second check per row would only slow the bulk path. The others reference regions as their
-- parents do. No primary key changes here; that is the distribution's own step.

-- acts: the key of each act and its officers, from the act (found by id and date, so each row's
-- year partition is read, not every year's)
ALTER TABLE act_keys ADD COLUMN region_code text;
UPDATE act_keys k SET region_code = a.region_code
  FROM enforcement_acts a WHERE a.id = k.act_id AND a.decision_date = k.decision_date;
ALTER TABLE act_keys ALTER COLUMN region_code SET NOT NULL;

ALTER TABLE act_officers ADD COLUMN region_code text;
UPDATE act_officers x SET region_code = a.region_code
  FROM enforcement_acts a WHERE a.id = x.act_id AND a.decision_date = x.decision_date;
ALTER TABLE act_officers ALTER COLUMN region_code SET NOT NULL;

-- an officer's certificates and their events, from the officer
ALTER TABLE certificates ADD COLUMN region_code text REFERENCES regions (code);
UPDATE certificates c SET region_code = o.region_code FROM officers o WHERE o.id = c.officer_id;
ALTER TABLE certificates ALTER COLUMN region_code SET NOT NULL;

ALTER TABLE certificate_events ADD COLUMN region_code text REFERENCES regions (code);
UPDATE certificate_events e SET region_code = c.region_code FROM certificates c WHERE c.id = e.certificate_id;
ALTER TABLE certificate_events ALTER COLUMN region_code SET NOT NULL;

-- a case's attachments, from the case; a document's services, from the document
ALTER TABLE attachments ADD COLUMN region_code text REFERENCES regions (code);
UPDATE attachments t SET region_code = c.region_code FROM supervision_cases c WHERE c.id = t.case_id;
ALTER TABLE attachments ALTER COLUMN region_code SET NOT NULL;

ALTER TABLE document_services ADD COLUMN region_code text REFERENCES regions (code);
UPDATE document_services s SET region_code = d.region_code FROM documents d WHERE d.id = s.document_id;
ALTER TABLE document_services ALTER COLUMN region_code SET NOT NULL;

-- evaluation: a campaign's agencies and reviewers, from the campaign; a file's sheets, from the
-- file (whose region is its act's)
ALTER TABLE evaluation_agencies ADD COLUMN region_code text REFERENCES regions (code);
UPDATE evaluation_agencies x SET region_code = c.region_code FROM evaluation_campaigns c WHERE c.id = x.campaign_id;
ALTER TABLE evaluation_agencies ALTER COLUMN region_code SET NOT NULL;

ALTER TABLE evaluation_reviewers ADD COLUMN region_code text REFERENCES regions (code);
UPDATE evaluation_reviewers x SET region_code = c.region_code FROM evaluation_campaigns c WHERE c.id = x.campaign_id;
ALTER TABLE evaluation_reviewers ALTER COLUMN region_code SET NOT NULL;

ALTER TABLE evaluation_sheets ADD COLUMN region_code text REFERENCES regions (code);
UPDATE evaluation_sheets s SET region_code = f.region_code FROM evaluation_files f WHERE f.id = s.file_id;
ALTER TABLE evaluation_sheets ALTER COLUMN region_code SET NOT NULL;

-- inspection: a campaign's agencies, from the campaign; a visit's photos, from the visit
ALTER TABLE campaign_agencies ADD COLUMN region_code text REFERENCES regions (code);
UPDATE campaign_agencies x SET region_code = c.region_code FROM campaigns c WHERE c.id = x.campaign_id;
ALTER TABLE campaign_agencies ALTER COLUMN region_code SET NOT NULL;

ALTER TABLE inspection_photos ADD COLUMN region_code text REFERENCES regions (code);
UPDATE inspection_photos p SET region_code = i.region_code FROM inspections i WHERE i.id = p.inspection_id;
ALTER TABLE inspection_photos ALTER COLUMN region_code SET NOT NULL;

-- accountability: a matter's measures and sources, from the matter
ALTER TABLE accountability_measures ADD COLUMN region_code text REFERENCES regions (code);
UPDATE accountability_measures x SET region_code = m.region_code FROM accountability_matters m WHERE m.id = x.matter_id;
ALTER TABLE accountability_measures ALTER COLUMN region_code SET NOT NULL;

ALTER TABLE accountability_sources ADD COLUMN region_code text REFERENCES regions (code);
UPDATE accountability_sources x SET region_code = m.region_code FROM accountability_matters m WHERE m.id = x.matter_id;
ALTER TABLE accountability_sources ALTER COLUMN region_code SET NOT NULL;
