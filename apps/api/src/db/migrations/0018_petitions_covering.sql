-- The dashboard's petitions by month, kind and channel (第五条, 第九条) from the index alone:
-- at a million petitions a city's year is some 10,000 rows, read from the table only for
-- their kind and channel before this.
DROP INDEX petitions_region_idx;
CREATE INDEX petitions_region_idx ON petitions (region_code, received_at DESC) INCLUDE (kind, channel);
