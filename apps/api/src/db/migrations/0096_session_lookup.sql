-- The statement every logged-in request makes: its session row with the change stamps (0090).
-- As a PL/pgSQL function its plan is made once per connection and kept, where the same text
-- sent as a query is parsed and planned on every request (a quarter of its time on PGlite).
CREATE FUNCTION session_lookup(hash text)
RETURNS TABLE (token_hash text, csrf_token text, last_seen_at timestamptz, expires_at timestamptz,
  user_id uuid, stamps json)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY SELECT s.token_hash, s.csrf_token, s.last_seen_at, s.expires_at, s.user_id,
      (SELECT json_object_agg(c.topic, c.stamp) FROM change_stamps c)
    FROM sessions s WHERE s.token_hash = hash AND s.revoked_at IS NULL;
END $$;
