/**
 * The caseworker's day in Chromium: sign in, take the most urgent case from the office queue, request a
 * statement (first with a field the API refuses), record it, draft and issue a decision with the letter
 * previewed, and the party's status page lists the letter; then the knowledge base and the manager's
 * workload. axe (WCAG 2.1 AA) on every staff page.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import { buildApp } from '../../src/http/app.ts';
import { createStatusLink } from '../../src/intake/status-link.ts';
import { launchBrowser, screenshotPath } from '../helpers/browser.ts';
import { complaintBody } from '../intake/helpers.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

const TODAY = '2026-06-30';
/** Pages fetch from the API after each step; give them time on a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
let db: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 3, cases: 1500, years: 2, providers: 2000, today: TODAY });
  ({ app } = await buildApp({ conn: db, logLevel: false, demoLogin: true, today: () => TODAY }));
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

async function axe(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${name}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

async function signInAs(page: Page, username: string): Promise<void> {
  await page.getByLabel('Demobruker').selectOption(username);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** Submits an action's form and waits for the API's answer, which must be a success. */
async function submitAction(page: Page, button: ReturnType<Page['getByRole']>, path: string) {
  const response = await sendAction(page, button, (r) => new URL(r.url()).pathname.endsWith(path));
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * Clicks an action's button and returns the request's answer. In CI the action's <details> was seen closed
 * again by a late re-render of the case page (about one run in three, never locally), so the click never
 * reached the button: the form is opened again and the click repeated, at most three times. Each try
 * still needs the request to go out and be answered, so a broken form fails.
 */
async function sendAction(
  page: Page,
  button: ReturnType<Page['getByRole']>,
  matches: (r: Response) => boolean,
): Promise<Response> {
  const details = button.locator('xpath=ancestor::details[1]');
  for (let attempt = 1; ; attempt++) {
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator('summary').click();
    const answer = page.waitForResponse((r) => r.request().method() !== 'GET' && matches(r), {
      timeout: attempt < 3 ? 8_000 : 20_000,
    });
    await button.click({ timeout: attempt < 3 ? 8_000 : 20_000 }).catch(() => undefined);
    try {
      return await answer;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Opens an action's form on the case page. */
async function openAction(page: Page, action: string) {
  const details = page.locator(`details[data-action="${action}"]`);
  // The case page settles first (similar cases, history, letters load after the summary): a form opened
  // while the page still re-renders could close again under the test's hands.
  await page.waitForLoadState('networkidle');
  await details.locator('summary').click();
  await poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  await details.getByRole('button').last().waitFor();
  return details;
}

describe('the staff app in Chromium', () => {
  it('takes the most urgent case from the queue through statement and decision', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Sign-in: an unsigned visit to the staff area lands here and comes back afterwards.
    await page.goto(base + '/saksbehandling/kontor');
    await poll(() => new URL(page.url()).pathname).toBe('/saksbehandling/logg-inn');
    await page.getByLabel('Demobruker').waitFor();
    await axe(page, 'sign-in');
    await shoot(page, 'staff-sign-in');
    await signInAs(page, 'saksbehandler.oslo');
    await poll(() => new URL(page.url()).pathname).toBe('/saksbehandling/kontor');

    // The office queue, narrowed to supervision cases under investigation, most urgent first.
    await page.locator('table tbody tr').first().waitFor();
    await page.getByLabel('Sakstype').selectOption('incident_supervision');
    await poll(() => new URL(page.url()).searchParams.get('caseType')).toBe('incident_supervision');
    await page.getByLabel('Status', { exact: true }).selectOption('investigating');
    await poll(() => new URL(page.url()).searchParams.get('state')).toBe('investigating');
    const token = await page.evaluate(
      () => (JSON.parse(sessionStorage.getItem('tilsyn.session') ?? '{}') as { token: string }).token,
    );
    const queue = (await (
      await fetch(`${base}/api/queues/office?office=OSLO&caseType=incident_supervision&state=investigating`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { total: number; items: { id: number; caseNumber: string; deadline: { status: string } }[] };
    expect(queue.total).toBeGreaterThan(0);
    const urgent = queue.items[0]!;
    await poll(() => page.locator('table tbody tr').first().getByRole('link').textContent()).toBe(
      urgent.caseNumber,
    );
    await poll(() => page.getByRole('status').first().textContent()).toContain(`av ${queue.total} saker`);
    await axe(page, 'queue');
    await shoot(page, 'staff-queue');

    // The case: summary, parties (logged), deadlines, actions.
    await page.locator('table tbody tr').first().getByRole('link').click();
    await poll(() => new URL(page.url()).pathname).toBe(`/saksbehandling/saker/${urgent.id}`);
    await page.getByRole('heading', { name: 'Hendelser' }).waitFor();
    await page.getByRole('heading', { name: 'Lignende avgjorte saker' }).waitFor();
    const logged = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE case_id = $1 AND action LIKE '%personal%'`,
      [urgent.id],
    );
    expect(logged.rows[0]?.n).toBeGreaterThan(0);
    await axe(page, 'case');
    await shoot(page, 'staff-case');

    // Request a statement: an empty recipient gets the API's field-level message under the field.
    let form = await openAction(page, 'request_statement');
    await form.getByLabel('Mottaker').fill('');
    const refused = await sendAction(page, form.getByRole('button', { name: 'Be om uttalelse' }), (r) =>
      r.url().includes('/statement-requests'),
    );
    expect(refused.status()).toBe(400);
    await poll(() => form.locator('.ds-validation-message').first().textContent()).toMatch(/må fylles ut/i);
    await axe(page, 'case-with-error');
    await form.getByLabel('Mottaker').fill('Virksomheten v/ledelsen');
    await form.getByLabel('Spørsmål').fill('Hva skjedde?\nHvilke rutiner gjaldt?');
    await submitAction(page, form.getByRole('button', { name: 'Be om uttalelse' }), '/statement-requests');
    await page.getByText('Utført: Be om uttalelse.').waitFor();
    await page.getByRole('table', { name: 'Fristavbrudd' }).waitFor();

    // Record the statement that came in: the clock runs again.
    form = await openAction(page, 'record_statement');
    await form.getByLabel('Uttalelsen').fill('Virksomheten har gjennomgått rutinene og beklager.');
    await submitAction(page, form.getByRole('button', { name: 'Registrer uttalelse' }), '/statements');
    await page.getByText('Utført: Registrer uttalelse.').waitFor();
    await poll(() => page.getByText('venter fortsatt').count()).toBe(0);

    // Start the assessment, then draft the decision.
    form = await openAction(page, 'start_assessment');
    await submitAction(page, form.getByRole('button', { name: 'Start vurdering' }), '/steps');
    await page.getByText('Utført: Start vurdering.').waitFor();
    await page.getByRole('link', { name: 'Skriv og fatt vedtak' }).click();
    await page.getByRole('heading', { name: /Vedtak i sak/ }).waitFor();
    await page.getByLabel('Utfall').selectOption('no_breach');
    await page.getByRole('button', { name: 'Fyll inn fra malen' }).click();
    const reasons = await page.getByLabel(/Begrunnelse/).inputValue();
    expect(reasons).toContain(urgent.caseNumber);
    expect(reasons).not.toMatch(/\{(saksnummer|mottatt|utfall)\}/);
    // The caseworker writes the parts the template leaves in brackets.
    await page
      .getByLabel(/Begrunnelse/)
      .fill(
        reasons
          .replace(
            /\[Beskriv faktum\.\]/,
            'Pasienten fikk feil dose én gang; avviket ble meldt og fulgt opp samme dag.',
          )
          .replace(
            /\[Beskriv hva som kreves[^\]]*\]/,
            'Virksomheten skal ha forsvarlige rutiner for legemiddelhåndtering. Rutinene var på plass, og feilen ble rettet.',
          ),
      );
    await page.getByRole('button', { name: 'Lagre utkast og forhåndsvis' }).click();
    await page.getByText('Utkastet er lagret.').waitFor();
    const preview = page.locator('.letter-preview');
    await poll(() => preview.locator('h1').textContent()).toBeTruthy();
    expect(await preview.locator('article').textContent()).toContain(urgent.caseNumber);
    await axe(page, 'decision');
    await shoot(page, 'staff-decision');

    await page.getByRole('button', { name: 'Fatt vedtaket' }).click();
    await poll(() => new URL(page.url()).pathname).toBe(`/saksbehandling/saker/${urgent.id}`);
    await page.getByText(/Vedtak\/avgjørelse i sak/).waitFor();
    const issued = await db.pool.query<{ outcome: string; status: string }>(
      'SELECT outcome, status FROM decisions WHERE case_id = $1',
      [urgent.id],
    );
    expect(issued.rows).toEqual([{ outcome: 'no_breach', status: 'issued' }]);
    const events = await db.pool.query<{ kind: string }>(
      'SELECT kind FROM case_events WHERE case_id = $1 ORDER BY seq',
      [urgent.id],
    );
    expect(events.rows.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['request_statement', 'record_statement', 'decision_drafted', 'issue_decision']),
    );
    // The decision letter in the journal: previewed inline, as the party reads it.
    await page
      .locator('.documents li', { hasText: 'Vedtak/avgjørelse' })
      .getByRole('button', { name: 'Forhåndsvis' })
      .click();
    await poll(() => page.locator('.documents .letter-preview h1').textContent()).toBeTruthy();
    await axe(page, 'case-decided');
    await shoot(page, 'staff-case-decided');

    // The party's status page (its secret link) lists the decision letter.
    const secret = await createStatusLink(db.db, urgent.id);
    const status = await context.newPage();
    await status.goto(`${base}/status/${secret}`);
    await status.getByRole('heading', { name: 'Brev fra oss' }).waitFor();
    await status.getByText(/^Avgjørelse, 30\. juni 2026/).waitFor();
    const statusApi = (await (await fetch(`${base}/api/status/${secret}`)).json()) as {
      letters: { kind: string; title: string }[];
    };
    expect(statusApi.letters.filter((l) => l.kind === 'decision')).toHaveLength(1);
    await status.close();

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it("keeps the JavaScript of the staff app's first page within 350 kB gzipped", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(base + '/saksbehandling');
    await signInAs(page, 'saksbehandler.oslo');
    await page.getByRole('heading', { name: 'Min kø' }).waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = [...scripts].map((path) => {
      const file = readFileSync(`web/dist${path}`);
      return { path, raw: file.length, gzip: gzipSync(file, { level: 9 }).length };
    });
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    console.log(
      `staff first page: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} kB gzipped ` +
        `(${sizes.map((s) => `${s.path.replace('/assets/', '')} ${(s.gzip / 1024).toFixed(1)}`).join(', ')})`,
    );
    expect(sizes.some((s) => /StaffArea/.test(s.path))).toBe(true);
    expect(sizes.some((s) => /CasePage|DecisionPage|SearchPage/.test(s.path))).toBe(false);
    expect(total).toBeLessThanOrEqual(350 * 1024);
    await context.close();
  });

  it('shows what triage found for a complaint that came in through the form', async () => {
    const submitted = await fetch(`${base}/api/intake/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `staff-e2e-intake-${Date.now()}` },
      body: JSON.stringify(
        complaintBody(4242, {
          whatHappened:
            'Mor falt om natten på sykehjemmet og ble liggende til morgenen. Hun døde to dager etter fallet.',
        }),
      ),
    });
    expect(submitted.status).toBe(201);
    const { caseId } = (await submitted.json()) as { caseId: number };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/saksbehandling/saker/${caseId}`);
    await signInAs(page, 'saksbehandler.oslo');
    const intake = page.locator('section', { has: page.getByRole('heading', { name: /^Mottak/ }) });
    await intake.waitFor();
    await poll(() => intake.textContent()).toMatch(/utløst av: .*«døde»/);
    await axe(page, 'case-intake');
    await shoot(page, 'staff-case-intake');
    await context.close();
  });

  it('fits a phone-sized screen: queue and case without sideways scrolling of the page', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(base + '/saksbehandling/kontor');
    await signInAs(page, 'saksbehandler.oslo');
    await page.locator('table tbody tr').first().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator('table tbody tr').first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Lignende avgjorte saker' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shoot(page, 'staff-case-phone');
    await context.close();
  });

  it('searches the national knowledge base with facets, other offices pseudonymised', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/saksbehandling/sok');
    await signInAs(page, 'saksbehandler.oslo');
    await page.getByRole('searchbox', { name: 'Søk i saker' }).fill('sykehjem');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await poll(() => new URL(page.url()).searchParams.get('q')).toBe('sykehjem');
    await page.locator('.results li').first().waitFor();
    await poll(() => page.locator('.snippet mark').count()).toBeGreaterThan(0);
    await poll(() => page.getByText('Pseudonymisert').count()).toBeGreaterThan(0);
    await axe(page, 'search');
    await shoot(page, 'staff-search');
    // A facet narrows the hits to what its count said.
    const facet = page.getByRole('group', { name: 'Embete' }).locator('label').first();
    const expected = Number(/\((\d+)\)$/.exec((await facet.textContent()) ?? '')?.[1]);
    expect(expected).toBeGreaterThan(0);
    await facet.click();
    await poll(() => page.getByRole('status').first().textContent()).toBe(`${expected} treff`);
    await axe(page, 'search-faceted');
    await context.close();
  });

  it('shows the office manager the workload per caseworker, in nynorsk and English too', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/saksbehandling/arbeidsmengde');
    await signInAs(page, 'leder.oslo');
    await page.getByRole('heading', { name: /^Arbeidsmengde i Statsforvalteren i Østfold/ }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await axe(page, 'workload');
    await shoot(page, 'staff-workload');
    for (const [button, heading] of [
      ['Nynorsk', /^Arbeidsmengd i Statsforvaltaren i Østfold/],
      ['English', /^Workload at The State Administrator of Østfold/],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      await axe(page, `workload-${button}`);
    }
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await context.close();
  });
});
