-- The steps of a region's cases found without reading its cases. The dashboard's notices,
-- decisions and reviews of a period (第五条) started from the province's steps of that period
-- and joined every case of the jurisdiction to keep its own: at a million cases, a city's
-- 70,000 wide rows read for a few thousand steps. A case's region never changes (its agency
-- is fixed when it is registered), so the step carries it from the moment it is written.
ALTER TABLE case_steps ADD COLUMN region_code text;
UPDATE case_steps s SET region_code = c.region_code FROM supervision_cases c WHERE c.id = s.case_id;
ALTER TABLE case_steps ALTER COLUMN region_code SET NOT NULL;
CREATE INDEX case_steps_region_action_day_idx ON case_steps (region_code, action, on_day) INCLUDE (case_id);
