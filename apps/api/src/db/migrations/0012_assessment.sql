-- The annual assessment (第五条) counts the year's notices, orders, executions and reviews from
-- the case timeline by step and day; without this index every request reads every step.
CREATE INDEX case_steps_action_day_idx ON case_steps (action, on_day);
