/**
 * Signals about a health professional name the person ("Kari Nordmann (lege)"). The policy
 * 'risk.read_professional_names' says who may see the name; everyone else who reads the risk pictures gets
 * the profession and a pseudonym made from the register's internal number, which only the register links
 * to a person. Every presenter of a signal or candidate label goes through `unitLabelFor`.
 */
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';

export function mayReadProfessionalNames(actor: Actor): boolean {
  return decide(actor, 'risk.read_professional_names').allowed;
}

export function pseudonymousProfessional(unitId: string, label: string): string {
  const profession = /\(([^()]+)\)\s*$/.exec(label)?.[1];
  return `Helsepersonell HP-${unitId}${profession ? ` (${profession})` : ''}`;
}

/** The unit's label as this reader may see it. */
export function unitLabelFor(
  namesAllowed: boolean,
  unit: { unitType: string; unitId: string; unitLabel: string },
): string {
  return unit.unitType === 'professional' && !namesAllowed
    ? pseudonymousProfessional(unit.unitId, unit.unitLabel)
    : unit.unitLabel;
}
