import { syntheticNationalId } from '../../src/domain/identifiers/index.ts';

/** A distinct synthetic national id per n (test-data convention: month + 80). */
export function personId(n: number): string {
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 1900 + (Math.floor(n / 336) % 120);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  for (let i = 0; i < 500; i++) {
    const id = syntheticNationalId(date, (n * 7 + i) % 1000, 'fnr');
    if (id) return id;
  }
  throw new Error(`no synthetic id for ${n}`);
}

/** A complaint body that passes validation; override what a test is about. */
export function complaintBody(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submitterRole: 'patient',
    complainant: {
      givenName: 'Kari',
      familyName: `Testesen ${n}`,
      nationalId: personId(n),
      email: `kari${n}@example.org`,
    },
    municipalityNumber: '0301',
    providerText: 'Legekontoret i gata',
    whatHappened: `Fastlegen ga meg feil medisin, og jeg ble dårlig i flere uker etterpå. Saksnummer ${n} i testen.`,
    happenedOn: '2026-05-02',
    desiredOutcome: 'Jeg vil at dere undersøker om legen har gjort noe galt.',
    consent: true,
    contactPreference: 'email',
    language: 'nb',
    ...overrides,
  };
}
