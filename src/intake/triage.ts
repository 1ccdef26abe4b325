/**
 * Triage on submit, in the submit's own transaction: which office, which related cases, what the classifier
 * suggests. Every lookup is indexed and bounded, so it costs the same with 1M cases as with 1,000:
 * - same provider: `cases_provider (provider_id, received_on)`, a date window, at most 50 rows;
 * - same person: `persons.national_id` (unique) → `case_parties_person` → cases, at most 50 rows;
 * - near-duplicate text: trigram similarity computed only over those candidates, never a scan of all cases.
 */
import { sql, type Transaction } from 'kysely';
import { NATIONAL_OFFICE } from '../db/reference.ts';
import type { CaseType, Database } from '../db/schema.ts';
import { CASE_TYPE_DEFINITIONS } from '../domain/cases/case-types.ts';
import { caseText, classifyText, type Classification } from './classify/classify.ts';
import type { CachedClassifier } from './classifier-cache.ts';

/** Cases from the same provider within this many days before are candidates for "related". */
export const RELATED_PROVIDER_WINDOW_DAYS = 90;
/** A person's earlier cases within this many days are candidates. */
export const RELATED_PERSON_WINDOW_DAYS = 365;
/** Trigram similarity at which two narratives count as near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.6;
const CANDIDATES_PER_KIND = 50;
const RELATED_KEPT = 10;

/** The office a case goes to: national case types to the national body, the rest by municipality. */
export function officeFor(caseType: CaseType, municipalityOffice: string | undefined): string | undefined {
  return CASE_TYPE_DEFINITIONS[caseType].national ? NATIONAL_OFFICE : municipalityOffice;
}

export type RelatedReason = 'same_provider' | 'same_person' | 'similar_text';

export interface RelatedCase {
  caseId: number;
  caseNumber: string;
  state: string;
  officeCode: string;
  receivedOn: string;
  reasons: RelatedReason[];
  /** Trigram similarity of the narratives, 0–1. */
  similarity: number;
}

export async function findRelatedCases(
  trx: Transaction<Database>,
  facts: {
    providerId: number | null;
    nationalIds: string[];
    narrative: string;
    today: string;
  },
): Promise<RelatedCase[]> {
  if (facts.providerId === null && facts.nationalIds.length === 0) return [];
  const rows = await sql<{
    id: number;
    case_number: string;
    state: string;
    office_code: string;
    received_on: string;
    reasons: string[];
    similarity: number;
  }>`
    WITH candidates AS (
      (SELECT id, 'same_provider' AS reason FROM cases
        WHERE provider_id = ${facts.providerId}
          AND received_on >= ${facts.today}::date - ${RELATED_PROVIDER_WINDOW_DAYS}::int
        ORDER BY received_on DESC LIMIT ${CANDIDATES_PER_KIND})
      UNION ALL
      (SELECT c.id, 'same_person' FROM persons p
         JOIN case_parties cp ON cp.person_id = p.id
         JOIN cases c ON c.id = cp.case_id
        WHERE p.national_id = ANY(${facts.nationalIds}::text[])
          AND c.received_on >= ${facts.today}::date - ${RELATED_PERSON_WINDOW_DAYS}::int
        ORDER BY c.received_on DESC LIMIT ${CANDIDATES_PER_KIND})
    ), grouped AS (
      SELECT id, array_agg(DISTINCT reason) AS reasons FROM candidates GROUP BY id
    )
    SELECT c.id, c.case_number, c.state, c.office_code, c.received_on, g.reasons,
           public.similarity(c.narrative, ${facts.narrative})::float8 AS similarity
    FROM grouped g JOIN cases c ON c.id = g.id`.execute(trx);
  return rows.rows
    .map((r) => ({
      caseId: Number(r.id),
      caseNumber: r.case_number,
      state: r.state,
      officeCode: r.office_code,
      receivedOn: r.received_on,
      reasons: [
        ...(r.reasons as RelatedReason[]),
        ...(r.similarity >= NEAR_DUPLICATE_SIMILARITY ? (['similar_text'] as const) : []),
      ].sort(),
      similarity: Math.round(r.similarity * 1000) / 1000,
    }))
    .filter(
      (r) => r.reasons.includes('same_person') || r.reasons.includes('similar_text') || r.similarity >= 0.3,
    )
    .sort((a, b) => b.reasons.length - a.reasons.length || b.similarity - a.similarity)
    .slice(0, RELATED_KEPT);
}

/**
 * The existing case a submission repeats: the same person, nearly the same text, and the case still open.
 * Then the submission joins that case as a new document instead of opening a duplicate.
 */
export function duplicateOf(related: readonly RelatedCase[]): RelatedCase | undefined {
  return related.find(
    (r) => r.reasons.includes('same_person') && r.reasons.includes('similar_text') && r.state !== 'closed',
  );
}

export interface ClassificationRecord {
  route: Classification['route'];
  reason: string;
  modelId: number | null;
  serviceType: { label: string; probability: number; topWords: { word: string; weight: number }[] } | null;
  alternatives: { label: string; probability: number }[];
  themes: { label: string; probability: number; topWords: { word: string; weight: number }[] }[];
}

/** The classifier's suggestion as stored with the case; without a trained model the case goes to a person. */
export function classifySubmission(
  classifier: CachedClassifier | null,
  title: string,
  narrative: string,
): ClassificationRecord {
  if (!classifier) {
    return {
      route: 'human_triage',
      reason: 'Send til manuell triage: ingen klassifiseringsmodell er trent ennå (`tilsyn train`).',
      modelId: null,
      serviceType: null,
      alternatives: [],
      themes: [],
    };
  }
  const c = classifyText(classifier.loaded, caseText(title, narrative));
  const round = (p: number) => Math.round(p * 10_000) / 10_000;
  const words = (w: { word: string; weight: number }[]) =>
    w.slice(0, 5).map((x) => ({ word: x.word, weight: round(x.weight) }));
  return {
    route: c.route,
    reason: c.reason,
    modelId: classifier.id,
    serviceType: {
      label: c.serviceType.label,
      probability: round(c.serviceType.probability),
      topWords: words(c.serviceType.topWords),
    },
    alternatives: c.alternatives.map((a) => ({ label: a.label, probability: round(a.probability) })),
    themes: c.themes.map((t) => ({
      label: t.label,
      probability: round(t.probability),
      topWords: words(t.topWords),
    })),
  };
}
