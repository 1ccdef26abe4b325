-- The knowledge base answers from an index in the server's memory (knowledge/term-index.ts), built from
-- `case_search` and kept current by reading only what changed. Each search row records the transaction that
-- last wrote it; a server that has applied every transaction before a snapshot's xmin reads, next time, only
-- rows written by transactions at or after it (one index range), so a write is never missed even when
-- transactions commit out of order. Removals are logged the same way.
ALTER TABLE case_search ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX case_search_change ON case_search (change_xid);

CREATE TABLE case_search_removed (
  case_id    bigint NOT NULL,
  change_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX case_search_removed_change ON case_search_removed (change_xid);

CREATE FUNCTION case_search_log_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- Case 0 stands for all: the index is built again.
    INSERT INTO case_search_removed (case_id) VALUES (0);
  ELSE
    INSERT INTO case_search_removed (case_id) VALUES (OLD.case_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER case_search_removed_row AFTER DELETE ON case_search
  FOR EACH ROW EXECUTE FUNCTION case_search_log_removal();
CREATE TRIGGER case_search_removed_all AFTER TRUNCATE ON case_search
  FOR EACH STATEMENT EXECUTE FUNCTION case_search_log_removal();

-- A row is written again (and so marked changed) also when what the facets and filters read changes.
CREATE OR REPLACE FUNCTION case_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target bigint;
BEGIN
  IF coalesce(current_setting('tilsyn.search_sync', true), '') = 'off' THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'cases' THEN
    target := NEW.id;
  ELSE
    target := NEW.case_id;
  END IF;
  INSERT INTO case_search (case_id, document) VALUES (target, case_search_document(target))
  ON CONFLICT (case_id) DO UPDATE SET document = EXCLUDED.document, change_xid = pg_current_xact_id();
  RETURN NULL;
END $$;

DROP TRIGGER cases_search_sync ON cases;
CREATE TRIGGER cases_search_sync AFTER INSERT OR UPDATE OF title, narrative, office_code, confidential, case_type,
  service_type, themes, outcome, received_on, provider_id, professional_id ON cases
  FOR EACH ROW EXECUTE FUNCTION case_search_sync();

-- "Did you mean" provider names: the nearest by trigram distance from an index ordered by it, which stops at
-- the first few, where the GIN index (migration 001) must check every name sharing trigrams with the query.
CREATE INDEX providers_name_trgm_knn ON providers USING gist (name public.gist_trgm_ops);
