/**
 * A letter in the case's journal as the recipient receives it: composed from the case, the decision or the
 * statement request, in the party's language (bokmål or nynorsk), as PDF or as a preview.
 */
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import { appealRouteOf, CASE_TYPE_DEFINITIONS } from '../domain/cases/case-types.ts';
import { appealDeadline } from '../domain/calendar/index.ts';
import type { UseCaseContext } from './context.ts';
import { CASE_NOT_FOUND, CaseError } from './errors.ts';
import {
  composeLetter,
  letterToHtml,
  renderLetter,
  validateLetterInput,
  type LetterContent,
  type LetterInput,
} from './letters/index.ts';
import { loadCase } from './repository.ts';

const LETTER_DOCUMENTS = new Set(['decision', 'request_for_statement', 'interim_reply', 'advance_notice']);
const NO_LETTER = {
  nb: 'Dokumentet er ikke et brev fra embetet.',
  nn: 'Dokumentet er ikkje eit brev frå embetet.',
  en: 'The document is not a letter from the office.',
};

/** The wait (and its response deadline) that a letter asking for an answer started. */
function suspensionOf(ctx: UseCaseContext, documentId: number) {
  return ctx.db
    .selectFrom('case_suspensions')
    .selectAll()
    .where('document_id', '=', documentId)
    .executeTakeFirst();
}

export async function letterInput(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  documentId: number,
): Promise<LetterInput> {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) throw new CaseError(404, 'not_found', CASE_NOT_FOUND);
  const decision = decide(actor, 'case.read_documents', loaded.resource);
  if (!decision.allowed)
    throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
  const { row } = loaded;
  const doc = await ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('id', '=', documentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!doc)
    throw new CaseError(404, 'not_found', {
      nb: 'Fant ikke dokumentet.',
      nn: 'Fann ikkje dokumentet.',
      en: 'Document not found.',
    });
  if (doc.direction !== 'outbound' || !LETTER_DOCUMENTS.has(doc.kind))
    throw new CaseError(404, 'not_a_letter', NO_LETTER);

  const { language, common, partyRecipient } = await letterFrame(ctx, row, {
    language: doc.language,
    datedOn: doc.dated_on,
    authorId: doc.author_id,
  });
  if (doc.kind === 'interim_reply') {
    const stored = JSON.parse(doc.body ?? '{}') as {
      expectedAnswerBy?: string | null;
      delayExplanation?: string | null;
    };
    const waiting = await ctx.db
      .selectFrom('case_suspensions')
      .select('id')
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    return {
      kind: 'interim_reply',
      ...common,
      recipient: partyRecipient,
      receivedOn: row.received_on,
      expectedAnswerBy: stored.expectedAnswerBy ?? doc.dated_on,
      delayReasons: waiting ? ['statement_needed'] : ['caseload'],
      ...(stored.delayExplanation ? { delayExplanation: stored.delayExplanation } : {}),
    } as LetterInput;
  }
  if (doc.kind === 'advance_notice') {
    const suspension = await suspensionOf(ctx, doc.id);
    return {
      kind: 'advance_notice',
      ...common,
      recipient: { name: 'Helsepersonellet', address: 'digital' },
      consideredDecision:
        doc.body ??
        (language === 'nn'
          ? 'Statens helsetilsyn vurderer ein administrativ reaksjon.'
          : 'Statens helsetilsyn vurderer en administrativ reaksjon.'),
      consideredLegalBasis: [CASE_TYPE_DEFINITIONS[row.case_type].legalBasis],
      facts: row.title,
      commentDeadline: suspension?.response_deadline ?? doc.dated_on,
    } as LetterInput;
  }
  if (doc.kind === 'request_for_statement') {
    const suspension = await suspensionOf(ctx, doc.id);
    return {
      kind: 'request_for_statement',
      ...common,
      recipient: {
        name: suspension?.requested_from ?? (language === 'nn' ? 'Verksemda' : 'Virksomheten'),
        address: 'digital',
      },
      recipientRole:
        row.case_type === 'personnel_reaction' && row.professional_id ? 'professional' : 'provider',
      caseSummary: row.title,
      questions: (doc.body ?? '')
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean)
        .slice(0, 30)
        .concat(
          doc.body
            ? []
            : [
                language === 'nn'
                  ? 'Kva skjedde, og korleis følgde de opp?'
                  : 'Hva skjedde, og hvordan fulgte dere opp?',
              ],
        ),
      requestedDocuments: [],
      responseDeadline: suspension?.response_deadline ?? doc.dated_on,
      shareWithComplainant: row.case_type === 'incident_supervision',
    } as LetterInput;
  }

  const decisionRow = await ctx.db
    .selectFrom('decisions')
    .selectAll()
    .where('document_id', '=', doc.id)
    .executeTakeFirst();
  if (!decisionRow) throw new CaseError(404, 'not_a_letter', NO_LETTER);
  return decisionLetterInput(row.case_type, row.title, language, common, partyRecipient, {
    outcome: decisionRow.outcome,
    legalBasis: decisionRow.legal_basis,
    reasons: decisionRow.reasons,
    appealDeadline: decisionRow.appeal_deadline,
  });
}

type LoadedRow = NonNullable<Awaited<ReturnType<typeof loadCase>>>['row'];

/** Sender, recipient (the party), date, caseworker and language: what every letter of the case shares. */
async function letterFrame(
  ctx: UseCaseContext,
  row: LoadedRow,
  doc: { language: string; datedOn: string; authorId: number | null },
) {
  const caseId = row.id;
  const [office, party, author] = await Promise.all([
    ctx.db
      .selectFrom('offices')
      .select(['name_nb', 'name_nn'])
      .where('code', '=', row.office_code)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('case_parties as cp')
      .innerJoin('persons as p', 'p.id', 'cp.person_id')
      .select(['p.given_name', 'p.family_name', 'cp.preferred_language'])
      .where('cp.case_id', '=', caseId)
      .where('cp.role', 'in', ['complainant', 'next_of_kin', 'parent', 'representative', 'patient'])
      .orderBy('cp.id')
      .executeTakeFirst(),
    doc.authorId
      ? ctx.db.selectFrom('users').select('name').where('id', '=', doc.authorId).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  // The party's choice of language form; English-speaking parties get bokmål letters (letters are nb/nn).
  const language = (
    party?.preferred_language === 'nn'
      ? 'nn'
      : party?.preferred_language === 'nb'
        ? 'nb'
        : doc.language === 'nn'
          ? 'nn'
          : 'nb'
  ) as 'nb' | 'nn';
  const officeName = language === 'nn' ? office.name_nn : office.name_nb;
  const common = {
    language,
    sender: { name: officeName, addressLines: ['Postmottak'] },
    caseNumber: row.case_number,
    letterDate: doc.datedOn,
    caseworker: { name: author?.name ?? officeName },
    confidential: row.confidential,
  };

  const partyRecipient = {
    name: party ? `${party.given_name} ${party.family_name}` : officeName,
    address: 'digital' as const,
  };
  return { language, common, partyRecipient };
}

function decisionLetterInput(
  caseType: LoadedRow['case_type'],
  facts: string,
  language: 'nb' | 'nn',
  common: Awaited<ReturnType<typeof letterFrame>>['common'],
  recipient: Awaited<ReturnType<typeof letterFrame>>['partyRecipient'],
  decisionRow: { outcome: string; legalBasis: string[]; reasons: string; appealDeadline: string | null },
): LetterInput {
  const outcome = CASE_TYPE_DEFINITIONS[caseType].outcomes.find((o) => o.code === decisionRow.outcome);
  const route = appealRouteOf(caseType, decisionRow.outcome);
  const decisionType = route
    ? 'individual_decision'
    : outcome?.individualDecision
      ? 'appeal_decision'
      : 'supervisory_conclusion';
  return {
    kind: 'decision',
    ...common,
    recipient,
    decisionType,
    outcomeLabel: outcome ? outcome[language] : decisionRow.outcome,
    legalBasis: decisionRow.legalBasis,
    reasons: { facts, considerations: decisionRow.reasons },
    ...(route && decisionRow.appealDeadline
      ? { appeal: { route, deadline: decisionRow.appealDeadline } }
      : {}),
  } as LetterInput;
}

/**
 * The decision draft as the party would receive it if it were issued today (appeal deadline counted from
 * today, as issuing does), so the caseworker previews exactly the letter that will go out.
 */
export async function getDraftLetter(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  format: 'pdf' | 'html',
): Promise<{ pdf?: Buffer; html?: string; content: LetterContent }> {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) throw new CaseError(404, 'not_found', CASE_NOT_FOUND);
  const decision = decide(actor, 'case.draft_decision', loaded.resource);
  if (!decision.allowed)
    throw new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
  const { row } = loaded;
  const draft = await ctx.db
    .selectFrom('decisions')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (!draft)
    throw new CaseError(404, 'no_draft', {
      nb: 'Saken har ikke noe utkast til vedtak.',
      nn: 'Saka har ikkje noko utkast til vedtak.',
      en: 'The case has no decision draft.',
    });
  const today = ctx.today();
  const { language, common, partyRecipient } = await letterFrame(ctx, row, {
    language: draft.language,
    datedOn: today,
    authorId: actor.kind === 'staff' ? actor.userId : null,
  });
  const route = appealRouteOf(row.case_type, draft.outcome);
  const input = decisionLetterInput(row.case_type, row.title, language, common, partyRecipient, {
    outcome: draft.outcome,
    legalBasis: draft.legal_basis,
    reasons: draft.reasons,
    appealDeadline: route ? appealDeadline(today, route).deadline : null,
  });
  return render(input, `draft of case ${caseId}`, format);
}

async function render(input: LetterInput, what: string, format: 'pdf' | 'html') {
  const checked = validateLetterInput(input);
  if (!checked.ok) throw new Error(`letter input for ${what} is invalid: ${JSON.stringify(checked.errors)}`);
  const content = composeLetter(checked.input);
  return format === 'pdf'
    ? { pdf: await renderLetter(checked.input), content }
    : { html: letterToHtml(content), content };
}

export async function getLetter(
  ctx: UseCaseContext,
  actor: Actor,
  caseId: number,
  documentId: number,
  format: 'pdf' | 'html',
): Promise<{ pdf?: Buffer; html?: string; content: LetterContent }> {
  return render(await letterInput(ctx, actor, caseId, documentId), `document ${documentId}`, format);
}
