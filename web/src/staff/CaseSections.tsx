import { Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../api.ts';
import { useApi, useDates, useLabels, useOfficeNames, type SearchResult, type Similar } from './api.ts';
import { TableWrap } from './TableWrap.tsx';

/** A case from another office or search: a link when the reader may open it. */
function CaseLink({ id, caseNumber }: { id: number; caseNumber: string }) {
  return (
    <Link asChild>
      <RouterLink to={`/saksbehandling/saker/${id}`}>{caseNumber}</RouterLink>
    </Link>
  );
}

/**
 * The provider's or the professional's cases across every office (the knowledge base's search, so other
 * offices' cases come pseudonymised, as the API decides).
 */
export function History(props: {
  caseId: number;
  filter: 'providerId' | 'professionalId';
  id: number;
  heading: string;
}) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const labels = useLabels();
  const office = useOfficeNames();
  const date = useDates();
  const url = `/api/knowledge/search?${props.filter}=${props.id}&limit=9`;
  const history = useQuery({ queryKey: ['history', url], queryFn: () => api<SearchResult>(url) });
  const headingId = `history-${props.filter}`;
  const others = history.data?.results.filter((r) => r.id !== props.caseId) ?? [];
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={3} data-size="sm" id={headingId}>
        {props.heading}
      </Heading>
      {history.isPending && <Spinner aria-label={t('loading')} />}
      {history.data && (
        <>
          <Paragraph data-size="sm">
            {t('history.count', { count: Math.max(history.data.total - 1, 0) })}{' '}
            {history.data.facets.office.map((o) => `${office(o.value)}: ${o.count}`).join(' · ')}
          </Paragraph>
          {others.length > 0 && (
            <TableWrap label={props.heading}>
              <Table data-size="sm">
                <caption className="visually-hidden">{props.heading}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('queue.case')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('search.office')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('queue.received')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('case.outcome')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {others.map((r) => (
                    <Table.Row key={r.id}>
                      <Table.Cell>
                        <CaseLink id={r.id} caseNumber={r.caseNumber} />
                        <div>{r.title}</div>
                        {r.pseudonymised && (
                          <Tag data-size="sm" data-color="neutral">
                            {t('search.pseudonymised')}
                          </Tag>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        <abbr title={office(r.officeCode)}>{r.officeCode}</abbr>
                      </Table.Cell>
                      <Table.Cell>{date(r.receivedOn)}</Table.Cell>
                      <Table.Cell>{r.outcome ? labels.outcome(r.outcome) : labels.state(r.state)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableWrap>
          )}
          {history.data.total > others.length + 1 && (
            <Paragraph data-size="sm">
              <Link asChild>
                <RouterLink to={`/saksbehandling/sok?${props.filter}=${props.id}`}>
                  {t('history.all')}
                </RouterLink>
              </Link>
            </Paragraph>
          )}
        </>
      )}
    </section>
  );
}

/** The nearest decided cases nationally and how their outcomes fall across offices. */
export function SimilarCases({ caseId }: { caseId: number }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const labels = useLabels();
  const office = useOfficeNames();
  const date = useDates();
  const similar = useQuery({
    queryKey: ['similar', caseId],
    queryFn: () => api<Similar>(`/api/cases/${caseId}/similar?limit=8`),
  });
  const outcomes = [...new Set(similar.data?.distribution.map((d) => d.outcome) ?? [])];
  const offices = [...new Set(similar.data?.distribution.map((d) => d.officeCode) ?? [])].sort();
  const count = (o: string, outcome: string) =>
    similar.data?.distribution.find((d) => d.officeCode === o && d.outcome === outcome)?.count ?? 0;
  return (
    <section aria-labelledby="similar-heading" className="stack">
      <Heading level={3} data-size="sm" id="similar-heading">
        {t('similar.heading')}
      </Heading>
      {similar.isPending && <Spinner aria-label={t('loading')} />}
      {similar.data && similar.data.similar.length === 0 && <Paragraph>{t('similar.none')}</Paragraph>}
      {similar.data && similar.data.similar.length > 0 && (
        <>
          <ol className="plain-list">
            {similar.data.similar.map((s) => (
              <li key={s.id}>
                <CaseLink id={s.id} caseNumber={s.caseNumber} /> ·{' '}
                <abbr title={office(s.officeCode)}>{s.officeCode}</abbr> · {date(s.decidedOn)}
                <div>{s.title}</div>
                <div className="muted">
                  {s.outcome ? labels.outcome(s.outcome) : '–'} ·{' '}
                  {t('similar.why', { words: s.sharedWords, themes: s.sharedThemes })}
                </div>
              </li>
            ))}
          </ol>
          <TableWrap label={t('similar.distribution', { count: similar.data.candidates })}>
            <Table data-size="sm" zebra>
              <caption>{t('similar.distribution', { count: similar.data.candidates })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('search.office')}</Table.HeaderCell>
                  {outcomes.map((o) => (
                    <Table.HeaderCell scope="col" key={o} className="num">
                      {labels.outcome(o)}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {offices.map((o) => (
                  <Table.Row key={o}>
                    <Table.HeaderCell scope="row">
                      <abbr title={office(o)}>{o}</abbr>
                    </Table.HeaderCell>
                    {outcomes.map((outcome) => (
                      <Table.Cell key={outcome} className="num">
                        {count(o, outcome)}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableWrap>
        </>
      )}
    </section>
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Words and labels in whatever shape they come: a string, a list, or objects with a word/label. */
function textOf(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ');
  for (const key of ['label', 'word', 'term', 'code', 'name', 'value'])
    if (key in value) return textOf(value[key] as Json);
  return '';
}

/**
 * Urgency reasons, the classifier's suggestion and related cases from `GET /api/cases/:id/intake` — shown
 * only when the server has that endpoint (it comes with the intake work); a 404 hides the section.
 */
export function IntakeInsights({ caseId }: { caseId: number }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const labels = useLabels();
  const intake = useQuery({
    queryKey: ['intake', caseId],
    queryFn: async () => {
      try {
        return await api<Record<string, Json>>(`/api/cases/${caseId}/intake`);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return null;
        throw error;
      }
    },
    retry: false,
  });
  const data = intake.data;
  if (!data) return null;
  const reasons = (data.urgencyReasons ?? data.urgency ?? []) as Json;
  const classification = (data.classification ?? data.suggestion ?? null) as Json;
  const related = (data.relatedCases ?? data.related ?? []) as Json;
  const list = (v: Json) => (Array.isArray(v) ? v : []);
  const obj = (v: Json | undefined): Record<string, Json> =>
    v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  return (
    <section aria-labelledby="intake-heading" className="stack">
      <Heading level={3} data-size="sm" id="intake-heading">
        {t('intake.heading')}
      </Heading>
      <Heading level={4} data-size="2xs">
        {t('intake.urgency')}
      </Heading>
      {list(reasons).length === 0 ? (
        <Paragraph data-size="sm">{t('intake.noUrgency')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {list(reasons).map((r, i) => {
            const o = obj(r);
            const flag = textOf(o.flag ?? o.code ?? r);
            const words = textOf(o.triggerWords ?? o.words ?? o.triggers);
            return (
              <li key={i}>
                <Tag data-color="danger" data-size="sm">
                  {labels.urgency(flag)}
                </Tag>{' '}
                {words && t('intake.triggers', { words })}
              </li>
            );
          })}
        </ul>
      )}
      {classification && (
        <>
          <Heading level={4} data-size="2xs">
            {t('intake.classification')}
          </Heading>
          <dl className="facts">
            {Object.entries(obj(classification)).map(([key, value]) => (
              <div key={key}>
                <dt>{t(`intake.field.${key}`, { defaultValue: key })}</dt>
                <dd>
                  {key === 'serviceType' && typeof value === 'string'
                    ? labels.serviceType(value)
                    : key === 'themes' && Array.isArray(value)
                      ? value.map((v) => labels.theme(textOf(v))).join(', ')
                      : textOf(value)}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {list(related).length > 0 && (
        <>
          <Heading level={4} data-size="2xs">
            {t('intake.related')}
          </Heading>
          <ul className="plain-list">
            {list(related).map((r, i) => {
              const o = obj(r);
              const id = typeof o.id === 'number' ? o.id : typeof o.caseId === 'number' ? o.caseId : null;
              const number = textOf(o.caseNumber ?? o.id ?? r);
              return (
                <li key={i}>
                  {id ? <CaseLink id={id} caseNumber={number} /> : number} {textOf(o.reason ?? o.title)}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
