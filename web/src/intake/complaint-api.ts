/** The intake API as the complaint form and the status page use it. */
import { request } from '../api.ts';

export type SubmitterRole = 'patient' | 'next_of_kin' | 'on_behalf_of_child' | 'professional';
export type ContactPreference = 'email' | 'letter' | 'phone';

export interface Attachment {
  fileName: string;
  contentBase64: string;
  size: number;
}

export interface ComplaintDraft {
  submitterRole: SubmitterRole | '';
  givenName: string;
  familyName: string;
  nationalId: string;
  subjectGivenName: string;
  subjectFamilyName: string;
  subjectNationalId: string;
  serviceType: string;
  providerQuery: string;
  /** A provider id from the search, 'other' for free text, '' for not chosen yet. */
  provider: string;
  providerName: string;
  providerText: string;
  municipalityNumber: string;
  whatHappened: string;
  happenedOn: string;
  happenedWhen: string;
  desiredOutcome: string;
  attachments: Attachment[];
  contactPreference: ContactPreference | '';
  email: string;
  phone: string;
  consent: boolean;
}

export const EMPTY_DRAFT: ComplaintDraft = {
  submitterRole: '',
  givenName: '',
  familyName: '',
  nationalId: '',
  subjectGivenName: '',
  subjectFamilyName: '',
  subjectNationalId: '',
  serviceType: '',
  providerQuery: '',
  provider: '',
  providerName: '',
  providerText: '',
  municipalityNumber: '',
  whatHappened: '',
  happenedOn: '',
  happenedWhen: '',
  desiredOutcome: '',
  attachments: [],
  contactPreference: '',
  email: '',
  phone: '',
  consent: false,
};

export interface Receipt {
  caseId: number;
  caseNumber: string;
  statusSecret: string;
  statusUrl: string;
  officeCode: string;
  joinedExistingCase: boolean;
}

export interface ProviderHit {
  id: number;
  name: string;
  orgNumber: string;
  serviceType: string;
  municipalityNumber: string;
  municipalityName: string;
}

export interface ServiceType {
  code: string;
  sector: string;
  nb: string;
  nn: string;
  en: string;
}

export interface Municipality {
  number: string;
  name: string;
  office: string;
}

export interface CaseStatus {
  caseNumber: string;
  state: string;
  where: string;
  nextStep: string;
  receivedOn: string;
  office: string;
  expectedProcessing: { text: string; medianDays: number | null };
  letters: { id: number; title: string; kind: string; datedOn: string; url: string }[];
}

const trimmed = (s: string) => (s.trim() ? s.trim() : undefined);

/** The request body the API takes, from what the form holds. */
export function complaintBody(d: ComplaintDraft, language: string): Record<string, unknown> {
  const providerId = d.provider && d.provider !== 'other' ? Number(d.provider) : undefined;
  const subject =
    d.submitterRole !== 'patient' && d.subjectGivenName.trim() && d.subjectFamilyName.trim()
      ? {
          givenName: d.subjectGivenName.trim(),
          familyName: d.subjectFamilyName.trim(),
          nationalId: trimmed(d.subjectNationalId),
        }
      : undefined;
  return {
    submitterRole: d.submitterRole,
    complainant: {
      givenName: d.givenName.trim(),
      familyName: d.familyName.trim(),
      nationalId: d.nationalId.replace(/\s/g, ''),
      email: trimmed(d.email),
      phone: trimmed(d.phone),
    },
    subject,
    serviceType: trimmed(d.serviceType),
    providerId,
    providerText: providerId ? undefined : trimmed(d.providerText),
    municipalityNumber: providerId ? undefined : trimmed(d.municipalityNumber),
    whatHappened: d.whatHappened.trim(),
    happenedOn: trimmed(d.happenedOn),
    happenedWhen: trimmed(d.happenedWhen),
    desiredOutcome: d.desiredOutcome.trim(),
    consent: d.consent,
    contactPreference: d.contactPreference,
    language: language === 'nn' || language === 'en' ? language : 'nb',
    attachments: d.attachments.map((a) => ({ fileName: a.fileName, contentBase64: a.contentBase64 })),
  };
}

const PENDING = 'tilsyn.klage.pending';

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends the complaint with an idempotency key kept in sessionStorage with the body it was made for: if the
 * answer is lost (the network, the server restarting), pressing send again reuses the key, and the server
 * answers with the same receipt instead of opening a second case. A changed body gets a new key.
 */
export async function sendComplaint(body: Record<string, unknown>, lang: string): Promise<Receipt> {
  const json = JSON.stringify(body);
  type Pending = { key: string; body: string } | null;
  let pending: Pending;
  try {
    pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as Pending;
  } catch {
    pending = null;
  }
  const key = pending && pending.body === json ? pending.key : newKey();
  sessionStorage.setItem(PENDING, JSON.stringify({ key, body: json }));
  const receipt = await request<Receipt>('/api/intake/complaints', {
    lang,
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
  sessionStorage.removeItem(PENDING);
  return receipt;
}

export const searchProviders = (q: string, lang: string) =>
  request<ProviderHit[]>(`/api/intake/providers?q=${encodeURIComponent(q)}`, { lang });

export const loadServiceTypes = (lang: string) =>
  request<ServiceType[]>('/api/intake/service-types', { lang });

export const loadMunicipalities = (lang: string) => request<Municipality[]>('/api/municipalities', { lang });

export const loadStatus = (secret: string, lang: string) =>
  request<CaseStatus>(`/api/status/${encodeURIComponent(secret)}`, { lang });

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
