/**
 * Turns a supervision candidate of the latest risk run into a planned supervision case, through the case
 * core (`openCase`): the case goes to the office of the provider's (or municipality's) area, and its opening
 * document records why it was chosen — the planner's reason, the matching rules and the signals behind them.
 * Refuses (403) before it tells whether the unit is a candidate at all.
 */
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import type { UseCaseContext } from '../cases/context.ts';
import { CaseError } from '../cases/errors.ts';
import { openCase, type OpenedCase } from '../cases/open-case.ts';
import { supervisionCandidates, type Candidate } from './candidates.ts';
import { candidateSignals, latestRun } from './queries.ts';

export interface PlanSupervisionInput {
  unitType: 'provider' | 'municipality';
  unitId: string;
  reason: string;
}

const NOT_A_CANDIDATE = {
  nb: 'Enheten er ikke blant kandidatene i siste risikokjøring.',
  nn: 'Eininga er ikkje mellom kandidatane i siste risikokøyring.',
  en: 'The unit is not a candidate in the latest risk run.',
};
const UNKNOWN_UNIT = { nb: 'Fant ikke enheten.', nn: 'Fann ikkje eininga.', en: 'Unit not found.' };

async function officeOf(ctx: UseCaseContext, input: PlanSupervisionInput) {
  if (input.unitType === 'provider') {
    if (!/^\d{1,15}$/.test(input.unitId)) return undefined;
    return ctx.db
      .selectFrom('providers as p')
      .innerJoin('municipalities as m', 'm.number', 'p.municipality_number')
      .select(['p.id', 'p.name', 'm.office_code'])
      .where('p.id', '=', Number(input.unitId))
      .executeTakeFirst()
      .then((r) => r && { office: r.office_code, label: r.name, providerId: Number(r.id) });
  }
  return ctx.db
    .selectFrom('municipalities')
    .select(['number', 'name', 'office_code'])
    .where('number', '=', input.unitId)
    .executeTakeFirst()
    .then((r) => r && { office: r.office_code, label: r.name, municipalityNumber: r.number });
}

function narrative(candidate: Candidate, reason: string, asOf: string): string {
  const lines = [
    `Valgt til planlagt tilsyn fra risikobildet (kjøring per ${asOf}).`,
    `Begrunnelse: ${reason}`,
    'Regler som traff:',
    ...candidate.reasons.map(
      (r) =>
        `- ${r.label.nb}: ` +
        r.signals
          .map(
            (s) =>
              `${s.method}${s.theme ? ` (${s.theme})` : ''} observert ${s.observed}, forventet ${s.expected.toFixed(1)}, O/E ${s.ratio.toFixed(2)}`,
          )
          .join('; '),
    ),
    'Signalene er rådgivende; valget er gjort av en person.',
  ];
  return lines.join('\n');
}

export async function planSupervision(
  ctx: UseCaseContext,
  actor: Actor,
  input: PlanSupervisionInput,
  idempotencyKey: string,
): Promise<{ replayed: boolean; body: OpenedCase & { chosenBecause: string[] } }> {
  // Providers and municipalities are public registers: saying one does not exist tells nothing secret.
  const unit = await officeOf(ctx, input);
  if (!unit) throw new CaseError(404, 'not_found', UNKNOWN_UNIT);
  const decision = decide(actor, 'case.open', { officeCode: unit.office });
  if (!decision.allowed)
    throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
  const run = await latestRun(ctx.db);
  const candidate = run
    ? supervisionCandidates(await candidateSignals(ctx.db, Number(run.id))).find(
        (c) => c.unitType === input.unitType && c.unitId === input.unitId,
      )
    : undefined;
  if (!run || !candidate) throw new CaseError(409, 'not_a_candidate', NOT_A_CANDIDATE);
  const asOfValue: unknown = run.as_of;
  const asOf = (asOfValue instanceof Date ? asOfValue.toISOString() : String(asOfValue)).slice(0, 10);
  const opened = await openCase(
    ctx,
    actor,
    {
      caseType: 'planned_supervision',
      ...('providerId' in unit
        ? { providerId: unit.providerId }
        : { municipalityNumber: unit.municipalityNumber }),
      channel: 'own_initiative',
      title: `Planlagt tilsyn: ${unit.label}`.slice(0, 200),
      narrative: narrative(candidate, input.reason, asOf),
      themes: [],
      urgency: [],
      language: 'nb',
      confidential: false,
      parties: [],
    },
    idempotencyKey,
  );
  return {
    replayed: opened.replayed,
    body: { ...opened.body, chosenBecause: candidate.reasons.map((r) => r.rule) },
  };
}
