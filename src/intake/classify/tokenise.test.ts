import { describe, expect, it } from 'vitest';
import { stem, tokenise, words } from './tokenise.ts';

describe('Norwegian tokens for the classifier', () => {
  it('lower-cases and keeps æ, ø and å inside the word', () => {
    expect(words('Pårørende klaget på SYKEHJEMMET i Bø, én gang.')).toEqual([
      'pårørende',
      'klaget',
      'på',
      'sykehjemmet',
      'bø',
      'én',
      'gang',
    ]);
  });

  it('drops stop words in both language forms and one-letter words', () => {
    expect(tokenise('Eg fekk ikkje svar, og jeg fikk ikke hjelp i dag').map((t) => t.word)).toEqual([
      'fekk',
      'svar',
      'hjelp',
      'dag',
    ]);
  });

  it('folds bokmål and nynorsk inflections of one word together', () => {
    // definite singular and plural, bokmål -ene / nynorsk -ane
    expect(stem('fastlegen')).toBe(stem('fastlege'));
    expect(stem('medisinene')).toBe('medisin');
    expect(stem('medisinane')).toBe('medisin');
    expect(stem('journalen')).toBe('journal');
    expect(stem('vurderingane')).toBe(stem('vurderingene'));
  });

  it('never cuts a word below three letters', () => {
    expect(stem('ene')).toBe('ene');
    expect(stem('legen')).toBe(stem('lege'));
    expect(stem('bie')).toBe('bie');
  });

  it('keeps the written word beside its stem, so an explanation can point into the text', () => {
    expect(tokenise('Sykehjemmet glemte medisinane')).toEqual([
      { stem: 'sykehjemm', word: 'sykehjemmet' },
      { stem: 'glem', word: 'glemte' },
      { stem: 'medisin', word: 'medisinane' },
    ]);
  });
});
