import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Search,
  Spinner,
  Tag,
} from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import {
  SEARCH_FACETS,
  useApi,
  useDates,
  useLabels,
  useOfficeNames,
  type SearchFacet,
  type SearchResult,
} from '../api.ts';

/**
 * The national knowledge base: full text over every office's cases, facets with counts, highlighted
 * snippets. Another office's case comes pseudonymised from the API (found by title, shown without people).
 */
export default function SearchPage() {
  const { t } = useTranslation('staff');
  const api = useApi();
  const labels = useLabels();
  const office = useOfficeNames();
  const date = useDates();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const query = new URLSearchParams();
  for (const key of ['q', 'providerId', 'professionalId', ...SEARCH_FACETS]) {
    const v = params.get(key);
    if (v) query.set(key, v);
  }
  const limit = Math.min(Number(params.get('limit') ?? 20) || 20, 100);
  query.set('limit', String(limit));
  const url = `/api/knowledge/search?${query}`;
  const result = useQuery({
    queryKey: ['search', url],
    queryFn: () => api<SearchResult>(url),
    placeholderData: keepPreviousData,
  });

  const labelOf = (facet: SearchFacet, value: string) => {
    switch (facet) {
      case 'office':
        return office(value);
      case 'caseType':
        return labels.caseType(value);
      case 'serviceType':
        return labels.serviceType(value);
      case 'theme':
        return labels.theme(value);
      case 'outcome':
        return labels.outcome(value);
      case 'year':
        return value;
    }
  };
  const chosen = (facet: SearchFacet) => (params.get(facet) ?? '').split(',').filter(Boolean);
  // Handlers read the address as it is now, not as it was at the last render: two quick choices both count.
  const toggle = (facet: SearchFacet, value: string) => {
    const now = (new URLSearchParams(window.location.search).get(facet) ?? '').split(',').filter(Boolean);
    const next = now.includes(value) ? now.filter((v) => v !== value) : [...now, value];
    const p = new URLSearchParams(window.location.search);
    if (next.length) p.set(facet, next.join(','));
    else p.delete(facet);
    setParams(p, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const p = new URLSearchParams(window.location.search);
    if (text.trim()) p.set('q', text.trim());
    else p.delete('q');
    setParams(p);
  };

  return (
    <section aria-labelledby="search-heading" className="stack">
      <Heading level={2} data-size="md" id="search-heading">
        {t('search.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('search.intro')}</Paragraph>
      <search>
        <form onSubmit={submit} className="search-form">
          <Search>
            <Search.Input
              aria-label={t('search.label')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              name="q"
            />
            <Search.Clear onClick={() => setText('')} aria-label={t('search.clear')} />
            <Search.Button type="submit" aria-label={t('search.submit')} />
          </Search>
        </form>
      </search>
      {(params.get('providerId') || params.get('professionalId')) && (
        <Paragraph data-size="sm">
          {t('search.scoped')}{' '}
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              const p = new URLSearchParams(window.location.search);
              p.delete('providerId');
              p.delete('professionalId');
              setParams(p, { replace: true });
            }}
          >
            {t('search.unscope')}
          </Button>
        </Paragraph>
      )}
      {result.isError && <Alert data-color="danger">{(result.error as Error).message}</Alert>}
      {result.isPending && <Spinner aria-label={t('loading')} />}
      {result.data && (
        <div className="search-grid">
          <div className="facets stack">
            <Heading level={3} data-size="xs">
              {t('search.facets')}
            </Heading>
            {SEARCH_FACETS.map((facet) => {
              const counts = result.data.facets[facet].slice(0, facet === 'year' ? 12 : 10);
              if (counts.length === 0) return null;
              return (
                <Fieldset key={facet} data-size="sm">
                  <Fieldset.Legend>{t(`search.facet.${facet}`)}</Fieldset.Legend>
                  {counts.map((c) => (
                    <Checkbox
                      key={c.value}
                      label={`${labelOf(facet, c.value)} (${c.count})`}
                      checked={chosen(facet).includes(c.value)}
                      onChange={() => toggle(facet, c.value)}
                      value={c.value}
                    />
                  ))}
                </Fieldset>
              );
            })}
          </div>
          <div className="stack">
            <Paragraph role="status" data-size="sm">
              {t('search.count', { count: result.data.total })}
            </Paragraph>
            {result.data.providers.length > 0 && (
              <div className="buttons provider-suggestions">
                <Paragraph data-size="sm">{t('search.providers')}</Paragraph>
                {result.data.providers.slice(0, 3).map((p) => (
                  <Button
                    key={p.id}
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => setParams(new URLSearchParams({ q: p.name }))}
                  >
                    {p.name}
                  </Button>
                ))}
              </div>
            )}
            <ol className="plain-list results">
              {result.data.results.map((hit) => (
                <li key={hit.id} className="result">
                  <Heading level={3} data-size="2xs">
                    <Link asChild>
                      <RouterLink to={`/saksbehandling/saker/${hit.id}`}>
                        {hit.caseNumber}: {hit.title}
                      </RouterLink>
                    </Link>
                  </Heading>
                  <div className="muted">
                    {office(hit.officeCode)} · {labels.caseType(hit.caseType)} ·{' '}
                    {hit.serviceType ? labels.serviceType(hit.serviceType) : '–'} · {date(hit.receivedOn)} ·{' '}
                    {hit.outcome ? labels.outcome(hit.outcome) : labels.state(hit.state)}
                  </div>
                  {hit.pseudonymised && (
                    <Tag data-size="sm" data-color="neutral">
                      {t('search.pseudonymised')}
                    </Tag>
                  )}
                  <p className="snippet">
                    {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
                  </p>
                </li>
              ))}
            </ol>
            {result.data.total > result.data.results.length && limit < 100 && (
              <div>
                <Button
                  variant="secondary"
                  onClick={() => {
                    const p = new URLSearchParams(window.location.search);
                    p.set('limit', String(Math.min(limit + 20, 100)));
                    setParams(p, { replace: true });
                  }}
                >
                  {t('queue.more')}
                </Button>
              </div>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
