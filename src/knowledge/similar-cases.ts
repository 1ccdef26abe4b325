/**
 * Similar decided cases for the case at hand, nationally: how equal cases were decided elsewhere. Among the
 * latest decided cases of the same case type and service type (the candidates), each is scored by
 *   0.6 × shared words (the share of the case's own lexemes that the other case's text also has)
 * + 0.3 × shared themes (Jaccard) + 0.1 × same kind of provider,
 * and the nearest are returned with their outcome and office, plus the outcome distribution per office
 * among the nearest. Results are always the knowledge-base view: title, office and outcome, no narrative.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import { CASE_NOT_FOUND, CaseError, refusal } from '../cases/errors.ts';
import { loadCase } from '../cases/repository.ts';
import type { Database } from '../db/schema.ts';
import { visibilityOf } from './visibility.ts';

/** How many of the latest decided cases of the same type and service type are compared. */
export const CANDIDATES = 5000;
/** How many of the nearest make the outcome distribution. */
export const NEIGHBOURS = 50;

export interface SimilarCase {
  id: number;
  caseNumber: string;
  officeCode: string;
  title: string;
  outcome: string | null;
  decidedOn: string;
  themes: string[];
  score: number;
  sharedWords: number;
  sharedThemes: number;
  sameProviderType: boolean;
}

export interface SimilarResult {
  caseId: number;
  candidates: number;
  similar: SimilarCase[];
  /** Outcomes among the NEIGHBOURS nearest, per office. */
  distribution: { officeCode: string; outcome: string; count: number }[];
}

export async function similarCases(
  db: Kysely<Database>,
  actor: Actor,
  caseId: number,
  limit: number,
): Promise<SimilarResult> {
  const loaded = await loadCase(db, caseId);
  if (!loaded) throw new CaseError(404, 'not_found', CASE_NOT_FOUND);
  const allowed = decide(actor, 'knowledge.similar', loaded.resource);
  if (!allowed.allowed) throw refusal(allowed);
  const seen = await visibilityOf(db, actor);
  const visible = [...seen.fullOffices, ...seen.pseudonymisedOffices];

  const rows = await sql<SimilarCase & { total: number }>`
    WITH target AS (
      SELECT c.id, c.case_type, c.service_type, c.themes, p.service_type AS provider_type,
             coalesce(tsvector_to_array(s.document), '{}') AS words
      FROM cases c LEFT JOIN providers p ON p.id = c.provider_id LEFT JOIN case_search s ON s.case_id = c.id
      WHERE c.id = ${caseId}
    ),
    candidates AS (
      SELECT c.id, c.case_number, c.office_code, c.title, c.outcome, c.decided_on, c.themes, c.provider_id
      FROM cases c, target t
      WHERE c.case_type = t.case_type AND c.service_type IS NOT DISTINCT FROM t.service_type
        AND c.decided_on IS NOT NULL AND c.id <> t.id
        AND CASE WHEN c.confidential THEN c.office_code = ANY(${seen.confidentialOffices}::text[])
                 ELSE c.office_code = ANY(${visible}::text[]) END
        AND NOT EXISTS (SELECT 1 FROM case_disqualifications dq WHERE dq.case_id = c.id AND dq.user_id = ${seen.userId ?? 0})
      ORDER BY c.decided_on DESC
      LIMIT ${CANDIDATES}
    ),
    scored AS (
      SELECT k.*,
        (SELECT count(*) FROM unnest(tsvector_to_array(s.document)) w WHERE w = ANY(t.words))::int AS shared_words,
        cardinality(t.words) AS own_words,
        (SELECT count(*) FROM unnest(k.themes) th WHERE th = ANY(t.themes))::int AS shared_themes,
        (SELECT count(DISTINCT th) FROM unnest(k.themes || t.themes) th)::int AS union_themes,
        coalesce(p.service_type = t.provider_type, false) AS same_provider_type
      FROM candidates k CROSS JOIN target t
      LEFT JOIN case_search s ON s.case_id = k.id
      LEFT JOIN providers p ON p.id = k.provider_id
    )
    SELECT id, case_number AS "caseNumber", office_code AS "officeCode", title, outcome,
           decided_on AS "decidedOn", themes, shared_words AS "sharedWords", shared_themes AS "sharedThemes",
           same_provider_type AS "sameProviderType",
           round((0.6 * shared_words / greatest(own_words, 1)
                + 0.3 * shared_themes / greatest(union_themes, 1)
                + 0.1 * same_provider_type::int)::numeric, 4)::float AS score,
           count(*) OVER ()::int AS total
    FROM scored
    ORDER BY score DESC, decided_on DESC, id DESC
    LIMIT ${NEIGHBOURS}
  `.execute(db);

  const nearest = rows.rows.map((r) => ({ ...r, id: Number(r.id) }));
  const counts = new Map<string, { officeCode: string; outcome: string; count: number }>();
  for (const r of nearest) {
    const outcome = r.outcome ?? 'none';
    const key = `${r.officeCode}\u0000${outcome}`;
    const entry = counts.get(key) ?? { officeCode: r.officeCode, outcome, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return {
    caseId,
    candidates: nearest[0]?.total ?? 0,
    similar: nearest.slice(0, limit).map(({ total: _total, ...r }) => r),
    distribution: [...counts.values()].sort(
      (a, b) =>
        a.officeCode.localeCompare(b.officeCode) || b.count - a.count || a.outcome.localeCompare(b.outcome),
    ),
  };
}
