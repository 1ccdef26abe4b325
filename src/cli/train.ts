import { migrate } from '../db/migrate.ts';
import { trainClassifier } from '../intake/classify/train-classifier.ts';
import { CliError, configOrExit, connectFromConfig } from './shared.ts';

/**
 * `tilsyn train`: retrain the intake classifier on the case history in the current database, store it as the
 * model in use, and print its held-out figures — a retrain that got worse should be seen, not assumed.
 */
export async function trainCommand(): Promise<void> {
  const conn = await connectFromConfig(configOrExit());
  try {
    await migrate(conn.db);
    let result;
    try {
      result = await trainClassifier(conn.db);
    } catch (error) {
      throw new CliError(`train: ${(error as Error).message} (load data first with \`tilsyn seed\`)`);
    }
    const m = result.metrics;
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    process.stdout.write(
      [
        `classifier model ${result.modelId}: trained on ${m.trainCases} cases, measured on ${m.heldOutCases} held-out cases in ${result.seconds.toFixed(1)} s`,
        `service type top-1 accuracy: ${m.serviceTypeTop1.toFixed(4)} (majority-class baseline ${m.majorityBaselineTop1.toFixed(4)})`,
        `theme macro-F1: ${m.themeMacroF1.toFixed(4)}`,
        `below the ${m.thresholds.serviceType} threshold (to human triage): ${pct(m.belowThresholdShare)}; top-1 above it: ${m.top1AboveThreshold.toFixed(4)}`,
      ].join('\n') + '\n',
    );
  } finally {
    await conn.close();
  }
}
