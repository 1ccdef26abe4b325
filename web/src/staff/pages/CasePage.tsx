import { Alert, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { useApi, useDates, useLabels, useMunicipalityNames, useOfficeNames, type CaseView } from '../api.ts';
import { CaseActions } from '../CaseActions.tsx';
import { History, IntakeInsights, SimilarCases } from '../CaseSections.tsx';
import { DeadlineBadge } from '../DeadlineBadge.tsx';
import { LetterLinks } from '../Letter.tsx';
import { TableWrap } from '../TableWrap.tsx';

const LETTERS = new Set(['decision', 'request_for_statement', 'interim_reply', 'advance_notice']);

/**
 * One case: summary, parties, deadlines with the suspension ledger, actions, the intake's reasons, timeline,
 * documents and letters, the provider's and professional's history nationally, and similar decided cases.
 * Reading it with personal data is logged by the API with the purpose "saksbehandling".
 */
export default function CasePage() {
  const { id } = useParams();
  const caseId = Number(id);
  const { t } = useTranslation('staff');
  const api = useApi();
  const client = useQueryClient();
  const labels = useLabels();
  const office = useOfficeNames();
  const municipality = useMunicipalityNames();
  const date = useDates();
  const view = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => api<CaseView>(`/api/cases/${caseId}?purpose=saksbehandling`),
    enabled: Number.isInteger(caseId) && caseId > 0,
  });
  // After an action: the case as it is now (its new version) before the next form can be sent.
  const refresh = async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['case', caseId] }),
      client.invalidateQueries({ queryKey: ['queue'] }),
    ]);
  };

  if (view.isError)
    return (
      <Alert data-color="danger">
        {view.error instanceof ApiError ? view.error.message : t('case.failed')}
      </Alert>
    );
  if (!view.data) return <Spinner aria-label={t('loading')} />;
  const c = view.data;
  const p = c.deadlines.processing;

  return (
    <article aria-labelledby="case-heading" className="stack case-page">
      <header className="stack">
        <Heading level={2} data-size="md" id="case-heading">
          {c.caseNumber}: {c.title}
        </Heading>
        <div className="tags">
          <DeadlineBadge status={p.status} daysLeft={p.daysLeft} daysOverdue={p.daysOverdue} />
          <Tag data-color="info" data-size="sm">
            {labels.state(c.state)}
          </Tag>
          {c.confidential && (
            <Tag data-color="danger" data-size="sm">
              {t('case.confidential')}
            </Tag>
          )}
          {c.pseudonymised && (
            <Tag data-color="neutral" data-size="sm">
              {t('search.pseudonymised')}
            </Tag>
          )}
          {c.urgency.map((u) => (
            <Tag key={u} data-color="danger" data-size="sm">
              {labels.urgency(u)}
            </Tag>
          ))}
        </div>
      </header>

      <div className="case-grid">
        <div className="stack">
          <section aria-labelledby="summary-heading" className="stack">
            <Heading level={3} data-size="sm" id="summary-heading">
              {t('case.summary')}
            </Heading>
            <dl className="facts">
              <div>
                <dt>{t('queue.type')}</dt>
                <dd>{labels.caseType(c.caseType)}</dd>
              </div>
              <div>
                <dt>{t('case.office')}</dt>
                <dd>{office(c.officeCode)}</dd>
              </div>
              <div>
                <dt>{t('queue.received')}</dt>
                <dd>{date(c.receivedOn)}</dd>
              </div>
              {c.outcome && (
                <div>
                  <dt>{t('case.outcome')}</dt>
                  <dd>{labels.outcome(c.outcome)}</dd>
                </div>
              )}
              <div>
                <dt>{t('filter.serviceType')}</dt>
                <dd>{c.serviceType ? labels.serviceType(c.serviceType) : '–'}</dd>
              </div>
              <div>
                <dt>{t('filter.theme')}</dt>
                <dd>{c.themes.map(labels.theme).join(', ') || '–'}</dd>
              </div>
              <div>
                <dt>{t('filter.municipality')}</dt>
                <dd>{c.municipalityNumber ? municipality(c.municipalityNumber) : '–'}</dd>
              </div>
              <div>
                <dt>{t('case.provider')}</dt>
                <dd>{c.provider ? `${c.provider.name} (${c.provider.orgNumber})` : '–'}</dd>
              </div>
              <div>
                <dt>{t('case.language')}</dt>
                <dd>{t(`case.lang.${c.language}`, { defaultValue: c.language })}</dd>
              </div>
            </dl>
            {c.narrative && (
              <>
                <Heading level={4} data-size="2xs">
                  {t('case.narrative')}
                </Heading>
                <Paragraph className="narrative">{c.narrative}</Paragraph>
              </>
            )}
          </section>

          <section aria-labelledby="parties-heading" className="stack">
            <Heading level={3} data-size="sm" id="parties-heading">
              {t('case.parties')}
            </Heading>
            {c.parties === null ? (
              <Paragraph data-size="sm">{t('case.partiesHidden')}</Paragraph>
            ) : c.parties.length === 0 ? (
              <Paragraph data-size="sm">{t('case.noParties')}</Paragraph>
            ) : (
              <ul className="plain-list">
                {c.parties.map((party) => (
                  <li key={`${party.role}-${party.personId}`}>
                    {party.name} – {t(`role.party.${party.role}`, { defaultValue: party.role })} (
                    {t(`case.lang.${party.preferredLanguage}`, { defaultValue: party.preferredLanguage })})
                  </li>
                ))}
              </ul>
            )}
            {c.parties !== null && <Paragraph data-size="xs">{t('case.logged')}</Paragraph>}
          </section>

          <section aria-labelledby="deadlines-heading" className="stack">
            <Heading level={3} data-size="sm" id="deadlines-heading">
              {t('case.deadlines')}
            </Heading>
            <dl className="facts">
              <div>
                <dt>{t('case.processingDeadline')}</dt>
                <dd>
                  {p.deadline
                    ? date(p.deadline)
                    : t('case.provisional', { date: date(p.provisionalDeadline) })}
                </dd>
              </div>
              <div>
                <dt>{t('case.suspendedDays')}</dt>
                <dd>{p.suspendedDays}</dd>
              </div>
              <div>
                <dt>{t('case.interimReply')}</dt>
                <dd>
                  {t(`interim.${c.deadlines.interimReply.status}`)} ({date(c.deadlines.interimReply.due)})
                </dd>
              </div>
              {c.decisions
                .filter((d) => d.appealDeadline)
                .map((d) => (
                  <div key={d.id}>
                    <dt>{t('case.appealDeadline')}</dt>
                    <dd>{date(d.appealDeadline)}</dd>
                  </div>
                ))}
            </dl>
            {c.suspensions.length > 0 && (
              <TableWrap label={t('case.ledger')}>
                <Table data-size="sm">
                  <caption>{t('case.ledger')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('case.from')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('field.responseDeadline')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('case.resumed')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('field.reason')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {c.suspensions.map((s, i) => (
                      <Table.Row key={i}>
                        <Table.Cell>{date(s.from)}</Table.Cell>
                        <Table.Cell>{date(s.responseDeadline)}</Table.Cell>
                        <Table.Cell>{s.resumedOn ? date(s.resumedOn) : t('case.stillWaiting')}</Table.Cell>
                        <Table.Cell>
                          {/^[a-z_]+$/.test(s.reason) ? labels.action(s.reason) : s.reason}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableWrap>
            )}
          </section>

          <IntakeInsights caseId={c.id} />

          <section aria-labelledby="timeline-heading" className="stack">
            <Heading level={3} data-size="sm" id="timeline-heading">
              {t('case.timeline')}
            </Heading>
            <ol className="timeline">
              {c.events.map((e) => (
                <li key={e.seq}>
                  <time dateTime={e.at}>{date(e.at)}</time>{' '}
                  <strong>{t(`event.${e.kind}`, { defaultValue: labels.action(e.kind) })}</strong>
                  {e.from && e.to && e.from !== e.to && <> → {labels.state(e.to)}</>}
                  {e.reason && <div className="muted">{e.reason}</div>}
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="documents-heading" className="stack">
            <Heading level={3} data-size="sm" id="documents-heading">
              {t('case.documents')}
            </Heading>
            {c.documents.length === 0 ? (
              <Paragraph data-size="sm">{t('case.noDocuments')}</Paragraph>
            ) : (
              <ul className="plain-list documents">
                {c.documents.map((d) => (
                  <li key={d.id}>
                    <span>
                      {date(d.datedOn)} · {t(`direction.${d.direction}`)} · <strong>{d.title}</strong>
                    </span>
                    {d.direction === 'outbound' && LETTERS.has(d.kind) && (
                      <LetterLinks url={`/api/cases/${c.id}/documents/${d.id}/letter`} title={d.title} />
                    )}
                  </li>
                ))}
              </ul>
            )}
            {c.decisions.some((d) => d.status === 'draft') && (
              <Paragraph>
                <Link asChild>
                  <RouterLink to={`/saksbehandling/saker/${c.id}/vedtak`}>{t('action.openDraft')}</RouterLink>
                </Link>
              </Paragraph>
            )}
          </section>
        </div>

        <div className="stack">{!c.pseudonymised && <CaseActions data={c} onDone={refresh} />}</div>
      </div>

      <div className="knowledge-grid">
        {c.provider && (
          <History
            caseId={c.id}
            filter="providerId"
            id={c.provider.id}
            heading={t('history.provider', { name: c.provider.name })}
          />
        )}
        {c.professionalId && (
          <History
            caseId={c.id}
            filter="professionalId"
            id={c.professionalId}
            heading={t('history.professional')}
          />
        )}
        <SimilarCases caseId={c.id} />
      </div>
    </article>
  );
}
