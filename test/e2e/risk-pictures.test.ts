/**
 * The risk pictures in Chromium, as a signed-in analyst: the national picture, the map, one office's picture,
 * a funnel plot, the equal-treatment monitor and a provider profile — each with real data on screen and no
 * axe violations. Screenshots go to docs/screenshots with UPDATE_SCREENSHOTS=1.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { recomputeRisk } from '../../src/risk/recompute.ts';
import { launchBrowser, screenshotPath } from '../helpers/browser.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let session: string;
let plantedOffice: string;
let providerId: number;

beforeAll(async () => {
  db = await testDatabase();
  // Enough cases over five years for the planted office to stand out on its own (as on the default demo).
  await seedDemo(db, { seed: 3, cases: 10_000, years: 5, providers: 3000, today: '2026-06-30' });
  await recomputeRisk(db, { asOf: '2026-06-30', months: 60 });
  ({ app } = await buildApp({ conn: db, logLevel: false, demoLogin: true, today: () => '2026-07-01' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // The sign-in page belongs to the staff area; here the demo login gives the session the web app keeps.
  const login = await app.inject({
    method: 'POST',
    url: '/api/demo/login',
    payload: { username: 'analytiker' },
  });
  session = login.body;
  plantedOffice = (
    await db.pool.query<{ office: string }>(
      `SELECT unit_ids[1] AS office FROM demo_planted_signals WHERE kind = 'office_outcome'`,
    )
  ).rows[0]!.office;
  // The provider with the most cases in the last year: a profile with something to show.
  providerId = (
    await db.pool.query<{ id: number }>(
      `SELECT provider_id AS id FROM cases WHERE provider_id IS NOT NULL AND received_on >= '2025-07-01'
        GROUP BY provider_id ORDER BY count(*) DESC, provider_id LIMIT 1`,
    )
  ).rows[0]!.id;
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

async function signedIn(
  width = 1200,
  as = session,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((s) => sessionStorage.setItem('tilsyn.session', s), as);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, errors };
}

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`),
  ).toEqual([]);
}

const digits = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));

describe('risk pictures in Chromium', () => {
  it('shows the national picture with its signals, trend and offices, in bokmål, nynorsk and English', async () => {
    const { context, page, errors } = await signedIn();
    await page.goto(base + '/risiko');
    await expect
      .poll(() => page.locator('#picture-heading').textContent(), { timeout: 20_000 })
      .toBe('Nasjonalt risikobilde');
    await page.locator('svg.chart').first().waitFor();
    // The figure on screen is the run's signal count, as the database has it.
    const signals = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM risk_signals WHERE run_id = (SELECT max(id) FROM risk_runs)`,
    );
    expect(digits(await page.locator('.figures dd').first().textContent())).toBe(signals.rows[0]!.n);
    await page.screenshot({ path: screenshotPath('risk-national'), fullPage: true });
    await axe(page, 'nb national');
    for (const [button, heading] of [
      ['Nynorsk', 'Nasjonalt risikobilete'],
      ['English', 'National risk picture'],
      ['Bokmål', 'Nasjonalt risikobilde'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => page.locator('#picture-heading').textContent()).toBe(heading);
      await axe(page, `${button} national`);
    }
    // Every chart has a table view: the trend chart turns into its table and back.
    await page.getByRole('button', { name: 'Vis som tabell' }).first().click();
    await expect.poll(() => page.locator('table').count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the map of Norway with a legend and attribution, zooms to an office and shows a municipality', async () => {
    const { context, page, errors } = await signedIn();
    await page.goto(base + '/risiko/kart');
    await expect.poll(() => page.locator('svg.map path').count(), { timeout: 20_000 }).toBe(357);
    await expect.poll(() => page.locator('.attribution').textContent()).toContain('Kartverket');
    expect(await page.locator('.map-legend li').count()).toBe(6);
    await page.screenshot({ path: screenshotPath('risk-map'), fullPage: true });
    await axe(page, 'map');
    await page.getByLabel('Vis embete').selectOption('VEST');
    await page.getByLabel('Kommune', { exact: true }).selectOption('4601');
    await expect.poll(() => page.locator('.map-side h3').textContent()).toBe('Bergen');
    const bergen = await db.pool.query<{ population: number }>(
      `SELECT population FROM municipalities WHERE number = '4601'`,
    );
    await expect
      .poll(() => page.locator('.map-side dd').nth(1).textContent())
      .toBe(new Intl.NumberFormat('nb-NO').format(bergen.rows[0]!.population));
    await page.screenshot({ path: screenshotPath('risk-map-office'), fullPage: true });
    await axe(page, 'map zoomed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows one office's picture", async () => {
    const { context, page, errors } = await signedIn();
    await page.goto(base + `/risiko/embeter/${plantedOffice}`);
    await expect
      .poll(() => page.locator('#picture-heading').textContent(), { timeout: 20_000 })
      .toMatch(/^Risikobilde: Statsforvalteren i /);
    await page.locator('svg.chart').first().waitFor();
    await page.screenshot({ path: screenshotPath('risk-office'), fullPage: true });
    await axe(page, 'office');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws a funnel plot of providers with 95 % and 99.8 % limits', async () => {
    const { context, page, errors } = await signedIn();
    await page.goto(base + '/risiko/trakt?tjenestetype=hospital_somatic');
    await expect.poll(() => page.locator('svg.chart circle').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    expect(await page.locator('svg.chart path').count()).toBe(4);
    await page.screenshot({ path: screenshotPath('risk-funnel'), fullPage: true });
    await axe(page, 'funnel');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the equal-treatment monitor with the planted office as the one outlying office', async () => {
    const { context, page, errors } = await signedIn();
    await page.goto(base + '/risiko/likebehandling');
    await expect
      .poll(() => page.locator('#equal-heading').textContent(), { timeout: 30_000 })
      .toBe('Likebehandling mellom embetene');
    await page.locator('svg.chart').first().waitFor({ timeout: 30_000 });
    const firstTable = page.locator('table').first();
    await expect.poll(() => firstTable.locator('tbody tr').count()).toBeGreaterThan(0);
    const officeName = await db.pool.query<{ name: string }>(
      `SELECT name_nb AS name FROM offices WHERE code = $1`,
      [plantedOffice],
    );
    const offices = await firstTable.locator('tbody tr td:first-child').allTextContents();
    expect(new Set(offices)).toEqual(new Set([officeName.rows[0]!.name]));
    await page.screenshot({ path: screenshotPath('risk-equal-treatment'), fullPage: true });
    await axe(page, 'equal treatment');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a provider profile, and the variant for sharing without case numbers', async () => {
    const { context, page, errors } = await signedIn();
    await page.goto(base + `/risiko/virksomheter/${providerId}`);
    await page.locator('svg.chart').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByText(/^\d{4}\/\d{5}$/).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('risk-provider'), fullPage: true });
    await axe(page, 'provider');
    await page.getByRole('switch').or(page.getByLabel('Versjon for deling med virksomheten')).first().click();
    await expect.poll(() => page.locator('.shared-note').count()).toBe(1);
    await expect.poll(() => page.getByText(/^\d{4}\/\d{5}$/).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('risk-provider-shared'), fullPage: true });
    await axe(page, 'provider shared');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("explains a CUSUM signal with its run's own false-alarm budget and comparison group, in bokmål", async () => {
    const { context, page, errors } = await signedIn();
    const signal = await db.pool.query<{ id: number; budget: string; months: string; gap: string }>(
      `SELECT s.id, r.parameters->>'falseAlarmsPerUnitYear' AS budget,
              r.parameters->>'baselineMonths' AS months, r.parameters->>'baselineGap' AS gap
         FROM risk_signals s JOIN risk_runs r ON r.id = s.run_id
        WHERE s.run_id = (SELECT max(id) FROM risk_runs) AND s.method = 'cusum' ORDER BY s.id LIMIT 1`,
    );
    const { id, budget, months, gap } = signal.rows[0]!;
    await page.goto(base + `/risiko/signaler/${id}`);
    await expect
      .poll(() => page.getByText(`omtrent én gang på ${Math.round(1 / Number(budget))} år`).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    // Its comparison group in bokmål, from the run's parameters, not the English sentence stored beside it.
    await expect
      .poll(() =>
        page.getByText(`Egen historikk (${months} måneder, fram til ${gap} måneder tilbake)`).count(),
      )
      .toBe(1);
    expect(await page.getByText('its own history').count()).toBe(0);
    // The evidence in words: the alarm month as a month (the evidence period ends in it), not an index.
    const periodTo = (
      await db.pool.query<{ to: string }>(`SELECT period_to::text AS to FROM risk_signals WHERE id = $1`, [
        id,
      ])
    ).rows[0]!.to;
    const alarmMonth = new Intl.DateTimeFormat('nb-NO', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${periodTo.slice(0, 7)}-01T00:00:00Z`));
    const row = page.locator('dl.facts div').filter({ has: page.getByText('Alarmmåned', { exact: true }) });
    await expect.poll(() => row.locator('dd').textContent()).toBe(alarmMonth);
    expect(await page.getByText('score_meaning').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records an assessment of a signal from its page', async () => {
    const { context, page, errors } = await signedIn();
    const signal = await db.pool.query<{ id: number }>(
      `SELECT id FROM risk_signals WHERE run_id = (SELECT max(id) FROM risk_runs) ORDER BY score DESC LIMIT 1`,
    );
    await page.goto(base + `/risiko/signaler/${signal.rows[0]!.id}`);
    await page.getByRole('button', { name: 'Lagre vurderingen' }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect.poll(() => page.getByText('Skriv en begrunnelse.').count()).toBe(1);
    await axe(page, 'signal with errors');
    await page.getByLabel('Ikke nå').check();
    await page.getByLabel('Begrunnelse').fill('Venter på tilsynet som er i gang.');
    await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
    await expect
      .poll(() => page.getByRole('cell', { name: 'Venter på tilsynet som er i gang.' }).count())
      .toBe(1);
    const saved = await db.pool.query<{ decision: string }>(
      `SELECT decision FROM risk_assessments WHERE signal_id = $1`,
      [signal.rows[0]!.id],
    );
    expect(saved.rows.map((r) => r.decision)).toEqual(['not_now']);
    await page.screenshot({ path: screenshotPath('risk-signal'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("plans a supervision from a candidate, as a caseworker at the candidate's office", async () => {
    const token = JSON.parse(session).token as string;
    const planning = (
      await app.inject({
        method: 'GET',
        url: '/api/pictures/planning',
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    const candidate = planning.candidates.find(
      (c: { unitType: string; office: string | null }) =>
        (c.unitType === 'provider' || c.unitType === 'municipality') && c.office && c.office !== 'HT',
    );
    expect(candidate).toBeDefined();
    const login = await app.inject({
      method: 'POST',
      url: '/api/demo/login',
      payload: { username: `saksbehandler.${candidate.office.toLowerCase()}` },
    });
    const { context, page, errors } = await signedIn(1200, login.body);
    await page.goto(base + `/risiko/planlegging?embete=${candidate.office}`);
    const card = page.locator('.candidate', { hasText: candidate.unitLabel }).first();
    await card.getByRole('button', { name: 'Planlegg tilsyn' }).click();
    await card.getByLabel('Hvorfor tilsyn nå').fill('Høy rate over tid, to metoder er enige.');
    await axe(page, 'planning');
    await card.getByRole('button', { name: 'Opprett planlagt tilsyn' }).click();
    await expect
      .poll(() => card.getByRole('status').textContent())
      .toMatch(/^Planlagt tilsyn opprettet: sak \d{4}\/\d{5}\.$/);
    const created = await db.pool.query<{ narrative: string; office_code: string }>(
      `SELECT narrative, office_code FROM cases WHERE case_type = 'planned_supervision' ORDER BY id DESC LIMIT 1`,
    );
    expect(created.rows[0]!.office_code).toBe(candidate.office);
    expect(created.rows[0]!.narrative).toContain('to metoder er enige');
    await page.screenshot({ path: screenshotPath('risk-planning'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works on a phone-sized screen: the national picture and the map fit 375 px', async () => {
    const { context, page, errors } = await signedIn(375);
    for (const [path, name, ready] of [
      ['/risiko', 'risk-national-phone', 'svg.chart'],
      ['/risiko/kart', 'risk-map-phone', 'svg.map'],
    ] as const) {
      await page.goto(base + path);
      await page.locator(ready).first().waitFor({ timeout: 20_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.screenshot({ path: screenshotPath(name), fullPage: true });
      expect(overflow, path).toBeLessThanOrEqual(0);
      await axe(page, `${path} at 375 px`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
