/**
 * An office's workload for its manager: per caseworker, the open cases assigned to them and how many of
 * those are past or near their computed deadline; and the cases nobody has yet.
 */
import type { Actor } from '../access/actors.ts';
import { decide } from '../access/policies.ts';
import type { UseCaseContext } from './context.ts';
import { refusal } from './errors.ts';
import type { DeadlineStatus } from './list-queue.ts';
import { officeQueueSnapshot } from './queue-snapshot.ts';

export interface WorkloadRow {
  userId: number | null;
  name: string | null;
  open: number;
  byDeadline: Record<DeadlineStatus, number>;
  oldestReceivedOn: string | null;
}

export async function officeWorkload(
  ctx: UseCaseContext,
  actor: Actor,
  officeCode: string,
): Promise<{ officeCode: string; caseworkers: WorkloadRow[]; unassigned: WorkloadRow }> {
  const allowed = decide(actor, 'office.workload', { officeCode });
  if (!allowed.allowed) throw refusal(allowed);
  const [cases, caseworkers] = await Promise.all([
    officeQueueSnapshot(ctx.db, ctx.today(), officeCode).then((snapshot) => snapshot.items),
    ctx.db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.id', 'u.name'])
      .where('r.office_code', '=', officeCode)
      .where('r.role', '=', 'caseworker')
      .where('u.active', '=', true)
      .orderBy('u.id')
      .execute(),
  ]);
  const empty = (userId: number | null, name: string | null): WorkloadRow => ({
    userId,
    name,
    open: 0,
    byDeadline: { breached: 0, soon: 0, ok: 0, suspended: 0, done: 0 },
    oldestReceivedOn: null,
  });
  const rows = new Map<number | null, WorkloadRow>(caseworkers.map((u) => [u.id, empty(u.id, u.name)]));
  rows.set(null, empty(null, null));
  for (const c of cases) {
    const key = c.assignedTo?.id ?? null;
    const row = rows.get(key) ?? empty(key, c.assignedTo?.name ?? null);
    row.open++;
    row.byDeadline[c.deadline.status]++;
    if (!row.oldestReceivedOn || c.receivedOn < row.oldestReceivedOn) row.oldestReceivedOn = c.receivedOn;
    rows.set(key, row);
  }
  const unassigned = rows.get(null)!;
  rows.delete(null);
  const list = [...rows.values()].sort(
    (a, b) =>
      b.byDeadline.breached - a.byDeadline.breached || b.open - a.open || (a.userId ?? 0) - (b.userId ?? 0),
  );
  return { officeCode, caseworkers: list, unassigned };
}
