import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Spinner,
  Table,
  Tag,
} from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useStaffSession } from '../../session.ts';
import {
  QUEUE_FILTERS,
  useApi,
  useDates,
  useLabels,
  useMunicipalityNames,
  useOfficeNames,
  type Queue,
  type QueueFilter,
} from '../api.ts';
import { DeadlineBadge } from '../DeadlineBadge.tsx';
import { TableWrap } from '../TableWrap.tsx';

const FILTERS: QueueFilter[] = ['deadline', ...QUEUE_FILTERS];
const PAGE = 50;

/**
 * My queue (cases assigned to me) or my office's queue, most at risk of missing the deadline first, with
 * a filter per facet; each option shows how many cases choosing it would leave. Filters live in the
 * address, so a filtered queue can be bookmarked and shared.
 */
export function QueuePage({ scope }: { scope: 'mine' | 'office' }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const session = useStaffSession();
  const labels = useLabels();
  const municipality = useMunicipalityNames();
  const officeName = useOfficeNames();
  const date = useDates();
  const [params, setParams] = useSearchParams();
  const office = params.get('office') ?? session?.user.officeCode ?? '';
  const limit = Number(params.get('limit') ?? PAGE) || PAGE;

  const query = new URLSearchParams();
  for (const f of FILTERS) {
    const v = params.get(f);
    if (v) query.set(f, v);
  }
  query.set('limit', String(Math.min(limit, 500)));
  if (scope === 'office') query.set('office', office);
  const url = `/api/queues/${scope}?${query}`;
  const queue = useQuery({
    queryKey: ['queue', url],
    queryFn: () => api<Queue>(url),
    placeholderData: keepPreviousData,
  });

  const labelOf = (filter: QueueFilter, value: string): string => {
    switch (filter) {
      case 'caseType':
        return labels.caseType(value);
      case 'state':
        return labels.state(value);
      case 'serviceType':
        return labels.serviceType(value);
      case 'theme':
        return labels.theme(value);
      case 'urgency':
        return labels.urgency(value);
      case 'municipality':
        return municipality(value);
      case 'deadline':
        return t(`deadline.${value}`);
    }
  };

  const setFilter = (filter: QueueFilter, value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(filter, value);
    else next.delete(filter);
    next.delete('limit');
    setParams(next, { replace: true });
  };
  const active = FILTERS.filter((f) => params.get(f));
  const headingId = `queue-${scope}-heading`;

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="md" id={headingId}>
        {scope === 'mine' ? t('queue.mine') : t('queue.office', { office: officeName(office) })}
      </Heading>
      <Paragraph data-size="sm">{t('queue.sorted')}</Paragraph>
      <search>
        <form className="filters" aria-label={t('filter.label')} onSubmit={(e) => e.preventDefault()}>
          {FILTERS.map((filter) => {
            const counts = queue.data?.facets[filter] ?? [];
            const current = params.get(filter) ?? '';
            const id = `filter-${filter}`;
            return (
              <Field key={filter} data-size="sm">
                <Label htmlFor={id}>{t(`filter.${filter}`)}</Label>
                <Select id={id} value={current} onChange={(e) => setFilter(filter, e.target.value)}>
                  <Select.Option value="">{t('filter.all')}</Select.Option>
                  {current && !counts.some((c) => c.value === current) && (
                    <Select.Option value={current}>{`${labelOf(filter, current)} (0)`}</Select.Option>
                  )}
                  {counts.map((c) => (
                    <Select.Option key={c.value} value={c.value}>
                      {`${labelOf(filter, c.value)} (${c.count})`}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            );
          })}
          {active.length > 0 && (
            <div className="filters-clear">
              <Button variant="secondary" data-size="sm" type="button" onClick={() => setParams({})}>
                {t('filter.clear')}
              </Button>
            </div>
          )}
        </form>
      </search>

      {queue.isError && <Alert data-color="danger">{(queue.error as Error).message}</Alert>}
      {queue.isPending && <Spinner aria-label={t('loading')} />}
      {queue.data && (
        <>
          <Paragraph role="status" data-size="sm">
            {t('queue.count', { shown: queue.data.items.length, total: queue.data.total })}
          </Paragraph>
          {queue.data.items.length === 0 ? (
            <Paragraph>{scope === 'mine' ? t('queue.emptyMine') : t('queue.empty')}</Paragraph>
          ) : (
            <TableWrap label={t('queue.caption')}>
              <Table zebra data-size="sm" className="queue-table">
                <caption className="visually-hidden">{t('queue.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('queue.deadline')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('queue.case')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('queue.type')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('filter.serviceType')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('filter.municipality')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('queue.received')}</Table.HeaderCell>
                    {scope === 'office' && (
                      <Table.HeaderCell scope="col">{t('queue.assigned')}</Table.HeaderCell>
                    )}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {queue.data.items.map((item) => (
                    <Table.Row key={item.id}>
                      <Table.Cell>
                        <DeadlineBadge
                          status={item.deadline.status}
                          daysLeft={item.deadline.daysLeft}
                          daysOverdue={item.deadline.daysOverdue}
                        />
                        <div className="muted">
                          {date(item.deadline.date ?? item.deadline.provisionalDate)}
                        </div>
                      </Table.Cell>
                      <Table.Cell>
                        <Link asChild>
                          <RouterLink to={`/saksbehandling/saker/${item.id}`}>{item.caseNumber}</RouterLink>
                        </Link>
                        <div>{item.title}</div>
                        {item.urgency.length > 0 && (
                          <div className="tags">
                            {item.urgency.map((u) => (
                              <Tag key={u} data-color="danger" data-size="sm">
                                {labels.urgency(u)}
                              </Tag>
                            ))}
                          </div>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        {labels.caseType(item.caseType)}
                        <div className="muted">{labels.state(item.state)}</div>
                      </Table.Cell>
                      <Table.Cell>
                        {item.serviceType ? labels.serviceType(item.serviceType) : '–'}
                        <div className="muted">{item.themes.map(labels.theme).join(', ')}</div>
                      </Table.Cell>
                      <Table.Cell>{item.municipality?.name ?? '–'}</Table.Cell>
                      <Table.Cell>{date(item.receivedOn)}</Table.Cell>
                      {scope === 'office' && (
                        <Table.Cell>{item.assignedTo?.name ?? t('queue.nobody')}</Table.Cell>
                      )}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableWrap>
          )}
          {queue.data.total > queue.data.items.length && limit < 500 && (
            <div>
              <Button
                variant="secondary"
                onClick={() => {
                  const next = new URLSearchParams(window.location.search);
                  next.set('limit', String(Math.min(limit + PAGE * 2, 500)));
                  setParams(next, { replace: true });
                }}
              >
                {t('queue.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
