import { Alert, Button, ErrorSummary, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api.ts';
import {
  complaintBody,
  EMPTY_DRAFT,
  loadMunicipalities,
  loadServiceTypes,
  sendComplaint,
  type ComplaintDraft,
  type Receipt,
} from './complaint-api.ts';
import { ContactStep, ServiceStep, SummaryStep, WhatStep, WhoStep, type StepProps } from './steps.tsx';

export const STEPS = ['who', 'service', 'what', 'contact', 'summary'] as const;
export type Step = (typeof STEPS)[number];

/** Which step holds each field, so a server error can send the person to the right place. */
const FIELD_STEP: Record<string, Step> = {
  submitterRole: 'who',
  givenName: 'who',
  familyName: 'who',
  nationalId: 'who',
  subjectGivenName: 'who',
  subjectFamilyName: 'who',
  subjectNationalId: 'who',
  serviceType: 'service',
  provider: 'service',
  providerText: 'service',
  municipalityNumber: 'service',
  whatHappened: 'what',
  happenedOn: 'what',
  happenedWhen: 'what',
  desiredOutcome: 'what',
  attachments: 'contact',
  contactPreference: 'contact',
  email: 'contact',
  phone: 'contact',
  consent: 'contact',
};

/** The API's field names (body.complainant.email) as the form's (email). */
function formField(apiField: string): string {
  const f = apiField.replace(/^body\./, '');
  if (f.startsWith('complainant.')) return f.slice('complainant.'.length);
  if (f.startsWith('subject.')) return `subject${f[8]!.toUpperCase()}${f.slice(9)}`;
  if (f.startsWith('attachments')) return 'attachments';
  if (f === 'providerId') return 'provider';
  return f;
}

export type Errors = Partial<Record<keyof ComplaintDraft, string>>;

export const RECEIPT_KEY = 'tilsyn.klage.receipt';

/** The public complaint form: five steps, a summary before sending, then the receipt. */
export function ComplaintForm() {
  const { t, i18n } = useTranslation('intake');
  const lang = i18n.language;
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ComplaintDraft>(EMPTY_DRAFT);
  const [step, setStep] = useState<Step>('who');
  const [errors, setErrors] = useState<Errors>({});
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const serviceTypes = useQuery({ queryKey: ['service-types'], queryFn: () => loadServiceTypes(lang) });
  const municipalities = useQuery({ queryKey: ['municipalities'], queryFn: () => loadMunicipalities(lang) });

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);
  useEffect(() => {
    if (Object.keys(errors).length > 0 || sendError) summaryRef.current?.focus();
  }, [errors, sendError]);

  const index = STEPS.indexOf(step);
  const update = (patch: Partial<ComplaintDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const go = (to: Step) => {
    moved.current = true;
    setErrors({});
    setSendError(null);
    setStep(to);
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(step, draft, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (step !== 'summary') {
      go(STEPS[index + 1]!);
      return;
    }
    void submit();
  };

  async function submit() {
    setSending(true);
    setSendError(null);
    try {
      const receipt = await sendComplaint(complaintBody(draft, lang), lang);
      sessionStorage.setItem(RECEIPT_KEY, JSON.stringify(receipt satisfies Receipt));
      navigate('/klage/kvittering');
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
        const found: Errors = {};
        for (const f of error.fields) {
          const name = formField(f.field) as keyof ComplaintDraft;
          found[name] ??= f.message;
        }
        setErrors(found);
        setSendError(error.message);
      } else {
        setSendError(
          error instanceof ApiError && error.status === 429 ? error.message : t('form.sendFailed'),
        );
      }
    } finally {
      setSending(false);
    }
  }

  const props: StepProps = {
    draft,
    update,
    errors,
    serviceTypes: serviceTypes.data ?? [],
    municipalities: municipalities.data ?? [],
    onChange: (s: Step) => go(s),
  };
  const errorList = Object.entries(errors) as [keyof ComplaintDraft, string][];

  return (
    <section aria-labelledby="complaint-heading" className="intake">
      <Heading level={2} data-size="md" id="complaint-heading">
        {t('form.title')}
      </Heading>
      {step === 'who' && <Paragraph>{t('form.intro')}</Paragraph>}
      <ol className="intake-steps" aria-label={t('form.stepOf', { step: index + 1, total: STEPS.length })}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={s === step ? 'step' : undefined}
            className={i < index ? 'done' : undefined}
          >
            {t(`form.steps.${s}`)}
          </li>
        ))}
      </ol>
      <form onSubmit={next} noValidate className="intake-form">
        <Paragraph data-size="sm" className="intake-step-count">
          {t('form.stepOf', { step: index + 1, total: STEPS.length })}
        </Paragraph>
        <Heading level={3} data-size="sm" ref={headingRef} tabIndex={-1} id="step-heading">
          {t(`form.steps.${step}`)}
        </Heading>
        {(errorList.length > 0 || sendError) && (
          <div ref={summaryRef} tabIndex={-1}>
            {errorList.length > 0 ? (
              <ErrorSummary>
                <ErrorSummary.Heading>{sendError ?? t('form.errorHeading')}</ErrorSummary.Heading>
                <ErrorSummary.List>
                  {errorList.map(([field, message]) => (
                    <ErrorSummary.Item key={field}>
                      <ErrorSummary.Link
                        href={`#field-${field}`}
                        onClick={(e) => {
                          const target = FIELD_STEP[field] ?? step;
                          if (target !== step) {
                            e.preventDefault();
                            go(target);
                          }
                        }}
                      >
                        {message}
                      </ErrorSummary.Link>
                    </ErrorSummary.Item>
                  ))}
                </ErrorSummary.List>
              </ErrorSummary>
            ) : (
              <Alert data-color="danger">
                <Paragraph>{sendError}</Paragraph>
              </Alert>
            )}
          </div>
        )}
        {step === 'who' && <WhoStep {...props} />}
        {step === 'service' && <ServiceStep {...props} />}
        {step === 'what' && <WhatStep {...props} />}
        {step === 'contact' && <ContactStep {...props} />}
        {step === 'summary' && <SummaryStep {...props} />}
        <div className="intake-buttons">
          {index > 0 && (
            <Button
              type="button"
              variant="secondary"
              onClick={() => go(STEPS[index - 1]!)}
              disabled={sending}
            >
              {t('form.back')}
            </Button>
          )}
          <Button type="submit" disabled={sending}>
            {sending ? (
              <>
                <Spinner aria-hidden data-size="xs" /> {t('form.sending')}
              </>
            ) : step === 'summary' ? (
              t('form.send')
            ) : (
              t('form.next')
            )}
          </Button>
        </div>
      </form>
    </section>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** What must be filled in before leaving a step; the server checks everything again. */
export function validate(step: Step, d: ComplaintDraft, t: T): Errors {
  const e: Errors = {};
  const required = t('form.required');
  const need = (field: keyof ComplaintDraft, ok: boolean, message = required) => {
    if (!ok) e[field] = message;
  };
  if (step === 'who' || step === 'summary') {
    need('submitterRole', d.submitterRole !== '');
    need('givenName', d.givenName.trim() !== '');
    need('familyName', d.familyName.trim() !== '');
    need('nationalId', /^\d{11}$/.test(d.nationalId.replace(/\s/g, '')));
  }
  if (step === 'service' || step === 'summary') {
    const chosen = d.provider !== '' && d.provider !== 'other';
    need(
      'providerText',
      chosen || (d.providerText.trim() !== '' && d.municipalityNumber !== ''),
      t('service.providerRequired'),
    );
  }
  if (step === 'what' || step === 'summary') {
    need('whatHappened', d.whatHappened.trim().length >= 20, t('what.tooShort', { min: 20 }));
    need('desiredOutcome', d.desiredOutcome.trim().length >= 5, t('what.tooShort', { min: 5 }));
  }
  if (step === 'contact' || step === 'summary') {
    need('contactPreference', d.contactPreference !== '');
    if (d.contactPreference === 'email') need('email', /^\S+@\S+\.\S+$/.test(d.email.trim()));
    if (d.contactPreference === 'phone') need('phone', /^\+?[0-9 ]{8,15}$/.test(d.phone.trim()));
    need('consent', d.consent, t('contact.consentHelp'));
  }
  return e;
}
