import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database, MunicipalitiesTable, OfficesTable } from './schema.ts';

/**
 * Reference data shipped in `reference/` (see its README for sources and licences): the offices, counties,
 * 357 municipalities and the taxonomy. Loaded with upserts on every migrate, so a corrected file is picked up.
 */
const referenceDir = fileURLToPath(new URL('../../reference/', import.meta.url));

/** The 2024 division took effect on 1 January 2024; older validity is not modelled yet. */
const DIVISION_VALID_FROM = '2024-01-01';

export const NATIONAL_OFFICE = 'HT';

export interface ReferenceData {
  offices: OfficesTable[];
  counties: { number: string; name: string; office_code: string }[];
  municipalities: Omit<MunicipalitiesTable, 'valid_from' | 'valid_to'>[];
  taxonomy: Taxonomy;
}

interface Labelled {
  code: string;
  nb: string;
  nn?: string;
  en: string;
}
export interface Taxonomy {
  sectors: Labelled[];
  serviceTypes: (Labelled & { sector: string; level: string })[];
  themes: (Labelled & { law: string })[];
  urgencyFlags: Labelled[];
}

/** Parses the simple RFC 4180 CSV of the reference files (quoted fields may hold commas). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const LANGUAGE_FORMS: Record<string, MunicipalitiesTable['language_form']> = {
  Bokmål: 'bokmal',
  Nynorsk: 'nynorsk',
  Nøytral: 'neutral',
};

let cached: ReferenceData | undefined;

export function readReferenceData(): ReferenceData {
  if (cached) return cached;
  const officeRows = parseCsv(readFileSync(referenceDir + 'statsforvaltere.csv', 'utf8'));
  const offices: OfficesTable[] = officeRows.map((r) => {
    const name = r.navn as string;
    const area = name.replace(/^Statsforvalteren i /, '');
    return {
      code: r.kode as string,
      kind: 'regional',
      name_nb: name,
      name_nn: `Statsforvaltaren i ${area}`,
      name_en: `The State Administrator of ${area.replace(/ og /g, ' and ')}`,
      valid_from: DIVISION_VALID_FROM,
      valid_to: null,
    };
  });
  offices.push({
    code: NATIONAL_OFFICE,
    kind: 'national',
    name_nb: 'Statens helsetilsyn',
    name_nn: 'Statens helsetilsyn',
    name_en: 'Norwegian Board of Health Supervision',
    valid_from: DIVISION_VALID_FROM,
    valid_to: null,
  });
  const officeOfCounty = new Map<string, string>();
  for (const r of officeRows) {
    for (const county of (r.fylkesnummer as string).split(','))
      officeOfCounty.set(county.trim(), r.kode as string);
  }
  const municipalityRows = parseCsv(readFileSync(referenceDir + 'kommuner.csv', 'utf8'));
  const counties = new Map<string, { number: string; name: string; office_code: string }>();
  const municipalities = municipalityRows.map((r) => {
    const county = r.fylkesnummer as string;
    const office = officeOfCounty.get(county);
    if (!office || office !== r.statsforvalter) {
      throw new Error(`reference data: county ${county} of ${r.kommunenummer} has no consistent office`);
    }
    counties.set(county, { number: county, name: r.fylkesnavn as string, office_code: office });
    const form = LANGUAGE_FORMS[r.malform as string];
    if (!form) throw new Error(`reference data: unknown language form ${r.malform} for ${r.kommunenummer}`);
    return {
      number: r.kommunenummer as string,
      name: r.kommunenavn as string,
      county_number: county,
      office_code: office,
      population: Number(r.folketall),
      area_km2: Number(r.areal_km2),
      language_form: form,
    };
  });
  const taxonomy = JSON.parse(readFileSync(referenceDir + 'taxonomy.json', 'utf8')) as Taxonomy;
  cached = { offices, counties: [...counties.values()], municipalities, taxonomy };
  return cached;
}

export async function loadReferenceData(db: Kysely<Database>): Promise<void> {
  const ref = readReferenceData();
  await db
    .insertInto('offices')
    .values(ref.offices)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        name_nb: eb.ref('excluded.name_nb'),
        name_nn: eb.ref('excluded.name_nn'),
        name_en: eb.ref('excluded.name_en'),
      })),
    )
    .execute();
  await db
    .insertInto('counties')
    .values(ref.counties.map((c) => ({ ...c, valid_from: DIVISION_VALID_FROM })))
    .onConflict((oc) =>
      oc.column('number').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        office_code: eb.ref('excluded.office_code'),
      })),
    )
    .execute();
  await db
    .insertInto('municipalities')
    .values(ref.municipalities.map((m) => ({ ...m, valid_from: DIVISION_VALID_FROM })))
    .onConflict((oc) =>
      oc.column('number').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        county_number: eb.ref('excluded.county_number'),
        office_code: eb.ref('excluded.office_code'),
        population: eb.ref('excluded.population'),
        area_km2: eb.ref('excluded.area_km2'),
        language_form: eb.ref('excluded.language_form'),
      })),
    )
    .execute();
  const label = (l: Labelled) => ({ name_nb: l.nb, name_nn: l.nn ?? l.nb, name_en: l.en });
  await db
    .insertInto('sectors')
    .values(ref.taxonomy.sectors.map((s) => ({ code: s.code, ...label(s) })))
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name_nb: eb.ref('excluded.name_nb'),
        name_nn: eb.ref('excluded.name_nn'),
        name_en: eb.ref('excluded.name_en'),
      })),
    )
    .execute();
  await db
    .insertInto('service_types')
    .values(
      ref.taxonomy.serviceTypes.map((s) => ({
        code: s.code,
        sector_code: s.sector,
        level: s.level,
        ...label(s),
      })),
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        sector_code: eb.ref('excluded.sector_code'),
        level: eb.ref('excluded.level'),
        name_nb: eb.ref('excluded.name_nb'),
        name_nn: eb.ref('excluded.name_nn'),
        name_en: eb.ref('excluded.name_en'),
      })),
    )
    .execute();
  await db
    .insertInto('themes')
    .values(ref.taxonomy.themes.map((t) => ({ code: t.code, legal_basis: t.law, ...label(t) })))
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        legal_basis: eb.ref('excluded.legal_basis'),
        name_nb: eb.ref('excluded.name_nb'),
        name_nn: eb.ref('excluded.name_nn'),
        name_en: eb.ref('excluded.name_en'),
      })),
    )
    .execute();
}
