/**
 * The staff app's view of the API: the shapes it reads (the server's zod schemas are the contract, see
 * /api/openapi.json) and the hooks that call it with the signed-in user's token.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, request, type RequestOptions } from '../api.ts';
import { SIGN_IN_PATH, signOut, useStaffSession } from '../session.ts';

export type DeadlineStatus = 'ok' | 'soon' | 'breached' | 'suspended' | 'done';
export interface Label {
  nb: string;
  nn: string;
  en: string;
}
export interface Term {
  code: string;
  label: Label;
}
export interface Terms {
  caseTypes: (Term & {
    legalBasis: string;
    outcomes: (Term & { byDecision: boolean })[];
    states: string[];
  })[];
  actions: Term[];
  serviceTypes: Term[];
  themes: Term[];
  urgencyFlags: Term[];
}

export const QUEUE_FILTERS = [
  'caseType',
  'state',
  'serviceType',
  'theme',
  'municipality',
  'urgency',
] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number] | 'deadline';

export interface QueueItem {
  id: number;
  caseNumber: string;
  caseType: string;
  state: string;
  officeCode: string;
  serviceType: string | null;
  themes: string[];
  urgency: string[];
  municipality: { number: string; name: string } | null;
  receivedOn: string;
  title: string;
  assignedTo: { id: number; name: string } | null;
  deadline: {
    status: DeadlineStatus;
    date: string | null;
    provisionalDate: string | null;
    daysLeft: number | null;
    daysOverdue: number | null;
    suspendedDays: number;
  };
  interimReply: { due: string; status: 'not_needed' | 'sent' | 'due' | 'overdue' };
}
export interface Queue {
  scope: 'mine' | 'office';
  officeCode: string;
  total: number;
  items: QueueItem[];
  facets: Record<QueueFilter, { value: string; count: number }[]>;
}

export interface WorkloadRow {
  userId: number | null;
  name: string | null;
  open: number;
  byDeadline: Partial<Record<DeadlineStatus, number>>;
  oldestReceivedOn: string | null;
}
export interface Workload {
  officeCode: string;
  caseworkers: WorkloadRow[];
  unassigned: WorkloadRow;
}

export interface CaseView {
  id: number;
  caseNumber: string;
  caseType: string;
  state: string;
  outcome: string | null;
  officeCode: string;
  provider: { id: number; name: string; orgNumber: string } | null;
  professionalId: number | null;
  municipalityNumber: string | null;
  serviceType: string | null;
  themes: string[];
  urgency: string[];
  receivedOn: string;
  decidedOn: string | null;
  closedOn: string | null;
  title: string;
  narrative: string | null;
  language: string;
  confidential: boolean;
  assignedTo: number | null;
  version: number;
  pseudonymised: boolean;
  parties: { role: string; name: string; personId: number; preferredLanguage: string }[] | null;
  deadlines: {
    processing: {
      deadline: string | null;
      provisionalDeadline: string | null;
      status: DeadlineStatus;
      suspendedDays: number;
      daysLeft: number | null;
      daysOverdue: number | null;
      explanation: unknown;
    };
    interimReply: { due: string; status: 'not_needed' | 'sent' | 'due' | 'overdue' };
  };
  suspensions: { from: string; responseDeadline: string; resumedOn: string | null; reason: string }[];
  events: {
    seq: number;
    at: string;
    kind: string;
    from: string | null;
    to: string | null;
    reason: string | null;
    actorKind: string;
  }[];
  documents: { id: number; seq: number; direction: string; kind: string; title: string; datedOn: string }[];
  decisions: {
    id: number;
    status: string;
    outcome: string;
    legalBasis: string[];
    decidedOn: string | null;
    appealDeadline: string | null;
    individualDecision: boolean;
    reasons: string | null;
    language: string;
  }[];
  availableActions: string[];
}

export interface SearchHit {
  id: number;
  caseNumber: string;
  officeCode: string;
  caseType: string;
  serviceType: string | null;
  themes: string[];
  state: string;
  outcome: string | null;
  receivedOn: string;
  decidedOn: string | null;
  title: string;
  provider: { id: number; name: string } | null;
  snippet: { text: string; hit: boolean }[];
  pseudonymised: boolean;
  rank: number;
}
export const SEARCH_FACETS = ['office', 'caseType', 'serviceType', 'theme', 'outcome', 'year'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
export interface SearchResult {
  total: number;
  results: SearchHit[];
  facets: Record<SearchFacet, { value: string; count: number }[]>;
  providers: { id: number; name: string; similarity: number }[];
}

export interface Similar {
  caseId: number;
  candidates: number;
  similar: {
    id: number;
    caseNumber: string;
    officeCode: string;
    title: string;
    outcome: string | null;
    decidedOn: string;
    themes: string[];
    score: number;
    sharedWords: number;
    sharedThemes: number;
    sameProviderType: boolean;
  }[];
  distribution: { officeCode: string; outcome: string; count: number }[];
}

export interface DemoUser {
  id: number;
  username: string;
  name: string;
  officeCode: string;
  roles: { role: string; officeCode: string }[];
}

/**
 * `call(url, options)` with the session's token and the page's language. A 401 means the session ran out:
 * sign out and go to the sign-in page, coming back here afterwards.
 */
export function useApi() {
  const session = useStaffSession();
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const token = session?.token ?? null;
  const lang = i18n.language;
  return useCallback(
    async <T>(url: string, options: Omit<RequestOptions, 'lang' | 'token'> = {}): Promise<T> => {
      try {
        return await request<T>(url, { ...options, lang, token });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          signOut();
          const next = window.location.pathname + window.location.search;
          void navigate(`${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`);
        }
        throw error;
      }
    },
    [token, lang, navigate],
  );
}

/** The vocabulary (case types, states, outcomes, actions, service types, themes, urgency flags), once. */
export function useTerms() {
  const api = useApi();
  return useQuery({
    queryKey: ['terms'],
    queryFn: () => api<Terms>('/api/knowledge/terms'),
    staleTime: Infinity,
  });
}

type Lang = keyof Label;
const langOf = (lang: string): Lang => (lang === 'nn' || lang === 'en' ? lang : 'nb');

/** Labels for codes in the page's language, falling back to the code itself. */
export function useLabels() {
  const terms = useTerms().data;
  const { t, i18n } = useTranslation('staff');
  const lang = langOf(i18n.language);
  const find = (list: Term[] | undefined, code: string) =>
    list?.find((x) => x.code === code)?.label[lang] ?? code;
  return {
    terms,
    lang,
    caseType: (code: string) => find(terms?.caseTypes, code),
    serviceType: (code: string) => find(terms?.serviceTypes, code),
    theme: (code: string) => find(terms?.themes, code),
    urgency: (code: string) =>
      code === 'any'
        ? t('filter.anyUrgency')
        : code === 'none'
          ? t('filter.noUrgency')
          : find(terms?.urgencyFlags, code),
    action: (code: string) => find(terms?.actions, code),
    outcome: (code: string) =>
      find(
        terms?.caseTypes.flatMap((c) => c.outcomes),
        code,
      ),
    state: (code: string) => t(`state.${code}`, { defaultValue: code.replace(/_/g, ' ') }),
    office: (code: string) => code,
  };
}

/** Dates as people read them: 3. des. 2026. */
export function useDates() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Oslo',
  });
  return (value: string | null | undefined) =>
    value ? format.format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value)) : '–';
}

/** The roles the signed-in user holds (at any office). */
export function useRoles(): Set<string> {
  const session = useStaffSession();
  return new Set(session?.user.roles.map((r) => r.role) ?? []);
}

export interface OfficeRef {
  code: string;
  kind: string;
  name: Label;
}
/** Office names by code, in the page's language. */
export function useOfficeNames(): (code: string) => string {
  const api = useApi();
  const { i18n } = useTranslation();
  const offices = useQuery({
    queryKey: ['offices'],
    queryFn: () => api<OfficeRef[]>('/api/offices'),
    staleTime: Infinity,
  });
  const lang = langOf(i18n.language);
  return (code) => offices.data?.find((o) => o.code === code)?.name[lang] ?? code;
}

/** Municipality names by number. */
export function useMunicipalityNames(): (number: string) => string {
  const api = useApi();
  const list = useQuery({
    queryKey: ['municipalities'],
    queryFn: () => api<{ number: string; name: string }[]>('/api/municipalities'),
    staleTime: Infinity,
  });
  return (number) => list.data?.find((m) => m.number === number)?.name ?? number;
}
