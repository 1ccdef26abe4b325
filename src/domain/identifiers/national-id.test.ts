import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticNationalId, validateNationalId } from './national-id.ts';

// Every literal number in this file has month + 80 (synthetic, Skatteetaten's Tenor convention) or an
// impossible date, so none can be a real person's number.

/*
 * Worked by hand: a synthetic man born 15 March 1985, individual number 123.
 *   Digits 1 5 | 8 3 | 8 5 | 1 2 3   (month 03 + 80 = 83; 123 is in 000–499, so 1985)
 *   K1: 1·3 + 5·7 + 8·6 + 3·1 + 8·8 + 5·9 + 1·4 + 2·5 + 3·2
 *     = 3 + 35 + 48 + 3 + 64 + 45 + 4 + 10 + 6 = 218;  218 mod 11 = 9;  K1 = 11 − 9 = 2
 *   K2: 1·5 + 5·4 + 8·3 + 3·2 + 8·7 + 5·6 + 1·5 + 2·4 + 3·3 + 2·2
 *     = 5 + 20 + 24 + 6 + 56 + 30 + 5 + 8 + 9 + 4 = 167;  167 mod 11 = 2;  K2 = 11 − 2 = 9
 *   → 15838512329. Third individual digit 3 is odd → male.
 * The same person as a d-nummer: day 15 + 40 = 55.
 *   K1: 5·3 + 5·7 + 48 + 3 + 64 + 45 + 4 + 10 + 6 = 230;  230 mod 11 = 10;  K1 = 1
 *   K2: 5·5 + 5·4 + 24 + 6 + 56 + 30 + 5 + 8 + 9 + 1·2 = 185;  185 mod 11 = 9;  K2 = 2
 *   → 55838512312.
 * Individual number 006 on the same date: the first six digits weigh 198 ≡ 0 (mod 11), and 0·4 + 0·5 + 6·2
 * = 12 ≡ 1, so K1 would be 10: no valid number starts 158385006.
 */
const FNR = '15838512329';
const DNR = '55838512312';

// An oracle written from the published rule, deliberately not sharing code with the implementation.
function checkDigit(digits: string, weights: readonly number[]): number | null {
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (weights[i] ?? NaN), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}
const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** DDMMYY + individual number (+ optional forced K1) with correct remaining check digits. */
function build(ddmmyy: string, individual: string, forcedK1?: number): string {
  const nine = ddmmyy + individual;
  const k1 = forcedK1 ?? checkDigit(nine, K1);
  const k2 = k1 === null ? null : checkDigit(nine + k1, K2);
  if (k1 === null || k2 === null) throw new Error(`test setup: no valid check digits for ${nine}`);
  return `${nine}${k1}${k2}`;
}

function codes(value: string): string[] {
  const result = validateNationalId(value);
  return result.ok ? [] : result.errors.map((e) => e.code);
}

describe('validateNationalId', () => {
  it('accepts the hand-worked synthetic fødselsnummer and reads it', () => {
    expect(validateNationalId(FNR)).toEqual({
      ok: true,
      value: FNR,
      kind: 'fnr',
      synthetic: true,
      birthDate: '1985-03-15',
      sex: 'male',
    });
  });

  it('accepts the hand-worked synthetic d-nummer with the real birth day', () => {
    expect(validateNationalId(DNR)).toMatchObject({ ok: true, kind: 'dnr', birthDate: '1985-03-15' });
    // 31 January as a d-nummer: day field 71, the highest there is.
    expect(validateNationalId(build('718185', '123'))).toMatchObject({ ok: true, birthDate: '1985-01-31' });
  });

  it('reads sex from the third individual digit: even female, odd male', () => {
    expect(validateNationalId(build('158385', '128'))).toMatchObject({ ok: true, sex: 'female' });
    expect(validateNationalId(build('158385', '120'))).toMatchObject({ ok: true, sex: 'female' });
    expect(validateNationalId(build('158385', '127'))).toMatchObject({ ok: true, sex: 'male' });
  });

  it('flags numbers without the month + 80 offset as not synthetic', () => {
    // Built at run time for 31 Dec 2039, a birth date no one can have yet, so no real number is written here.
    expect(validateNationalId(build('311239', '999'))).toMatchObject({ ok: true, synthetic: false });
  });

  it.each([
    ['1583851232', 'wrong_length'],
    ['158385123290', 'wrong_length'],
    ['', 'wrong_length'],
    ['158385 12329', 'not_digits'],
    ['1583851232x', 'not_digits'],
    ['１５838512329', 'not_digits'], // full-width digits are not 0–9
  ])('rejects %j with %s only', (value, code) => {
    expect(codes(value)).toEqual([code]);
  });

  it('says invalid_date when only the date is wrong', () => {
    expect(codes(build('328385', '123'))).toEqual(['invalid_date']);
  });

  it('says invalid_individual_number when the individual number fits no century for the year', () => {
    expect(codes(build('158345', '600'))).toEqual(['invalid_individual_number']); // 500–749 needs 54–99
  });

  it('says first_check_digit_wrong when only K1 is wrong (K2 recomputed to match)', () => {
    expect(codes(build('158385', '123', 3))).toEqual(['first_check_digit_wrong']);
  });

  it('says second_check_digit_wrong when only K2 is wrong', () => {
    for (const k2 of '012345678')
      expect(codes(`${FNR.slice(0, 10)}${k2}`)).toEqual(['second_check_digit_wrong']);
  });

  it('rejects every ending when K1 would be 10', () => {
    for (let ending = 0; ending < 100; ending++) {
      expect(codes(`158385006${String(ending).padStart(2, '0')}`)).toContain('first_check_digit_wrong');
    }
  });

  it('reports every problem at once, in digit order', () => {
    // Day 32 with the check digits of day 15: the date is wrong and so are both check digits.
    expect(codes('32838512329')).toEqual([
      'invalid_date',
      'first_check_digit_wrong',
      'second_check_digit_wrong',
    ]);
  });

  it.each([
    ['008385', 'day 00'],
    ['328385', 'day 32'],
    ['408385', 'day 40 (neither fnr nor dnr)'],
    ['318485', '31 April'],
    ['728185', 'd-nummer day 72'],
    ['150085', 'month 00'],
    ['151385', 'month 13'],
    ['158085', 'month 80'],
    ['159385', 'month 13 + 80'],
    ['154385', 'month + 40 (H-number or other help numbers)'],
  ])('rejects %s as invalid_date (%s)', (ddmmyy) => {
    expect(codes(build(ddmmyy, '123'))).toEqual(['invalid_date']);
  });

  describe('century from the individual number', () => {
    it.each([
      ['158385', '123', '1985-03-15'], // 000–499 → 1900s
      ['158305', '499', '1905-03-15'],
      ['158360', '600', '1860-03-15'], // 500–749 with 54–99 → 1800s
      ['158354', '500', '1854-03-15'], // earliest (Skatteetaten: 1854–1899)
      ['158399', '749', '1899-03-15'],
      ['158310', '750', '2010-03-15'], // 500–999 with 00–39 → 2000s
      ['158339', '999', '2039-03-15'],
      ['158300', '500', '2000-03-15'],
      ['158345', '950', '1945-03-15'], // 900–999 with 40–99 → 1900s
      ['118340', '900', '1940-03-11'],
      ['108339', '900', '2039-03-10'], // …but 900–999 with 00–39 is the 2000s
    ])('%s %s → %s', (ddmmyy, individual, birthDate) => {
      expect(validateNationalId(build(ddmmyy, individual))).toMatchObject({ ok: true, birthDate });
    });

    it.each([
      ['108353', '500'], // 500–749 with 40–53
      ['158340', '749'],
      ['108370', '800'], // 750–899 with 40–99
      ['158399', '899'],
    ])('%s %s fits no century', (ddmmyy, individual) => {
      expect(codes(build(ddmmyy, individual))).toEqual(['invalid_individual_number']);
    });
  });

  describe('29 February', () => {
    it.each([
      ['298200', '500', '2000-02-29'], // divisible by 400
      ['298224', '500', '2024-02-29'],
      ['698224', '500', '2024-02-29'], // as a d-nummer
    ])('%s %s is valid', (ddmmyy, individual, birthDate) => {
      expect(validateNationalId(build(ddmmyy, individual))).toMatchObject({ ok: true, birthDate });
    });

    it.each([
      ['298200', '100'], // 1900: divisible by 100, not by 400
      ['298223', '500'], // 2023
    ])('%s %s is not', (ddmmyy, individual) => {
      expect(codes(build(ddmmyy, individual))).toEqual(['invalid_date']);
    });

    it('is still valid on 28 February 1900', () => {
      expect(validateNationalId(build('288200', '100'))).toMatchObject({ ok: true, birthDate: '1900-02-28' });
    });
  });

  it('explains every error in bokmål, nynorsk and English without echoing the number', () => {
    const samples = [
      '1583851232',
      '1583851232x',
      build('328385', '123'),
      build('158345', '600'),
      '15838512300',
    ];
    for (const value of samples) {
      const result = validateNationalId(value);
      if (result.ok) throw new Error(`expected ${value} to be rejected`);
      for (const { message } of result.errors) {
        expect(new Set([message.nb, message.en]).size).toBe(2);
        for (const text of [message.nb, message.nn, message.en]) {
          expect(text.length).toBeGreaterThan(20);
          expect(text).not.toContain(value);
        }
      }
    }
  });
});

describe('syntheticNationalId', () => {
  it('builds the hand-worked numbers', () => {
    expect(syntheticNationalId('1985-03-15', 123, 'fnr')).toBe(FNR);
    expect(syntheticNationalId('1985-03-15', 123, 'dnr')).toBe(DNR);
  });

  it('returns null when a check digit would be 10', () => {
    expect(syntheticNationalId('1985-03-15', 6, 'fnr')).toBeNull(); // K1 (worked above)
    // 124: K1 = 11 − (198 + 4 + 10 + 8) mod 11 = 0, and K2's sum is 1·5 + 20 + 24 + 6 + 56 + 30 + 5 + 8
    // + 4·3 + 0·2 = 166 ≡ 1 (mod 11), so K2 would be 10.
    expect(syntheticNationalId('1985-03-15', 124, 'fnr')).toBeNull();
    for (const k2 of '0123456789') expect(codes(`1583851240${k2}`)).toEqual(['second_check_digit_wrong']);
  });

  it('returns null when the individual number belongs to another century', () => {
    expect(syntheticNationalId('2001-05-17', 123, 'fnr')).toBeNull();
    expect(syntheticNationalId('1870-05-17', 800, 'fnr')).toBeNull();
  });

  it.each([
    ['1985-02-29', 123],
    ['1985-3-15', 123],
    ['1853-12-31', 600],
    ['2040-01-01', 600],
    ['1985-03-15', 1000],
    ['1985-03-15', -1],
    ['1985-03-15', 1.5],
  ])('throws RangeError for %s / %d', (birthDate, individualNumber) => {
    expect(() => syntheticNationalId(birthDate, individualNumber, 'fnr')).toThrow(RangeError);
  });
});

describe('properties', () => {
  // Which individual numbers each birth year may use, from Skatteetaten's table.
  const rangesFor = (year: number): [number, number][] =>
    year <= 1899
      ? [[500, 749]]
      : year <= 1939
        ? [[0, 499]]
        : year <= 1999
          ? [
              [0, 499],
              [900, 999],
            ]
          : [[500, 999]];

  const person = fc
    .date({
      min: new Date('1854-01-01T00:00:00Z'),
      max: new Date('2039-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10))
    .chain((birthDate) =>
      fc.record({
        birthDate: fc.constant(birthDate),
        individualNumber: fc.oneof(
          ...rangesFor(Number(birthDate.slice(0, 4))).map(([min, max]) => fc.integer({ min, max })),
        ),
        kind: fc.constantFrom('fnr' as const, 'dnr' as const),
      }),
    );

  const validNumber = person
    .map(({ birthDate, individualNumber, kind }) => syntheticNationalId(birthDate, individualNumber, kind))
    .filter((value): value is string => value !== null);

  it('every generated number validates as synthetic, with the same birth date, kind and sex', () => {
    fc.assert(
      fc.property(person, ({ birthDate, individualNumber, kind }) => {
        const value = syntheticNationalId(birthDate, individualNumber, kind);
        const [y, m, d] = birthDate.split('-');
        const dd = Number(d) + (kind === 'dnr' ? 40 : 0);
        const nine = `${String(dd).padStart(2, '0')}${Number(m) + 80}${y?.slice(2)}${String(individualNumber).padStart(3, '0')}`;
        const k1 = checkDigit(nine, K1);
        const impossible = k1 === null || checkDigit(nine + k1, K2) === null;
        expect(value === null).toBe(impossible);
        if (value === null) return;
        expect(validateNationalId(value)).toEqual({
          ok: true,
          value,
          kind,
          synthetic: true,
          birthDate,
          sex: individualNumber % 2 === 0 ? 'female' : 'male',
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('changing any single digit of a valid number breaks a check digit', () => {
    fc.assert(
      fc.property(validNumber, (value) => {
        for (let i = 0; i < value.length; i++) {
          for (const digit of '0123456789') {
            if (digit === value[i]) continue;
            const changed = codes(value.slice(0, i) + digit + value.slice(i + 1));
            expect(changed.some((code) => code.endsWith('check_digit_wrong'))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('swapping two different adjacent digits makes a valid number invalid', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 9 }), (value, i) => {
        fc.pre(value[i] !== value[i + 1]);
        const swapped = value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2);
        expect(validateNationalId(swapped).ok).toBe(false);
      }),
    );
  });

  it('never throws, and every rejection carries a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{11}$/)), (value) => {
        const result = validateNationalId(value);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
