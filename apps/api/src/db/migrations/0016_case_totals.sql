-- The case list's totals without counting a jurisdiction's cases one by one. At a million
-- cases a city holds about 70,000, and its list's total walked that many index entries on
-- every page; the total of a list filtered only by what this rollup keeps (its regions, the
-- state and the source) is now a sum over a few hundred rows. An agency's list is counted from
-- its own index: a few hundred entries. Kept in the writing
-- transaction by a trigger, so it is exactly as current as the cases, whatever writes them
-- (a step, a case opened from a petition, an evaluation or a visit). docs/scale.md.
CREATE TABLE case_totals (
  region_code text NOT NULL,
  state       text NOT NULL,
  source      text NOT NULL,
  -- a count below zero would mean the rollup lost a write: refused, never stored
  n           integer NOT NULL CHECK (n >= 0),
  PRIMARY KEY (region_code, state, source)
);

-- a case joins a count (d = 1) or leaves it (d = -1); leaving is an UPDATE, because an INSERT
-- proposing -1 would meet the CHECK before ON CONFLICT could turn it into an update
CREATE FUNCTION case_totals_add(r text, s text, src text, d integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF d > 0 THEN
    INSERT INTO case_totals AS t (region_code, state, source, n) VALUES (r, s, src, d)
    ON CONFLICT (region_code, state, source) DO UPDATE SET n = t.n + excluded.n;
  ELSE
    UPDATE case_totals SET n = n + d WHERE region_code = r AND state = s AND source = src;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'case_totals has no count for (%, %, %): recount with case_totals_recount()', r, s, src;
    END IF;
  END IF;
END;
$$;

CREATE FUNCTION case_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM case_totals_add(NEW.region_code, NEW.state, NEW.source, 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM case_totals_add(OLD.region_code, OLD.state, OLD.source, -1);
  ELSIF (OLD.region_code, OLD.state, OLD.source)
      IS DISTINCT FROM (NEW.region_code, NEW.state, NEW.source) THEN
    -- the row left and the row joined are locked in the key's order, so two cases of one
    -- region moving in opposite directions at once cannot deadlock
    IF (OLD.region_code, OLD.state, OLD.source) < (NEW.region_code, NEW.state, NEW.source) THEN
      PERFORM case_totals_add(OLD.region_code, OLD.state, OLD.source, -1);
      PERFORM case_totals_add(NEW.region_code, NEW.state, NEW.source, 1);
    ELSE
      PERFORM case_totals_add(NEW.region_code, NEW.state, NEW.source, 1);
      PERFORM case_totals_add(OLD.region_code, OLD.state, OLD.source, -1);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER case_totals_follow AFTER INSERT OR DELETE OR UPDATE OF region_code, state, source
  ON supervision_cases FOR EACH ROW EXECUTE FUNCTION case_totals_follow();

-- counted afresh from the cases: here for the cases already stored, and after a bulk load that
-- bypassed triggers (session_replication_role = replica, as the scale benchmark loads)
CREATE FUNCTION case_totals_recount() RETURNS void LANGUAGE sql AS $$
  DELETE FROM case_totals;
  INSERT INTO case_totals (region_code, state, source, n)
    SELECT region_code, state, source, count(*) FROM supervision_cases GROUP BY 1, 2, 3;
$$;
SELECT case_totals_recount();

-- A search (a substring of the title, or of the agency's name) tests each of a jurisdiction's
-- cases; with the title on the index entry it does so without reading the table's wide rows.
DROP INDEX supervision_cases_region_order_idx;
CREATE INDEX supervision_cases_region_order_idx ON supervision_cases (region_code, updated_at DESC, id)
  INCLUDE (state, source, agency_id, title);
