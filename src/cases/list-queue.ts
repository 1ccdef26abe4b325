/**
 * A caseworker's queue (cases assigned to them) or an office's queue (its open cases), most at risk first:
 * each case's deadline is computed by the deadline engine (cases/deadlines.ts) from its dates and its
 * suspension ledger, never read from a stored field. Filters come with counts per value, each count taken
 * with the other filters applied (so a count says what choosing that value would show).
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import { CASE_TYPES, CLOSED_STATE } from '../domain/cases/case-types.ts';
import { openStatesOf } from '../domain/cases/state-machines.ts';
import type { Database } from '../db/schema.ts';
import type { UseCaseContext } from './context.ts';
import { caseDeadlines, type CaseDeadlines } from './deadlines.ts';
import { refusal } from './errors.ts';
import { officeQueue } from './queue-snapshot.ts';

export const QUEUE_FILTERS = [
  'caseType',
  'state',
  'serviceType',
  'theme',
  'municipality',
  'urgency',
  'deadline',
] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];
export type QueueFilters = Partial<Record<QueueFilter, string[]>>;

export type DeadlineStatus = CaseDeadlines['processing']['status'];

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
  interimReply: CaseDeadlines['interimReply'];
}

export interface Queue {
  scope: 'mine' | 'office';
  officeCode: string;
  total: number;
  items: QueueItem[];
  facets: Record<QueueFilter, { value: string; count: number }[]>;
}

const OPEN_STATES = [...new Set(CASE_TYPES.flatMap((t) => openStatesOf(t)))].filter(
  (s) => s !== CLOSED_STATE,
);
const STATUS_ORDER: Record<DeadlineStatus, number> = { breached: 0, soon: 1, ok: 2, suspended: 3, done: 4 };

/** Most at risk first: breached (most overdue first), then soon, ok (fewest days left first), then urgency. */
export function byDeadlineRisk(a: QueueItem, b: QueueItem): number {
  return (
    STATUS_ORDER[a.deadline.status] - STATUS_ORDER[b.deadline.status] ||
    (b.deadline.daysOverdue ?? 0) - (a.deadline.daysOverdue ?? 0) ||
    (a.deadline.daysLeft ?? Infinity) - (b.deadline.daysLeft ?? Infinity) ||
    b.urgency.length - a.urgency.length ||
    a.receivedOn.localeCompare(b.receivedOn) ||
    a.id - b.id
  );
}

function valuesOf(item: QueueItem, filter: QueueFilter): string[] {
  switch (filter) {
    case 'caseType':
      return [item.caseType];
    case 'state':
      return [item.state];
    case 'serviceType':
      return item.serviceType ? [item.serviceType] : [];
    case 'theme':
      return item.themes;
    case 'municipality':
      return item.municipality ? [item.municipality.number] : [];
    case 'urgency':
      return item.urgency.length ? [...item.urgency, 'any'] : ['none'];
    case 'deadline':
      return [item.deadline.status];
  }
}

export const passes = (item: QueueItem, filters: QueueFilters, except?: QueueFilter) =>
  QUEUE_FILTERS.every((f) => {
    const wanted = filters[f];
    if (f === except || !wanted?.length) return true;
    return valuesOf(item, f).some((v) => wanted.includes(v));
  });

/** Counts per value of each filter, each with the other filters applied, most common first. */
export function facetCounts(items: readonly QueueItem[], filters: QueueFilters): Queue['facets'] {
  return Object.fromEntries(
    QUEUE_FILTERS.map((filter) => {
      const counts = new Map<string, number>();
      for (const item of items)
        if (passes(item, filters, filter))
          for (const v of new Set(valuesOf(item, filter))) counts.set(v, (counts.get(v) ?? 0) + 1);
      const list = [...counts].map(([value, count]) => ({ value, count }));
      return [filter, list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))];
    }),
  ) as Queue['facets'];
}

/** Every open case of the scope with its computed deadlines, unsorted and unfiltered. */
/**
 * Computed deadlines kept by case id with the inputs they were computed from: a case whose dates, ledger,
 * interim reply and today are unchanged is not computed again (the engine costs about 0.1 ms a case).
 */
export type DeadlineMemo = Map<number, { inputs: string; deadlines: CaseDeadlines }>;

export async function openCasesWithDeadlines(
  db: Kysely<Database>,
  today: string,
  scope: { officeCode: string } | { assignedTo: number },
  /** Deadlines of the last computation to reuse, and where to keep this one's. */
  memo?: { previous?: DeadlineMemo; next: DeadlineMemo },
): Promise<QueueItem[]> {
  let query = db
    .selectFrom('cases as c')
    .leftJoin('municipalities as m', 'm.number', 'c.municipality_number')
    .leftJoin('users as u', 'u.id', 'c.assigned_to')
    .select([
      'c.id',
      'c.case_number',
      'c.case_type',
      'c.state',
      'c.office_code',
      'c.service_type',
      'c.themes',
      'c.urgency',
      'c.municipality_number',
      'm.name as municipality_name',
      'c.received_on',
      'c.decided_on',
      'c.closed_on',
      'c.title',
      'c.assigned_to',
      'u.name as assigned_name',
    ]);
  query =
    'officeCode' in scope
      ? query.where('c.office_code', '=', scope.officeCode).where('c.state', 'in', OPEN_STATES)
      : query.where('c.assigned_to', '=', scope.assignedTo).where('c.state', '<>', CLOSED_STATE);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [suspensions, interim] = await Promise.all([
    db
      .selectFrom('case_suspensions')
      .select(['case_id', 'from_date', 'resumed_on', 'response_deadline'])
      .where(sql<boolean>`case_id = ANY(${ids}::bigint[])`)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('documents')
      .select('case_id')
      .where(sql<boolean>`case_id = ANY(${ids}::bigint[])`)
      .where('kind', '=', 'interim_reply')
      .execute(),
  ]);
  const ledger = new Map<number, typeof suspensions>();
  for (const s of suspensions) ledger.set(s.case_id, [...(ledger.get(s.case_id) ?? []), s]);
  const interimSent = new Set(interim.map((d) => d.case_id));
  return rows.map((r) => {
    const suspended = ledger.get(r.id) ?? [];
    const inputs = memo
      ? [
          r.case_type,
          r.received_on,
          r.decided_on,
          r.closed_on,
          interimSent.has(r.id),
          today,
          ...suspended.map((s) => `${s.from_date}/${s.resumed_on}/${s.response_deadline}`),
        ].join('|')
      : '';
    const kept = memo?.previous?.get(r.id);
    const d =
      kept && kept.inputs === inputs
        ? kept.deadlines
        : caseDeadlines({
            caseType: r.case_type,
            receivedOn: r.received_on,
            decidedOn: r.decided_on,
            closedOn: r.closed_on,
            suspensions: suspended,
            interimReplySent: interimSent.has(r.id),
            today,
          });
    memo?.next.set(r.id, { inputs, deadlines: d });
    return {
      id: r.id,
      caseNumber: r.case_number,
      caseType: r.case_type,
      state: r.state,
      officeCode: r.office_code,
      serviceType: r.service_type,
      themes: r.themes,
      urgency: r.urgency,
      municipality: r.municipality_number
        ? { number: r.municipality_number, name: r.municipality_name ?? r.municipality_number }
        : null,
      receivedOn: r.received_on,
      title: r.title,
      assignedTo: r.assigned_to ? { id: r.assigned_to, name: r.assigned_name ?? '' } : null,
      deadline: {
        status: d.processing.status,
        date: d.processing.deadline,
        provisionalDate: d.processing.provisionalDeadline,
        daysLeft: d.processing.daysLeft,
        daysOverdue: d.processing.daysOverdue,
        suspendedDays: d.processing.suspendedDays,
      },
      interimReply: d.interimReply,
    };
  });
}

export async function listQueue(
  ctx: UseCaseContext,
  actor: Actor,
  input: {
    scope: 'mine' | 'office';
    officeCode?: string;
    filters: QueueFilters;
    limit: number;
    offset: number;
  },
): Promise<Queue> {
  const officeCode = input.scope === 'office' ? (input.officeCode ?? homeOffice(actor)) : homeOffice(actor);
  const allowed =
    input.scope === 'mine' ? decide(actor, 'queue.read_own') : decide(actor, 'office.queue', { officeCode });
  if (!allowed.allowed) throw refusal(allowed);
  if (input.scope === 'office' || actor.kind !== 'staff') {
    // The office's queue is computed once and kept until a write moves the queue stamp (queue-snapshot.ts),
    // and so is each page asked for: the same request gets the same object, so its JSON can be kept too.
    const answer = await officeQueue(ctx.db, ctx.today(), officeCode, input.filters);
    const key = `${input.scope}:${officeCode}:${input.limit}:${input.offset}`;
    let page = answer.pages.get(key);
    if (!page) {
      page = pageOf(input.scope, officeCode, answer.matching, answer.facets, input);
      if (answer.pages.size >= MAX_PAGES) answer.pages.clear();
      answer.pages.set(key, page);
    }
    return page;
  }
  // My queue is small (the cases assigned to me): computed on each request.
  const all = await openCasesWithDeadlines(ctx.db, ctx.today(), { assignedTo: actor.userId });
  const matching = all.filter((item) => passes(item, input.filters)).sort(byDeadlineRisk);
  return pageOf(input.scope, officeCode, matching, facetCounts(all, input.filters), input);
}

const MAX_PAGES = 50;

function pageOf(
  scope: Queue['scope'],
  officeCode: string,
  matching: QueueItem[],
  facets: Queue['facets'],
  { limit, offset }: { limit: number; offset: number },
): Queue {
  return { scope, officeCode, total: matching.length, items: matching.slice(offset, offset + limit), facets };
}

function homeOffice(actor: Actor): string {
  return actor.kind === 'staff' ? actor.officeCode : '';
}
