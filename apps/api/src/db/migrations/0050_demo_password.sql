-- The demo accounts' generated password on PostgreSQL, where several processes (maybe on
-- several machines) start on one database: the first to load the demo writes it here and
-- every start prints it from here. One row at most; none when JIANDU_DEMO_PASSWORD was set
-- or the demo was loaded before this table existed. The embedded database keeps it in
-- data/demo-password.txt instead.
CREATE TABLE demo_password (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  password text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
