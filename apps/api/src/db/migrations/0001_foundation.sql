-- Foundation: regions and organisations (第二条, 第四条), users and sessions, the
-- append-only hash-chained audit log, and the working-day calendar (第十条).
-- Plain SQL valid on PostgreSQL 15 and on PGlite.

CREATE TABLE regions (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
  name        text NOT NULL,
  name_en     text NOT NULL,
  level       text NOT NULL CHECK (level IN ('province', 'city', 'county')),
  parent_code text REFERENCES regions (code),
  -- materialised path of codes from the root, e.g. '140000/140500/140525/'; a subtree is a prefix
  path        text NOT NULL UNIQUE,
  -- the region is governed inside this system (the province is recorded as external)
  in_system   boolean NOT NULL DEFAULT true,
  version     integer NOT NULL DEFAULT 1
);
CREATE INDEX regions_path_idx ON regions (path text_pattern_ops);

CREATE TABLE organisations (
  id          uuid PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('government', 'supervision_organ', 'agency')),
  agency_kind text CHECK (agency_kind IN ('organ', 'authorized_org')),
  name        text NOT NULL,
  name_en     text NOT NULL DEFAULT '',
  short_name  text NOT NULL DEFAULT '',
  region_code text NOT NULL REFERENCES regions (code),
  parent_id   uuid REFERENCES organisations (id),
  -- organ code used in document numbers (文号), e.g. 晋市执监
  doc_prefix  text,
  active      boolean NOT NULL DEFAULT true,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'agency') = (agency_kind IS NOT NULL)),
  CHECK ((kind = 'government') OR (parent_id IS NOT NULL))
);
-- one government per region; one supervision organ per government (第四条)
CREATE UNIQUE INDEX organisations_one_government ON organisations (region_code) WHERE kind = 'government';
CREATE UNIQUE INDEX organisations_one_organ ON organisations (parent_id) WHERE kind = 'supervision_organ';
CREATE UNIQUE INDEX organisations_name_in_region ON organisations (region_code, name);
CREATE INDEX organisations_parent_idx ON organisations (parent_id);

CREATE TABLE users (
  id              uuid PRIMARY KEY,
  username        text NOT NULL UNIQUE,
  display_name    text NOT NULL,
  role            text NOT NULL CHECK (role IN ('supervisor', 'organ_head', 'agency_liaison', 'reviewer', 'leader', 'admin')),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  password_hash   text NOT NULL,
  active          boolean NOT NULL DEFAULT true,
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_organisation_idx ON users (organisation_id);

CREATE TABLE sessions (
  -- SHA-256 of the cookie token: a copy of this table does not give anyone a session
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Audit (全过程记录): append-only, each event chained to the one before by SHA-256.
CREATE TABLE audit_events (
  seq             bigint PRIMARY KEY,
  id              uuid NOT NULL UNIQUE,
  occurred_at     timestamptz NOT NULL,
  actor_id        uuid,
  actor_name      text NOT NULL,
  actor_role      text,
  organisation_id uuid,
  region_code     text,
  action          text NOT NULL,
  entity_type     text NOT NULL,
  entity_id       text NOT NULL,
  before          jsonb,
  after           jsonb,
  article         text,
  request_id      text,
  prev_hash       text NOT NULL,
  hash            text NOT NULL
);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id);
CREATE INDEX audit_events_region_idx ON audit_events (region_code, seq);

-- The chain's head: one row, locked by each appender, so events are numbered without
-- gaps and a deleted tail is detectable.
CREATE TABLE audit_head (
  id   integer PRIMARY KEY CHECK (id = 1),
  seq  bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (全过程记录不可修改)';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- The head only moves forward: it cannot be deleted or wound back to hide a removed tail.
CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW.seq < OLD.seq THEN
    RAISE EXCEPTION 'audit_head only moves forward (全过程记录不可回退)';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Working-day calendar: only the days that differ from Monday to Friday are stored.
CREATE TABLE calendar_years (
  year       integer PRIMARY KEY CHECK (year BETWEEN 1990 AND 2200),
  -- the State Council notice the year's arrangements come from, e.g. 国办发明电〔2023〕7号
  notice     text NOT NULL,
  source     text NOT NULL,
  loaded_at  timestamptz NOT NULL DEFAULT now(),
  loaded_by  uuid
);

CREATE TABLE calendar_days (
  day     date PRIMARY KEY,
  year    integer NOT NULL REFERENCES calendar_years (year),
  kind    text NOT NULL CHECK (kind IN ('holiday', 'adjusted_workday')),
  name    text NOT NULL,
  name_en text NOT NULL DEFAULT ''
);
CREATE INDEX calendar_days_year_idx ON calendar_days (year);
