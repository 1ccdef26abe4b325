/**
 * The classifier benchmark behind `npm run bench` (block `classify`): the default demo data in an in-memory
 * PGlite, trained and measured on its held-out fifth, and the time to classify one text. Performance is
 * measured here, never in timed tests.
 */
import { connect } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { seedDemo } from '../../demo/seed.ts';
import { caseText, classifyText } from './classify.ts';
import { quantile } from './evaluate.ts';
import { loadModel } from './model.ts';
import { trainClassifier } from './train-classifier.ts';

export interface ClassifyBenchmark {
  trainCases: number;
  heldOutCases: number;
  serviceTypeTop1: number;
  majorityBaselineTop1: number;
  serviceTypeTop1ByLanguage: Record<string, { cases: number; top1: number }>;
  themeMacroF1: number;
  serviceTypeThreshold: number;
  belowThresholdShare: number;
  top1AboveThreshold: number;
  trainSeconds: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  vocabulary: number;
  modelJsonBytes: number;
}

export async function benchClassify(): Promise<ClassifyBenchmark> {
  const conn = await connect({ memory: true });
  try {
    await migrate(conn.db);
    await seedDemo(conn, { seed: 1, cases: 25_000, years: 5, providers: 50_000, today: '2026-11-15' });
    const trained = await trainClassifier(conn.db, { store: false });
    const loaded = loadModel(trained.model);
    const texts = trained.heldOut.map((c) => caseText(c.title, c.narrative));
    for (const text of texts.slice(0, 200)) classifyText(loaded, text); // warm up the JIT
    const times: number[] = [];
    for (const text of texts) {
      const started = performance.now();
      classifyText(loaded, text);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const m = trained.metrics;
    const ms = (x: number) => Math.round(x * 1000) / 1000;
    return {
      trainCases: m.trainCases,
      heldOutCases: m.heldOutCases,
      serviceTypeTop1: m.serviceTypeTop1,
      majorityBaselineTop1: m.majorityBaselineTop1,
      serviceTypeTop1ByLanguage: m.serviceTypeTop1ByLanguage,
      themeMacroF1: m.themeMacroF1,
      serviceTypeThreshold: m.thresholds.serviceType,
      belowThresholdShare: m.belowThresholdShare,
      top1AboveThreshold: m.top1AboveThreshold,
      trainSeconds: Math.round(trained.seconds * 10) / 10,
      latencyP50Ms: ms(quantile(times, 0.5)),
      latencyP95Ms: ms(quantile(times, 0.95)),
      vocabulary: trained.model.vocabulary.length,
      modelJsonBytes: JSON.stringify(trained.model).length,
    };
  } finally {
    await conn.close();
  }
}
