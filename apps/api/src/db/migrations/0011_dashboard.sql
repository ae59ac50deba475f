-- Indexes for the dashboard's aggregations (第五条: the figures of the annual rule-of-law
-- assessment). Each figure reads one region subtree over one period, so each index leads with
-- the region and then the date the figure counts by; INCLUDE carries the grouped columns so the
-- counts come from the index alone (index-only scans on PostgreSQL). docs/dashboard.md says why
-- no rollup table is kept.

-- cases by month, source, state, agency and region
CREATE INDEX supervision_cases_region_registered_idx
  ON supervision_cases (region_code, registered_on) INCLUDE (source, state, agency_id);

-- petitions by month, kind and channel (petitions_region_idx already leads with region, received_at)

-- the correction rate: notices and orders whose deadline falls in the period (ISO dates compare as text)
CREATE INDEX supervision_cases_notice_deadline_idx
  ON supervision_cases (region_code, (facts->'notice'->>'deadline')) WHERE facts->'notice' <> 'null'::jsonb;
CREATE INDEX supervision_cases_order_deadline_idx
  ON supervision_cases (region_code, (facts->'decision'->>'deadline'))
  WHERE facts->'decision'->>'kind' IN ('order_performance', 'order_correction');

-- notices issued, decisions served, reviews decided and executions reported in a period (the
-- dashboard, and the annual assessment counting the year from the timeline)
CREATE INDEX case_steps_action_day_idx ON case_steps (action, on_day) INCLUDE (case_id);

-- warnings by rule: over millions of acts, counted from the warnings of the region and period only
CREATE INDEX warnings_region_raised_idx ON warnings (region_code, raised_at) INCLUDE (rule, state);

-- accountability matters by state and subject in a period
CREATE INDEX accountability_matters_region_created_idx
  ON accountability_matters (region_code, created_at) INCLUDE (state, subject_kind);

-- certificate coverage: officers of an organisation and their certificates by kind
CREATE INDEX certificates_officer_kind_idx ON certificates (officer_id, kind) INCLUDE (status, valid_from, valid_until);
