import type { LocalisedText } from '../domain/identifiers/messages.ts';
import type { Role } from './actors.ts';
import type { PolicyRow } from './policy-table.ts';

/**
 * Why a decision went the way it did, in the three languages. The text is shown to the user (a refusal
 * must say why, so the person knows whom to ask) and written to the log; the code is what programs match on
 * (the HTTP layer answers `login_required` with 401 and the other refusals with 403).
 */
export type AllowCode =
  | 'public'
  | 'own_office'
  | 'all_offices'
  | 'pseudonymised'
  | 'staff_role'
  | 'party'
  | 'own_provider'
  | 'self';

export type DenyCode =
  | 'unknown_action'
  | 'no_resource'
  | 'login_required'
  | 'disqualified'
  | 'confidential'
  | 'other_office'
  | 'role'
  | 'not_party'
  | 'not_own_provider'
  | 'not_for_you'
  | 'key_scope';

export type ReasonCode = AllowCode | DenyCode;

const ROLE_NAMES: Record<Role, LocalisedText> = {
  caseworker: { nb: 'saksbehandler', nn: 'saksbehandlar', en: 'caseworker' },
  office_manager: { nb: 'leder', nn: 'leiar', en: 'office manager' },
  national_lawyer: { nb: 'jurist ved Helsetilsynet', nn: 'jurist ved Helsetilsynet', en: 'national lawyer' },
  analyst: { nb: 'analytiker', nn: 'analytikar', en: 'analyst' },
  administrator: { nb: 'administrator', nn: 'administrator', en: 'administrator' },
};

export function roleName(role: Role): LocalisedText {
  return ROLE_NAMES[role];
}

type Label = PolicyRow['label'];

/** The reason text for a code; `role`, `label` and `office` fill in the details where the text needs them. */
export function reasonText(
  code: ReasonCode,
  detail: { label?: Label; role?: Role; office?: string } = {},
): LocalisedText {
  const what = detail.label ?? { nb: 'dette', nn: 'dette', en: 'do this' };
  const role = detail.role ? ROLE_NAMES[detail.role] : { nb: '', nn: '', en: '' };
  const office = detail.office ?? '';
  switch (code) {
    case 'public':
      return {
        nb: 'Tillatt: dette er åpent for alle.',
        nn: 'Tillate: dette er ope for alle.',
        en: 'Allowed: this is open to everyone.',
      };
    case 'own_office':
      return {
        nb: `Tillatt: du er ${role.nb} ved ${office}.`,
        nn: `Tillate: du er ${role.nn} ved ${office}.`,
        en: `Allowed: you are a ${role.en} at ${office}.`,
      };
    case 'all_offices':
      return {
        nb: `Tillatt: som ${role.nb} kan du ${what.nb} ved alle embeter.`,
        nn: `Tillate: som ${role.nn} kan du ${what.nn} ved alle embete.`,
        en: `Allowed: as a ${role.en} you may ${what.en} at every office.`,
      };
    case 'pseudonymised':
      return {
        nb: 'Tillatt uten personopplysninger: du ser saken pseudonymisert, slik den er i den nasjonale kunnskapsbasen.',
        nn: 'Tillate utan personopplysingar: du ser saka pseudonymisert, slik ho er i den nasjonale kunnskapsbasen.',
        en: 'Allowed without personal data: you see the case pseudonymised, as it is in the national knowledge base.',
      };
    case 'staff_role':
      return {
        nb: `Tillatt: rollen ${role.nb} gir tilgang til å ${what.nb}.`,
        nn: `Tillate: rolla ${role.nn} gir tilgang til å ${what.nn}.`,
        en: `Allowed: the ${role.en} role may ${what.en}.`,
      };
    case 'party':
      return {
        nb: 'Tillatt: du er part i saken.',
        nn: 'Tillate: du er part i saka.',
        en: 'Allowed: you are a party to the case.',
      };
    case 'own_provider':
      return {
        nb: 'Tillatt: saken gjelder virksomheten din.',
        nn: 'Tillate: saka gjeld verksemda di.',
        en: 'Allowed: the case concerns your organisation.',
      };
    case 'self':
      return { nb: 'Tillatt.', nn: 'Tillate.', en: 'Allowed.' };
    case 'unknown_action':
      return {
        nb: 'Avslått: handlingen er ukjent for tilgangsreglene.',
        nn: 'Avslått: handlinga er ukjend for tilgangsreglane.',
        en: 'Denied: the access rules do not know this action.',
      };
    case 'no_resource':
      return {
        nb: 'Avslått: det er ikke oppgitt hvilken sak eller hvilket embete det gjelder.',
        nn: 'Avslått: det er ikkje oppgitt kva sak eller kva embete det gjeld.',
        en: 'Denied: no case or office was given.',
      };
    case 'login_required':
      return {
        nb: `Avslått: du må logge inn for å ${what.nb}.`,
        nn: `Avslått: du må logge inn for å ${what.nn}.`,
        en: `Denied: you must log in to ${what.en}.`,
      };
    case 'disqualified':
      return {
        nb: 'Avslått: du er registrert som inhabil i denne saken og har ikke tilgang til den.',
        nn: 'Avslått: du er registrert som inhabil i denne saka og har ikkje tilgang til ho.',
        en: 'Denied: you are recorded as disqualified (inhabil) in this case and have no access to it.',
      };
    case 'confidential':
      return {
        nb: `Avslått: saken er skjermet. Bare saksbehandlere, ledere og jurister ved ${office} har tilgang.`,
        nn: `Avslått: saka er skjerma. Berre saksbehandlarar, leiarar og juristar ved ${office} har tilgang.`,
        en: `Denied: the case is confidential (skjermet). Only caseworkers, managers and lawyers at ${office} have access.`,
      };
    case 'other_office':
      return {
        nb: `Avslått: du har ingen rolle ved ${office} som gir tilgang til å ${what.nb}.`,
        nn: `Avslått: du har inga rolle ved ${office} som gir tilgang til å ${what.nn}.`,
        en: `Denied: you hold no role at ${office} that may ${what.en}.`,
      };
    case 'role':
      return {
        nb: `Avslått: ingen av rollene dine gir tilgang til å ${what.nb}.`,
        nn: `Avslått: ingen av rollene dine gir tilgang til å ${what.nn}.`,
        en: `Denied: none of your roles may ${what.en}.`,
      };
    case 'not_party':
      return {
        nb: 'Avslått: du er ikke part i denne saken.',
        nn: 'Avslått: du er ikkje part i denne saka.',
        en: 'Denied: you are not a party to this case.',
      };
    case 'not_own_provider':
      return {
        nb: 'Avslått: saken gjelder ikke virksomheten din.',
        nn: 'Avslått: saka gjeld ikkje verksemda di.',
        en: 'Denied: the case does not concern your organisation.',
      };
    case 'not_for_you':
      return {
        nb: `Avslått: du har ikke tilgang til å ${what.nb}.`,
        nn: `Avslått: du har ikkje tilgang til å ${what.nn}.`,
        en: `Denied: you may not ${what.en}.`,
      };
    case 'key_scope':
      return {
        nb: `Avslått: API-nøkkelen gir ikke tilgang til å ${what.nb}.`,
        nn: `Avslått: API-nøkkelen gjev ikkje tilgang til å ${what.nn}.`,
        en: `Denied: the API key does not allow you to ${what.en}.`,
      };
  }
}
