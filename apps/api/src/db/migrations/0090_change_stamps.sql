-- Each process keeps in memory what nearly every request reads and rarely changes: a user's
-- actor and jurisdiction, the calendar, a pack's recorded bases, who holds a supervision
-- credential. Several processes share one PostgreSQL, so a process must learn at once that
-- another changed any of it: every write to these tables gives its topic a new random stamp, in
-- the writing transaction, and a request reads the stamps with its session (one indexed row
-- lookup). A value kept under an older stamp is read again. A random stamp, not a counter:
-- two databases restored from one snapshot never hold different data under the same stamp.
CREATE TABLE change_stamps (
  topic text PRIMARY KEY,
  stamp uuid NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO change_stamps (topic) VALUES ('people'), ('calendar'), ('bases'), ('credentials');

CREATE FUNCTION change_stamps_renew() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_stamps SET stamp = gen_random_uuid() WHERE topic = TG_ARGV[0];
  RETURN NULL;
END $$;

-- people: the actor (user, organisation, region subtree), the people who may act on a case.
-- A failed login or a TOTP step writes other columns of users and renews nothing.
CREATE TRIGGER users_change_stamp
  AFTER INSERT OR DELETE OR UPDATE OF username, display_name, role, organisation_id, active
  ON users FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('people');
CREATE TRIGGER users_change_stamp_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('people');

-- every other table renews its topic on any write
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('organisations', 'people'), ('regions', 'people'),
      ('calendar_years', 'calendar'), ('calendar_days', 'calendar'), ('pack_bases', 'bases'),
      ('officers', 'credentials'), ('certificates', 'credentials')) v (tbl, topic) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew(%L)', t.tbl || '_change_stamp', t.tbl, t.topic);
  END LOOP;
END $$;
