import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationNumberFromBase, validateOrganisationNumber } from './organisation-number.ts';

/*
 * Worked by hand, weights 3 2 7 6 5 4 3 2:
 *   974760673 (Brønnøysundregistrene): 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 7·2
 *     = 27 + 14 + 28 + 42 + 30 + 0 + 18 + 14 = 173;  173 mod 11 = 8;  11 − 8 = 3 ✓
 *   923609016 (Equinor): 9·3 + 2·2 + 3·7 + 6·6 + 0·5 + 9·4 + 0·3 + 1·2
 *     = 27 + 4 + 21 + 36 + 0 + 36 + 0 + 2 = 126;  126 mod 11 = 5;  11 − 5 = 6 ✓
 *   Base 97476063: 173 − 4·2 = 165 = 15·11, remainder 0 → check digit 0 → 974760630.
 *   Base 97476069: 173 + 2·2 = 177 ≡ 1 (mod 11) → check digit would be 10 → no valid number.
 *   Base 12345678: 3 + 4 + 21 + 24 + 25 + 24 + 21 + 16 = 138 ≡ 6 → check digit 5 → 123456785.
 */
const BRREG = '974760673';
const EQUINOR = '923609016';

function codes(value: string): string[] {
  const result = validateOrganisationNumber(value);
  return result.ok ? [] : result.errors.map((e) => e.code);
}

function singleDigitChanges(value: string): string[] {
  return [...value].flatMap((original, i) =>
    [...'0123456789'].filter((d) => d !== original).map((d) => value.slice(0, i) + d + value.slice(i + 1)),
  );
}

describe('validateOrganisationNumber', () => {
  it.each([BRREG, EQUINOR, '974760630'])('accepts %s', (value) => {
    expect(validateOrganisationNumber(value)).toEqual({ ok: true, value });
  });

  it.each([BRREG, EQUINOR])('rejects all 81 single-digit changes of %s for the check digit', (value) => {
    const changes = singleDigitChanges(value);
    expect(changes).toHaveLength(81);
    for (const changed of changes) expect(codes(changed)).toEqual(['check_digit_wrong']);
  });

  it('rejects every ending of a base whose check digit would be 10', () => {
    for (const last of '0123456789') expect(codes(`97476069${last}`)).toEqual(['check_digit_wrong']);
  });

  it('accepts a valid number whatever its first digit', () => {
    expect(validateOrganisationNumber('123456785').ok).toBe(true);
  });

  it('mentions 8 or 9 when a rejected number starts with another digit, and only then', () => {
    const unusual = validateOrganisationNumber('123456780');
    const usual = validateOrganisationNumber('974760674');
    if (unusual.ok || usual.ok) throw new Error('expected both to be rejected');
    expect(unusual.errors[0].message.nb).toContain('8 eller 9');
    expect(unusual.errors[0].message.nn).toContain('8 eller 9');
    expect(unusual.errors[0].message.en).toContain('8 or 9');
    expect(usual.errors[0].message.nb).not.toContain('8 eller 9');
  });

  it.each([
    ['97476067', 'wrong_length'],
    ['9747606730', 'wrong_length'],
    ['974 760 673', 'not_digits'],
    ['NO974760673', 'not_digits'],
  ])('rejects %j with %s', (value, code) => {
    expect(codes(value)).toEqual([code]);
  });
});

describe('organisationNumberFromBase', () => {
  it('appends the hand-worked check digits', () => {
    expect(organisationNumberFromBase('97476067')).toBe(BRREG);
    expect(organisationNumberFromBase('92360901')).toBe(EQUINOR);
    expect(organisationNumberFromBase('97476063')).toBe('974760630');
    expect(organisationNumberFromBase('12345678')).toBe('123456785');
  });

  it('returns null when the check digit would be 10', () => {
    expect(organisationNumberFromBase('97476069')).toBeNull();
  });

  it.each(['9747606', '974760673', '9747606x', ''])('throws RangeError for %j', (base) => {
    expect(() => organisationNumberFromBase(base)).toThrow(RangeError);
  });

  it('builds valid numbers, null for about one base in eleven, and single-digit changes break them', () => {
    const base = fc.stringMatching(/^[0-9]{8}$/);
    let nulls = 0;
    fc.assert(
      fc.property(base, (eight) => {
        const value = organisationNumberFromBase(eight);
        if (value === null) {
          nulls++;
          for (const last of '0123456789') expect(validateOrganisationNumber(eight + last).ok).toBe(false);
          return;
        }
        expect(value.slice(0, 8)).toBe(eight);
        expect(validateOrganisationNumber(value).ok).toBe(true);
        for (const changed of singleDigitChanges(value))
          expect(validateOrganisationNumber(changed).ok).toBe(false);
      }),
      { numRuns: 1100, seed: 1 },
    );
    expect(nulls).toBeGreaterThan(50);
    expect(nulls).toBeLessThan(150);
  });

  it('adjacent transpositions of different digits are caught', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), fc.integer({ min: 0, max: 7 }), (eight, i) => {
        const value = organisationNumberFromBase(eight) ?? '';
        fc.pre(value !== '' && value[i] !== value[i + 1]);
        const swapped = value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2);
        expect(validateOrganisationNumber(swapped).ok).toBe(false);
      }),
    );
  });
});
