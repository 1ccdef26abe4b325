/**
 * Compose a letter: the kind's body from its template, inside the frame every letter shares (sender and
 * recipient, dates and references, confidentiality marking, contact paragraph, signature). Pure: the same
 * input always gives the same content, so a preview shown to the caseworker is the letter that is sent.
 */
import { paragraph, section, type LetterContent } from './content.ts';
import { formatLetterDate, formatOrgNumber, LANGUAGE_TAGS } from './format.ts';
import type { LetterInput } from './schema.ts';
import { composeBody, PHRASES } from './templates.ts';

export function composeLetter(input: LetterInput): LetterContent {
  const common = PHRASES[input.language].common;
  const body = composeBody(input);
  const { sender, recipient, caseworker } = input;
  const optional = (label: string, value: string | undefined) => (value ? [{ label, value }] : []);

  const contact = section(common.contactHeading, [
    paragraph(
      common.contact({
        caseworker: caseworker.name,
        phone: sender.phone ?? null,
        email: sender.email ?? null,
        caseNumber: input.caseNumber,
      }),
    ),
  ]);

  return {
    kind: input.kind,
    language: input.language,
    languageTag: LANGUAGE_TAGS[input.language],
    title: input.subject ? `${body.title} – ${input.subject}` : body.title,
    caseNumber: input.caseNumber,
    marking: input.confidential ? common.confidentialMarking : null,
    sender: {
      name: sender.name,
      addressLines: [...sender.addressLines],
      orgNumber: sender.orgNumber ? common.orgNumber(formatOrgNumber(sender.orgNumber)) : null,
      email: sender.email ?? null,
      phone: sender.phone ?? null,
    },
    recipient: {
      name: recipient.name,
      addressLines: recipient.address === 'digital' ? [common.sentDigitally] : [...recipient.address],
      digital: recipient.address === 'digital',
    },
    details: [
      { label: common.labels.letterDate, value: formatLetterDate(input.letterDate, input.language) },
      ...optional(common.labels.ourReference, input.ourReference),
      ...optional(common.labels.yourReference, input.yourReference),
      { label: common.labels.caseNumber, value: input.caseNumber },
      { label: common.labels.caseworker, value: caseworker.name },
    ],
    sections: [...body.sections, contact],
    // The marking is read first, so its provisions come first; a provision cited twice is listed once.
    legalReferences: [
      ...new Set([...(input.confidential ? common.confidentialReferences : []), ...body.legalReferences]),
    ],
    deadline: body.deadline,
    signature: {
      closing: common.closing,
      name: caseworker.name,
      title: caseworker.title ?? null,
      office: sender.name,
      note: common.electronicApproval,
    },
  };
}
