-- The case list in the order it is shown (last change first), with the columns its scope and
-- filters test (第二条: region or reviewing organ; state, source, agency). A page's cases are
-- found in these indexes alone and the count is taken from them, instead of reading every
-- case of the jurisdiction from the table (its rows are wide: the facts) and sorting them.
-- The whole province's order, walked from the newest change until the page is full: a city's
-- first page reads tens of index pages, not tens of thousands of table pages.
CREATE INDEX supervision_cases_order_idx ON supervision_cases (updated_at DESC, id)
  INCLUDE (region_code, reviewing_organ_id, state, source, agency_id);
-- One region's cases in the same order: a county's list, and the count of a jurisdiction
-- region by region.
CREATE INDEX supervision_cases_region_order_idx ON supervision_cases (region_code, updated_at DESC, id)
  INCLUDE (state, source, agency_id);
