import {
  Alert,
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textarea,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, request } from '../../api.ts';
import { useStaffSession } from '../../session.ts';
import { ChartFrame, type Column } from '../charts/ChartFrame.tsx';
import { useRisk, withQuery, type Candidate, type Planning } from '../data.ts';
import { useFormat, useLabels, type Format, type Labels } from '../labels.ts';
import { Loading, To, unitPath } from '../parts.tsx';

type Capacity = Planning['capacity'][number];

const HANDLERS = ['caseworker', 'office_manager', 'national_lawyer'];

/**
 * Supervision planning: the latest run's candidates in priority order, each with the rules and signals that
 * put it there, the offices' capacity, and a button that opens a planned supervision case at the unit's
 * office, recording why it was chosen.
 */
export default function PlanningPage() {
  const { t } = useTranslation('risk');
  const fmt = useFormat();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const office = params.get('embete') || '';
  const data = useRisk<Planning>(withQuery('/api/pictures/planning', { office, limit: 50 }));
  const columns: Column<Capacity>[] = [
    { key: 'office', label: t('picture.office'), value: (r) => labels.office(r.office) },
    {
      key: 'caseworkers',
      label: t('planning.caseworkers'),
      value: (r) => r.caseworkers,
      display: (r) => fmt.int(r.caseworkers),
      numeric: true,
    },
    {
      key: 'planned',
      label: t('planning.plannedLast12'),
      value: (r) => r.plannedLast12Months,
      display: (r) => fmt.int(r.plannedLast12Months),
      numeric: true,
    },
    {
      key: 'open',
      label: t('planning.openPlanned'),
      value: (r) => r.openPlanned,
      display: (r) => fmt.int(r.openPlanned),
      numeric: true,
    },
  ];
  return (
    <section aria-labelledby="planning-heading" className="risk-page">
      <Heading level={2} data-size="sm" id="planning-heading">
        {t('planning.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('planning.help')}</Paragraph>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('map.filters')}>
        <Field>
          <Label htmlFor="planning-office">{t('picture.office')}</Label>
          <Select
            id="planning-office"
            value={office}
            onChange={(e) => setParams(e.target.value ? { embete: e.target.value } : {}, { replace: true })}
          >
            <Select.Option value="">{t('map.wholeCountry')}</Select.Option>
            {labels.offices
              .filter((o) => o.kind !== 'national')
              .map((o) => (
                <Select.Option key={o.code} value={o.code}>
                  {o.name[labels.lang]}
                </Select.Option>
              ))}
          </Select>
        </Field>
      </form>
      {!data.data ? (
        <Loading error={data.error} />
      ) : (
        <>
          <Heading level={3} data-size="xs">
            {t('planning.candidates', { count: data.data.total })}
          </Heading>
          {data.data.candidates.length === 0 && <Paragraph>{t('planning.noCandidates')}</Paragraph>}
          <ol className="candidates">
            {data.data.candidates.map((c) => (
              <li key={`${c.unitType}:${c.unitId}`}>
                <CandidateCard candidate={c} fmt={fmt} labels={labels} />
              </li>
            ))}
          </ol>
          <ChartFrame
            title={t('planning.capacity')}
            description={t('planning.capacityHelp')}
            file="kapasitet"
            columns={columns}
            rows={data.data.capacity.filter((c) => !office || c.office === office)}
            rowKey={(r) => r.office}
          />
        </>
      )}
    </section>
  );
}

function CandidateCard({ candidate: c, fmt, labels }: { candidate: Candidate; fmt: Format; labels: Labels }) {
  const { t } = useTranslation('risk');
  const session = useStaffSession();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState(() => c.reasons.map((r) => r.label[labels.lang]).join('; '));
  const plan = useMutation({
    mutationFn: () =>
      request<{ caseNumber?: string; id?: number }>('/api/pictures/planned-supervisions', {
        lang: labels.lang,
        token: session?.token,
        body: { unitType: c.unitType, unitId: c.unitId, reason },
      }),
  });
  // Planning opens a case at the unit's office: case handlers there only (the server asks the policy again).
  const mayPlan = (session?.user.roles ?? []).some(
    (r) => HANDLERS.includes(r.role) && r.officeCode === c.office,
  );
  const plannable = (c.unitType === 'provider' || c.unitType === 'municipality') && mayPlan;
  const link = unitPath(c.unitType, c.unitId);
  const id = `plan-${c.unitType}-${c.unitId}`;
  return (
    <Card data-color="neutral" className="candidate">
      <Heading level={4} data-size="2xs">
        {link ? <To to={link}>{c.unitLabel}</To> : c.unitLabel}{' '}
        <Tag data-color={c.priority === 1 ? 'danger' : c.priority === 2 ? 'warning' : 'info'} data-size="sm">
          {t('planning.priority', { priority: c.priority })}
        </Tag>
      </Heading>
      <Paragraph data-size="sm">
        {labels.unitType(c.unitType)}
        {c.office ? ` · ${labels.office(c.office)}` : ''}
      </Paragraph>
      <ul className="reasons">
        {c.reasons.map((r) => (
          <li key={r.rule}>
            <strong>{r.label[labels.lang]}</strong>:{' '}
            {r.signals.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <To to={`/risiko/signaler/${s.id}`}>
                  {labels.method(s.method)}
                  {s.theme ? ` (${labels.theme(s.theme)})` : ''}
                </To>{' '}
                {t('planning.observedExpected', {
                  observed: fmt.int(s.observed),
                  expected: fmt.one(s.expected),
                  ratio: fmt.two(s.ratio),
                })}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {plannable &&
        (plan.isSuccess ? (
          <Alert data-color="success" role="status">
            {t('planning.planned', { caseNumber: plan.data.caseNumber ?? plan.data.id ?? '' })}
          </Alert>
        ) : open ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              plan.mutate();
            }}
          >
            <Field>
              <Label htmlFor={id}>{t('planning.why')}</Label>
              <Textarea id={id} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
            {plan.isError && (
              <Alert data-color="danger">
                {plan.error instanceof ApiError && plan.error.fields.length > 0
                  ? plan.error.fields.map((f) => f.message).join(' ')
                  : plan.error.message}
              </Alert>
            )}
            <div className="button-row">
              <Button type="submit" data-size="sm" disabled={plan.isPending}>
                {t('planning.confirm')}
              </Button>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(false)}>
                {t('planning.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <Button data-size="sm" variant="secondary" onClick={() => setOpen(true)}>
            {t('planning.plan')}
          </Button>
        ))}
    </Card>
  );
}
