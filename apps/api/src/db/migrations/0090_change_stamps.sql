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
CREATE TRIGGER organisations_change_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON organisations FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('people');
CREATE TRIGGER regions_change_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON regions FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('people');

CREATE TRIGGER calendar_years_change_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON calendar_years FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('calendar');
CREATE TRIGGER calendar_days_change_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON calendar_days FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('calendar');

CREATE TRIGGER pack_bases_change_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON pack_bases FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('bases');

CREATE TRIGGER officers_change_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON officers FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('credentials');
CREATE TRIGGER certificates_change_stamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON certificates FOR EACH STATEMENT EXECUTE FUNCTION change_stamps_renew('credentials');
