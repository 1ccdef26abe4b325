/**
 * Answers of the knowledge base kept between identical requests (a caseworker paging, toggling a facet
 * and back, or many asking the same thing) while the data stamps have not moved (migrations 010–013):
 * every office's queue stamp (its cases, suspensions, documents), the national one (users, bulk loads)
 * and the search stamp (search documents, which decisions' reasons reach; provider names;
 * disqualifications), each moved in the writer's own transaction. The key holds what the reader may see (their offices, and their user id for
 * disqualifications), so an answer is only ever reused for the same view of the data.
 */
import type { Kysely } from 'kysely';
import { currentStamps, searchStamp, type Stamps } from '../db/stamps.ts';
import type { Database } from '../db/schema.ts';

const MAX_ENTRIES = 1000;
const caches = new WeakMap<Kysely<Database>, { stamp: string; answers: Map<string, unknown> }>();

/**
 * The answer for `key` under the current stamps, computing (and keeping) it when there is none; `compute`
 * gets the stamps it runs under, so it need not read them again.
 */
export async function cachedAnswer<T>(
  db: Kysely<Database>,
  key: string,
  compute: (stamps: Stamps) => Promise<T>,
): Promise<T> {
  const stamps = await currentStamps(db);
  const stamp = searchStamp(stamps);
  let cache = caches.get(db);
  if (!cache || cache.stamp !== stamp) caches.set(db, (cache = { stamp, answers: new Map() }));
  const kept = cache.answers.get(key) as Promise<T> | undefined;
  if (kept) return kept;
  const answer = compute(stamps);
  if (cache.answers.size >= MAX_ENTRIES) cache.answers.delete(cache.answers.keys().next().value as string);
  cache.answers.set(key, answer);
  answer.catch(() => cache.answers.delete(key));
  return answer;
}
