/**
 * Disproportionality measures for a 2×2 table, as used in pharmacovigilance signal detection and here for
 * "is this theme reported more often for this service type than elsewhere?".
 *
 *                    theme (event)   other themes
 *   this group           a               b
 *   all other groups     c               d
 *
 * - PRR (Evans, Waller & Davis 2001, Pharmacoepidemiol Drug Saf 10:483): (a/(a+b)) / (c/(c+d)),
 *   95 % CI exp(ln PRR ± z·SE), SE = √(1/a − 1/(a+b) + 1/c − 1/(c+d)).
 * - ROR (van Puijenbroek et al. 2002, Pharmacoepidemiol Drug Saf 11:3): (a·d)/(b·c),
 *   SE = √(1/a + 1/b + 1/c + 1/d).
 * - BCPNN information component, closed-form shrinkage (Norén et al. 2006, Stat Med 25:3740):
 *   IC = log₂((a + ½)/(E + ½)), E = (a+b)(a+c)/N; credibility limits from the Gamma(a + ½, rate E + ½)
 *   posterior of the observed-to-expected ratio (Norén et al. 2013, Stat Methods Med Res 22:57):
 *   IC025 = log₂(Γ⁻¹(0.025; a + ½, E + ½)), IC975 likewise at 0.975 — via jstat's gamma inverse.
 * z = Φ⁻¹(0.975) = 1.959964 (jstat), not 1.96.
 */
import jStat from 'jstat';
import { assertCount } from './validate.ts';

export interface TwoByTwoTable {
  /** Reports with the event in the group of interest. */
  a: number;
  /** Other reports in the group of interest. */
  b: number;
  /** Reports with the event in all other groups. */
  c: number;
  /** Other reports in all other groups. */
  d: number;
}

export interface RatioEstimate {
  estimate: number;
  /** 95 % confidence limits. */
  lower: number;
  upper: number;
  /** Standard error of the log ratio. */
  logStandardError: number;
}

export interface InformationComponent {
  /** Expected count of a under independence, (a+b)(a+c)/N. */
  expected: number;
  ic: number;
  /** Lower end of the 95 % credibility interval; IC025 > 0 is the usual BCPNN signal criterion. */
  ic025: number;
  ic975: number;
}

export interface Disproportionality {
  /** null when a zero cell leaves the measure or its interval undefined. */
  prr: RatioEstimate | null;
  ror: RatioEstimate | null;
  ic: InformationComponent;
}

const Z975 = jStat.normal.inv(0.975, 0, 1);

function checkTable(table: TwoByTwoTable): void {
  assertCount(table.a, 'a');
  assertCount(table.b, 'b');
  assertCount(table.c, 'c');
  assertCount(table.d, 'd');
}

function logNormalInterval(estimate: number, logStandardError: number): RatioEstimate {
  return {
    estimate,
    lower: estimate * Math.exp(-Z975 * logStandardError),
    upper: estimate * Math.exp(Z975 * logStandardError),
    logStandardError,
  };
}

/** Proportional reporting ratio with its 95 % CI. Needs a > 0 and c > 0 (the log-scale SE has 1/a and 1/c). */
export function proportionalReportingRatio(table: TwoByTwoTable): RatioEstimate {
  checkTable(table);
  const { a, b, c, d } = table;
  if (a === 0)
    throw new RangeError(
      'PRR needs a > 0: with no reports of the event in the group it is 0 with no interval',
    );
  if (c === 0)
    throw new RangeError('PRR needs c > 0: with no reports of the event elsewhere the ratio is unbounded');
  const estimate = a / (a + b) / (c / (c + d));
  const se = Math.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d));
  return logNormalInterval(estimate, se);
}

/** Reporting odds ratio with its 95 % CI. Needs every cell > 0. */
export function reportingOddsRatio(table: TwoByTwoTable): RatioEstimate {
  checkTable(table);
  const { a, b, c, d } = table;
  for (const [name, value] of Object.entries(table)) {
    if (value === 0) throw new RangeError(`ROR needs every cell > 0, but ${name} is 0`);
  }
  return logNormalInterval((a * d) / (b * c), Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d));
}

/**
 * BCPNN information component with its 95 % credibility interval. Defined for a = 0 (the ½ terms shrink it
 * toward 0), but the group and the event must each have at least one report, else there is nothing to compare.
 */
export function informationComponent(table: TwoByTwoTable): InformationComponent {
  checkTable(table);
  const { a, b, c, d } = table;
  if (a + b === 0) throw new RangeError('IC needs a + b > 0: the group has no reports');
  if (a + c === 0) throw new RangeError('IC needs a + c > 0: the event has no reports');
  const expected = ((a + b) * (a + c)) / (a + b + c + d);
  const shape = a + 0.5;
  const scale = 1 / (expected + 0.5); // jstat's gamma takes a scale, the posterior has rate E + ½
  return {
    expected,
    ic: Math.log2((a + 0.5) / (expected + 0.5)),
    ic025: Math.log2(jStat.gamma.inv(0.025, shape, scale)),
    ic975: Math.log2(jStat.gamma.inv(0.975, shape, scale)),
  };
}

/** All three measures; PRR and ROR are null where a zero cell leaves them undefined. */
export function disproportionality(table: TwoByTwoTable): Disproportionality {
  checkTable(table);
  const { a, b, c, d } = table;
  return {
    prr: a > 0 && c > 0 ? proportionalReportingRatio(table) : null,
    ror: a > 0 && b > 0 && c > 0 && d > 0 ? reportingOddsRatio(table) : null,
    ic: informationComponent(table),
  };
}
