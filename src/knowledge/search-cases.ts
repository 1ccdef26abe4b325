/**
 * The national knowledge base's search: PostgreSQL full text in the `norwegian` configuration (stemming,
 * plus prefix matching, since the stemmer leaves "sykehjemmet" as "sykehjemm" and "sykehjem" as
 * "sykehjem"), facets with counts, highlighted snippets, and trigram matching of provider names. Access is
 * applied in the query: another office's case is found only by its title and shown without its narrative.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actors.ts';
import type { Database } from '../db/schema.ts';
import { decide } from '../access/policies.ts';
import { refusal } from '../cases/errors.ts';
import { cachedAnswer } from './search-cache.ts';
import { visibilityOf, type Visibility } from './visibility.ts';

export const FACETS = ['office', 'caseType', 'serviceType', 'theme', 'outcome', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchInput {
  q?: string;
  office?: string[];
  caseType?: string[];
  serviceType?: string[];
  theme?: string[];
  outcome?: string[];
  year?: number[];
  providerId?: number;
  professionalId?: number;
  limit: number;
  offset: number;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  id: number;
  caseNumber: string;
  officeCode: string;
  caseType: string;
  serviceType: string | null;
  themes: string[];
  state: string;
  outcome: string | null;
  receivedOn: string;
  decidedOn: string | null;
  title: string;
  provider: { id: number; name: string } | null;
  /** The narrative's best passages (own office) or the title (pseudonymised), hits marked. */
  snippet: SnippetPart[];
  pseudonymised: boolean;
  rank: number;
}

export interface SearchResult {
  total: number;
  results: SearchHit[];
  facets: Record<Facet, { value: string; count: number }[]>;
  /** Providers whose names look like the query (pg_trgm), best first: "did you mean …". */
  providers: { id: number; name: string; similarity: number }[];
}

const START = '\u0001';
const STOP = '\u0002';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Words of the query as prefix terms ("sykehjem" → 'sykehjem':*), all required; `weight` restricts to A. */
export function tsQueryText(q: string, weight = ''): string | null {
  const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `'${w}':*${weight}`).join(' & ');
}

export function splitSnippet(text: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of text.split(START)) {
    const stop = piece.indexOf(STOP);
    if (stop < 0) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    parts.push({ text: piece.slice(0, stop), hit: true });
    if (stop + 1 < piece.length) parts.push({ text: piece.slice(stop + 1), hit: false });
  }
  return parts;
}

export async function searchCases(
  db: Kysely<Database>,
  actor: Actor,
  input: SearchInput,
): Promise<SearchResult> {
  const allowed = decide(actor, 'knowledge.search');
  if (!allowed.allowed) throw refusal(allowed);
  const seen = await visibilityOf(db, actor);
  // A stamp read before the answer is computed: a write in between shows as a newer stamp next time.
  return cachedAnswer(db, JSON.stringify([seen, input]), () => runSearch(db, seen, input));
}

async function runSearch(db: Kysely<Database>, seen: Visibility, input: SearchInput): Promise<SearchResult> {
  const visible = [...seen.fullOffices, ...seen.pseudonymisedOffices];
  const full = seen.fullOffices;
  const fullText = input.q ? tsQueryText(input.q) : null;
  const titleText = input.q ? tsQueryText(input.q, 'A') : null;

  const fullView = sql`(c.confidential OR c.office_code = ANY(${full}::text[]))`;
  const conditions = [
    sql`CASE WHEN c.confidential THEN c.office_code = ANY(${seen.confidentialOffices}::text[])
             ELSE c.office_code = ANY(${visible}::text[]) END`,
    sql`NOT EXISTS (SELECT 1 FROM case_disqualifications dq WHERE dq.case_id = c.id AND dq.user_id = ${seen.userId ?? 0})`,
  ];
  if (fullText && titleText)
    conditions.push(sql`(s.document @@ to_tsquery('norwegian', ${titleText})
      OR (s.document @@ to_tsquery('norwegian', ${fullText}) AND ${fullView}))`);
  if (input.office?.length) conditions.push(sql`c.office_code = ANY(${input.office}::text[])`);
  if (input.caseType?.length) conditions.push(sql`c.case_type = ANY(${input.caseType}::text[])`);
  if (input.serviceType?.length) conditions.push(sql`c.service_type = ANY(${input.serviceType}::text[])`);
  if (input.theme?.length) conditions.push(sql`c.themes && ${input.theme}::text[]`);
  if (input.outcome?.length) conditions.push(sql`c.outcome = ANY(${input.outcome}::text[])`);
  if (input.year?.length)
    conditions.push(
      sql`c.received_on >= make_date(${Math.min(...input.year)}, 1, 1)
          AND extract(year FROM c.received_on)::int = ANY(${input.year}::int[])`,
    );
  if (input.providerId) conditions.push(sql`c.provider_id = ${input.providerId}`);
  if (input.professionalId) conditions.push(sql`c.professional_id = ${input.professionalId}`);

  const rank = fullText
    ? sql`CASE WHEN ${fullView} THEN ts_rank_cd(s.document, to_tsquery('norwegian', ${fullText}))
               ELSE ts_rank_cd(s.document, to_tsquery('norwegian', ${titleText})) END`
    : sql`0`;
  const headlineQuery = fullText
    ? sql`CASE WHEN m.full_view THEN to_tsquery('norwegian', ${fullText}) ELSE to_tsquery('norwegian', ${titleText}) END`
    : null;

  const result = await sql<{ total: number; facets: unknown; results: unknown }>`
    WITH matched AS MATERIALIZED (
      SELECT c.id, c.office_code, c.case_type, c.service_type, c.themes, c.outcome, c.received_on,
             ${fullView} AS full_view, ${rank} AS rank
      FROM cases c JOIN case_search s ON s.case_id = c.id
      WHERE ${sql.join(conditions, sql` AND `)}
    ),
    page AS (
      SELECT m.* FROM matched m ORDER BY m.rank DESC, m.received_on DESC, m.id DESC
      LIMIT ${input.limit} OFFSET ${input.offset}
    ),
    facets AS (
      SELECT 'office' AS facet, office_code AS value, count(*)::int AS n FROM matched GROUP BY 2
      UNION ALL SELECT 'caseType', case_type, count(*)::int FROM matched GROUP BY 2
      UNION ALL SELECT 'serviceType', service_type, count(*)::int FROM matched WHERE service_type IS NOT NULL GROUP BY 2
      UNION ALL SELECT 'outcome', outcome, count(*)::int FROM matched WHERE outcome IS NOT NULL GROUP BY 2
      UNION ALL SELECT 'year', extract(year FROM received_on)::int::text, count(*)::int FROM matched GROUP BY 2
      UNION ALL SELECT 'theme', t, count(*)::int FROM matched, unnest(themes) t GROUP BY 2
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'count', n)
                                ORDER BY facet, n DESC, value), '[]') FROM facets) AS facets,
      (SELECT coalesce(json_agg(json_build_object(
          'id', c.id, 'caseNumber', c.case_number, 'officeCode', c.office_code, 'caseType', c.case_type,
          'serviceType', c.service_type, 'themes', c.themes, 'state', c.state, 'outcome', c.outcome,
          'receivedOn', c.received_on, 'decidedOn', c.decided_on, 'title', c.title,
          'providerId', p.id, 'providerName', p.name, 'pseudonymised', NOT m.full_view, 'rank', m.rank,
          'snippet', ${
            headlineQuery
              ? sql`ts_headline('norwegian', CASE WHEN m.full_view THEN c.narrative ELSE c.title END, ${headlineQuery}, ${HEADLINE})`
              : sql`CASE WHEN m.full_view THEN left(c.narrative, 200) ELSE c.title END`
          }) ORDER BY m.rank DESC, m.received_on DESC, m.id DESC), '[]')
       FROM page m JOIN cases c ON c.id = m.id LEFT JOIN providers p ON p.id = c.provider_id) AS results
  `.execute(db);
  const row = result.rows[0] as { total: number; facets: FacetRow[]; results: HitRow[] };

  const facets = Object.fromEntries(
    FACETS.map((f) => [f, [] as { value: string; count: number }[]]),
  ) as Record<Facet, { value: string; count: number }[]>;
  for (const f of row.facets) facets[f.facet].push({ value: f.value, count: f.count });

  const providers = input.q
    ? (
        await sql<{ id: number; name: string; similarity: number }>`
          SELECT id, name, round(similarity(name, ${input.q})::numeric, 3)::float AS similarity
          FROM providers WHERE name % ${input.q}
          ORDER BY similarity DESC, name LIMIT 5`.execute(db)
      ).rows.map((p) => ({ id: Number(p.id), name: p.name, similarity: p.similarity }))
    : [];

  return {
    total: row.total,
    facets,
    providers,
    results: row.results.map((r) => ({
      id: Number(r.id),
      caseNumber: r.caseNumber,
      officeCode: r.officeCode,
      caseType: r.caseType,
      serviceType: r.serviceType,
      themes: r.themes,
      state: r.state,
      outcome: r.outcome,
      receivedOn: r.receivedOn,
      decidedOn: r.decidedOn,
      title: r.title,
      provider: r.providerId ? { id: Number(r.providerId), name: r.providerName ?? '' } : null,
      snippet: splitSnippet(r.snippet ?? ''),
      pseudonymised: r.pseudonymised,
      rank: Math.round(r.rank * 10_000) / 10_000,
    })),
  };
}

interface FacetRow {
  facet: Facet;
  value: string;
  count: number;
}

interface HitRow extends Omit<SearchHit, 'provider' | 'snippet'> {
  providerId: number | null;
  providerName: string | null;
  snippet: string | null;
}
