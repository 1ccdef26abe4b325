/**
 * Checks a clock's input before anything is computed, naming the field at fault in bokmål and English, so
 * a caller (the HTTP route, the CLI) can return a field-level 4xx without guessing which date was wrong.
 */
import { parseIsoDate, toDayNumber, type IsoDate } from './local-date.ts';
import { isPeriod, type LocalizedText } from './period.ts';
import type { ClockInput, Suspension } from './suspension-ledger.ts';

export class ClockInputError extends Error {
  readonly field: string;
  readonly text: LocalizedText;
  constructor(field: string, text: LocalizedText) {
    super(`${field}: ${text.en}`);
    this.field = field;
    this.text = text;
    this.name = 'ClockInputError';
  }
}

export function validateClockInput(
  input: ClockInput,
  suspensions: readonly Suspension[],
  warnWithin: number,
): void {
  const date = (value: unknown, field: string): number => {
    try {
      parseIsoDate(value);
      return toDayNumber(value as IsoDate);
    } catch {
      throw new ClockInputError(field, {
        nb: `Ugyldig dato (forventet ÅÅÅÅ-MM-DD, en dag som finnes): ${JSON.stringify(value)}`,
        en: `Invalid date (expected YYYY-MM-DD, a day that exists): ${JSON.stringify(value)}`,
      });
    }
  };
  const order = (field: string, day: number, limit: number, relation: 'before' | 'after', other: string) => {
    if (relation === 'before' ? day < limit : day > limit) {
      const nb = relation === 'before' ? 'før' : 'etter';
      throw new ClockInputError(field, {
        nb: `Kan ikke være ${nb} ${other}`,
        en: `Cannot be ${relation} ${other}`,
      });
    }
  };
  const received = date(input.receivedOn, 'receivedOn');
  const today = input.today === undefined ? null : date(input.today, 'today');
  if (today !== null) order('today', today, received, 'before', 'receivedOn');
  if (!Number.isInteger(warnWithin) || warnWithin < 0) {
    throw new ClockInputError('warnWithinWorkingDays', {
      nb: 'Må være et helt tall, 0 eller større',
      en: 'Must be a whole number, 0 or more',
    });
  }
  suspensions.forEach((suspension, index) => {
    const field = `suspensions[${index}]`;
    const from = date(suspension.from, `${field}.from`);
    order(`${field}.from`, from, received, 'before', 'receivedOn');
    if (today !== null) order(`${field}.from`, from, today, 'after', 'today');
    if (suspension.resumedOn !== undefined && suspension.resumedOn !== null) {
      const resumed = date(suspension.resumedOn, `${field}.resumedOn`);
      order(`${field}.resumedOn`, resumed, from, 'before', `${field}.from`);
      if (today !== null) order(`${field}.resumedOn`, resumed, today, 'after', 'today');
    }
    if (suspension.responsePeriod !== undefined && !isPeriod(suspension.responsePeriod)) {
      throw new ClockInputError(`${field}.responsePeriod`, {
        nb: 'Forventet { amount: helt tall ≥ 0, unit: "days" | "weeks" | "months" }',
        en: 'Expected { amount: whole number ≥ 0, unit: "days" | "weeks" | "months" }',
      });
    }
  });
}
