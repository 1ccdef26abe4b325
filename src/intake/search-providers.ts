/**
 * The provider search of the complaint form: by name (trigram index on providers.name) or by municipality
 * name. The 20 names most like the query (trigram similarity), sorted as Norwegians sort (Æ, Ø, Å last).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface ProviderHit {
  id: number;
  name: string;
  orgNumber: string;
  serviceType: string;
  municipalityNumber: string;
  municipalityName: string;
}

const collator = new Intl.Collator('nb');
const LIMIT = 20;

export async function searchProviders(db: Kysely<Database>, query: string): Promise<ProviderHit[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await sql<{
    id: number;
    name: string;
    org_number: string;
    service_type: string;
    municipality_number: string;
    municipality_name: string;
  }>`
    (SELECT p.id, p.name, p.org_number, p.service_type, p.municipality_number, m.name AS municipality_name
       FROM providers p JOIN municipalities m ON m.number = p.municipality_number
      WHERE p.name ILIKE ${pattern} AND p.active_to IS NULL
      ORDER BY public.similarity(p.name, ${q}) DESC, p.id
      LIMIT ${LIMIT})
    UNION
    (SELECT p.id, p.name, p.org_number, p.service_type, p.municipality_number, m.name
       FROM municipalities m JOIN providers p ON p.municipality_number = m.number
      WHERE m.name ILIKE ${q} AND p.active_to IS NULL
      LIMIT ${LIMIT})`.execute(db);
  return rows.rows
    .map((r) => ({
      id: Number(r.id),
      name: r.name,
      orgNumber: r.org_number,
      serviceType: r.service_type,
      municipalityNumber: r.municipality_number,
      municipalityName: r.municipality_name,
    }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .slice(0, LIMIT);
}
