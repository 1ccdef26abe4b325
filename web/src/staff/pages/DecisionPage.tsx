import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Radio,
  Select,
  Spinner,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { useApi, useDates, useLabels, useMunicipalityNames, type CaseView } from '../api.ts';
import { LetterLinks } from '../Letter.tsx';
import { fillTemplate, PLACEHOLDERS, REASON_TEMPLATES, type LetterLanguage } from '../reason-templates.ts';

/**
 * Drafting and issuing a decision: outcome and legal basis, reasons from a template filled from the case,
 * the letter previewed exactly as the party will get it (bokmål or nynorsk, as the party chose), then issued.
 */
export default function DecisionPage() {
  const { id } = useParams();
  const caseId = Number(id);
  const { t } = useTranslation('staff');
  const api = useApi();
  const client = useQueryClient();
  const navigate = useNavigate();
  const labels = useLabels();
  const municipality = useMunicipalityNames();
  const date = useDates();
  const view = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => api<CaseView>(`/api/cases/${caseId}?purpose=saksbehandling`),
  });
  const c = view.data;
  const draft = c?.decisions.find((d) => d.status === 'draft');
  const partyLanguage = c?.parties?.find((p) => p.preferredLanguage === 'nn' || p.preferredLanguage === 'nb')
    ?.preferredLanguage as LetterLanguage | undefined;
  const caseType = labels.terms?.caseTypes.find((x) => x.code === c?.caseType);

  const [outcome, setOutcome] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [reasons, setReasons] = useState('');
  const [language, setLanguage] = useState<LetterLanguage>('nb');
  const [template, setTemplate] = useState('assessment');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const [busy, setBusy] = useState(false);

  // Start from the saved draft, or from the case type's legal basis and the party's language.
  const [initialised, setInitialised] = useState(false);
  useEffect(() => {
    if (!c || !caseType || initialised) return;
    setOutcome(draft?.outcome ?? '');
    setLegalBasis((draft?.legalBasis ?? [caseType.legalBasis]).join('\n'));
    setReasons(draft?.reasons ?? '');
    setLanguage(
      (draft?.language as LetterLanguage | undefined) ?? partyLanguage ?? (c.language === 'nn' ? 'nn' : 'nb'),
    );
    if (draft) setSaved(1);
    setInitialised(true);
  }, [c, caseType, draft, partyLanguage, initialised]);

  if (view.isError) return <Alert data-color="danger">{(view.error as Error).message}</Alert>;
  if (!c || !caseType) return <Spinner aria-label={t('loading')} />;

  const outcomes = caseType.outcomes.filter((o) => o.byDecision);
  const outcomeLabel = (code: string) =>
    caseType.outcomes.find((o) => o.code === code)?.label[language] ?? code;
  const values = {
    saksnummer: c.caseNumber,
    mottatt: date(c.receivedOn),
    virksomhet: c.provider?.name ?? '',
    tjeneste: c.serviceType ? labels.serviceType(c.serviceType).toLowerCase() : '',
    tema: c.themes.map(labels.theme).join(', ').toLowerCase(),
    kommune: c.municipalityNumber ? municipality(c.municipalityNumber) : '',
    utfall: outcome ? outcomeLabel(outcome).toLowerCase() : '',
  };

  const showErrors = (error: unknown) => {
    if (error instanceof ApiError) {
      const byField: Record<string, string> = {};
      for (const f of error.fields) byField[f.field.replace(/^body\./, '').split('.')[0] ?? ''] ??= f.message;
      setErrors(byField);
      setGeneral(error.fields.length ? null : error.message);
    } else setGeneral(t('action.failed'));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setGeneral(null);
    const lines = legalBasis
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    try {
      await api(`/api/cases/${caseId}/decision-draft`, {
        method: 'PUT',
        body: {
          ...(outcome ? { outcome } : {}),
          ...(lines.length ? { legalBasis: lines } : {}),
          ...(reasons.trim() ? { reasons: reasons.trim() } : {}),
          language,
        },
      });
      setSaved((n) => n + 1);
      await client.invalidateQueries({ queryKey: ['case', caseId] });
    } catch (error) {
      showErrors(error);
    } finally {
      setBusy(false);
    }
  }

  async function issue() {
    setBusy(true);
    setGeneral(null);
    try {
      await api(`/api/cases/${caseId}/decision`, { body: { expectedVersion: c!.version } });
      await client.invalidateQueries({ queryKey: ['case', caseId] });
      await client.invalidateQueries({ queryKey: ['queue'] });
      void navigate(`/saksbehandling/saker/${caseId}`);
    } catch (error) {
      showErrors(error);
    } finally {
      setBusy(false);
    }
  }

  const canIssue = c.availableActions.some((a) => a === 'issue_decision' || a === 'issue_final_report');
  return (
    <article aria-labelledby="decision-heading" className="stack narrow-wide">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={`/saksbehandling/saker/${caseId}`}>
            {t('decision.back', { number: c.caseNumber })}
          </RouterLink>
        </Link>
      </Paragraph>
      <Heading level={2} data-size="md" id="decision-heading">
        {t('decision.heading', { number: c.caseNumber })}
      </Heading>
      <Paragraph data-size="sm">{c.title}</Paragraph>
      {!canIssue && (
        <Alert data-color="warning">
          <Paragraph data-size="sm">{t('decision.notNow', { state: labels.state(c.state) })}</Paragraph>
        </Alert>
      )}
      <form onSubmit={save} className="stack" noValidate>
        <Field>
          <Label htmlFor="decision-outcome">{t('field.outcome')}</Label>
          <Select
            id="decision-outcome"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            aria-invalid={errors.outcome ? true : undefined}
            aria-describedby={errors.outcome ? 'decision-outcome-error' : undefined}
          >
            <Select.Option value="">{t('action.choose')}</Select.Option>
            {outcomes.map((o) => (
              <Select.Option key={o.code} value={o.code}>
                {labels.outcome(o.code)}
              </Select.Option>
            ))}
          </Select>
          {errors.outcome && (
            <ValidationMessage id="decision-outcome-error">{errors.outcome}</ValidationMessage>
          )}
        </Field>
        <Textfield
          id="decision-legal-basis"
          label={t('field.legalBasis')}
          description={t('field.linesHelp')}
          multiline
          rows={3}
          value={legalBasis}
          error={errors.legalBasis}
          onChange={(e) => setLegalBasis(e.target.value)}
        />
        <Fieldset>
          <Fieldset.Legend>{t('decision.language')}</Fieldset.Legend>
          <Fieldset.Description>
            {partyLanguage
              ? t('decision.partyChose', { lang: t(`case.lang.${partyLanguage}`) })
              : t('decision.noChoice')}
          </Fieldset.Description>
          {(['nb', 'nn'] as const).map((l) => (
            <Radio
              key={l}
              name="language"
              value={l}
              label={t(`case.lang.${l}`)}
              checked={language === l}
              onChange={() => setLanguage(l)}
            />
          ))}
        </Fieldset>
        <div className="template-row">
          <Field data-size="sm">
            <Label htmlFor="decision-template">{t('decision.template')}</Label>
            <Select id="decision-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
              {Object.keys(REASON_TEMPLATES).map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`decision.templates.${k}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => setReasons(fillTemplate(REASON_TEMPLATES[template]?.[language] ?? '', values))}
          >
            {t('decision.useTemplate')}
          </Button>
        </div>
        <Textfield
          id="decision-reasons"
          label={t('field.reasons')}
          description={t('decision.placeholders', { list: PLACEHOLDERS.map((p) => `{${p}}`).join(', ') })}
          multiline
          rows={12}
          value={reasons}
          error={errors.reasons}
          onChange={(e) => setReasons(e.target.value)}
        />
        {general && (
          <Alert data-color="danger" role="alert">
            <Paragraph data-size="sm">{general}</Paragraph>
          </Alert>
        )}
        <div className="buttons">
          <Button type="submit" variant="secondary" disabled={busy}>
            {t('decision.save')}
          </Button>
          <Button type="button" disabled={busy || saved === 0 || !canIssue} onClick={() => void issue()}>
            {t('decision.issue')}
          </Button>
        </div>
        {saved > 0 && (
          <Paragraph role="status" data-size="sm">
            {t('decision.saved')}
          </Paragraph>
        )}
      </form>
      {saved > 0 && (
        <section aria-labelledby="preview-heading" className="stack">
          <Heading level={3} data-size="sm" id="preview-heading">
            {t('decision.preview')}
          </Heading>
          <LetterLinks
            open
            key={saved}
            url={`/api/cases/${caseId}/decision-draft/letter`}
            title={t('decision.preview')}
          />
        </section>
      )}
    </article>
  );
}
