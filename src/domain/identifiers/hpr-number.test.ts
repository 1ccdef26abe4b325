import { describe, expect, it } from 'vitest';
import { validateHprNumber } from './hpr-number.ts';

function codes(value: string): string[] {
  const result = validateHprNumber(value);
  return result.ok ? [] : result.errors.map((e) => e.code);
}

describe('validateHprNumber', () => {
  it.each(['1234567', '12345678', '123456789', '0000001'])(
    'accepts %s (format only: no check digit)',
    (value) => {
      expect(validateHprNumber(value)).toEqual({ ok: true, value });
    },
  );

  it.each([
    ['123456', 'wrong_length'],
    ['1234567890', 'wrong_length'],
    ['', 'wrong_length'],
    ['12345a7', 'not_digits'],
    [' 1234567', 'not_digits'],
    ['1234567 ', 'not_digits'],
    ['-1234567', 'not_digits'],
  ])('rejects %j with %s', (value, code) => {
    expect(codes(value)).toEqual([code]);
  });

  it('tells the user the allowed range in each language', () => {
    const result = validateHprNumber('123456');
    if (result.ok) throw new Error('expected a rejection');
    expect(result.errors[0].message).toEqual({
      nb: 'HPR-nummer har 7 til 9 siffer, men dette har 6.',
      nn: 'HPR-nummer har 7 til 9 siffer, men dette har 6.',
      en: 'An HPR number has 7 to 9 digits, but this one has 6.',
    });
  });
});
