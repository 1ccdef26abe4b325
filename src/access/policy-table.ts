import { NATIONAL_OFFICE } from '../db/reference.ts';
import type { Role } from './actors.ts';

/**
 * Who may do what — the one table. `decide()` reads it, the matrix test checks it against an independent
 * expectation, and the docs print it. Adding an action is adding a row here.
 *
 * Columns:
 * - `scope`: `case` (needs a CaseResource), `office` (needs `{ officeCode }`), `global` (staff-wide or the
 *   actor's own things), `public` (anyone, logged in or not).
 * - `staff.own`: roles that may do it on resources of the office where they hold the role.
 * - `staff.all`: roles that may do it at every office (for `global`: any role held anywhere).
 * - `staff.pseudonymised`: roles that may see it at any office with personal data removed.
 * - `citizen` / `provider`: allowed for their own things — for a case, only where the person is a party, or
 *   the provider is the case's provider.
 * - `personalData`: when allowed without pseudonymisation, the access shows personal data and must be
 *   logged with a purpose (`logPersonalDataRead`).
 *
 * Two rules sit above every row, for staff on cases: a disqualified (inhabil) user is refused everything on
 * that case, and a confidential (skjermet) case is open only through `staff.own` with a role in
 * CONFIDENTIAL_CASE_ROLES — never through `staff.all` or `staff.pseudonymised`.
 */
export type Scope = 'case' | 'office' | 'global' | 'public';

export interface PolicyRow {
  readonly action: string;
  readonly scope: Scope;
  readonly label: { readonly nb: string; readonly nn: string; readonly en: string };
  readonly staff: {
    readonly own: readonly Role[];
    readonly all: readonly Role[];
    readonly pseudonymised: readonly Role[];
  };
  readonly citizen: boolean;
  readonly provider: boolean;
  readonly personalData: boolean;
}

/** The roles that handle cases; the only ones that may ever open a confidential case. */
export const CONFIDENTIAL_CASE_ROLES: readonly Role[] = ['caseworker', 'office_manager', 'national_lawyer'];

/**
 * Roles that exist only at one office: national lawyers act on cases at the national body, so a
 * national_lawyer grant held anywhere else gives nothing (a data error, not a wider right).
 */
export const ROLE_HELD_ONLY_AT: Readonly<Partial<Record<Role, string>>> = {
  national_lawyer: NATIONAL_OFFICE,
};

const HANDLERS = ['caseworker', 'office_manager', 'national_lawyer'] as const;
const EVERY_STAFF_ROLE = [
  'caseworker',
  'office_manager',
  'national_lawyer',
  'analyst',
  'administrator',
] as const;
const NONE = [] as const;

/** A case-handling step: the handlers of the owning office, nobody else. */
const handling = <A extends string>(action: A, nb: string, nn: string, en: string) =>
  ({
    action,
    scope: 'case',
    label: { nb, nn, en },
    staff: { own: HANDLERS, all: NONE, pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  }) as const;

export const POLICY_TABLE = [
  // Reading cases. `case.read` is the case as the knowledge base shows it: every staff member may read any
  // office's (non-confidential) case, pseudonymised; personal data only at the own office, or for the
  // national lawyers, who need all offices' cases for reaction cases against health personnel.
  {
    action: 'case.read',
    scope: 'case',
    label: { nb: 'lese saken', nn: 'lese saka', en: 'read the case' },
    staff: { own: HANDLERS, all: ['national_lawyer'], pseudonymised: EVERY_STAFF_ROLE },
    citizen: true,
    provider: false,
    personalData: true,
  },
  {
    action: 'case.read_personal_data',
    scope: 'case',
    label: {
      nb: 'se personopplysninger i saken',
      nn: 'sjå personopplysingar i saka',
      en: 'see personal data in the case',
    },
    staff: { own: HANDLERS, all: ['national_lawyer'], pseudonymised: NONE },
    // A party's right of access to their own case (forvaltningsloven § 18).
    citizen: true,
    provider: false,
    personalData: true,
  },
  {
    action: 'case.read_documents',
    scope: 'case',
    label: {
      nb: 'lese dokumenter og brev i saken',
      nn: 'lese dokument og brev i saka',
      en: 'read the documents and letters of the case',
    },
    staff: { own: HANDLERS, all: ['national_lawyer'], pseudonymised: NONE },
    citizen: true,
    provider: false,
    personalData: true,
  },
  {
    action: 'case.read_statement_request',
    scope: 'case',
    label: {
      nb: 'lese anmodning om uttalelse',
      nn: 'lese oppmoding om fråsegn',
      en: 'read the request for a statement',
    },
    staff: { own: HANDLERS, all: NONE, pseudonymised: NONE },
    citizen: false,
    provider: true,
    personalData: true,
  },
  {
    action: 'case.submit_statement',
    scope: 'case',
    label: { nb: 'sende uttalelse', nn: 'sende fråsegn', en: 'submit a statement' },
    staff: { own: NONE, all: NONE, pseudonymised: NONE },
    citizen: false,
    provider: true,
    personalData: false,
  },
  {
    action: 'case.appeal',
    scope: 'case',
    label: {
      nb: 'klage på vedtaket eller be om ny vurdering',
      nn: 'klage på vedtaket eller be om ny vurdering',
      en: 'appeal the decision or ask for a new assessment',
    },
    // Staff register an appeal that came by letter.
    staff: { own: HANDLERS, all: NONE, pseudonymised: NONE },
    citizen: true,
    provider: false,
    personalData: false,
  },
  handling('case.triage', 'vurdere og prioritere saken', 'vurdere og prioritere saka', 'triage the case'),
  {
    ...handling('case.assign', 'fordele saken', 'fordele saka', 'assign the case'),
    staff: { own: ['office_manager'], all: NONE, pseudonymised: NONE },
  },
  handling('case.request_statement', 'be om uttalelse', 'be om fråsegn', 'request a statement'),
  handling('case.record_statement', 'registrere uttalelse', 'registrere fråsegn', 'record a statement'),
  handling(
    'case.suspend',
    'stoppe eller starte fristen',
    'stoppe eller starte fristen',
    'suspend or resume the deadline',
  ),
  handling(
    'case.add_document',
    'legge til dokument eller notat',
    'leggje til dokument eller notat',
    'add a document or note',
  ),
  handling('case.draft_decision', 'skrive utkast til vedtak', 'skrive utkast til vedtak', 'draft a decision'),
  handling('case.issue_decision', 'fatte vedtak', 'gjere vedtak', 'issue a decision'),
  handling('case.conclude', 'konkludere saken', 'konkludere saka', 'conclude the case'),
  handling('case.transfer', 'oversende saken', 'sende over saka', 'transfer the case'),
  handling('case.reopen', 'gjenåpne saken', 'opne saka att', 'reopen the case'),
  handling('case.close', 'avslutte saken', 'avslutte saka', 'close the case'),

  // Office-level resources.
  {
    action: 'case.open',
    scope: 'office',
    label: { nb: 'opprette sak', nn: 'opprette sak', en: 'open a case' },
    staff: { own: HANDLERS, all: NONE, pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },
  {
    action: 'office.queue',
    scope: 'office',
    label: { nb: 'se sakskøen', nn: 'sjå sakskøen', en: 'see the case queue' },
    staff: { own: HANDLERS, all: NONE, pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },
  {
    action: 'office.workload',
    scope: 'office',
    label: {
      nb: 'se arbeidsmengde og restanser',
      nn: 'sjå arbeidsmengd og restansar',
      en: 'see workload and backlog',
    },
    staff: { own: ['office_manager'], all: NONE, pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },

  // The knowledge base: similar decided cases for any case a staff member may read (as case.read, staff only).
  {
    action: 'knowledge.similar',
    scope: 'case',
    label: {
      nb: 'se lignende avgjorte saker',
      nn: 'sjå liknande avgjorde saker',
      en: 'see similar decided cases',
    },
    staff: { own: HANDLERS, all: ['national_lawyer'], pseudonymised: EVERY_STAFF_ROLE },
    citizen: false,
    provider: false,
    personalData: false,
  },

  // Staff-wide.
  {
    action: 'queue.read_own',
    scope: 'global',
    label: { nb: 'se egen sakskø', nn: 'sjå eigen sakskø', en: 'see your own case queue' },
    staff: { own: NONE, all: HANDLERS, pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },
  {
    // Every office's cases; the query itself pseudonymises what the reader may not see in full.
    action: 'knowledge.search',
    scope: 'global',
    label: { nb: 'søke i kunnskapsbasen', nn: 'søkje i kunnskapsbasen', en: 'search the knowledge base' },
    staff: { own: NONE, all: EVERY_STAFF_ROLE, pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },
  {
    action: 'stats.read_pseudonymised',
    scope: 'global',
    label: {
      nb: 'se statistikk og risikobilder',
      nn: 'sjå statistikk og risikobilete',
      en: 'see statistics and risk pictures',
    },
    staff: { own: NONE, all: EVERY_STAFF_ROLE, pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },
  {
    action: 'risk.assess',
    scope: 'global',
    label: {
      nb: 'vurdere et risikosignal',
      nn: 'vurdere eit risikosignal',
      en: 'assess a risk signal',
    },
    // Those who act on signals: the case handlers and the analysts; not the system administrators.
    staff: {
      own: NONE,
      all: ['caseworker', 'office_manager', 'national_lawyer', 'analyst'],
      pseudonymised: NONE,
    },
    citizen: false,
    provider: false,
    personalData: false,
  },
  {
    // Signals about a health professional carry the person's name. Only the national body, which decides
    // administrative reactions against health personnel, sees it; every other reader of the risk pictures
    // (analysts above all: pseudonymised data only) sees the profession and a pseudonym.
    action: 'risk.read_professional_names',
    scope: 'global',
    label: {
      nb: 'se navn på helsepersonell i risikosignaler',
      nn: 'sjå namn på helsepersonell i risikosignal',
      en: 'see the names of health professionals in risk signals',
    },
    staff: { own: NONE, all: ['national_lawyer'], pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: true,
  },
  {
    action: 'audit.verify',
    scope: 'global',
    label: {
      nb: 'kontrollere revisjonsloggen',
      nn: 'kontrollere revisjonsloggen',
      en: 'verify the audit log',
    },
    staff: { own: NONE, all: ['administrator'], pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },
  {
    action: 'users.manage',
    scope: 'global',
    label: {
      nb: 'administrere brukere og roller',
      nn: 'administrere brukarar og roller',
      en: 'manage users and roles',
    },
    staff: { own: NONE, all: ['administrator'], pseudonymised: NONE },
    citizen: false,
    provider: false,
    personalData: false,
  },

  // The citizen's and the provider's own things.
  {
    action: 'case.list_own',
    scope: 'global',
    label: { nb: 'se egne saker', nn: 'sjå eigne saker', en: 'see your own cases' },
    staff: { own: NONE, all: NONE, pseudonymised: NONE },
    citizen: true,
    provider: true,
    personalData: false,
  },
  {
    action: 'notification.submit',
    scope: 'global',
    label: {
      nb: 'sende varsel om alvorlig hendelse',
      nn: 'sende varsel om alvorleg hending',
      en: 'notify a serious incident',
    },
    staff: { own: NONE, all: NONE, pseudonymised: NONE },
    citizen: false,
    provider: true,
    personalData: false,
  },

  // Public: anyone, logged in or not.
  ...(
    [
      [
        'public.service_info',
        'se tjenestestatus og API-dokumentasjon',
        'sjå tenestestatus og API-dokumentasjon',
        'see service status and API documentation',
      ],
      [
        'complaint.submit',
        'sende klage eller anmodning om tilsyn',
        'sende klage eller oppmoding om tilsyn',
        'submit a complaint or a request for supervision',
      ],
      // The secret in the link is the credential: whoever holds it is the party's messenger.
      [
        'status.read_by_link',
        'følge saken med statuslenken',
        'følgje saka med statuslenkja',
        'follow the case with the status link',
      ],
      [
        'publication.read',
        'lese publiserte avgjørelser',
        'lese publiserte avgjerder',
        'read published decisions',
      ],
      ['stats.read_public', 'se offentlig statistikk', 'sjå offentleg statistikk', 'see public statistics'],
      ['reference.read', 'se referansedata', 'sjå referansedata', 'see reference data'],
    ] as const
  ).map(
    ([action, nb, nn, en]) =>
      ({
        action,
        scope: 'public',
        label: { nb, nn, en },
        staff: { own: NONE, all: NONE, pseudonymised: NONE },
        citizen: false,
        provider: false,
        personalData: false,
      }) as const,
  ),
] as const satisfies readonly PolicyRow[];

type Row = (typeof POLICY_TABLE)[number];
export type Action = Row['action'];
export type CaseAction = Extract<Row, { scope: 'case' }>['action'];
export type OfficeAction = Extract<Row, { scope: 'office' }>['action'];
export type GlobalAction = Extract<Row, { scope: 'global' }>['action'];
export type PublicAction = Extract<Row, { scope: 'public' }>['action'];

export const ACTIONS: readonly Action[] = POLICY_TABLE.map((row) => row.action);

const byAction = new Map<string, PolicyRow>(POLICY_TABLE.map((row) => [row.action, row]));

export function policyRow(action: string): PolicyRow | undefined {
  return byAction.get(action);
}

export function isAction(value: string): value is Action {
  return byAction.has(value);
}
