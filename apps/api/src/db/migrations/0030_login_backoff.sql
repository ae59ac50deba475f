-- Login back-off per account and client address, in place of the account lock that anyone
-- could set off with five wrong passwords: failures from one address slow down that address on
-- that account only, the wait grows with each failure and lapses by itself. The row is locked
-- and counted before the password is compared, so a burst of guesses is counted as it comes.
CREATE TABLE login_backoff (
  user_id          uuid NOT NULL REFERENCES users (id),
  address          text NOT NULL,
  failures         integer NOT NULL DEFAULT 0,
  wait_until       timestamptz,
  last_failure_at  timestamptz NOT NULL,
  PRIMARY KEY (user_id, address)
);
