-- Optional TOTP second factor (RFC 6238) for organ heads and admins. The secret is never
-- returned after enrolment; totp_last_step refuses a code of a step already used.
ALTER TABLE users ADD COLUMN totp_secret text;
ALTER TABLE users ADD COLUMN totp_pending_secret text;
ALTER TABLE users ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE users ADD COLUMN totp_last_step bigint;

-- A password accepted, the code still awaited: no session, no privilege, until the code.
CREATE TABLE login_challenges (
  token_hash text PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX login_challenges_user_idx ON login_challenges (user_id);
