-- Rate-limit counters (per route and client address) shared by every process on a PostgreSQL
-- database, so that N processes allow the limit, not N times it. Unlogged: a counter lost in a
-- crash costs nothing, and counting a request should not cost a WAL flush. The embedded
-- database (one process) counts in memory instead.
CREATE UNLOGGED TABLE rate_limits (
  key text PRIMARY KEY,
  count integer NOT NULL,
  reset_at timestamptz NOT NULL
);
CREATE INDEX rate_limits_reset_at_idx ON rate_limits (reset_at);
