import { Alert, Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useStaffSession } from '../session.ts';
import { ActionForm, type FieldSpec } from './ActionForm.tsx';
import { useApi, useLabels, useRoles, type CaseView, type Workload } from './api.ts';

/** Steps that only move the case on (`POST /steps`); the advance notice and draft report wait for comments. */
const STEPS = new Set([
  'open_investigation',
  'start_assessment',
  'share_statement',
  'notify_provider',
  'request_self_report',
  'hold_audit_visit',
  'hold_closing_meeting',
  'send_draft_report',
  'send_advance_notice',
]);
const WAITS_FOR_COMMENTS = new Set(['send_advance_notice', 'send_draft_report']);
const CLOSING = new Set(['close', 'accept_corrections', 'decide_appeal']);
const DECIDING = new Set(['issue_decision', 'issue_final_report']);

function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Form {
  key: string;
  title: string;
  fields: FieldSpec[];
  submit: (values: Record<string, string | string[]>) => Promise<unknown>;
}

/**
 * Every action the case's state allows (the API lists them), each as a form, plus the ones that do not move
 * the state: assignment, interim reply, stopping and restarting the clock.
 */
export function CaseActions({ data, onDone }: { data: CaseView; onDone: () => Promise<void> }) {
  const { t } = useTranslation('staff');
  const api = useApi();
  const labels = useLabels();
  const roles = useRoles();
  const session = useStaffSession();
  const [done, setDone] = useState<string | null>(null);
  const workload = useQuery({
    queryKey: ['workload', data.officeCode],
    queryFn: () => api<Workload>(`/api/queues/workload?office=${data.officeCode}`),
    enabled: roles.has('office_manager'),
  });
  const base = `/api/cases/${data.id}`;
  const post = (url: string, body: object, method: 'POST' | 'PUT' | 'DELETE' = 'POST') =>
    api(base + url, { method, body });
  const version = { expectedVersion: data.version };
  const reason: FieldSpec = { name: 'reason', label: t('field.reason'), kind: 'textarea' };
  const requiredReason: FieldSpec = { ...reason, required: true };
  const caseType = labels.terms?.caseTypes.find((c) => c.code === data.caseType);
  const outcomes = (caseType?.outcomes ?? []).map((o) => ({ value: o.code, label: labels.outcome(o.code) }));

  const forms: Form[] = [];
  const links: { action: string; to: string }[] = [];
  for (const action of data.availableActions) {
    const title = labels.action(action);
    if (action === 'triage')
      forms.push({
        key: action,
        title,
        fields: [reason],
        submit: (v) => post('/triage', { ...v, ...version }),
      });
    else if (STEPS.has(action))
      forms.push({
        key: action,
        title,
        fields: WAITS_FOR_COMMENTS.has(action)
          ? [
              { ...reason, label: t('field.considered') },
              {
                name: 'responseDeadline',
                label: t('field.commentDeadline'),
                kind: 'date',
                initial: inDays(21),
              },
            ]
          : [reason],
        submit: (v) => post('/steps', { action, ...v, ...version }),
      });
    else if (action === 'request_statement')
      forms.push({
        key: action,
        title,
        fields: [
          {
            name: 'recipient',
            label: t('field.recipient'),
            kind: 'text',
            required: true,
            initial: data.provider?.name ?? '',
          },
          {
            name: 'responseDeadline',
            label: t('field.responseDeadline'),
            kind: 'date',
            required: true,
            initial: inDays(21),
          },
          {
            name: 'questions',
            label: t('field.questions'),
            kind: 'textarea',
            description: t('field.questionsHelp'),
          },
        ],
        submit: (v) => post('/statement-requests', { ...v, ...version }),
      });
    else if (action === 'record_statement')
      forms.push({
        key: action,
        title,
        fields: [
          { name: 'from', label: t('field.from'), kind: 'text', initial: data.provider?.name ?? '' },
          { name: 'statement', label: t('field.statement'), kind: 'textarea', required: true },
        ],
        submit: (v) => post('/statements', { ...v, ...version }),
      });
    else if (DECIDING.has(action)) links.push({ action, to: `/saksbehandling/saker/${data.id}/vedtak` });
    else if (action === 'conclude')
      forms.push({
        key: action,
        title,
        fields: [
          { name: 'outcome', label: t('field.outcome'), kind: 'select', options: outcomes, required: true },
          requiredReason,
          {
            name: 'legalBasis',
            label: t('field.legalBasis'),
            kind: 'lines',
            description: t('field.linesHelp'),
            initial: caseType?.legalBasis ?? '',
          },
        ],
        submit: (v) => post('/conclusion', { ...v, ...version }),
      });
    else if (action === 'transfer_to_national_body')
      forms.push({
        key: action,
        title,
        fields: [requiredReason],
        submit: (v) => post('/transfer', { ...v, ...version }),
      });
    else if (action === 'reopen')
      forms.push({
        key: action,
        title,
        fields: [requiredReason],
        submit: (v) => post('/reopening', { ...v, ...version }),
      });
    else if (action === 'register_appeal')
      forms.push({
        key: action,
        title,
        fields: [requiredReason],
        submit: (v) => post('/appeal', { ...v, ...version }),
      });
    else if (CLOSING.has(action))
      forms.push({
        key: action,
        title,
        fields: [requiredReason],
        submit: (v) => post('/closing', { action, ...v, ...version }),
      });
  }

  if (data.state !== 'closed') {
    const caseworkers = workload.data?.caseworkers.filter((c) => c.userId !== null) ?? [];
    forms.push({
      key: 'assign',
      title: t('action.assign'),
      fields: [
        {
          name: 'userId',
          label: t('field.caseworker'),
          kind: 'select',
          options: [
            ...(session
              ? [{ value: String(session.user.id), label: t('action.me', { name: session.user.name }) }]
              : []),
            ...caseworkers
              .filter((c) => c.userId !== session?.user.id)
              .map((c) => ({ value: String(c.userId), label: c.name ?? String(c.userId) })),
          ],
          initial: session ? String(session.user.id) : '',
        },
        { ...reason, kind: 'text' },
      ],
      submit: (v) => post('/assignment', { ...v, ...(v.userId ? { userId: Number(v.userId) } : {}) }),
    });
    if (data.deadlines.interimReply.status === 'due' || data.deadlines.interimReply.status === 'overdue')
      forms.push({
        key: 'interim',
        title: t('action.interim'),
        fields: [{ name: 'delayExplanation', label: t('field.delayExplanation'), kind: 'textarea' }],
        submit: (v) => post('/interim-reply', v),
      });
    const open = data.suspensions.find((s) => !s.resumedOn);
    if (open)
      forms.push({
        key: 'resume',
        title: t('action.resume'),
        fields: [],
        submit: () => post('/suspension', {}, 'DELETE'),
      });
    else
      forms.push({
        key: 'suspend',
        title: t('action.suspend'),
        fields: [
          requiredReason,
          {
            name: 'responseDeadline',
            label: t('field.responseDeadline'),
            kind: 'date',
            required: true,
            initial: inDays(14),
          },
        ],
        submit: (v) => post('/suspension', v),
      });
  }

  return (
    <section aria-labelledby="actions-heading" className="stack">
      <Heading level={3} data-size="sm" id="actions-heading">
        {t('case.actions')}
      </Heading>
      {done && (
        <Alert data-color="success" role="status">
          <Paragraph data-size="sm">{t('action.done', { action: done })}</Paragraph>
        </Alert>
      )}
      {links.map((l) => (
        <Paragraph key={l.action}>
          <Link asChild>
            <RouterLink to={l.to}>{t('action.draftDecision')}</RouterLink>
          </Link>
        </Paragraph>
      ))}
      {forms.length === 0 && links.length === 0 && <Paragraph>{t('action.none')}</Paragraph>}
      {forms.map((form) => (
        <Details key={form.key} data-action={form.key}>
          <Details.Summary>{form.title}</Details.Summary>
          <Details.Content>
            <ActionForm
              id={`action-${form.key}`}
              fields={form.fields}
              submitLabel={form.title}
              submit={form.submit}
              onDone={async () => {
                await onDone();
                setDone(form.title);
              }}
            />
          </Details.Content>
        </Details>
      ))}
    </section>
  );
}
