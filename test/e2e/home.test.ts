import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { launchBrowser, screenshotPath } from '../helpers/browser.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 3, cases: 1500, years: 2, providers: 2000, today: '2026-06-30' });
  ({ app } = await buildApp({ conn: db, logLevel: false }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

describe('the web app served by the server, in Chromium', () => {
  it('shows the national overview from the API, and passes axe in bokmål, nynorsk and English', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/');
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(11);
    const cases = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    const shown = await page.locator('.figures dd').first().textContent();
    expect(Number((shown ?? '').replace(/\D/g, ''))).toBe(cases.rows[0]?.n);
    await page.screenshot({ path: screenshotPath('home-nb'), fullPage: true });

    for (const [button, lang, heading] of [
      ['Nynorsk', 'nn', 'Nasjonal oversikt'],
      ['English', 'en', 'National overview'],
      ['Bokmål', 'nb', 'Nasjonal oversikt'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect.poll(() => page.locator('#overview-heading').textContent()).toBe(heading);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${lang}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
    await context.close();
  });

  it('works on a phone-sized screen without JavaScript errors', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + '/');
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(11);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: screenshotPath('home-phone'), fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: screenshotPath('home-phone'), fullPage: true });
    await context.close();
  });
});
