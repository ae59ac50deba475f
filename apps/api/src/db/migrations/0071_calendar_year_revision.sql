-- Each process caches the calendar and reloads it when calendar_years changes. count and
-- max(loaded_at) miss a replaced year whose new loaded_at does not move the maximum (a clock behind
-- another process's, or one fixed clock); a revision counted up on every replacement never does.
ALTER TABLE calendar_years ADD COLUMN revision integer NOT NULL DEFAULT 1;
