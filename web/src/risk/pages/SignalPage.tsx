import {
  Alert,
  Button,
  Card,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Textarea,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, request } from '../../api.ts';
import { useStaffSession } from '../../session.ts';
import { useRisk, type Assessment, type SignalDetail } from '../data.ts';
import { useFormat, useLabels } from '../labels.ts';
import { intervalText, Loading, To, unitPath } from '../parts.tsx';

const DECISIONS = ['agree', 'not_now', 'disagree'] as const;

/** Evidence values as text: numbers rounded, lists joined, nested objects as key = value. */
function evidenceText(value: unknown, two: (x: number) => string): string {
  if (typeof value === 'number')
    return Number.isInteger(value)
      ? String(value)
      : Math.abs(value) < 0.1
        ? value.toPrecision(2)
        : two(value);
  if (Array.isArray(value)) return value.map((v) => evidenceText(v, two)).join(', ');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k} = ${evidenceText(v, two)}`)
      .join('; ');
  return String(value ?? '');
}

/**
 * One signal: what it says (observed against expected, interval, method, comparison group, period), how the
 * method works in plain words, the evidence as stored, every assessment people have recorded for it (across
 * runs), and the form to record one more. Signals are advisory; the assessment is the decision.
 */
export default function SignalPage() {
  const { signalId } = useParams();
  const { t } = useTranslation('risk');
  const fmt = useFormat();
  const labels = useLabels();
  const session = useStaffSession();
  const queryClient = useQueryClient();
  const url = `/api/risk/signals/${encodeURIComponent(signalId ?? '')}`;
  const signal = useRisk<SignalDetail>(url);
  const [decision, setDecision] = useState<(typeof DECISIONS)[number] | ''>('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      request<Assessment>(`${url}/assessments`, {
        lang: labels.lang,
        token: session?.token,
        body: { decision, reason },
      }),
    onSuccess: async () => {
      setDecision('');
      setReason('');
      setProblems({});
      await queryClient.invalidateQueries({ queryKey: ['risk', url] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length > 0)
        setProblems(Object.fromEntries(error.fields.map((f) => [f.field.replace(/^body\./, ''), f.message])));
    },
  });
  if (!signal.data)
    return (
      <section aria-labelledby="signal-heading">
        <Heading level={2} data-size="sm" id="signal-heading">
          {t('signal.heading')}
        </Heading>
        <Loading error={signal.error} />
      </section>
    );
  const s = signal.data;
  const unitLink = unitPath(s.unitType, s.unitId);
  const submit = () => {
    const missing: Record<string, string> = {};
    if (!decision) missing.decision = t('assess.decisionMissing');
    if (reason.trim().length === 0) missing.reason = t('assess.reasonMissing');
    setProblems(missing);
    if (Object.keys(missing).length === 0) save.mutate();
  };
  return (
    <section aria-labelledby="signal-heading" className="risk-page">
      <Heading level={2} data-size="sm" id="signal-heading">
        {t('signal.headingFor', { unit: s.unitLabel })}
      </Heading>
      <Paragraph data-size="sm">
        {labels.unitType(s.unitType)}
        {s.serviceType ? ` · ${labels.serviceType(s.serviceType)}` : ''}
        {s.theme ? ` · ${labels.theme(s.theme)}` : ''}
        {unitLink && (
          <>
            {' · '}
            <To to={unitLink}>{t('signal.unitPage')}</To>
          </>
        )}
      </Paragraph>
      <dl className="figures">
        <Card data-color="neutral">
          <dt>{t('signal.observed')}</dt>
          <dd>{fmt.int(s.observed)}</dd>
        </Card>
        <Card data-color="neutral">
          <dt>{t('signal.expected')}</dt>
          <dd>{fmt.one(s.expected)}</dd>
        </Card>
        <Card data-color="neutral">
          <dt>{t('signal.ratio')}</dt>
          <dd>{fmt.two(s.ratio)}</dd>
        </Card>
        <Card data-color="neutral">
          <dt>{t('signal.intervalLevel', { level: fmt.pct(s.interval.level) })}</dt>
          <dd>{intervalText(fmt, s.interval)}</dd>
        </Card>
      </dl>
      <Heading level={3} data-size="xs">
        {t('signal.explanation')}
      </Heading>
      <Paragraph>
        {t(`method.${s.method}.explain`, {
          defaultValue: labels.method(s.method),
          // The CUSUM's false-alarm budget as stored with the signal: 0.005 a unit-year is once in 200 years.
          years: falseAlarmYears(s.evidence) ?? '–',
        })}
      </Paragraph>
      <dl className="facts">
        {(
          [
            [t('signal.method'), labels.method(s.method)],
            [t('signal.comparisonGroup'), labels.comparison(s.comparison, s.comparisonGroup)],
            [t('signal.period'), `${fmt.date(s.period.from)}–${fmt.date(s.period.to)}`],
            // The comparison is shown above in words, and the score's scale only matters to the API.
            ...Object.entries(s.evidence)
              .filter(([k]) => !['comparison', 'score_meaning', 'interval_meaning'].includes(k))
              .map(([k, v]) => [
                t(`evidence.${k}`, { defaultValue: k }),
                k === 'alarms' || k === 'alarm_month'
                  ? alarmMonths(v, s.evidence.alarm_month, s.period.to, labels.lang)
                  : evidenceText(v, fmt.two),
              ]),
          ] as [string, string][]
        ).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <Heading level={3} data-size="xs">
        {t('assess.history')}
      </Heading>
      {s.assessments.length === 0 ? (
        <Paragraph data-size="sm">{t('assess.none')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('assess.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assess.who')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assess.decision')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('assess.reason')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {s.assessments.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>{fmt.date(a.assessedAt)}</Table.Cell>
                  <Table.Cell>{a.assessedBy}</Table.Cell>
                  <Table.Cell>{t(`assess.${a.decision}`)}</Table.Cell>
                  <Table.Cell>{a.reason}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <form
        className="assess-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Heading level={3} data-size="xs">
          {t('assess.heading')}
        </Heading>
        <Fieldset>
          <Fieldset.Legend>{t('assess.decision')}</Fieldset.Legend>
          {DECISIONS.map((d) => (
            <Radio
              key={d}
              name="decision"
              value={d}
              label={t(`assess.${d}`)}
              checked={decision === d}
              onChange={() => setDecision(d)}
              aria-invalid={problems.decision ? true : undefined}
            />
          ))}
          {problems.decision && <ValidationMessage>{problems.decision}</ValidationMessage>}
        </Fieldset>
        <Field>
          <Label htmlFor="assess-reason">{t('assess.reason')}</Label>
          <Textarea
            id="assess-reason"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={problems.reason ? true : undefined}
            aria-describedby={problems.reason ? 'assess-reason-error' : undefined}
          />
          {problems.reason && (
            <ValidationMessage id="assess-reason-error">{problems.reason}</ValidationMessage>
          )}
        </Field>
        {save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0) && (
          <Alert data-color="danger">{save.error.message}</Alert>
        )}
        {save.isSuccess && (
          <Alert data-color="success" role="status">
            {t('assess.saved')}
          </Alert>
        )}
        <Button type="submit" disabled={save.isPending}>
          {t('assess.save')}
        </Button>
      </form>
    </section>
  );
}

/** Years between false alarms of a unit with no real rise, from a CUSUM signal's stored budget. */
function falseAlarmYears(evidence: Record<string, unknown>): number | undefined {
  const budget = evidence.false_alarms_per_unit_year;
  return typeof budget === 'number' && budget > 0 ? Math.round(1 / budget) : undefined;
}

/**
 * A CUSUM's alarm months are stored as month indexes of the run; the evidence period ends in the alarm month,
 * so each index is that month moved by its distance from the alarm.
 */
function alarmMonths(value: unknown, alarm: unknown, periodTo: string, lang: string): string {
  const indexes = (Array.isArray(value) ? value : [value]).filter((v): v is number => typeof v === 'number');
  if (typeof alarm !== 'number' || indexes.length === 0) return String(value ?? '');
  const month = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const [year, m] = periodTo.split('-').map(Number) as [number, number];
  return indexes.map((i) => month.format(new Date(Date.UTC(year, m - 1 + i - alarm, 1)))).join(', ');
}
