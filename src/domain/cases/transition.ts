/**
 * Decides whether an action may be taken on a case in its current state, and where it leads. Pure: the
 * use cases call it before writing anything, so a refused action changes nothing.
 */
import { CASE_TYPE_DEFINITIONS, type CaseType } from './case-types.ts';
import {
  STATE_MACHINES,
  type CaseAction,
  type RequiredField,
  type TransitionRule,
} from './state-machines.ts';

export interface TransitionInput {
  action: string;
  outcome?: string | null;
  reason?: string | null;
  legalBasis?: readonly string[] | null;
  reasons?: string | null;
  responseDeadline?: string | null;
  recipient?: string | null;
  statement?: string | null;
}

export interface Texts {
  nb: string;
  nn: string;
  en: string;
}

export interface TransitionError {
  field: string;
  code: 'unknown_action' | 'not_allowed_in_state' | 'required' | 'outcome_not_allowed';
  texts: Texts;
}

export type TransitionPlan =
  | { ok: true; rule: TransitionRule; from: string; to: string; outcome: string | null }
  | { ok: false; errors: TransitionError[] };

const FIELD_LABEL: Record<RequiredField, Texts> = {
  reason: {
    nb: 'begrunnelse for handlingen',
    nn: 'grunngiving for handlinga',
    en: 'a reason for the action',
  },
  outcome: { nb: 'utfall', nn: 'utfall', en: 'an outcome' },
  legalBasis: { nb: 'rettslig grunnlag', nn: 'rettsleg grunnlag', en: 'the legal basis' },
  reasons: {
    nb: 'begrunnelse (fvl. §§ 24–25)',
    nn: 'grunngiving (fvl. §§ 24–25)',
    en: 'the reasons (fvl. §§ 24–25)',
  },
  responseDeadline: { nb: 'svarfrist', nn: 'svarfrist', en: 'a response deadline' },
  recipient: { nb: 'mottaker', nn: 'mottakar', en: 'a recipient' },
  statement: { nb: 'uttalelsen', nn: 'fråsegna', en: 'the statement' },
};

function present(input: TransitionInput, field: RequiredField): boolean {
  const value = input[field];
  if (Array.isArray(value))
    return value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== '');
  return typeof value === 'string' && value.trim() !== '';
}

export function planTransition(caseType: CaseType, state: string, input: TransitionInput): TransitionPlan {
  const machine = STATE_MACHINES[caseType];
  const rules = machine.transitions.filter((r) => r.action === input.action);
  const typeName = CASE_TYPE_DEFINITIONS[caseType];
  if (rules.length === 0) {
    return {
      ok: false,
      errors: [
        {
          field: 'action',
          code: 'unknown_action',
          texts: {
            nb: `Handlingen «${input.action}» finnes ikke for sakstypen ${typeName.nb.toLowerCase()}.`,
            nn: `Handlinga «${input.action}» finst ikkje for sakstypen ${typeName.nn.toLowerCase()}.`,
            en: `The action "${input.action}" does not exist for ${typeName.en.toLowerCase()} cases.`,
          },
        },
      ],
    };
  }
  const rule = rules.find((r) => r.from.includes(state));
  if (!rule) {
    const allowed = [...new Set(rules.flatMap((r) => r.from))].join(', ');
    return {
      ok: false,
      errors: [
        {
          field: 'action',
          code: 'not_allowed_in_state',
          texts: {
            nb: `Saken står i tilstanden «${state}». «${rules[0]!.nb}» kan bare gjøres i: ${allowed}.`,
            nn: `Saka står i tilstanden «${state}». «${rules[0]!.nn}» kan berre gjerast i: ${allowed}.`,
            en: `The case is in the state "${state}". "${rules[0]!.en}" is only possible in: ${allowed}.`,
          },
        },
      ],
    };
  }
  const errors: TransitionError[] = [];
  for (const field of rule.requires) {
    if (!present(input, field)) {
      const label = FIELD_LABEL[field];
      errors.push({
        field,
        code: 'required',
        texts: { nb: `Fyll inn ${label.nb}.`, nn: `Fyll inn ${label.nn}.`, en: `Give ${label.en}.` },
      });
    }
  }
  let outcome: string | null = null;
  if (rule.outcomes.length > 0) {
    outcome = input.outcome ?? (rule.outcomes.length === 1 ? (rule.outcomes[0] as string) : null);
    if (outcome !== null && !rule.outcomes.includes(outcome)) {
      errors.push({
        field: 'outcome',
        code: 'outcome_not_allowed',
        texts: {
          nb: `Utfallet «${outcome}» passer ikke her. Velg ett av: ${rule.outcomes.join(', ')}.`,
          nn: `Utfallet «${outcome}» passar ikkje her. Vel eitt av: ${rule.outcomes.join(', ')}.`,
          en: `The outcome "${outcome}" does not fit here. Choose one of: ${rule.outcomes.join(', ')}.`,
        },
      });
    }
  } else if (input.outcome) {
    errors.push({
      field: 'outcome',
      code: 'outcome_not_allowed',
      texts: {
        nb: 'Denne handlingen setter ikke noe utfall.',
        nn: 'Denne handlinga set ikkje noko utfall.',
        en: 'This action sets no outcome.',
      },
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const to = rule.to === 'stay' ? state : (outcome && rule.toByOutcome?.[outcome]) || rule.to;
  return { ok: true, rule, from: state, to, outcome };
}

/** Every action the case type knows, for forms and docs. */
export function actionsOf(caseType: CaseType): CaseAction[] {
  return [...new Set(STATE_MACHINES[caseType].transitions.map((r) => r.action))];
}

/** The actions possible from a state, for the case view's buttons. */
export function availableActions(caseType: CaseType, state: string): TransitionRule[] {
  return STATE_MACHINES[caseType].transitions.filter((r) => r.from.includes(state));
}
