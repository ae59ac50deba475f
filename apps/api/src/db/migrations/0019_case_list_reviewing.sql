-- The cases under review by an organ (第十条) from outside its own jurisdiction, found by
-- probing the regions outside it. Every county case names the city's organ as the one that
-- would review it, so "reviewing organ = the city's, region not the city's" walked all the
-- city's county cases, 60,000 at a million cases, to find the few from elsewhere.
CREATE INDEX supervision_cases_reviewing_region_idx ON supervision_cases (reviewing_organ_id, region_code);
