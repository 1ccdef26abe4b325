import type { GeneratedProvider } from './providers.ts';
import { FAMILY_NAMES, GIVEN_NAMES, PROFESSIONS } from './model.ts';
import type { Random } from './random.ts';

export interface GeneratedProfessional {
  id: number;
  hpr_number: string | null;
  name: string;
  profession: string;
  authorised: boolean;
  birth_year: number;
}

export interface GeneratedEmployment {
  id: number;
  professional_id: number;
  provider_id: number;
  from_date: string;
  to_date: string | null;
}

export interface Workforce {
  professionals: GeneratedProfessional[];
  employments: GeneratedEmployment[];
  /** Employments by provider id, for naming a professional in a case at that provider and date. */
  byProvider: Map<number, GeneratedEmployment[]>;
  /** Professionals who changed employer, with both employments (used to plant repeat events). */
  movers: { professional: GeneratedProfessional; first: GeneratedEmployment; second: GeneratedEmployment }[];
}

/** Share of professionals who move to another employer during the period. */
const MOVE_SHARE = 0.18;
/** Unauthorised staff (assistants, students) are health personnel too, without an HPR number. */
const AUTHORISED_SHARE = 0.92;

/**
 * Health personnel employed by providers; some move between employers, so a professional's history crosses
 * providers (and sometimes offices) — the national body must see it whole.
 */
export function generateWorkforce(
  rng: Random,
  providers: readonly GeneratedProvider[],
  count: number,
  periodStart: string,
  periodEnd: string,
): Workforce {
  const byType = new Map<string, GeneratedProvider[]>();
  for (const p of providers) {
    if (p.isParentOnly) continue;
    const list = byType.get(p.service_type) ?? [];
    list.push(p);
    byType.set(p.service_type, list);
  }
  const professionals: GeneratedProfessional[] = [];
  const employments: GeneratedEmployment[] = [];
  const movers: Workforce['movers'] = [];
  let hpr = 1_000_000 + rng.int(0, 2_000_000);
  const startYear = Number(periodStart.slice(0, 4));
  const startMs = Date.parse(periodStart);
  const spanDays = Math.max(1, (Date.parse(periodEnd) - startMs) / 86_400_000);
  const professionWeights = PROFESSIONS.map((p) => p.weight);
  const candidatesOf = new Map(
    PROFESSIONS.map((p) => [p.code, p.serviceTypes.flatMap((t) => byType.get(t) ?? [])]),
  );

  for (let i = 0; i < count; i++) {
    const profession = rng.weighted(PROFESSIONS, professionWeights);
    const candidates = candidatesOf.get(profession.code) ?? [];
    if (candidates.length === 0) continue;
    const authorised = rng.chance(AUTHORISED_SHARE);
    const professional: GeneratedProfessional = {
      id: professionals.length + 1,
      hpr_number: authorised ? String((hpr += rng.int(1, 40))) : null,
      name: `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`,
      profession: profession.code,
      authorised,
      birth_year: startYear - rng.int(24, 64),
    };
    professionals.push(professional);
    const employer = rng.pick(candidates);
    const hired = isoDate(startMs - rng.int(30, 3650) * 86_400_000);
    const first: GeneratedEmployment = {
      id: employments.length + 1,
      professional_id: professional.id,
      provider_id: employer.id,
      from_date: hired,
      to_date: null,
    };
    employments.push(first);
    if (rng.chance(MOVE_SHARE)) {
      let next = rng.pick(candidates);
      if (next.id === employer.id) next = rng.pick(candidates);
      if (next.id !== employer.id) {
        const moved = isoDate(
          startMs + rng.int(Math.floor(spanDays * 0.25), Math.floor(spanDays * 0.75)) * 86_400_000,
        );
        first.to_date = moved;
        const second: GeneratedEmployment = {
          id: employments.length + 1,
          professional_id: professional.id,
          provider_id: next.id,
          from_date: moved,
          to_date: null,
        };
        employments.push(second);
        movers.push({ professional, first, second });
      }
    }
  }
  const byProvider = new Map<number, GeneratedEmployment[]>();
  for (const e of employments) {
    const list = byProvider.get(e.provider_id) ?? [];
    list.push(e);
    byProvider.set(e.provider_id, list);
  }
  return { professionals, employments, byProvider, movers };
}

/** An employee of the provider on the date, if it has any. */
export function employeeOn(
  rng: Random,
  workforce: Workforce,
  providerId: number,
  date: string,
): number | null {
  const list = workforce.byProvider.get(providerId);
  if (!list) return null;
  for (let tries = 0; tries < 4; tries++) {
    const e = rng.pick(list);
    if (e.from_date <= date && (e.to_date === null || e.to_date > date)) return e.professional_id;
  }
  return null;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
