-- The national knowledge base: one full-text document per case, in PostgreSQL's `norwegian` configuration.
-- Title (weight A), the narrative (B) and the reasons of issued decisions (C). A pseudonymised reader's
-- query is restricted to weight A (the title), so another office's narrative never decides what they find.
-- A table of its own rather than a column of `cases`, so the bulk seed can load cases at full speed and
-- index them afterwards (knowledge/search-index.ts), and a case row stays narrow for the queues.
CREATE TABLE case_search (
  case_id  bigint PRIMARY KEY REFERENCES cases ON DELETE CASCADE,
  document tsvector NOT NULL
);
CREATE INDEX case_search_document ON case_search USING gin (document);

CREATE FUNCTION case_search_document(p_case_id bigint) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('norwegian', c.title), 'A')
      || setweight(to_tsvector('norwegian', c.narrative), 'B')
      || setweight(to_tsvector('norwegian', coalesce(
           (SELECT string_agg(d.reasons, ' ') FROM decisions d WHERE d.case_id = c.id AND d.status = 'issued'),
           '')), 'C')
  FROM cases c WHERE c.id = p_case_id
$$;

-- Kept current row by row. A bulk load sets `tilsyn.search_sync = off` for its transaction and indexes the
-- cases in one pass afterwards (far cheaper than a trigger per row).
CREATE FUNCTION case_search_sync() RETURNS trigger
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
  ON CONFLICT (case_id) DO UPDATE SET document = EXCLUDED.document;
  RETURN NULL;
END $$;

CREATE TRIGGER cases_search_sync AFTER INSERT OR UPDATE OF title, narrative ON cases
  FOR EACH ROW EXECUTE FUNCTION case_search_sync();
CREATE TRIGGER decisions_search_sync AFTER INSERT OR UPDATE OF status, reasons ON decisions
  FOR EACH ROW WHEN (NEW.status = 'issued') EXECUTE FUNCTION case_search_sync();

-- Similar decided cases look among the latest decided cases of one case type and service type.
CREATE INDEX cases_decided_type ON cases (case_type, service_type, decided_on) WHERE decided_on IS NOT NULL;
