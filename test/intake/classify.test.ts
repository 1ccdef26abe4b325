import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed.ts';
import {
  caseText,
  classifyText,
  DEFAULT_THRESHOLDS,
  loadLatestModel,
  loadModel,
  trainClassifier,
  trainModel,
  type TrainResult,
} from '../../src/intake/classify/index.ts';
import { isHeldOut } from '../../src/intake/classify/evaluate.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let trained: TrainResult;

beforeAll(async () => {
  db = await testDatabase();
  await seedDemo(db, { seed: 3, cases: 3000, years: 2, providers: 3000, today: '2026-06-30' });
  trained = await trainClassifier(db.db);
}, 120_000);
afterAll(async () => db?.close());

const wholeWords = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu));

describe('the intake classifier on a small seeded database', () => {
  it('beats always guessing the most common service type by a wide margin on held-out cases', async () => {
    // The baseline from the database itself, not from the module under test: the share of the most common
    // service type among the held-out cases — no constant guess can do better than that.
    const rows = await db.pool.query<{ id: number; service_type: string }>(
      'SELECT id, service_type FROM cases WHERE service_type IS NOT NULL',
    );
    const counts = new Map<string, number>();
    let heldOut = 0;
    for (const r of rows.rows) {
      if (!isHeldOut(Number(r.id))) continue;
      heldOut += 1;
      counts.set(r.service_type, (counts.get(r.service_type) ?? 0) + 1);
    }
    const baseline = Math.max(...counts.values()) / heldOut;
    expect(trained.metrics.heldOutCases).toBe(heldOut);
    expect(heldOut).toBeGreaterThan(400);
    expect(baseline).toBeLessThan(0.4);
    expect(trained.metrics.serviceTypeTop1).toBeGreaterThan(baseline + 0.4);
    expect(trained.metrics.serviceTypeTop1).toBeGreaterThanOrEqual(0.85);
    // Themes: far above what one constant theme per case would score on macro-F1.
    expect(trained.metrics.themeMacroF1).toBeGreaterThan(0.7);
    // Measured per language form too, and both forms are in the held-out set.
    const byLanguage = trained.metrics.serviceTypeTop1ByLanguage;
    expect(Object.keys(byLanguage).sort()).toEqual(['nb', 'nn']);
    expect(byLanguage.nb!.cases + byLanguage.nn!.cases).toBe(heldOut);
    expect(byLanguage.nn!.top1).toBeGreaterThan(baseline + 0.3);
  });

  it('held-out cases were not trained on: one in five by hash of the id', () => {
    const { trainCases, heldOutCases } = trained.metrics;
    expect(heldOutCases / (trainCases + heldOutCases)).toBeGreaterThan(0.15);
    expect(heldOutCases / (trainCases + heldOutCases)).toBeLessThan(0.25);
    expect(trained.heldOut.every((c) => isHeldOut(c.id))).toBe(true);
  });

  it('explains each suggestion with words that occur in the text', () => {
    const loaded = loadModel(trained.model);
    for (const c of trained.heldOut.slice(0, 100)) {
      const text = caseText(c.title, c.narrative);
      const present = wholeWords(text);
      const result = classifyText(loaded, text);
      expect(result.serviceType.topWords.length).toBeGreaterThan(0);
      for (const suggestion of [result.serviceType, ...result.themes]) {
        for (const w of suggestion.topWords) {
          expect(present.has(w.word), `"${w.word}" in: ${text}`).toBe(true);
          expect(w.weight).toBeGreaterThan(0);
        }
        expect(suggestion.probability).toBeGreaterThanOrEqual(0);
        expect(suggestion.probability).toBeLessThanOrEqual(1);
      }
    }
  });

  it('sends low-confidence texts to human triage, and confident ones on as suggestions', () => {
    const loaded = loadModel(trained.model);
    const unknown = classifyText(loaded, 'Xyzzy qwerty plugh.');
    expect(unknown.route).toBe('human_triage');
    expect(unknown.reason).toMatch(/manuell triage/);

    // A text that mixes a GP complaint with a child-welfare complaint is not confidently either.
    const mixed = classifyText(loaded, 'fastlegen barnevernstjenesten', {
      serviceType: 0.99,
      themeLogOddsGap: 1,
    });
    expect(mixed.serviceType.probability).toBeLessThan(0.99);
    expect(mixed.route).toBe('human_triage');

    let below = 0;
    for (const c of trained.heldOut) {
      const result = classifyText(loaded, caseText(c.title, c.narrative));
      const expected =
        result.serviceType.probability >= DEFAULT_THRESHOLDS.serviceType ? 'suggest' : 'human_triage';
      expect(result.route).toBe(expected);
      if (result.route === 'human_triage') below += 1;
    }
    expect(below / trained.heldOut.length).toBeCloseTo(trained.metrics.belowThresholdShare, 3);
    // What stays above the threshold is more accurate than the whole.
    expect(trained.metrics.top1AboveThreshold).toBeGreaterThan(trained.metrics.serviceTypeTop1);
  });

  it('is deterministic: the same data gives the same model, whatever the order of the rows', async () => {
    const again = await trainClassifier(db.db, { store: false });
    expect(JSON.stringify(again.model)).toBe(JSON.stringify(trained.model));
    expect(again.metrics).toEqual(trained.metrics);

    const examples = trained.heldOut.map((c) => ({
      text: caseText(c.title, c.narrative),
      serviceType: c.serviceType,
      themes: c.themes,
    }));
    const labels = trained.model.serviceTypes.labels;
    const themes = trained.model.themes.labels;
    expect(JSON.stringify(trainModel([...examples].reverse(), labels, themes))).toBe(
      JSON.stringify(trainModel(examples, labels, themes)),
    );
  });

  it('stores the model as JSON, and the stored model classifies exactly as the trained one', async () => {
    const stored = await loadLatestModel(db.db);
    expect(stored?.id).toBe(trained.modelId);
    expect(stored?.metrics).toMatchObject({ serviceTypeTop1: trained.metrics.serviceTypeTop1 });
    const text = caseText(trained.heldOut[0]!.title, trained.heldOut[0]!.narrative);
    expect(classifyText(loadModel(stored!.model), text)).toEqual(
      classifyText(loadModel(trained.model), text),
    );
  });
});
