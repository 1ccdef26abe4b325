import { Alert, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useStaffSession } from '../../session.ts';
import {
  useApi,
  useDates,
  useOfficeNames,
  type DeadlineStatus,
  type Workload,
  type WorkloadRow,
} from '../api.ts';
import { TableWrap } from '../TableWrap.tsx';

const STATUSES: DeadlineStatus[] = ['breached', 'soon', 'ok', 'suspended'];

/** An office's open cases per caseworker, by deadline status, for its manager. */
export default function WorkloadPage() {
  const { t } = useTranslation('staff');
  const api = useApi();
  const session = useStaffSession();
  const date = useDates();
  const officeName = useOfficeNames();
  const office =
    session?.user.roles.find((r) => r.role === 'office_manager')?.officeCode ??
    session?.user.officeCode ??
    '';
  const workload = useQuery({
    queryKey: ['workload', office],
    queryFn: () => api<Workload>(`/api/queues/workload?office=${office}`),
  });
  const row = (r: WorkloadRow, name: string, key: string) => (
    <Table.Row key={key}>
      <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
      <Table.Cell className="num">{r.open}</Table.Cell>
      {STATUSES.map((s) => (
        <Table.Cell key={s} className="num">
          {r.byDeadline[s] ?? 0}
        </Table.Cell>
      ))}
      <Table.Cell>{date(r.oldestReceivedOn)}</Table.Cell>
    </Table.Row>
  );
  return (
    <section aria-labelledby="workload-heading" className="stack">
      <Heading level={2} data-size="md" id="workload-heading">
        {t('workload.heading', { office: officeName(office) })}
      </Heading>
      {workload.isError && <Alert data-color="danger">{(workload.error as Error).message}</Alert>}
      {workload.isPending && <Spinner aria-label={t('loading')} />}
      {workload.data && (
        <>
          <Paragraph data-size="sm">{t('workload.intro')}</Paragraph>
          <TableWrap label={t('workload.heading', { office: officeName(office) })}>
            <Table zebra data-size="sm">
              <caption className="visually-hidden">
                {t('workload.heading', { office: officeName(office) })}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('workload.caseworker')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="num">
                    {t('workload.open')}
                  </Table.HeaderCell>
                  {STATUSES.map((s) => (
                    <Table.HeaderCell scope="col" key={s} className="num">
                      {t(`deadline.${s}`)}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell scope="col">{t('workload.oldest')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {[...workload.data.caseworkers]
                  .sort(
                    (a, b) => (b.byDeadline.breached ?? 0) - (a.byDeadline.breached ?? 0) || b.open - a.open,
                  )
                  .map((r) => row(r, r.name ?? '–', String(r.userId)))}
                {row(workload.data.unassigned, t('workload.unassigned'), 'unassigned')}
              </Table.Body>
            </Table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
