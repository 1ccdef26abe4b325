-- A bulk load says so for its transaction (`tilsyn.queue_sync = bulk`; the demo seed does, at any size):
-- the office stamps are then left alone row by row, and the national stamp moves once per statement.
-- Row triggers cost a small seed about a fifth of its time.
CREATE OR REPLACE FUNCTION queue_bulk_load() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('tilsyn.queue_sync', true), '') = 'bulk'
      OR coalesce(current_setting('tilsyn.search_sync', true), '') = 'off'
$$;

CREATE OR REPLACE FUNCTION queue_office_row_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  office text;
  old_office text;
BEGIN
  IF queue_bulk_load() THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'cases' THEN
    IF TG_OP <> 'DELETE' THEN office := NEW.office_code; END IF;
    IF TG_OP <> 'INSERT' THEN old_office := OLD.office_code; END IF;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT c.office_code INTO office FROM cases c WHERE c.id = OLD.case_id;
  ELSE
    SELECT c.office_code INTO office FROM cases c WHERE c.id = NEW.case_id;
    IF TG_OP = 'UPDATE' AND OLD.case_id <> NEW.case_id THEN
      SELECT c.office_code INTO old_office FROM cases c WHERE c.id = OLD.case_id;
    END IF;
  END IF;
  IF office IS NOT NULL THEN PERFORM queue_office_bump(office); END IF;
  IF old_office IS NOT NULL AND old_office IS DISTINCT FROM office THEN PERFORM queue_office_bump(old_office); END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION queue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'users' OR TG_OP = 'TRUNCATE' OR queue_bulk_load() THEN
    UPDATE queue_version SET version = version + 1;
  END IF;
  RETURN NULL;
END
$$;
