-- When each timer (reminder mail, accountability proposals) last ran, for all processes on
-- the database together: a process runs a timer only when it is due here, claiming the run in
-- the same statement, so two processes ticking at once do not both run it.
CREATE TABLE timer_runs (
  name text PRIMARY KEY,
  last_run_at timestamptz,
  runs integer NOT NULL DEFAULT 0
);
