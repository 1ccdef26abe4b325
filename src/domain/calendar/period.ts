/**
 * Lengths of deadlines in days, weeks or months, counted as domstolloven § 148 counts them — the rule that
 * Norwegian administrative practice borrows for forvaltningsloven's deadlines:
 * - first paragraph: the day the deadline starts from is not counted (10 days from 1 March ends 11 March);
 * - second paragraph: weeks end on the same weekday ("3 weeks from Monday 14 April" ends Monday 5 May),
 *   months on the same day number, or the month's last day when it has none (31 January + 1 month = 28/29 Feb).
 * Moving an end on a Saturday, Sunday or public holiday (§ 149) is the caller's step, see working-days.ts.
 */
import { addDays, addMonths, type IsoDate } from './local-date.ts';

export type PeriodUnit = 'days' | 'weeks' | 'months';

export interface Period {
  amount: number;
  unit: PeriodUnit;
}

export interface LocalizedText {
  nb: string;
  en: string;
}

export const PERIOD_UNITS: readonly PeriodUnit[] = ['days', 'weeks', 'months'];

export function isPeriod(value: unknown): value is Period {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, unit } = value as Record<string, unknown>;
  return (
    typeof amount === 'number' &&
    Number.isInteger(amount) &&
    amount >= 0 &&
    amount <= 1200 &&
    PERIOD_UNITS.includes(unit as PeriodUnit)
  );
}

export function addPeriod(date: IsoDate, period: Period): IsoDate {
  if (!isPeriod(period)) throw new RangeError(`Not a valid period: ${JSON.stringify(period)}`);
  switch (period.unit) {
    case 'days':
      return addDays(date, period.amount);
    case 'weeks':
      return addDays(date, 7 * period.amount);
    case 'months':
      return addMonths(date, period.amount);
  }
}

const UNIT_NAMES: Record<PeriodUnit, { nb: [string, string]; en: [string, string] }> = {
  days: { nb: ['dag', 'dager'], en: ['day', 'days'] },
  weeks: { nb: ['uke', 'uker'], en: ['week', 'weeks'] },
  months: { nb: ['måned', 'måneder'], en: ['month', 'months'] },
};

/** "3 uker" / "3 weeks". */
export function describePeriod(period: Period): LocalizedText {
  const names = UNIT_NAMES[period.unit];
  const index = period.amount === 1 ? 0 : 1;
  return { nb: `${period.amount} ${names.nb[index]}`, en: `${period.amount} ${names.en[index]}` };
}
