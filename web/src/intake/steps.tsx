import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import {
  readAsBase64,
  searchProviders,
  type ComplaintDraft,
  type Municipality,
  type ProviderHit,
  type ServiceType,
} from './complaint-api.ts';
import type { Errors, Step } from './ComplaintForm.tsx';

export interface StepProps {
  draft: ComplaintDraft;
  update: (patch: Partial<ComplaintDraft>) => void;
  errors: Errors;
  serviceTypes: ServiceType[];
  municipalities: Municipality[];
  onChange: (step: Step) => void;
}

const MAX_FILES = 5;
const MAX_BYTES = 5 * 1024 * 1024;
const collator = new Intl.Collator('nb');

function useLang() {
  const { t, i18n } = useTranslation('intake');
  const lang = (['nb', 'nn', 'en'].includes(i18n.language) ? i18n.language : 'nb') as 'nb' | 'nn' | 'en';
  return { t, lang };
}

export function WhoStep({ draft, update, errors }: StepProps) {
  const { t } = useLang();
  const roles = ['patient', 'next_of_kin', 'on_behalf_of_child', 'professional'] as const;
  return (
    <>
      <Fieldset id="field-submitterRole">
        <Fieldset.Legend>{t('who.role')}</Fieldset.Legend>
        {roles.map((r) => (
          <Radio
            key={r}
            name="submitterRole"
            value={r}
            label={t(`who.roles.${r}`)}
            checked={draft.submitterRole === r}
            onChange={() => update({ submitterRole: r })}
            aria-invalid={errors.submitterRole ? true : undefined}
          />
        ))}
        {errors.submitterRole && <ValidationMessage>{errors.submitterRole}</ValidationMessage>}
      </Fieldset>
      <div className="intake-pair">
        <Textfield
          id="field-givenName"
          label={t('who.givenName')}
          autoComplete="given-name"
          value={draft.givenName}
          onChange={(e) => update({ givenName: e.target.value })}
          error={errors.givenName}
        />
        <Textfield
          id="field-familyName"
          label={t('who.familyName')}
          autoComplete="family-name"
          value={draft.familyName}
          onChange={(e) => update({ familyName: e.target.value })}
          error={errors.familyName}
        />
      </div>
      <Textfield
        id="field-nationalId"
        label={t('who.nationalId')}
        description={t('who.nationalIdHelp')}
        inputMode="numeric"
        autoComplete="off"
        value={draft.nationalId}
        onChange={(e) => update({ nationalId: e.target.value })}
        error={errors.nationalId}
      />
      {draft.submitterRole !== '' && draft.submitterRole !== 'patient' && (
        <Fieldset>
          <Fieldset.Legend>
            {t('who.subject')} {t('form.optional')}
          </Fieldset.Legend>
          <Fieldset.Description>{t('who.subjectHelp')}</Fieldset.Description>
          <div className="intake-pair">
            <Textfield
              id="field-subjectGivenName"
              label={t('who.givenName')}
              value={draft.subjectGivenName}
              onChange={(e) => update({ subjectGivenName: e.target.value })}
              error={errors.subjectGivenName}
            />
            <Textfield
              id="field-subjectFamilyName"
              label={t('who.familyName')}
              value={draft.subjectFamilyName}
              onChange={(e) => update({ subjectFamilyName: e.target.value })}
              error={errors.subjectFamilyName}
            />
          </div>
          <Textfield
            id="field-subjectNationalId"
            label={`${t('who.subjectNationalId')} ${t('form.optional')}`}
            inputMode="numeric"
            value={draft.subjectNationalId}
            onChange={(e) => update({ subjectNationalId: e.target.value })}
            error={errors.subjectNationalId}
          />
        </Fieldset>
      )}
    </>
  );
}

export function ServiceStep({ draft, update, errors, serviceTypes, municipalities }: StepProps) {
  const { t, lang } = useLang();
  const [hits, setHits] = useState<ProviderHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const search = async () => {
    if (draft.providerQuery.trim().length < 2) return;
    setSearching(true);
    setSearchError(null);
    try {
      setHits(await searchProviders(draft.providerQuery.trim(), lang));
    } catch (error) {
      setSearchError(error instanceof ApiError ? error.message : String(error));
    } finally {
      setSearching(false);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter in the search field searches instead of going to the next step.
    if (e.key === 'Enter') {
      e.preventDefault();
      void search();
    }
  };
  const serviceName = (code: string) => serviceTypes.find((s) => s.code === code)?.[lang] ?? code;
  const sortedServices = [...serviceTypes].sort((a, b) => collator.compare(a[lang], b[lang]));
  const sortedMunicipalities = [...municipalities].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <Field>
        <Label htmlFor="field-serviceType">
          {t('service.serviceType')} {t('form.optional')}
        </Label>
        <Select
          id="field-serviceType"
          value={draft.serviceType}
          onChange={(e) => update({ serviceType: e.target.value })}
        >
          <Select.Option value="">{t('service.dontKnow')}</Select.Option>
          {sortedServices.map((s) => (
            <Select.Option key={s.code} value={s.code}>
              {s[lang]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="intake-search">
        <Textfield
          id="field-providerQuery"
          label={t('service.search')}
          description={t('service.searchHelp')}
          type="search"
          value={draft.providerQuery}
          onChange={(e) => update({ providerQuery: e.target.value })}
          onKeyDown={onKey}
        />
        <Button type="button" variant="secondary" onClick={() => void search()} disabled={searching}>
          {searching ? t('service.searching') : t('service.searchButton')}
        </Button>
      </div>
      <div aria-live="polite">
        {searchError && <ValidationMessage>{searchError}</ValidationMessage>}
        {hits && hits.length === 0 && <Paragraph>{t('service.noResults')}</Paragraph>}
      </div>
      {(hits?.length || draft.provider) && (
        <Fieldset id="field-provider">
          <Fieldset.Legend>{t('service.results')}</Fieldset.Legend>
          {(hits ?? []).map((h) => (
            <Radio
              key={h.id}
              name="provider"
              value={String(h.id)}
              label={h.name}
              description={`${serviceName(h.serviceType)}, ${h.municipalityName}`}
              checked={draft.provider === String(h.id)}
              onChange={() =>
                update({ provider: String(h.id), providerName: `${h.name} (${h.municipalityName})` })
              }
            />
          ))}
          {!hits && draft.provider && draft.provider !== 'other' && (
            <Radio name="provider" value={draft.provider} label={draft.providerName} checked readOnly />
          )}
          <Radio
            name="provider"
            value="other"
            label={t('service.notListed')}
            checked={draft.provider === 'other'}
            onChange={() => update({ provider: 'other', providerName: '' })}
          />
        </Fieldset>
      )}
      {(draft.provider === 'other' || (hits !== null && hits.length === 0) || draft.provider === '') && (
        <>
          <Textfield
            id="field-providerText"
            label={t('service.providerText')}
            value={draft.providerText}
            onChange={(e) => update({ providerText: e.target.value, provider: draft.provider || 'other' })}
            error={errors.providerText}
          />
          <Field>
            <Label htmlFor="field-municipalityNumber">{t('service.municipality')}</Label>
            <Select
              id="field-municipalityNumber"
              value={draft.municipalityNumber}
              onChange={(e) => update({ municipalityNumber: e.target.value })}
              aria-invalid={errors.municipalityNumber ? true : undefined}
            >
              <Select.Option value="">{t('service.chooseMunicipality')}</Select.Option>
              {sortedMunicipalities.map((m) => (
                <Select.Option key={m.number} value={m.number}>
                  {m.name}
                </Select.Option>
              ))}
            </Select>
            {errors.municipalityNumber && <ValidationMessage>{errors.municipalityNumber}</ValidationMessage>}
          </Field>
        </>
      )}
    </>
  );
}

export function WhatStep({ draft, update, errors }: StepProps) {
  const { t } = useLang();
  return (
    <>
      <Textfield
        id="field-whatHappened"
        multiline
        rows={8}
        label={t('what.whatHappened')}
        description={t('what.whatHappenedHelp')}
        value={draft.whatHappened}
        onChange={(e) => update({ whatHappened: e.target.value })}
        error={errors.whatHappened}
      />
      <div className="intake-pair">
        <Textfield
          id="field-happenedOn"
          type="date"
          label={`${t('what.happenedOn')} ${t('form.optional')}`}
          description={t('what.happenedOnHelp')}
          value={draft.happenedOn}
          onChange={(e) => update({ happenedOn: e.target.value })}
          error={errors.happenedOn}
        />
        <Textfield
          id="field-happenedWhen"
          label={`${t('what.happenedWhen')} ${t('form.optional')}`}
          description={t('what.happenedWhenHelp')}
          value={draft.happenedWhen}
          onChange={(e) => update({ happenedWhen: e.target.value })}
          error={errors.happenedWhen}
        />
      </div>
      <Textfield
        id="field-desiredOutcome"
        multiline
        rows={4}
        label={t('what.desiredOutcome')}
        description={t('what.desiredOutcomeHelp')}
        value={draft.desiredOutcome}
        onChange={(e) => update({ desiredOutcome: e.target.value })}
        error={errors.desiredOutcome}
      />
    </>
  );
}

export function ContactStep({ draft, update, errors }: StepProps) {
  const { t } = useLang();
  const [fileError, setFileError] = useState<string | null>(null);
  const addFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    setFileError(null);
    const added = [];
    for (const file of files) {
      if (draft.attachments.length + added.length >= MAX_FILES) {
        setFileError(t('contact.tooMany'));
        break;
      }
      if (file.size > MAX_BYTES) {
        setFileError(t('contact.tooLarge', { name: file.name }));
        continue;
      }
      added.push({ fileName: file.name, size: file.size, contentBase64: await readAsBase64(file) });
    }
    update({ attachments: [...draft.attachments, ...added] });
  };
  const preferences = ['email', 'letter', 'phone'] as const;
  return (
    <>
      <Field>
        <Label htmlFor="field-attachments">
          {t('contact.attachments')} {t('form.optional')}
        </Label>
        <Field.Description>{t('contact.attachmentsHelp')}</Field.Description>
        <input
          id="field-attachments"
          className="intake-file"
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,.heic,.docx,.txt,application/pdf,image/jpeg,image/png,text/plain"
          onChange={(e) => void addFiles(e)}
          aria-invalid={errors.attachments || fileError ? true : undefined}
        />
        {(fileError || errors.attachments) && (
          <ValidationMessage>{fileError ?? errors.attachments}</ValidationMessage>
        )}
      </Field>
      {draft.attachments.length > 0 && (
        <ul className="intake-files">
          {draft.attachments.map((a, i) => (
            <li key={`${a.fileName}-${i}`}>
              <span>
                {a.fileName} ({Math.max(1, Math.round(a.size / 1024))} kB)
              </span>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => update({ attachments: draft.attachments.filter((_, j) => j !== i) })}
              >
                {t('contact.remove', { name: a.fileName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Fieldset id="field-contactPreference">
        <Fieldset.Legend>{t('contact.preference')}</Fieldset.Legend>
        {preferences.map((p) => (
          <Radio
            key={p}
            name="contactPreference"
            value={p}
            label={t(`contact.preferences.${p}`)}
            checked={draft.contactPreference === p}
            onChange={() => update({ contactPreference: p })}
            aria-invalid={errors.contactPreference ? true : undefined}
          />
        ))}
        {errors.contactPreference && <ValidationMessage>{errors.contactPreference}</ValidationMessage>}
      </Fieldset>
      <Textfield
        id="field-email"
        type="email"
        autoComplete="email"
        label={
          draft.contactPreference === 'email'
            ? t('contact.email')
            : `${t('contact.email')} ${t('form.optional')}`
        }
        value={draft.email}
        onChange={(e) => update({ email: e.target.value })}
        error={errors.email}
      />
      <Textfield
        id="field-phone"
        type="tel"
        autoComplete="tel"
        label={
          draft.contactPreference === 'phone'
            ? t('contact.phone')
            : `${t('contact.phone')} ${t('form.optional')}`
        }
        value={draft.phone}
        onChange={(e) => update({ phone: e.target.value })}
        error={errors.phone}
      />
      <Fieldset id="field-consent">
        <Fieldset.Legend className="intake-visually-hidden">{t('contact.consent')}</Fieldset.Legend>
        <Checkbox
          label={t('contact.consent')}
          description={t('contact.consentHelp')}
          checked={draft.consent}
          onChange={(e) => update({ consent: e.target.checked })}
          error={errors.consent}
        />
      </Fieldset>
    </>
  );
}

export function SummaryStep({ draft, serviceTypes, municipalities, onChange }: StepProps) {
  const { t, lang } = useLang();
  const none = t('summary.none');
  const service = serviceTypes.find((s) => s.code === draft.serviceType)?.[lang];
  const municipality = municipalities.find((m) => m.number === draft.municipalityNumber)?.name;
  const provider =
    draft.provider && draft.provider !== 'other'
      ? draft.providerName
      : [draft.providerText, municipality].filter(Boolean).join(', ');
  const sections: { step: Step; rows: [string, string][] }[] = [
    {
      step: 'who',
      rows: [
        [t('who.role'), draft.submitterRole ? t(`who.roles.${draft.submitterRole}`) : none],
        [`${t('who.givenName')} / ${t('who.familyName')}`, `${draft.givenName} ${draft.familyName}`],
        [t('who.nationalId'), draft.nationalId],
        ...(draft.subjectGivenName
          ? ([[t('who.subject'), `${draft.subjectGivenName} ${draft.subjectFamilyName}`]] as [
              string,
              string,
            ][])
          : []),
      ],
    },
    {
      step: 'service',
      rows: [
        [t('service.serviceType'), service ?? t('service.dontKnow')],
        [t('service.results'), provider || none],
      ],
    },
    {
      step: 'what',
      rows: [
        [t('what.whatHappened'), draft.whatHappened],
        [t('what.happenedOn'), draft.happenedOn || draft.happenedWhen || none],
        [t('what.desiredOutcome'), draft.desiredOutcome],
      ],
    },
    {
      step: 'contact',
      rows: [
        [
          t('contact.attachments'),
          draft.attachments.length
            ? `${t('summary.attachments', { count: draft.attachments.length })}: ${draft.attachments.map((a) => a.fileName).join(', ')}`
            : none,
        ],
        [
          t('contact.preference'),
          draft.contactPreference ? t(`contact.preferences.${draft.contactPreference}`) : none,
        ],
        [t('contact.email'), draft.email || none],
        [t('contact.phone'), draft.phone || none],
        [t('contact.consent'), draft.consent ? t('summary.consentYes') : none],
      ],
    },
  ];
  return (
    <div className="intake-summary">
      {sections.map((s) => (
        <section key={s.step} aria-labelledby={`summary-${s.step}`}>
          <div className="intake-summary-head">
            <Heading level={4} data-size="xs" id={`summary-${s.step}`}>
              {t(`form.steps.${s.step}`)}
            </Heading>
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => onChange(s.step)}
              aria-label={`${t('form.change')}: ${t(`form.steps.${s.step}`)}`}
            >
              {t('form.change')}
            </Button>
          </div>
          <dl>
            {s.rows.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
