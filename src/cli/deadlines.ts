import { readFileSync } from 'node:fs';
import { evaluateDeadlineRequest } from '../domain/calendar/index.ts';
import { osloToday } from '../cases/context.ts';
import { CliError } from './shared.ts';

/**
 * `tilsyn deadlines`: JSON in (an argument, or standard input), JSON out — the deadline engine for
 * operators. An array of requests gives an array of answers. Exit 2 when any request is invalid.
 */
export async function deadlinesCommand(json: string | undefined): Promise<void> {
  const text = json ?? readFileSync(0, 'utf8');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new CliError(
      'deadlines: the input is not valid JSON, e.g. {"kind":"appeal","receivedOn":"2026-05-04","caseType":"personnel_reaction"}',
      2,
    );
  }
  const requests = Array.isArray(input) ? input : [input];
  const answers = requests.map((r) =>
    // A processing target needs "today" for its status; the operator's today in Norway unless given.
    evaluateDeadlineRequest(
      r &&
        typeof r === 'object' &&
        (r as { kind?: unknown }).kind === 'processing_target' &&
        !(r as { today?: unknown }).today
        ? { ...r, today: osloToday() }
        : r,
    ),
  );
  process.stdout.write(JSON.stringify(Array.isArray(input) ? answers : answers[0], null, 2) + '\n');
  if (answers.some((a) => !a.ok)) process.exitCode = 2;
}
