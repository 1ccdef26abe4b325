-- The audit log: every change and every read of personal data — who, what, when and why (DESIGN.md §5).
-- Append-only and hash-chained: each row's hash covers its own fields and the previous row's hash, so
-- `tilsyn audit verify` finds a row changed or deleted behind the application's back. The canonical form
-- that is hashed is defined (and documented) in src/access/audit-hash.ts; rows are written only by
-- appendAudit(), which serialises appends with an advisory lock.

CREATE TABLE audit_log (
  -- Taken by appendAudit under the chain lock, before hashing: the id is part of what is hashed.
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_kind  text NOT NULL CHECK (actor_kind IN ('staff', 'citizen', 'provider', 'anonymous', 'system')),
  -- users.id, persons.id or providers.id by actor_kind; no foreign key: the log outlives what it names.
  actor_id    bigint,
  action      text NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
  -- No foreign key either: a refused attempt on a case that does not exist is worth logging too.
  case_id     bigint,
  -- Why: required for every read of personal data.
  purpose     text,
  -- Identifiers and codes only, never names or national ids: this table can never be corrected or erased.
  details     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
  prev_hash   text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash        text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
  CHECK ((actor_kind IN ('anonymous', 'system')) = (actor_id IS NULL)),
  CHECK (action <> 'case.read_personal_data' OR length(btrim(coalesce(purpose, ''))) > 0)
);

CREATE INDEX audit_log_case ON audit_log (case_id) WHERE case_id IS NOT NULL;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- TRUNCATE bypasses row triggers; refuse it as well.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
