/**
 * Norwegian public holidays: the days a deadline may not end on (domstolloven § 149: "helgedag eller dag som
 * etter lovgivningen er likestilt med helgedag"). The list is the law's, not a convention:
 * - helligdagsloven (lov 24. februar 1995 nr. 12) § 2: Sundays, New Year's Day, Maundy Thursday, Good Friday,
 *   Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day;
 * - lov 26. april 1947 nr. 1 om 1. og 17. mai som offentlige høytidsdager: 1 May and 17 May.
 * Christmas Eve and New Year's Eve are NOT on either list, so they are ordinary working days for deadlines
 * (unlike Sweden and Denmark, whose laws name them).
 *
 * Source choice: the engine uses THIS computation, and `date-holidays` (country 'NO', type 'public') is the
 * independent check in holidays.test.ts for every year 2000–2040. Why ours and not the library at run time:
 * the statutory list is short and stable, and a pure synchronous function of the year is total (any year,
 * no data files, no Date objects and so no time zone that could move a day); a library upgrade that
 * reclassified a day (it lists Christmas Eve as 'bank' today) could otherwise silently change legal deadlines.
 * The library keeps its role from the DESIGN ("use it and test our use of it") as the oracle: if either is
 * wrong, the cross-check fails.
 */
import { addDays, formatIsoDate, parseIsoDate, type IsoDate } from './local-date.ts';
import type { LocalizedText } from './period.ts';

export type HolidayId =
  | 'new_years_day'
  | 'maundy_thursday'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'labour_day'
  | 'constitution_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'christmas_day'
  | 'boxing_day';

export interface PublicHoliday {
  date: IsoDate;
  id: HolidayId;
  name: LocalizedText;
}

interface FixedHoliday {
  id: HolidayId;
  month: number;
  day: number;
  name: LocalizedText;
}

interface EasterHoliday {
  id: HolidayId;
  daysFromEaster: number;
  name: LocalizedText;
}

const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { id: 'new_years_day', month: 1, day: 1, name: { nb: 'første nyttårsdag', en: "New Year's Day" } },
  { id: 'labour_day', month: 5, day: 1, name: { nb: 'arbeidernes dag (1. mai)', en: 'Labour Day' } },
  { id: 'constitution_day', month: 5, day: 17, name: { nb: 'grunnlovsdagen', en: 'Constitution Day' } },
  { id: 'christmas_day', month: 12, day: 25, name: { nb: 'første juledag', en: 'Christmas Day' } },
  { id: 'boxing_day', month: 12, day: 26, name: { nb: 'andre juledag', en: 'Boxing Day' } },
];

// Easter Sunday and Whit Sunday are Sundays anyway; they are listed so an explanation can name the day.
const EASTER_HOLIDAYS: readonly EasterHoliday[] = [
  { id: 'maundy_thursday', daysFromEaster: -3, name: { nb: 'skjærtorsdag', en: 'Maundy Thursday' } },
  { id: 'good_friday', daysFromEaster: -2, name: { nb: 'langfredag', en: 'Good Friday' } },
  { id: 'easter_sunday', daysFromEaster: 0, name: { nb: 'første påskedag', en: 'Easter Sunday' } },
  { id: 'easter_monday', daysFromEaster: 1, name: { nb: 'andre påskedag', en: 'Easter Monday' } },
  { id: 'ascension_day', daysFromEaster: 39, name: { nb: 'Kristi himmelfartsdag', en: 'Ascension Day' } },
  { id: 'whit_sunday', daysFromEaster: 49, name: { nb: 'første pinsedag', en: 'Whit Sunday' } },
  { id: 'whit_monday', daysFromEaster: 50, name: { nb: 'andre pinsedag', en: 'Whit Monday' } },
];

/** Easter Sunday in the Gregorian calendar, by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`easterSunday needs a Gregorian year 1583–9999, got ${year}`);
  }
  const a = year % 19; // place in the 19-year Metonic cycle of the moon
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30; // epact: days from the new moon to the paschal full moon
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days to the next Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

// The list for a year is asked for on every day a deadline walks over; keep each year once.
const cache = new Map<number, readonly PublicHoliday[]>();

/**
 * Every public holiday of the year, in date order. 17 May can fall on Whit Monday (as in 2027): then the date
 * appears twice, once per holiday, so the explanation can name both.
 */
export function norwegianPublicHolidays(year: number): readonly PublicHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    ...FIXED_HOLIDAYS.map(({ id, month, day, name }) => ({
      id,
      name,
      date: formatIsoDate({ year, month, day }),
    })),
    ...EASTER_HOLIDAYS.map(({ id, daysFromEaster, name }) => ({
      id,
      name,
      date: addDays(easter, daysFromEaster),
    })),
  ];
  holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const frozen = Object.freeze(holidays.map((holiday) => Object.freeze(holiday)));
  cache.set(year, frozen);
  return frozen;
}

/** The public holidays on a date (none, one, or two when two holidays coincide). */
export function publicHolidaysOn(date: IsoDate): readonly PublicHoliday[] {
  const { year } = parseIsoDate(date);
  return norwegianPublicHolidays(year).filter((holiday) => holiday.date === date);
}

export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidaysOn(date).length > 0;
}
