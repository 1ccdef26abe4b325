import { describe, expect, it } from 'vitest';
import { localise } from './messages.ts';
import { validateNationalId } from './national-id.ts';
import { validateOrganisationNumber } from './organisation-number.ts';

describe('localise', () => {
  it('picks one language per error, keeping the codes for the field-level 4xx body', () => {
    // Day 32: invalid date, and both check digits belong to another number.
    const result = validateNationalId('32838512329');
    if (result.ok) throw new Error('expected a rejection');
    const nb = localise(result.errors, 'nb');
    expect(nb.map((e) => e.code)).toEqual([
      'invalid_date',
      'first_check_digit_wrong',
      'second_check_digit_wrong',
    ]);
    expect(nb[0]?.message).toMatch(/^De seks første sifrene/);
    expect(localise(result.errors, 'nn')[0]?.message).toMatch(/^Dei seks første siffera/);
    expect(localise(result.errors, 'en')[0]?.message).toMatch(/^The first six digits/);
  });

  it('gives the format messages in all three languages', () => {
    const result = validateOrganisationNumber('974 760 673');
    if (result.ok) throw new Error('expected a rejection');
    expect(result.errors[0].message).toEqual({
      nb: 'Organisasjonsnummer kan bare inneholde sifrene 0–9, uten mellomrom eller andre tegn.',
      nn: 'Organisasjonsnummer kan berre innehalde siffera 0–9, utan mellomrom eller andre teikn.',
      en: 'An organisation number may contain only the digits 0–9, without spaces or other characters.',
    });
  });
});
