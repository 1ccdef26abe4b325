/**
 * Calendar dates as ISO 'YYYY-MM-DD' strings, with arithmetic on a day number.
 *
 * Why not `Date`: a JS Date is an instant, while a legal deadline is a day in the Europe/Oslo calendar. Going
 * through instants shifts dates by one around midnight and daylight-saving changes, depending on the machine's
 * time zone. Here a date never meets a clock: a civil date becomes a count of days since 1970-01-01 (proleptic
 * Gregorian, integer arithmetic after Howard Hinnant's `days_from_civil`) and back.
 */

/** A calendar day as 'YYYY-MM-DD'. Every function here validates it and throws InvalidDateError if not real. */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// Years before the Gregorian reform have no meaning for our law; five-digit years cannot be written as ISO dates.
const MIN_YEAR = 1583;
const MAX_YEAR = 9999;

export class InvalidDateError extends Error {
  readonly value: unknown;
  constructor(value: unknown) {
    super(`Not a valid calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
    this.name = 'InvalidDateError';
    this.value = value;
  }
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses and checks a date string; 2025-02-30 and 2025-2-3 are rejected. */
export function parseIsoDate(value: unknown): DateParts {
  if (typeof value !== 'string') throw new InvalidDateError(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new InvalidDateError(value);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) throw new InvalidDateError(value);
  if (day < 1 || day > daysInMonth(year, month)) throw new InvalidDateError(value);
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) throw new InvalidDateError(dayNumber);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new InvalidDateError(`day ${dayNumber}`);
  return formatIsoDate({ year, month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (to − from); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The same day number `months` later; when that month is shorter, its last day (31 Jan + 1 month = 28/29 Feb),
 * as domstolloven § 148 second paragraph says for deadlines counted in months.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months))
    throw new RangeError(`addMonths needs a whole number of months, got ${months}`);
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = (monthIndex % 12) + 1;
  if (newYear < MIN_YEAR || newYear > MAX_YEAR) throw new InvalidDateError(`${date} + ${months} months`);
  return formatIsoDate({
    year: newYear,
    month: newMonth,
    day: Math.min(day, daysInMonth(newYear, newMonth)),
  });
}

export function isoWeekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 (day 0) was a Thursday, ISO weekday 4.
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

const WEEKDAY_NAMES: Record<IsoWeekday, { nb: string; en: string }> = {
  1: { nb: 'mandag', en: 'Monday' },
  2: { nb: 'tirsdag', en: 'Tuesday' },
  3: { nb: 'onsdag', en: 'Wednesday' },
  4: { nb: 'torsdag', en: 'Thursday' },
  5: { nb: 'fredag', en: 'Friday' },
  6: { nb: 'lørdag', en: 'Saturday' },
  7: { nb: 'søndag', en: 'Sunday' },
};

export function weekdayName(date: IsoDate): { nb: string; en: string } {
  return WEEKDAY_NAMES[isoWeekday(date)];
}
