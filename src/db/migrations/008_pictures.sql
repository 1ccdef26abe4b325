-- Risk pictures: a small summary per risk run, so the national and office pictures answer from one row on a
-- national history of a million cases instead of aggregating the cases table on every page view. Computed on
-- first use after a run, keyed by what was asked; a new run starts afresh (older runs' rows go with them).

CREATE TABLE picture_summaries (
  run_id      bigint NOT NULL REFERENCES risk_runs ON DELETE CASCADE,
  key         text NOT NULL,
  body        jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, key)
);
