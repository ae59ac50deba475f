-- The case list and the case page are read far more often than cases change: each process
-- keeps what they read (the case with its steps and petition, a list's page and total) under
-- a `cases` stamp (see 0090). Every write to those tables renews it, at commit: a deferred
-- constraint trigger, so the stamp's row is locked only for the instant before the commit and
-- case-writing transactions of every process never wait on one another for their length.
-- One renewal a transaction, however many rows it wrote.
INSERT INTO change_stamps (topic) VALUES ('cases');
-- Every request reads all the stamps, and every case written leaves an old version of a stamp's
-- row behind: with the page kept nine tenths empty, the versions are pruned whenever a reader
-- finds more than a dozen, rather than when the page is full (PGlite has no autovacuum).
ALTER TABLE change_stamps SET (fillfactor = 10);

CREATE FUNCTION change_stamps_renew_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('jiandu.renewed_' || TG_ARGV[0], true) IS DISTINCT FROM 'y' THEN
    UPDATE change_stamps SET stamp = gen_random_uuid() WHERE topic = TG_ARGV[0];
    PERFORM set_config('jiandu.renewed_' || TG_ARGV[0], 'y', true);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['supervision_cases', 'case_steps', 'petitions', 'case_totals'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_stamps_renew_at_commit(%L)',
      t || '_change_stamp', t, 'cases');
    -- a constraint trigger cannot watch TRUNCATE
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew(%L)', t || '_change_stamp_truncate', t, 'cases');
  END LOOP;
END $$;
