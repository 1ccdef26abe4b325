/**
 * Working days ("virkedager") for deadlines: Monday to Friday, except public holidays (holidays.ts).
 * Saturdays count as non-working days here, as domstolloven § 149 treats them for the end of a deadline and
 * as offentleglova's "arbeidsdagar" means in practice. Christmas Eve and New Year's Eve are working days.
 */
import { norwegianPublicHolidays, publicHolidaysOn } from './holidays.ts';
import {
  addDays,
  fromDayNumber,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
  weekdayName,
  type IsoDate,
} from './local-date.ts';
import type { LocalizedText } from './period.ts';

export function isWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && publicHolidaysOn(date).length === 0;
}

/**
 * Why a date is not a working day, for explanations ("lørdag og grunnlovsdagen"), or null if it is one.
 */
export function nonWorkingReason(date: IsoDate): LocalizedText | null {
  const weekend = isoWeekday(date) >= 6 ? [weekdayName(date)] : [];
  const reasons = [...weekend, ...publicHolidaysOn(date).map((holiday) => holiday.name)];
  if (reasons.length === 0) return null;
  return { nb: reasons.map((r) => r.nb).join(' og '), en: reasons.map((r) => r.en).join(' and ') };
}

/** The first working day strictly after `date` (whatever `date` itself is). */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * `date` itself if it is a working day, otherwise the next one: the domstolloven § 149 move of a deadline that
 * ends on a Saturday, Sunday or public holiday.
 */
export function onOrNextWorkingDay(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : nextWorkingDay(date);
}

/**
 * The day that is `count` working days after `date`. The start day is never counted (like a deadline in days,
 * domstolloven § 148 first paragraph), and need not be a working day: 5 working days from Saturday are the
 * same as from the Friday before. `count` 0 returns `date` unchanged.
 */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`addWorkingDays needs a whole number ≥ 0, got ${count}`);
  }
  let day = date;
  for (let counted = 0; counted < count; counted++) day = nextWorkingDay(day);
  return day;
}

/**
 * Working days in the half-open interval (from, to]: `from` is NOT counted, `to` IS counted — the count
 * addWorkingDays uses, so workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `to` is before
 * `from` (the same days counted from the other end, so the function is antisymmetric); 0 when they are equal.
 * Counted as weekdays minus weekday holidays, so a dashboard over many cases and long spans stays cheap.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return 0 - workingDaysBetween(to, from); // never -0 in JSON comparisons
  const length = end - start;
  let count = Math.floor(length / 7) * 5; // every 7 consecutive days hold 5 weekdays
  for (let n = start + Math.floor(length / 7) * 7 + 1; n <= end; n++) {
    if (isoWeekday(fromDayNumber(n)) <= 5) count++;
  }
  const seen = new Set<IsoDate>(); // 17 May can be Whit Monday too: subtract the day once
  for (let year = parseIsoDate(from).year; year <= parseIsoDate(to).year; year++) {
    for (const { date } of norwegianPublicHolidays(year)) {
      const n = toDayNumber(date);
      if (n > start && n <= end && isoWeekday(date) <= 5 && !seen.has(date)) {
        seen.add(date);
        count--;
      }
    }
  }
  return count;
}
