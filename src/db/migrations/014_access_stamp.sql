-- A signed-in user's roles are kept by the server between requests while the national stamp has not moved
-- (http/auth.ts), so a change of roles must move it too: granted or withdrawn, it takes effect on the next
-- request, whichever server process serves it. Users (active, office) already move it (migration 010).
CREATE OR REPLACE FUNCTION queue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME IN ('users', 'user_roles') OR TG_OP = 'TRUNCATE' OR queue_bulk_load() THEN
    UPDATE queue_version SET version = version + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER user_roles_queue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_roles
  FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
