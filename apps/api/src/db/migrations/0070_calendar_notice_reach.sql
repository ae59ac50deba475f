-- A State Council notice may set days in the December before its year (the 2012 notice worked
-- 2011-12-31; the 2019 notice worked 2018-12-29 and gave 2018-12-30/31 off), and that year's own
-- notice may list the same day. A day is therefore stored under the notice that sets it: keyed by
-- (year, day), so loading one notice never touches another's days.
ALTER TABLE calendar_days DROP CONSTRAINT calendar_days_pkey;
ALTER TABLE calendar_days ADD CONSTRAINT calendar_days_pkey PRIMARY KEY (year, day);
-- the primary key now leads with year
DROP INDEX calendar_days_year_idx;
ALTER TABLE calendar_days ADD CONSTRAINT calendar_days_in_notice
  CHECK (day BETWEEN make_date(year - 1, 12, 1) AND make_date(year, 12, 31));
