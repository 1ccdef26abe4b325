import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { CaseError } from '../cases/errors.ts';
import { requestLanguage, type UiLanguage } from './language.ts';

/** One problem with one field, in the language the client asked for. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  fields?: FieldError[];
}

type Texts = Record<UiLanguage, string>;

/** A domain rule broken by the request (4xx), with its message in every language. */
export class RequestError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly texts: Texts,
    readonly fields: { field: string; code: string; texts: Texts }[] = [],
  ) {
    super(texts.en);
  }
}

const SUMMARY: Record<string, Texts> = {
  validation_failed: {
    nb: 'Forespørselen har feil. Se feltene under.',
    nn: 'Førespurnaden har feil. Sjå felta under.',
    en: 'The request has errors. See the fields below.',
  },
  not_found: { nb: 'Fant ikke siden.', nn: 'Fann ikkje sida.', en: 'Not found.' },
  internal: {
    nb: 'Noe gikk galt hos oss. Ingenting er lagret. Prøv igjen senere.',
    nn: 'Noko gjekk gale hos oss. Ingenting er lagra. Prøv igjen seinare.',
    en: 'Something went wrong on our side. Nothing was saved. Please try again later.',
  },
};

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
  format?: string;
  keys?: string[];
  params?: Partial<Texts>;
}

const FORMAT_MESSAGES: Record<string, Texts> = {
  date: {
    nb: 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-05-17.',
    nn: 'Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2026-05-17.',
    en: 'Write the date as YYYY-MM-DD, e.g. 2026-05-17.',
  },
  email: {
    nb: 'Skriv en gyldig e-postadresse.',
    nn: 'Skriv ei gyldig e-postadresse.',
    en: 'Write a valid e-mail address.',
  },
};

/** Plain-language messages for the validation issues zod reports, instead of its developer wording. */
export function issueMessage(issue: IssueLike, lang: UiLanguage): string {
  const custom = issue.params?.[lang];
  if (custom) return custom;
  const t = (nb: string, nn: string, en: string) => ({ nb, nn, en })[lang];
  const size =
    issue.origin === 'string'
      ? t('tegn', 'teikn', 'characters')
      : issue.origin === 'array'
        ? t('valg', 'val', 'items')
        : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'undefined'
        ? t('Feltet skal ikke være med.', 'Feltet skal ikkje vere med.', 'This field is not allowed.')
        : t(
            `Feltet mangler eller har feil type (forventet ${issue.expected}).`,
            `Feltet manglar eller har feil type (venta ${issue.expected}).`,
            `Missing or of the wrong type (expected ${issue.expected}).`,
          );
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? t('Feltet må fylles ut.', 'Feltet må fyllast ut.', 'This field is required.')
        : t(
            `Må være minst ${issue.minimum} ${size}.`.replace('  ', ' '),
            `Må vere minst ${issue.minimum} ${size}.`.replace('  ', ' '),
            `Must be at least ${issue.minimum} ${size}.`.replace('  ', ' '),
          );
    case 'too_big':
      return t(
        `Kan være høyst ${issue.maximum} ${size}.`.replace('  ', ' '),
        `Kan vere høgst ${issue.maximum} ${size}.`.replace('  ', ' '),
        `Must be at most ${issue.maximum} ${size}.`.replace('  ', ' '),
      );
    case 'invalid_value':
      return t(
        `Må være en av: ${(issue.values ?? []).join(', ')}.`,
        `Må vere ein av: ${(issue.values ?? []).join(', ')}.`,
        `Must be one of: ${(issue.values ?? []).join(', ')}.`,
      );
    case 'invalid_format':
      return (
        FORMAT_MESSAGES[issue.format ?? '']?.[lang] ??
        t('Har feil format.', 'Har feil format.', 'Has the wrong format.')
      );
    case 'unrecognized_keys':
      return t(
        `Ukjente felt: ${(issue.keys ?? []).join(', ')}.`,
        `Ukjende felt: ${(issue.keys ?? []).join(', ')}.`,
        `Unknown fields: ${(issue.keys ?? []).join(', ')}.`,
      );
    default:
      return t('Ugyldig verdi.', 'Ugyldig verdi.', 'Invalid value.');
  }
}

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const lang = requestLanguage(request);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const fields = error.validation.map((v) => {
      // The type provider spreads the zod issue into params and keeps code and path apart.
      const issue = { ...(v.params as object), code: v.keyword, message: v.message, path: [] } as IssueLike;
      const path = v.instancePath.split('/').filter(Boolean);
      return { field: [context, ...path].join('.'), code: issue.code, message: issueMessage(issue, lang) };
    });
    return reply.code(400).send({
      statusCode: 400,
      error: 'validation_failed',
      message: SUMMARY.validation_failed![lang],
      fields,
    } satisfies ErrorBody);
  }
  if (error instanceof RequestError || error instanceof CaseError) {
    return reply.code(error.statusCode).send({
      statusCode: error.statusCode,
      error: error.code,
      message: error.texts[lang],
      // Use cases name their inputs ('outcome'); over HTTP those are fields of the body, as zod reports them.
      fields: error.fields.map((f) => ({
        field: /^(body|querystring|params|headers)\./.test(f.field) ? f.field : `body.${f.field}`,
        code: f.code,
        message: f.texts[lang],
      })),
    } satisfies ErrorBody);
  }
  if (isResponseSerializationError(error))
    request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send({ statusCode: 500, error: 'internal', message: SUMMARY.internal![lang] } satisfies ErrorBody);
  }
  // Fastify's own 4xx (bad JSON, body too large, unsupported media type): keep its code, say it plainly.
  return reply.code(status).send({
    statusCode: status,
    error: error.code ?? 'bad_request',
    message: error.message,
  } satisfies ErrorBody);
}
