/**
 * HPR-nummer: a health professional's number in Helsepersonellregisteret.
 *
 * Format only. We know of no published check-digit algorithm for HPR numbers, so any 7–9 digit string is
 * accepted; a typo that keeps the format passes. Whether the number exists, and belongs to the person
 * named, can only be answered by the register itself, which is outside the domain layer (no I/O here).
 * Most numbers issued today have 7 digits; up to 9 leaves room for the register to grow.
 */
import { formatError, invalid, type FormatErrorCode, type IdentifierResult } from './messages.ts';

export type HprNumberErrorCode = FormatErrorCode;

export type HprNumberResult = IdentifierResult<object, HprNumberErrorCode>;

const FORMAT = {
  name: { nb: 'HPR-nummer', nn: 'HPR-nummer', en: 'An HPR number' },
  minDigits: 7,
  maxDigits: 9,
} as const;

export function validateHprNumber(value: string): HprNumberResult {
  const badFormat = formatError(value, FORMAT);
  return badFormat ? invalid(badFormat) : { ok: true, value };
}
