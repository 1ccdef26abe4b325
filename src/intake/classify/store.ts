/**
 * The classifier's SQL, in one place: the labelled case history it learns from, the labels of the
 * taxonomy, and the stored models.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ClassifierModel } from './model.ts';

export interface LabelledCase {
  id: number;
  title: string;
  narrative: string;
  serviceType: string;
  themes: string[];
  /** 'nb' or 'nn': the figures are also given per language form, to see whether nynorsk does worse. */
  language: string;
}

/** Cases with a service type, in id order so that training sees the same sequence every time. */
export async function loadLabelledCases(db: Kysely<Database>): Promise<LabelledCase[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'title', 'narrative', 'service_type', 'themes', 'language'])
    .where('service_type', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    narrative: r.narrative,
    serviceType: r.service_type!,
    themes: r.themes,
    language: r.language,
  }));
}

/** The 22 service types and 22 themes of the taxonomy, as loaded into the reference tables. */
export async function loadLabels(
  db: Kysely<Database>,
): Promise<{ serviceTypes: string[]; themes: string[] }> {
  const [serviceTypes, themes] = await Promise.all([
    db.selectFrom('service_types').select('code').orderBy('code').execute(),
    db.selectFrom('themes').select('code').orderBy('code').execute(),
  ]);
  return { serviceTypes: serviceTypes.map((r) => r.code), themes: themes.map((r) => r.code) };
}

export async function saveModel(
  db: Kysely<Database>,
  row: { parameters: object; metrics: object; model: ClassifierModel },
): Promise<number> {
  const inserted = await db
    .insertInto('classifier_models')
    .values({
      parameters: JSON.stringify(row.parameters),
      metrics: JSON.stringify(row.metrics),
      model: JSON.stringify(row.model),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export interface StoredModel {
  id: number;
  trainedAt: Date;
  metrics: Record<string, unknown>;
  model: ClassifierModel;
}

/** The newest model, or undefined when `tilsyn train` has never run. */
export async function loadLatestModel(db: Kysely<Database>): Promise<StoredModel | undefined> {
  const row = await db
    .selectFrom('classifier_models')
    .select(['id', 'trained_at', 'metrics', 'model'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: Number(row.id),
    trainedAt: new Date(row.trained_at as unknown as string | Date),
    metrics: row.metrics,
    model: row.model as unknown as ClassifierModel,
  };
}
