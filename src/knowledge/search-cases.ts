/**
 * The national knowledge base's search: PostgreSQL full text in the `norwegian` configuration (stemming,
 * plus prefix matching, since the stemmer leaves "sykehjemmet" as "sykehjemm" and "sykehjem" as
 * "sykehjem"), facets with counts, highlighted snippets, and trigram matching of provider names. Access is
 * applied in the query: another office's case is found only by its title and shown without its narrative.
 *
 * PostgreSQL stems the query and holds the documents; which cases match, their order and the facet counts
 * come from the index in memory built from those documents (term-index.ts), since counting facets over
 * tens of thousands of matching rows in the database takes a third of a second at a million cases. Order:
 * each query word weighs 1 in the title, 0.4 in the narrative and 0.2 only in a decision's reasons (the
 * weights of ts_rank), then newest first. The page's cases and their snippets are read from the database.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actors.ts';
import type { Database } from '../db/schema.ts';
import type { Stamps } from '../db/stamps.ts';
import { decide } from '../access/policies.ts';
import { refusal } from '../cases/errors.ts';
import { cachedAnswer } from './search-cache.ts';
import type { IndexAnswer } from './term-index.ts';
import { termIndexFor } from './term-index-sync.ts';
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
  return cachedAnswer(db, JSON.stringify([seen, input]), (stamps) => runSearch(db, seen, input, stamps));
}

async function runSearch(
  db: Kysely<Database>,
  seen: Visibility,
  input: SearchInput,
  stamps: Stamps,
): Promise<SearchResult> {
  const fullText = input.q ? tsQueryText(input.q) : null;
  const titleText = input.q ? tsQueryText(input.q, 'A') : null;
  // Provider names like the query ("did you mean"), nearest first from the trigram index, asked for first.
  const providersLike = input.q
    ? sql<{ id: number; name: string; similarity: number }>`
          SELECT id, name, round(similarity(name, ${input.q})::numeric, 3)::float AS similarity
          FROM providers WHERE name % ${input.q}
          ORDER BY name <-> ${input.q}, name LIMIT 5`
        .execute(db)
        .then((r) => r.rows.map((p) => ({ id: Number(p.id), name: p.name, similarity: p.similarity })))
    : Promise.resolve([]);
  providersLike.catch(() => undefined); // awaited below; this only keeps a failure from counting as unhandled
  const [index, terms, disqualified] = await Promise.all([
    termIndexFor(db, stamps),
    fullText ? stemmedTerms(db, fullText) : Promise.resolve(null),
    seen.userId
      ? db
          .selectFrom('case_disqualifications')
          .select('case_id')
          .where('user_id', '=', seen.userId)
          .execute()
          .then((rows) => new Set(rows.map((r) => Number(r.case_id))))
      : Promise.resolve(new Set<number>()),
  ]);
  // A query of stop words only matches nothing, as in PostgreSQL.
  const answer: IndexAnswer =
    terms && terms.length === 0
      ? { total: 0, hits: [], facets: emptyFacets() }
      : index.search({
          ...input,
          terms,
          visibility: seen,
          disqualified,
        });

  // The page's cases as they are now, with snippets: the narrative for a full view, the title otherwise.
  const headlineQuery = fullText
    ? sql`CASE WHEN m.full_view THEN to_tsquery('norwegian', ${fullText}) ELSE to_tsquery('norwegian', ${titleText}) END`
    : null;
  const hits = answer.hits;
  const page = hits.length
    ? (
        await sql<HitRow>`
          SELECT c.id, c.case_number AS "caseNumber", c.office_code AS "officeCode", c.case_type AS "caseType",
                 c.service_type AS "serviceType", c.themes, c.state, c.outcome,
                 c.received_on::text AS "receivedOn", c.decided_on::text AS "decidedOn", c.title,
                 p.id AS "providerId", p.name AS "providerName", NOT m.full_view AS pseudonymised,
                 ${
                   headlineQuery
                     ? sql`ts_headline('norwegian', CASE WHEN m.full_view THEN c.narrative ELSE c.title END, ${headlineQuery}, ${HEADLINE})`
                     : sql`CASE WHEN m.full_view THEN left(c.narrative, 200) ELSE c.title END`
                 } AS snippet
          FROM unnest(${hits.map((h) => h.id)}::bigint[], ${hits.map((h) => h.fullView)}::boolean[])
               WITH ORDINALITY AS m(id, full_view, n)
          JOIN cases c ON c.id = m.id LEFT JOIN providers p ON p.id = c.provider_id
          ORDER BY m.n`.execute(db)
      ).rows
    : [];
  const rankOf = new Map(hits.map((h) => [h.id, h.rank]));

  const providers = await providersLike;

  return {
    total: answer.total,
    facets: answer.facets,
    providers,
    results: page.map((r) => ({
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
      rank: rankOf.get(Number(r.id)) ?? 0,
    })),
  };
}

/** The query's words as PostgreSQL's `norwegian` configuration stems them (stop words dropped). */
async function stemmedTerms(db: Kysely<Database>, tsQuery: string): Promise<string[]> {
  const result = await sql<{ q: string }>`SELECT to_tsquery('norwegian', ${tsQuery})::text AS q`.execute(db);
  const text = result.rows[0]?.q ?? '';
  return [...text.matchAll(/'((?:[^']|'')*)':\*/g)].map((m) => (m[1] as string).replace(/''/g, "'"));
}

function emptyFacets(): SearchResult['facets'] {
  return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as SearchResult['facets'];
}

interface HitRow extends Omit<SearchHit, 'provider' | 'snippet' | 'rank'> {
  providerId: number | null;
  providerName: string | null;
  snippet: string | null;
}
