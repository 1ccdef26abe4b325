/**
 * The status page behind a secret link: where the case is, what happens next, how long such cases take at
 * this office, and the letters sent to the party. The secret speaks for the case's party: letters are read
 * with the party's own right of access (fvl. § 18), through the same policy as a signed-in party.
 */
import type { Actor } from '../access/actors.ts';
import type { UseCaseContext } from '../cases/context.ts';
import { CaseError, type Texts } from '../cases/errors.ts';
import { getLetter } from '../cases/get-letter.ts';
import type { UiLanguage } from '../http/language.ts';
import { expectedProcessing } from './expected-processing.ts';
import { stateText } from './status-texts.ts';
import { caseIdForSecret } from './status-link.ts';

/** Letters addressed to the party (a request for a statement goes to the provider, an advance notice to the
 * professional: those are not the party's letters). */
const LETTER_KINDS = ['decision', 'interim_reply'] as const;

const LETTER_NAMES: Record<string, Texts> = {
  decision: { nb: 'Avgjørelse', nn: 'Avgjerd', en: 'Decision' },
  interim_reply: { nb: 'Foreløpig svar', nn: 'Førebels svar', en: 'Interim reply' },
};

export const STATUS_NOT_FOUND: Texts = {
  nb: 'Fant ingen sak for denne lenken. Sjekk at du har kopiert hele lenken.',
  nn: 'Fann inga sak for denne lenkja. Sjekk at du har kopiert heile lenkja.',
  en: 'No case found for this link. Check that you copied the whole link.',
};

export interface CaseStatus {
  caseNumber: string;
  state: string;
  where: string;
  nextStep: string;
  receivedOn: string;
  office: string;
  expectedProcessing: {
    basedOnCases: number;
    medianDays: number | null;
    p10Days: number | null;
    p90Days: number | null;
    text: string;
  };
  letters: { id: number; title: string; kind: string; datedOn: string; url: string }[];
}

async function statusCase(ctx: UseCaseContext, secret: string) {
  const caseId = await caseIdForSecret(ctx.db, secret);
  if (caseId === undefined) throw new CaseError(404, 'not_found', STATUS_NOT_FOUND);
  return ctx.db
    .selectFrom('cases as c')
    .innerJoin('offices as o', 'o.code', 'c.office_code')
    .select([
      'c.id',
      'c.case_number',
      'c.case_type',
      'c.state',
      'c.office_code',
      'c.received_on',
      'o.name_nb',
      'o.name_nn',
      'o.name_en',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
}

export async function getStatus(ctx: UseCaseContext, secret: string, lang: UiLanguage): Promise<CaseStatus> {
  const c = await statusCase(ctx, secret);
  const [letters, expected] = await Promise.all([
    ctx.db
      .selectFrom('documents')
      .select(['id', 'kind', 'dated_on'])
      .where('case_id', '=', c.id)
      .where('direction', '=', 'outbound')
      .where('kind', 'in', LETTER_KINDS)
      .orderBy('seq')
      .execute(),
    expectedProcessing(ctx.db, c.office_code, c.case_type, ctx.today()),
  ]);
  const texts = stateText(c.state);
  return {
    caseNumber: c.case_number,
    state: c.state,
    where: texts.where[lang],
    nextStep: texts.next[lang],
    receivedOn: c.received_on,
    office: lang === 'nn' ? c.name_nn : lang === 'en' ? c.name_en : c.name_nb,
    expectedProcessing: { ...expected, text: expected.text[lang] },
    letters: letters.map((l) => ({
      id: Number(l.id),
      kind: l.kind,
      title: (LETTER_NAMES[l.kind] ?? LETTER_NAMES.decision!)[lang],
      datedOn: l.dated_on,
      url: `/api/status/${secret}/letters/${l.id}`,
    })),
  };
}

/** A letter of the case as PDF, read with the right of access of the party the link belongs to. */
export async function getStatusLetter(
  ctx: UseCaseContext,
  secret: string,
  documentId: number,
): Promise<{ pdf: Buffer; fileName: string }> {
  const c = await statusCase(ctx, secret);
  const party = await ctx.db
    .selectFrom('case_parties')
    .select('person_id')
    .where('case_id', '=', c.id)
    .orderBy('id')
    .executeTakeFirst();
  const doc = await ctx.db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', documentId)
    .where('case_id', '=', c.id)
    .where('direction', '=', 'outbound')
    .where('kind', 'in', LETTER_KINDS)
    .executeTakeFirst();
  if (!party || !doc) throw new CaseError(404, 'not_found', STATUS_NOT_FOUND);
  const actor: Actor = { kind: 'citizen', personId: Number(party.person_id) };
  const letter = await getLetter(ctx, actor, c.id, documentId, 'pdf');
  return { pdf: letter.pdf as Buffer, fileName: `${c.case_number.replace('/', '-')}-${documentId}.pdf` };
}
