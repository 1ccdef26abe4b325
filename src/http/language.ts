import type { FastifyRequest } from 'fastify';

export type UiLanguage = 'nb' | 'nn' | 'en';

/**
 * The language of messages for this request: bokmål by default, nynorsk or English when the client's
 * Accept-Language prefers them (a `lang` query parameter wins, so a link can carry the choice).
 */
export function requestLanguage(request: FastifyRequest): UiLanguage {
  const query = (request.query as Record<string, unknown> | undefined)?.lang;
  if (query === 'nb' || query === 'nn' || query === 'en') return query;
  return negotiate(request.headers['accept-language']);
}

export function negotiate(header: string | undefined): UiLanguage {
  if (!header) return 'nb';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'nn' || tag.startsWith('nn-')) return 'nn';
    if (tag === 'nb' || tag === 'no' || tag.startsWith('nb-') || tag.startsWith('no-')) return 'nb';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'nb';
}
