import { syntheticNationalId } from '../domain/identifiers/index.ts';
import type { Language, PersonsTable } from '../db/schema.ts';
import { FAMILY_NAMES, GIVEN_NAMES } from './model.ts';
import type { Random } from './random.ts';

export type GeneratedPerson = Omit<PersonsTable, 'id'> & { id: number };

/**
 * Synthetic people only: national ids with month + 80 (the test-data convention), so none can be a real
 * person's. Ids are unique because each birth date hands out its individual numbers in turn.
 */
export class PersonFactory {
  private nextIndividual = new Map<string, number>();
  private nextId = 1;

  constructor(private readonly rng: Random) {}

  make(birthDate: string, language: Language, municipality: string | null): GeneratedPerson {
    const rng = this.rng;
    const nationalId = this.nationalId(birthDate);
    const given = rng.pick(GIVEN_NAMES);
    const family = rng.pick(FAMILY_NAMES);
    const id = this.nextId++;
    return {
      id,
      national_id: nationalId,
      id_kind: 'fnr',
      synthetic: true,
      given_name: given,
      family_name: family,
      // The reserved .test domain: mail can never reach anyone.
      email: rng.chance(0.6) ? `${ascii(given)}.${ascii(family)}.${id}@epost.test` : null,
      phone: null,
      preferred_language: language,
      municipality_number: municipality,
    };
  }

  private nationalId(birthDate: string): string {
    const year = Number(birthDate.slice(0, 4));
    // Individual numbers 000–499 belong to 1900–1999, 500–999 to 2000–2039.
    const first = year >= 2000 ? 500 : 0;
    const last = year >= 2000 ? 999 : 499;
    let date = birthDate;
    for (;;) {
      let n = this.nextIndividual.get(date) ?? first;
      while (n <= last) {
        const id = syntheticNationalId(date, n, 'fnr');
        n++;
        if (id) {
          this.nextIndividual.set(date, n);
          return id;
        }
      }
      this.nextIndividual.set(date, n);
      // This birth date is used up: the next day will do for a synthetic person.
      date = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
    }
  }
}

function ascii(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replace(/[^a-z]/g, '');
}
