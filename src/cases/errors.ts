/** Texts in the three languages of the app. */
export interface Texts {
  nb: string;
  nn: string;
  en: string;
}

/**
 * A use case refused the request (4xx): the code and message say why in every language, and `fields`
 * name the inputs at fault. Nothing was written when this is thrown.
 */
export class CaseError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 422,
    readonly code: string,
    readonly texts: Texts,
    readonly fields: { field: string; code: string; texts: Texts }[] = [],
  ) {
    super(texts.en);
  }
}

export const notFound = (what: Texts): CaseError => new CaseError(404, 'not_found', what);

export const CASE_NOT_FOUND: Texts = {
  nb: 'Fant ikke saken.',
  nn: 'Fann ikkje saka.',
  en: 'Case not found.',
};

export const INVALID_REQUEST: Texts = {
  nb: 'Forespørselen har feil. Se feltene under.',
  nn: 'Førespurnaden har feil. Sjå felta under.',
  en: 'The request has errors. See the fields below.',
};

/** A policy's refusal as the error to throw: 401 when signing in would help, 403 otherwise. */
export const refusal = (decision: { code: string; reason: Texts }): CaseError =>
  new CaseError(decision.code === 'login_required' ? 401 : 403, decision.code, decision.reason);
