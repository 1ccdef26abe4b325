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

/** `GET /api/cases/:id/intake` (intake/case-intake.ts): what triage found when the case came in. */
interface CaseIntake {
  source: string;
  needsHumanTriage: boolean;
  triageReason: string;
  urgency: { flag: string; label: { nb: string; nn: string; en: string }; words: string[] }[];
  classification: {
    route: 'suggest' | 'human_triage';
    serviceType: { label: string; probability: number; topWords: { word: string; weight: number }[] } | null;
    themes: { label: string; probability: number; topWords: { word: string; weight: number }[] }[];
  } | null;
  related: {
    caseId: number;
    caseNumber: string;
    state: string;
    officeCode: string;
    receivedOn: string;
    reasons: ('same_provider' | 'same_person' | 'similar_text')[];
    similarity: number;
  }[];
}

const percent = (p: number) => `${Math.round(p * 100)} %`;

/**
 * Urgency reasons with the words that raised them, the classifier's suggestion with its top words, and
 * related cases — shown only when the case came in through intake (the endpoint answers 404 otherwise).
 */
export function IntakeInsights({ caseId }: { caseId: number }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const labels = useLabels();
  const date = useDates();
  const intake = useQuery({
    queryKey: ['intake', caseId],
    queryFn: async () => {
      try {
        return await api<CaseIntake>(`/api/cases/${caseId}/intake`);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
        throw error;
      }
    },
    retry: false,
  });
  const data = intake.data;
  if (!data) return null;
  const words = (list: { word: string }[]) =>
    list
      .slice(0, 6)
      .map((w) => w.word)
      .join(', ');
  return (
    <section aria-labelledby="intake-heading" className="stack">
      <Heading level={3} data-size="sm" id="intake-heading">
        {t('intake.heading')}
      </Heading>
      {data.needsHumanTriage && (
        <Paragraph data-size="sm">
          <Tag data-color="warning" data-size="sm">
            {t('intake.humanTriage')}
          </Tag>{' '}
          {data.triageReason}
        </Paragraph>
      )}
      <Heading level={4} data-size="2xs">
        {t('intake.urgency')}
      </Heading>
      {data.urgency.length === 0 ? (
        <Paragraph data-size="sm">{t('intake.noUrgency')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {data.urgency.map((u) => (
            <li key={u.flag}>
              <Tag data-color="danger" data-size="sm">
                {u.label[labels.lang]}
              </Tag>{' '}
              {t('intake.triggers', { words: u.words.map((w) => `«${w}»`).join(', ') })}
            </li>
          ))}
        </ul>
      )}
      {data.classification && (data.classification.serviceType || data.classification.themes.length > 0) && (
        <>
          <Heading level={4} data-size="2xs">
            {t('intake.classification')}
          </Heading>
          <dl className="facts">
            {data.classification.serviceType && (
              <div>
                <dt>{t('intake.field.serviceType')}</dt>
                <dd>
                  {labels.serviceType(data.classification.serviceType.label)} (
                  {percent(data.classification.serviceType.probability)})
                  <div className="muted">
                    {t('intake.field.topWords')}: {words(data.classification.serviceType.topWords)}
                  </div>
                </dd>
              </div>
            )}
            {data.classification.themes.length > 0 && (
              <div>
                <dt>{t('intake.field.themes')}</dt>
                <dd>
                  {data.classification.themes
                    .map((th) => `${labels.theme(th.label)} (${percent(th.probability)})`)
                    .join(', ')}
                  <div className="muted">
                    {t('intake.field.topWords')}:{' '}
                    {words(data.classification.themes.flatMap((th) => th.topWords))}
                  </div>
                </dd>
              </div>
            )}
          </dl>
        </>
      )}
      {data.related.length > 0 && (
        <>
          <Heading level={4} data-size="2xs">
            {t('intake.related')}
          </Heading>
          <ul className="plain-list">
            {data.related.map((r) => (
              <li key={r.caseId}>
                <CaseLink id={r.caseId} caseNumber={r.caseNumber} /> · {r.officeCode} · {date(r.receivedOn)} ·{' '}
                {labels.state(r.state)}
                <div className="muted">
                  {r.reasons.map((reason) => t(`intake.reason.${reason}`)).join(', ')}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
