import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easterSunday, isPublicHoliday, norwegianPublicHolidays, publicHolidaysOn } from './holidays.ts';
import { daysBetween, isoWeekday } from './local-date.ts';

describe('easterSunday (Meeus/Jones/Butcher)', () => {
  // Published Easter dates, including the earliest (22 March) and latest (25 April) possible.
  it.each([
    [1818, '1818-03-22'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });
});

describe('norwegianPublicHolidays: hand-worked calendar 2025–2027', () => {
  // Worked by hand: Easter Sunday 2025 = 20 April; 2026 = 5 April; 2027 = 28 March. Maundy Thursday = −3,
  // Good Friday = −2, Easter Monday = +1, Ascension = +39 (20 Apr + 39 = 29 May), Whit Sunday = +49,
  // Whit Monday = +50. Weekdays counted from 1 January (2025 Wed, 2026 Thu, 2027 Fri).
  const handWorked: Record<number, [string, string][]> = {
    2025: [
      ['2025-01-01', 'new_years_day'], // Wed
      ['2025-04-17', 'maundy_thursday'],
      ['2025-04-18', 'good_friday'],
      ['2025-04-20', 'easter_sunday'],
      ['2025-04-21', 'easter_monday'],
      ['2025-05-01', 'labour_day'], // Thu
      ['2025-05-17', 'constitution_day'], // Sat
      ['2025-05-29', 'ascension_day'],
      ['2025-06-08', 'whit_sunday'],
      ['2025-06-09', 'whit_monday'],
      ['2025-12-25', 'christmas_day'], // Thu
      ['2025-12-26', 'boxing_day'], // Fri
    ],
    2026: [
      ['2026-01-01', 'new_years_day'], // Thu
      ['2026-04-02', 'maundy_thursday'],
      ['2026-04-03', 'good_friday'],
      ['2026-04-05', 'easter_sunday'],
      ['2026-04-06', 'easter_monday'],
      ['2026-05-01', 'labour_day'], // Fri
      ['2026-05-14', 'ascension_day'],
      ['2026-05-17', 'constitution_day'], // Sun
      ['2026-05-24', 'whit_sunday'],
      ['2026-05-25', 'whit_monday'],
      ['2026-12-25', 'christmas_day'], // Fri
      ['2026-12-26', 'boxing_day'], // Sat
    ],
    2027: [
      ['2027-01-01', 'new_years_day'], // Fri
      ['2027-03-25', 'maundy_thursday'],
      ['2027-03-26', 'good_friday'],
      ['2027-03-28', 'easter_sunday'],
      ['2027-03-29', 'easter_monday'],
      ['2027-05-01', 'labour_day'], // Sat
      ['2027-05-06', 'ascension_day'],
      ['2027-05-16', 'whit_sunday'],
      ['2027-05-17', 'constitution_day'], // Mon, and Whit Monday the same day
      ['2027-05-17', 'whit_monday'],
      ['2027-12-25', 'christmas_day'], // Sat
      ['2027-12-26', 'boxing_day'], // Sun
    ],
  };

  it.each([2025, 2026, 2027])('%i', (year) => {
    const ours = norwegianPublicHolidays(year).map((h) => [h.date, h.id]);
    const sortKey = (x: string[]) => x.join(' ');
    expect(ours.map(sortKey).sort()).toEqual((handWorked[year] ?? []).map(sortKey).sort());
  });

  it('names both holidays when 17 May is Whit Monday (2027)', () => {
    expect(publicHolidaysOn('2027-05-17').map((h) => h.name.nb)).toEqual([
      'grunnlovsdagen',
      'andre pinsedag',
    ]);
  });

  it('treats Christmas Eve and New Year’s Eve as ordinary days (not in helligdagsloven)', () => {
    expect(isPublicHoliday('2025-12-24')).toBe(false);
    expect(isPublicHoliday('2025-12-31')).toBe(false);
    expect(isPublicHoliday('2025-12-25')).toBe(true);
  });

  it('Ascension is 39 days and Whit Monday 50 days after Easter Sunday', () => {
    for (const year of [2025, 2026, 2027]) {
      const byId = new Map(norwegianPublicHolidays(year).map((h) => [h.id, h.date]));
      expect(daysBetween(easterSunday(year), byId.get('ascension_day') ?? '')).toBe(39);
      expect(daysBetween(easterSunday(year), byId.get('whit_monday') ?? '')).toBe(50);
    }
  });
});

describe('cross-check with date-holidays (NO, type public)', () => {
  const library = new Holidays('NO');
  // The library's `date` is a local "YYYY-MM-DD hh:mm:ss" string: slicing it never goes through a time zone.
  const libraryDates = (year: number) =>
    [
      ...new Set(
        library
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      ),
    ].sort();
  const ourDates = (year: number) => [...new Set(norwegianPublicHolidays(year).map((h) => h.date))].sort();

  it.each(Array.from({ length: 41 }, (_, i) => 2000 + i))('%i', (year) => {
    expect(ourDates(year)).toEqual(libraryDates(year));
  });

  it('the library also leaves Christmas Eve out of the public holidays', () => {
    expect(libraryDates(2025)).not.toContain('2025-12-24');
  });
});
