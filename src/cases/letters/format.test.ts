import { describe, expect, it } from 'vitest';
import { formatLetterDate, formatOrgNumber, toParagraphs } from './format.ts';

describe('formatLetterDate', () => {
  it('writes the day without a leading zero and the month in words, the same in bokmål and nynorsk', () => {
    expect(formatLetterDate('2025-04-14', 'nb')).toBe('14. april 2025');
    expect(formatLetterDate('2025-04-14', 'nn')).toBe('14. april 2025');
    expect(formatLetterDate('2025-01-01', 'nb')).toBe('1. januar 2025');
    expect(formatLetterDate('2024-02-29', 'nn')).toBe('29. februar 2024');
    expect(formatLetterDate('2026-12-31', 'nb')).toBe('31. desember 2026');
  });

  it('refuses a date that does not exist rather than printing one', () => {
    expect(() => formatLetterDate('2025-02-29', 'nb')).toThrow();
  });
});

describe('toParagraphs', () => {
  it('splits on blank lines, keeps single line breaks, normalises Windows line ends', () => {
    expect(toParagraphs('Første linje\r\nandre linje\r\n\r\n  \r\nNytt avsnitt.  ')).toEqual([
      'Første linje\nandre linje',
      'Nytt avsnitt.',
    ]);
    expect(toParagraphs('  \n\n ')).toEqual([]);
  });
});

describe('formatOrgNumber', () => {
  it('groups nine digits in threes', () => {
    expect(formatOrgNumber('974760983')).toBe('974 760 983');
  });
});
