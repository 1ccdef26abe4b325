-- The queue stamp per office: a case action in one office no longer makes every other office's queue be
-- computed again. Row by row (which office a write touches), except in a bulk load (`tilsyn.search_sync =
-- off`, set by the seed for large loads), which moves the national stamp once per statement instead.
-- Search answers get a stamp of their own for what only search reads (search documents, provider names,
-- disqualifications), so a new decision's reasons do not recompute the queues.
CREATE TABLE queue_office_version (
  office_code text PRIMARY KEY,
  version     bigint NOT NULL
);
CREATE TABLE search_version (
  id      boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO search_version (id, version) VALUES (true, 1);

CREATE FUNCTION queue_office_bump(p_office text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO queue_office_version AS q (office_code, version) VALUES (p_office, 1)
  ON CONFLICT (office_code) DO UPDATE SET version = q.version + 1
$$;

CREATE FUNCTION queue_office_row_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  office text;
  old_office text;
BEGIN
  IF coalesce(current_setting('tilsyn.search_sync', true), '') = 'off' THEN
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

-- The national stamp: always for users (names in every queue), for case data only in a bulk load.
CREATE OR REPLACE FUNCTION queue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'users' OR TG_OP = 'TRUNCATE'
     OR coalesce(current_setting('tilsyn.search_sync', true), '') = 'off' THEN
    UPDATE queue_version SET version = version + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION search_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_version SET version = version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER cases_queue_office AFTER INSERT OR UPDATE OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION queue_office_row_bump();
CREATE TRIGGER case_suspensions_queue_office AFTER INSERT OR UPDATE OR DELETE ON case_suspensions
  FOR EACH ROW EXECUTE FUNCTION queue_office_row_bump();
CREATE TRIGGER documents_queue_office AFTER INSERT OR UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION queue_office_row_bump();

DROP TRIGGER case_search_queue_version ON case_search;
DROP TRIGGER providers_queue_version ON providers;
DROP TRIGGER case_disqualifications_queue_version ON case_disqualifications;
CREATE TRIGGER case_search_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_search
  FOR EACH STATEMENT EXECUTE FUNCTION search_version_bump();
CREATE TRIGGER providers_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON providers
  FOR EACH STATEMENT EXECUTE FUNCTION search_version_bump();
CREATE TRIGGER case_disqualifications_search_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON case_disqualifications FOR EACH STATEMENT EXECUTE FUNCTION search_version_bump();
