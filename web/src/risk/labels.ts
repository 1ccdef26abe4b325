/**
 * Names people know for the codes the API speaks: service types, themes and sectors from the shared
 * taxonomy (reference/taxonomy.json, one vocabulary for the generator, the risk engine and the UI), offices
 * from the public reference API, case types, outcomes and methods from the area's texts.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import taxonomy from '../../../reference/taxonomy.json';
import { getJson } from '../api.ts';
import type { OfficeInfo } from './data.ts';

type Lang = 'nb' | 'nn' | 'en';
type Coded = { code: string; nb: string; nn: string; en: string };

const index = (rows: Coded[]) => new Map(rows.map((r) => [r.code, r]));
const SERVICE_TYPES = index(taxonomy.serviceTypes);
const THEMES = index(taxonomy.themes);
const SECTORS = index(taxonomy.sectors);

export const serviceTypeCodes = taxonomy.serviceTypes.map((s) => s.code);
export const themeCodes = taxonomy.themes.map((s) => s.code);
export const sectorCodes = taxonomy.sectors.map((s) => s.code);

export function useLabels() {
  const { t, i18n } = useTranslation('risk');
  const lang = (['nb', 'nn', 'en'].includes(i18n.language) ? i18n.language : 'nb') as Lang;
  const offices = useQuery({
    queryKey: ['offices'],
    queryFn: () => getJson<OfficeInfo[]>('/api/offices', lang),
    staleTime: Infinity,
  });
  const officeNames = new Map((offices.data ?? []).map((o) => [o.code, o.name[lang]]));
  const of = (map: Map<string, Coded>, code: string | null | undefined) =>
    code ? (map.get(code)?.[lang] ?? code) : '';
  return {
    lang,
    serviceType: (code: string | null | undefined) => of(SERVICE_TYPES, code),
    theme: (code: string | null | undefined) => of(THEMES, code),
    sector: (code: string | null | undefined) => of(SECTORS, code),
    office: (code: string | null | undefined) => (code ? (officeNames.get(code) ?? code) : ''),
    offices: offices.data ?? [],
    caseType: (code: string) => t(`caseType.${code}`, { defaultValue: code }),
    measure: (code: string) => t(`measure.${code}`, { defaultValue: code }),
    method: (code: string) => t(`method.${code}.name`, { defaultValue: code }),
    unitType: (code: string) => t(`unitType.${code}`, { defaultValue: code }),
    /** A signal's comparison group in the page language, from its data; else the stored English sentence. */
    comparison: (comparison: unknown, fallback: string) => {
      const c = comparison as Record<string, string | number> | null | undefined;
      if (!c || typeof c.kind !== 'string') return fallback;
      const sector = of(SECTORS, c.sector as string | undefined);
      return t(`comparison.${c.kind}`, {
        defaultValue: fallback,
        months: c.months,
        gap: c.gap,
        units: c.units,
        serviceType: of(SERVICE_TYPES, c.serviceType as string | undefined),
        sizeMeasure: c.sizeMeasure ? t(`sizeMeasure.${c.sizeMeasure}`, { defaultValue: c.sizeMeasure }) : '',
        sector: sector.charAt(0).toLocaleLowerCase(lang) + sector.slice(1),
        unitType: c.unitType ? t(`unitType.${c.unitType}`, { defaultValue: c.unitType }) : '',
      });
    },
    // i18next reads '.' as a key separator: 'above99.8' is stored as 'above99_8'.
    band: (code: string) => t(`band.${code.replace('.', '_')}`, { defaultValue: code }),
  };
}

export type Labels = ReturnType<typeof useLabels>;

/** Number formats for the page language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nb-NO';
  const n0 = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const n1 = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const n2 = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const safe = (f: Intl.NumberFormat) => (x: number | null | undefined) =>
    x === null || x === undefined || !Number.isFinite(x) ? '–' : f.format(x);
  return {
    locale,
    int: safe(n0),
    one: safe(n1),
    two: safe(n2),
    pct: safe(pct),
    month: (m: string) => month.format(new Date(`${m.slice(0, 7)}-01T00:00:00Z`)),
    date: (d: string) => date.format(new Date(`${d.slice(0, 10)}T00:00:00Z`)),
  };
}
export type Format = ReturnType<typeof useFormat>;
