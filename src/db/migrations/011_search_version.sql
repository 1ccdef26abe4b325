-- The knowledge base's answers are kept between identical requests while nothing they read has changed
-- (knowledge/search-cache.ts): the same stamp as the queues, moved also by the search documents (decision
-- reasons reach them), provider names (the "did you mean" list) and disqualifications. Once per statement.
CREATE TRIGGER case_search_queue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_search
  FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
CREATE TRIGGER providers_queue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON providers
  FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
CREATE TRIGGER case_disqualifications_queue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON case_disqualifications FOR EACH STATEMENT EXECUTE FUNCTION queue_version_bump();
