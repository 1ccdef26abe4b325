/**
 * How long cases like this one take at this office, from the decided cases in the database: the median and
 * the 10th–90th percentile range of days from receipt to decision over the last three years, said in
 * plain language. Cached per office and case type for an hour: it describes years of history, and a status
 * page must not run an aggregate over 100,000 rows on every visit.
 */
import { sql, type Kysely } from 'kysely';
import type { Texts } from '../cases/errors.ts';
import type { CaseType, Database } from '../db/schema.ts';

export interface ExpectedProcessing {
  /** Decided cases the figures come from. */
  basedOnCases: number;
  medianDays: number | null;
  p10Days: number | null;
  p90Days: number | null;
  text: Texts;
}

const MINIMUM_CASES = 10;
const TTL_MS = 60 * 60 * 1000;
const cache = new WeakMap<
  Kysely<Database>,
  Map<string, { at: number; value: Promise<ExpectedProcessing> }>
>();

export function expectedProcessing(
  db: Kysely<Database>,
  officeCode: string,
  caseType: CaseType,
  today: string,
): Promise<ExpectedProcessing> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const key = `${officeCode}|${caseType}|${today}`;
  const hit = perDb.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = compute(db, officeCode, caseType, today);
  value.catch(() => perDb.delete(key));
  perDb.set(key, { at: Date.now(), value });
  return value;
}

async function compute(
  db: Kysely<Database>,
  officeCode: string,
  caseType: CaseType,
  today: string,
): Promise<ExpectedProcessing> {
  const result = await sql<{ n: number; p10: number | null; p50: number | null; p90: number | null }>`
    SELECT count(*)::int AS n,
           percentile_cont(0.1) WITHIN GROUP (ORDER BY decided_on - received_on)::float8 AS p10,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY decided_on - received_on)::float8 AS p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY decided_on - received_on)::float8 AS p90
    FROM cases
    WHERE office_code = ${officeCode} AND case_type = ${caseType}
      AND decided_on IS NOT NULL
      AND decided_on >= ${today}::date - 3 * 365`.execute(db);
  const row = result.rows[0]!;
  return describeProcessing(row.n, row.p10, row.p50, row.p90);
}

/** Days as people say them: "about 3 weeks", "about 4 months". */
export function roughDuration(days: number): Texts {
  if (days < 14) {
    const d = Math.max(1, Math.round(days));
    return { nb: `${d} dager`, nn: `${d} dagar`, en: `${d} days` };
  }
  if (days < 60) {
    const w = Math.round(days / 7);
    return { nb: `${w} uker`, nn: `${w} veker`, en: `${w} weeks` };
  }
  const m = Math.round(days / 30.4);
  return m === 1
    ? { nb: '1 måned', nn: '1 månad', en: '1 month' }
    : { nb: `${m} måneder`, nn: `${m} månader`, en: `${m} months` };
}

export function describeProcessing(
  n: number,
  p10: number | null,
  p50: number | null,
  p90: number | null,
): ExpectedProcessing {
  if (n < MINIMUM_CASES || p10 === null || p50 === null || p90 === null) {
    return {
      basedOnCases: n,
      medianDays: null,
      p10Days: null,
      p90Days: null,
      text: {
        nb: 'Vi har for få avgjorte saker av denne typen ved dette embetet til å si hvor lang tid det pleier å ta.',
        nn: 'Vi har for få avgjorde saker av denne typen ved dette embetet til å seie kor lang tid det plar ta.',
        en: 'This office has decided too few cases of this type for us to say how long it usually takes.',
      },
    };
  }
  const [median, low, high] = [roughDuration(p50), roughDuration(p10), roughDuration(p90)];
  return {
    basedOnCases: n,
    medianDays: Math.round(p50),
    p10Days: Math.round(p10),
    p90Days: Math.round(p90),
    text: {
      nb: `Saker som din tar vanligvis omtrent ${median.nb} her. Åtte av ti blir avgjort på mellom ${low.nb} og ${high.nb}. Det viser de ${n} sakene av samme type som dette embetet har avgjort de siste tre årene.`,
      nn: `Saker som di tek vanlegvis omtrent ${median.nn} her. Åtte av ti blir avgjorde på mellom ${low.nn} og ${high.nn}. Det viser dei ${n} sakene av same type som dette embetet har avgjort dei siste tre åra.`,
      en: `Cases like yours usually take about ${median.en} here. Eight in ten are decided within ${low.en} to ${high.en}. That is what the ${n} cases of the same type this office decided in the last three years show.`,
    },
  };
}
