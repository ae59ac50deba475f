-- The case list in the order it is shown (last change first), with the columns its scope and
-- filters test (第二条: region or reviewing organ; state, source, agency): the list finds a
-- page's cases by walking this index alone and stops after the page, instead of reading every
-- case of the jurisdiction from the table and sorting them. A city's list at a million cases
-- reads tens of index pages, not tens of thousands of table pages.
CREATE INDEX supervision_cases_order_idx ON supervision_cases (updated_at DESC, id)
  INCLUDE (region_code, reviewing_organ_id, state, source, agency_id);
