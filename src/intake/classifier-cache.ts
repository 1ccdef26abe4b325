/**
 * The classifier model in use, loaded once per database and kept: building the vocabulary map takes far
 * longer than classifying a text, and submit must stay fast. `tilsyn train` in another process is picked up
 * after a restart, or at once by `forgetClassifier` (the train command and tests call it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { loadLatestModel } from './classify/store.ts';
import { loadModel, type LoadedModel } from './classify/model.ts';

export interface CachedClassifier {
  id: number;
  loaded: LoadedModel;
}

const cache = new WeakMap<Kysely<Database>, Promise<CachedClassifier | null>>();

export function classifierFor(db: Kysely<Database>): Promise<CachedClassifier | null> {
  let entry = cache.get(db);
  if (!entry) {
    entry = loadLatestModel(db).then((stored) =>
      stored ? { id: stored.id, loaded: loadModel(stored.model) } : null,
    );
    // A failed load is not cached: the next submit tries again.
    entry.catch(() => cache.delete(db));
    cache.set(db, entry);
  }
  return entry;
}

export function forgetClassifier(db: Kysely<Database>): void {
  cache.delete(db);
}

/** Uses `model` for this database without storing it (benchmarks on a database that has none). */
export function primeClassifier(
  db: Kysely<Database>,
  id: number,
  model: Parameters<typeof loadModel>[0],
): void {
  cache.set(db, Promise.resolve({ id, loaded: loadModel(model) }));
}
