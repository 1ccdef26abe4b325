-- The queues' change stamp. An office's queue is computed from every open case's dates and suspension
-- ledger (the deadline engine is TypeScript); at a million cases that is too much work per request, so the
-- server keeps each office's computed queue and reuses it while this stamp has not moved. Any statement
-- that writes cases, suspensions or documents moves it, in the writer's own transaction, so a reader that
-- reads the stamp and the cases in one snapshot never keeps a stale queue, whichever process wrote.
-- One row, moved once per statement (not per row: a bulk load of a million cases moves it once). Case
-- writes are already serialised by the audit chain's lock, so the one row adds no contention.
CREATE TABLE queue_version (
  id      boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO queue_version (id, version) VALUES (true, 1);

CREATE FUNCTION queue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE queue_version SET version = version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER cases_queue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
CREATE TRIGGER case_suspensions_queue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_suspensions
  FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
CREATE TRIGGER documents_queue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
-- Names and assignments shown in the queue.
CREATE TRIGGER users_queue_version AFTER INSERT OR UPDATE OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
