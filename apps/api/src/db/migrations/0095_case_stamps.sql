-- The case list and the case page are read far more often than cases change: each process
-- keeps what they read (the case with its steps and petition, a list's page and total) under
-- stamps of cases (see 0090). Cases are written by every organ at once, so their stamps are
-- kept by region — `cases:<region code>`, renewed by every write to a case, step, petition or
-- total of that region — and by reviewing organ — `cases:org:<organ id>`, renewed by every
-- write to a case that organ reviews (第十条), which its list shows wherever the case lies. A
-- county's kept reads then last until a case of that county is written, not until any case of
-- the province is. A region's row is made by its first write; before it, its stamp is absent.
--
-- Renewed at commit: a deferred constraint trigger, so a stamp's row is locked only for the
-- instant before the commit and transactions writing cases never wait on one another for their
-- length; once a transaction for each stamp, however many rows it wrote.

-- Every request reads all the stamps, and every renewal leaves an old version of a row behind:
-- with the pages kept nine tenths empty, old versions are pruned whenever a reader finds more
-- than a few, rather than when a page is full (PGlite has no autovacuum).
ALTER TABLE change_stamps SET (fillfactor = 10);

CREATE FUNCTION change_stamps_renew_case_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  topic_of text;
  -- the row before and after: a case may change region or reviewing organ
  rows jsonb[] := ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
    CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END];
  r jsonb;
BEGIN
  FOREACH r IN ARRAY rows LOOP
    CONTINUE WHEN r IS NULL;
    FOREACH topic_of IN ARRAY ARRAY['cases:' || (r->>'region_code'), 'cases:org:' || (r->>'reviewing_organ_id')] LOOP
      CONTINUE WHEN topic_of IS NULL
        OR current_setting('jiandu.renewed_' || md5(topic_of), true) IS NOT DISTINCT FROM 'y';
      INSERT INTO change_stamps (topic) VALUES (topic_of)
        ON CONFLICT (topic) DO UPDATE SET stamp = gen_random_uuid();
      PERFORM set_config('jiandu.renewed_' || md5(topic_of), 'y', true);
    END LOOP;
  END LOOP;
  RETURN NULL;
END $$;

-- Every stamp renewed, the cases' of every region and organ made if absent: after a TRUNCATE, or
-- after rows were changed with triggers off (a bulk load), so no process keeps what it read before.
CREATE FUNCTION change_stamps_renew_all() RETURNS void LANGUAGE sql AS $$
  UPDATE change_stamps SET stamp = gen_random_uuid();
  INSERT INTO change_stamps (topic)
    SELECT 'cases:' || code FROM regions UNION ALL SELECT 'cases:org:' || id FROM organisations
    ON CONFLICT (topic) DO NOTHING;
$$;

CREATE FUNCTION change_stamps_renew_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM change_stamps_renew_all();
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['supervision_cases', 'case_steps', 'petitions', 'case_totals'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_stamps_renew_case_at_commit()',
      t || '_change_stamp', t);
    -- a constraint trigger cannot watch TRUNCATE
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew_cases()', t || '_change_stamp_truncate', t);
  END LOOP;
END $$;
