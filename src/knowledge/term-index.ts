/**
 * The knowledge base's search index in memory: for each lexeme of PostgreSQL's `norwegian` configuration,
 * the cases whose title (weight A), narrative (B) or decision reasons (C) hold it, and for each case what the
 * facets and access rules read. A two-word query over a million cases visits posting lists and counts facets
 * in a few milliseconds, where the database must visit every matching row (a third of a second for a common
 * pair). PostgreSQL stays the source: it stems the words (in the query and the documents), holds the
 * documents, writes the snippets; knowledge/term-index-sync.ts loads and catches up this index from it.
 *
 * Pure: no I/O. A case written again replaces its entry (the old one is marked dead and skipped).
 */
import type { SearchInput } from './search-cases.ts';
import type { Visibility } from './visibility.ts';

export interface IndexedCase {
  id: number;
  officeCode: string;
  confidential: boolean;
  caseType: string;
  serviceType: string | null;
  outcome: string | null;
  /** yyyy-mm-dd */
  receivedOn: string;
  themes: string[];
  providerId: number | null;
  professionalId: number | null;
  /** Lexemes of the title (weight A), the narrative (B) and issued decisions' reasons (C). */
  title: string[];
  narrative: string[];
  reasons: string[];
}

export const INDEX_FACETS = ['office', 'caseType', 'serviceType', 'theme', 'outcome', 'year'] as const;
export type IndexFacet = (typeof INDEX_FACETS)[number];

/** The search's filters and page, with the query already stemmed and the reader's view resolved. */
export interface IndexQuery extends Omit<SearchInput, 'q'> {
  /** Stemmed query words, each matched as a prefix, all required; null: no text condition. */
  terms: string[] | null;
  visibility: Visibility;
  disqualified: ReadonlySet<number>;
}

export interface IndexHit {
  id: number;
  rank: number;
  /** Read in full (own office, or confidential and allowed); otherwise pseudonymised. */
  fullView: boolean;
}

export interface IndexAnswer {
  total: number;
  hits: IndexHit[];
  facets: Record<IndexFacet, { value: string; count: number }[]>;
}

/** The weight of a query word found in the title, the narrative or only the reasons (ts_rank's defaults). */
export const WEIGHTS = { title: 1, narrative: 0.4, reasons: 0.2 } as const;

/** A growable list of case ordinals, in increasing order (entries are only ever appended). */
class Postings {
  data = new Uint32Array(4);
  length = 0;
  push(ordinal: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = ordinal;
  }
  mark(bits: Uint8Array, bit: number): void {
    const { data, length } = this;
    for (let i = 0; i < length; i++) bits[data[i] as number]! |= bit;
  }
}

/** A growable column of numbers, one per case ordinal (typed, so the collector never walks it). */
class Column<T extends Int32Array | Float64Array | Uint32Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** Codes of one facet: each value once, by a small number. */
class Codes {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();
  code(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }
  find(value: string): number | undefined {
    return this.numbers.get(value);
  }
}

const NONE = -1;

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export class TermIndex {
  /** By ordinal: the case id, or 0 where the entry was replaced or removed. */
  private readonly ids = new Column(new Float64Array(1024));
  private readonly ordinals = new Map<number, number>();
  /** By ordinal: office, case type, service type and outcome codes (NONE for none), and confidentiality. */
  private readonly office = new Column(new Int32Array(1024));
  private readonly caseType = new Column(new Int32Array(1024));
  private readonly serviceType = new Column(new Int32Array(1024));
  private readonly outcome = new Column(new Int32Array(1024));
  private readonly confidential = new Column(new Int32Array(1024));
  private readonly year = new Column(new Int32Array(1024));
  /** Days since 1970 of the received date. */
  private readonly day = new Column(new Int32Array(1024));
  /** Theme codes below 32 as bits; the rare case with a higher code keeps its list in `moreThemes`. */
  private readonly themeBits = new Column(new Uint32Array(1024));
  private readonly moreThemes = new Map<number, number[]>();
  private readonly provider = new Column(new Float64Array(1024));
  private readonly professional = new Column(new Float64Array(1024));
  private readonly codes = {
    office: new Codes(),
    caseType: new Codes(),
    serviceType: new Codes(),
    outcome: new Codes(),
    theme: new Codes(),
  };
  private readonly postings = new Map<string, { title: Postings; narrative: Postings; reasons: Postings }>();
  private sortedLexemes: string[] | null = null;
  private deadEntries = 0;
  /** Per search, one bit per query word and case: reused, so a search allocates next to nothing. */
  private scratch: { inTitle: Uint8Array; inNarrative: Uint8Array; anywhere: Uint8Array } | null = null;

  get size(): number {
    return this.ordinals.size;
  }

  /** Entries replaced or removed, still in the posting lists: worth a rebuild when they pile up. */
  get dead(): number {
    return this.deadEntries;
  }

  has(id: number): boolean {
    return this.ordinals.has(id);
  }

  remove(id: number): void {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return;
    this.ids.data[ordinal] = 0;
    this.ordinals.delete(id);
    this.deadEntries++;
  }

  /** Adds a case, replacing its earlier entry. */
  put(c: IndexedCase): void {
    this.remove(c.id);
    const ordinal = this.ids.length;
    this.ids.push(c.id);
    this.ordinals.set(c.id, ordinal);
    this.office.push(this.codes.office.code(c.officeCode));
    this.confidential.push(c.confidential ? 1 : 0);
    this.caseType.push(this.codes.caseType.code(c.caseType));
    this.serviceType.push(c.serviceType === null ? NONE : this.codes.serviceType.code(c.serviceType));
    this.outcome.push(c.outcome === null ? NONE : this.codes.outcome.code(c.outcome));
    this.year.push(Number(c.receivedOn.slice(0, 4)));
    this.day.push(dayNumber(c.receivedOn));
    const themes = [...new Set(c.themes.map((t) => this.codes.theme.code(t)))];
    let bits = 0;
    for (const t of themes) if (t < 32) bits |= 1 << t;
    this.themeBits.push(bits >>> 0);
    if (themes.some((t) => t >= 32)) this.moreThemes.set(ordinal, themes);
    else this.moreThemes.delete(ordinal);
    this.provider.push(c.providerId ?? 0);
    this.professional.push(c.professionalId ?? 0);
    for (const field of ['title', 'narrative', 'reasons'] as const)
      for (const lexeme of c[field]) this.postingsOf(lexeme)[field].push(ordinal);
  }

  private postingsOf(lexeme: string) {
    let p = this.postings.get(lexeme);
    if (!p) {
      p = { title: new Postings(), narrative: new Postings(), reasons: new Postings() };
      this.postings.set(lexeme, p);
      this.sortedLexemes = null;
    }
    return p;
  }

  /** The `n` lexemes in the most cases (any field). */
  commonLexemes(n: number): string[] {
    return [...this.postings]
      .map(([lexeme, p]) => [lexeme, p.title.length + p.narrative.length + p.reasons.length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([lexeme]) => lexeme);
  }

  officeCodes(): string[] {
    return [...this.codes.office.values];
  }

  /** Every lexeme that starts with `prefix` (the `:*` of a tsquery). */
  lexemesWithPrefix(prefix: string): string[] {
    const sorted = (this.sortedLexemes ??= [...this.postings.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++)
      found.push(sorted[i] as string);
    return found;
  }

  /** The theme codes of the case at `ordinal`. */
  private themesOf(ordinal: number): number[] {
    const more = this.moreThemes.get(ordinal);
    if (more) return more;
    const found: number[] = [];
    for (let bits = this.themeBits.data[ordinal] as number, t = 0; bits; bits >>>= 1, t++)
      if (bits & 1) found.push(t);
    return found;
  }

  private scratchFor(n: number) {
    if (!this.scratch || this.scratch.anywhere.length < n) {
      const size = Math.max(1024, Math.ceil(n * 1.25));
      this.scratch = {
        inTitle: new Uint8Array(size),
        inNarrative: new Uint8Array(size),
        anywhere: new Uint8Array(size),
      };
    } else {
      this.scratch.inTitle.fill(0, 0, n);
      this.scratch.inNarrative.fill(0, 0, n);
      this.scratch.anywhere.fill(0, 0, n);
    }
    return this.scratch;
  }

  search(query: IndexQuery): IndexAnswer {
    const n = this.ids.length;
    const terms = query.terms;
    // Per case, one bit per query word: found in the title, in the narrative, anywhere.
    const all = terms ? (1 << terms.length) - 1 : 0;
    const { inTitle, inNarrative, anywhere } = this.scratchFor(n);
    // The posting lists of the word with the fewest: only their cases can match all the words.
    let candidates: Postings[] | null = null;
    if (terms) {
      let fewest = Infinity;
      terms.forEach((term, i) => {
        const bit = 1 << i;
        const lists: Postings[] = [];
        let entries = 0;
        for (const lexeme of this.lexemesWithPrefix(term)) {
          const p = this.postings.get(lexeme)!;
          p.title.mark(inTitle, bit);
          p.narrative.mark(inNarrative, bit);
          p.title.mark(anywhere, bit);
          p.narrative.mark(anywhere, bit);
          p.reasons.mark(anywhere, bit);
          lists.push(p.title, p.narrative, p.reasons);
          entries += p.title.length + p.narrative.length + p.reasons.length;
        }
        if (entries < fewest) [fewest, candidates] = [entries, lists];
      });
    }

    const v = query.visibility;
    const officeRule = this.codes.office.values.map((code) => ({
      full: v.fullOffices.includes(code),
      visible: v.fullOffices.includes(code) || v.pseudonymisedOffices.includes(code),
      confidential: v.confidentialOffices.includes(code),
    }));
    const wanted = (codes: Codes, values?: string[]) =>
      values?.length ? new Set(values.map((x) => codes.find(x) ?? -2)) : null;
    const offices = wanted(this.codes.office, query.office);
    const caseTypes = wanted(this.codes.caseType, query.caseType);
    const serviceTypes = wanted(this.codes.serviceType, query.serviceType);
    const outcomes = wanted(this.codes.outcome, query.outcome);
    const themes = wanted(this.codes.theme, query.theme);
    let themeMask = 0;
    for (const t of themes ?? []) if (t >= 0 && t < 32) themeMask |= 1 << t;
    const years = query.year?.length ? new Set(query.year) : null;

    // Counts by code; years by year.
    const count = {
      office: new Float64Array(this.codes.office.values.length),
      caseType: new Float64Array(this.codes.caseType.values.length),
      serviceType: new Float64Array(this.codes.serviceType.values.length),
      outcome: new Float64Array(this.codes.outcome.values.length),
      theme: new Float64Array(this.codes.theme.values.length),
      year: new Map<number, number>(),
    };
    const top = new TopK(Math.min(query.offset + query.limit, n));
    let total = 0;
    const ids = this.ids.data;
    const officeOf = this.office.data;
    const confidentialOf = this.confidential.data;
    const caseTypeOf = this.caseType.data;
    const serviceTypeOf = this.serviceType.data;
    const outcomeOf = this.outcome.data;
    const yearOf = this.year.data;
    const themeBitsOf = this.themeBits.data;

    const visit = (o: number, found: number): void => {
      const id = ids[o] as number;
      if (id === 0) return;
      const office = officeOf[o] as number;
      const rule = officeRule[office]!;
      const confidential = confidentialOf[o] === 1;
      if (confidential ? !rule.confidential : !rule.visible) return;
      const fullView = confidential || rule.full;
      // Another office's case is found by its title only: its narrative never decides what they find.
      if (terms && !(inTitle[o] === all || (fullView && found === all))) return;
      if (offices && !offices.has(office)) return;
      if (caseTypes && !caseTypes.has(caseTypeOf[o] as number)) return;
      if (serviceTypes && !serviceTypes.has(serviceTypeOf[o] as number)) return;
      if (outcomes && !outcomes.has(outcomeOf[o] as number)) return;
      if (
        themes &&
        !((themeBitsOf[o] as number) & themeMask) &&
        !(this.moreThemes.has(o) && this.themesOf(o).some((t) => themes.has(t)))
      )
        return;
      if (years && !years.has(yearOf[o] as number)) return;
      if (query.providerId && this.provider.data[o] !== query.providerId) return;
      if (query.professionalId && this.professional.data[o] !== query.professionalId) return;
      if (query.disqualified.has(id)) return;

      total++;
      count.office[office]!++;
      count.caseType[caseTypeOf[o] as number]!++;
      if (serviceTypeOf[o] !== NONE) count.serviceType[serviceTypeOf[o] as number]!++;
      if (outcomeOf[o] !== NONE) count.outcome[outcomeOf[o] as number]!++;
      count.year.set(yearOf[o] as number, (count.year.get(yearOf[o] as number) ?? 0) + 1);
      if (themeBitsOf[o] && !this.moreThemes.has(o)) {
        for (let bits = themeBitsOf[o] as number, t = 0; bits; bits >>>= 1, t++)
          if (bits & 1) count.theme[t]!++;
      } else if (this.moreThemes.has(o)) for (const t of this.themesOf(o)) count.theme[t]!++;

      let rank = 0;
      if (terms) {
        for (let i = 0; i < terms.length; i++) {
          const bit = 1 << i;
          rank +=
            (inTitle[o] as number) & bit
              ? WEIGHTS.title
              : fullView && (inNarrative[o] as number) & bit
                ? WEIGHTS.narrative
                : WEIGHTS.reasons;
        }
      }
      top.offer(rank, this.day.data[o] as number, id, o, fullView);
    };
    if (candidates) {
      // Title words are marked in `anywhere` too, so a match has all its bits there. A case listed twice
      // (the word in its title and narrative) is visited once: its bits are cleared on the first visit.
      for (const list of candidates as Postings[]) {
        const { data, length } = list;
        for (let k = 0; k < length; k++) {
          const o = data[k] as number;
          const found = anywhere[o] as number;
          if (found !== all) continue;
          anywhere[o] = 0;
          visit(o, found);
        }
      }
    } else if (!terms) for (let o = 0; o < n; o++) visit(o, 0);

    const listed = (pairs: [string, number][]) =>
      pairs
        .filter(([, c]) => c > 0)
        .map(([value, c]) => ({ value, count: c }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const byCode = (codes: Codes, counts: Float64Array) =>
      listed(codes.values.map((value, k) => [value, counts[k] as number]));
    return {
      total,
      hits: top
        .sorted()
        .slice(query.offset)
        .map((e) => ({ id: e.id, rank: Math.round(e.rank * 10_000) / 10_000, fullView: e.fullView })),
      facets: {
        office: byCode(this.codes.office, count.office),
        caseType: byCode(this.codes.caseType, count.caseType),
        serviceType: byCode(this.codes.serviceType, count.serviceType),
        theme: byCode(this.codes.theme, count.theme),
        outcome: byCode(this.codes.outcome, count.outcome),
        year: listed([...count.year].map(([y, c]) => [String(y), c])),
      },
    };
  }
}

interface Entry {
  rank: number;
  day: number;
  id: number;
  ordinal: number;
  fullView: boolean;
}

/** Best first: higher rank, then newer, then higher id. */
const better = (a: Entry, b: Entry) =>
  a.rank !== b.rank ? a.rank > b.rank : a.day !== b.day ? a.day > b.day : a.id > b.id;

/** The k best entries seen, in a heap with the worst of them on top. */
class TopK {
  private readonly heap: Entry[] = [];
  constructor(private readonly k: number) {}

  offer(rank: number, day: number, id: number, ordinal: number, fullView: boolean): void {
    if (this.k === 0) return;
    const heap = this.heap;
    if (heap.length === this.k) {
      const worst = heap[0]!;
      if (!(rank !== worst.rank ? rank > worst.rank : day !== worst.day ? day > worst.day : id > worst.id))
        return;
      heap[0] = { rank, day, id, ordinal, fullView };
      this.down(0);
      return;
    }
    heap.push({ rank, day, id, ordinal, fullView });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(heap[parent]!, heap[i]!)) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  }

  sorted(): Entry[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }
}
