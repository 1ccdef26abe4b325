import { describe, expect, it } from 'vitest';
import { validateMunicipalityNumber } from './municipality-number.ts';

// A hand-picked subset, not the reference list: the validator must use whatever set it is given.
const KNOWN: ReadonlySet<string> = new Set(['0301', '4601', '5001', '1806']);

function codes(value: string, known = KNOWN): string[] {
  const result = validateMunicipalityNumber(value, known);
  return result.ok ? [] : result.errors.map((e) => e.code);
}

describe('validateMunicipalityNumber', () => {
  it.each(['0301', '4601', '5001'])('accepts known %s', (value) => {
    expect(validateMunicipalityNumber(value, KNOWN)).toEqual({ ok: true, value });
  });

  it('rejects a well-formed number that is not in the given set, naming it', () => {
    // 1201 was Bergen until the 2020 reform (now 4601).
    expect(codes('1201')).toEqual(['unknown_municipality']);
    const result = validateMunicipalityNumber('1201', KNOWN);
    if (result.ok) throw new Error('expected a rejection');
    expect(result.errors[0].message.nb).toContain('1201');
  });

  it('knows only what it is told', () => {
    expect(codes('0301', new Set())).toEqual(['unknown_municipality']);
    expect(codes('1201', new Set(['1201']))).toEqual([]);
  });

  it.each([
    ['301', 'wrong_length'],
    ['03011', 'wrong_length'],
    ['', 'wrong_length'],
    ['03O1', 'not_digits'],
    ['0301 ', 'not_digits'],
  ])('rejects %j as a format error (%s), before looking it up', (value, code) => {
    expect(codes(value, new Set([value]))).toEqual([code]);
  });

  it('reminds about the leading zero when three digits are given', () => {
    const result = validateMunicipalityNumber('301', KNOWN);
    if (result.ok) throw new Error('expected a rejection');
    expect(result.errors[0].message.en).toBe(
      'A municipality number has 4 digits, but this one has 3. Keep the leading zero, as in 0301.',
    );
    expect(result.errors[0].message.nb).toContain('0301');
    expect(result.errors[0].message.nn).toContain('0301');
  });
});
