import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every key path of a nested texts object, e.g. 'overview.heading'. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

const folders = [
  'web/src/locales',
  ...readdirSync('web/src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`web/src/${d.name}/locales`))
    .map((d) => `web/src/${d.name}/locales`),
];

describe('the web app texts', () => {
  it.each(folders)('%s has the same keys, all non-empty, in bokmål, nynorsk and English', (folder) => {
    const texts = Object.fromEntries(
      ['nb', 'nn', 'en'].map((lang) => [lang, JSON.parse(readFileSync(`${folder}/${lang}.json`, 'utf8'))]),
    );
    const nb = keys(texts.nb).sort();
    expect(nb.length).toBeGreaterThan(0);
    expect(keys(texts.nn).sort()).toEqual(nb);
    expect(keys(texts.en).sort()).toEqual(nb);
    for (const lang of ['nb', 'nn', 'en'])
      for (const key of nb) {
        const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], texts[lang]);
        expect(typeof text === 'string' && text.trim().length > 0, `${lang}: ${key}`).toBe(true);
      }
  });
});
