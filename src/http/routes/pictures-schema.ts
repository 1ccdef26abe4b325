/**
 * Response schemas of the pictures routes: what leaves the API, documented in the OpenAPI document and
 * checked on the way out (keys not listed here are not sent). A statistic that has no value (a ratio with
 * nothing expected, φ of a funnel with fewer than two units) is sent as null.
 */
import { z } from 'zod';

/** A figure that may be undefined (NaN, ±∞): `finite()` turns those into null before the answer is checked. */
const figure = z.number().nullable();

/** The same value with every non-finite number replaced by null (JSON has no NaN). */
export function finite<T>(value: T): T {
  if (typeof value === 'number') return (Number.isFinite(value) ? value : null) as T;
  if (Array.isArray(value)) return value.map(finite) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, finite(v)])) as T;
  return value;
}
const Label = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
const Period = z.object({ from: z.string(), to: z.string() });
const Band = z.enum(['above99.8', 'above95', 'within', 'below95', 'below99.8']);
const Limits = z.object({ lower95: figure, upper95: figure, lower998: figure, upper998: figure });
const Curve = z.array(Limits.extend({ expected: z.number() }));

export const PictureRun = z.object({ id: z.number(), version: z.string(), asOf: z.string() });

export const PictureSignal = z.object({
  id: z.number(),
  signalKey: z.string(),
  unitType: z.string(),
  unitId: z.string(),
  unitLabel: z.string(),
  serviceType: z.string().nullable(),
  theme: z.string().nullable(),
  method: z.string(),
  observed: z.number(),
  expected: z.number(),
  ratio: figure,
  interval: z.object({ lower: figure, upper: figure, level: z.number() }),
  comparisonGroup: z.string(),
  // Optional: national pictures stored before it was added lack it.
  comparison: z.record(z.string(), z.unknown()).nullable().optional(),
  period: Period,
  score: figure,
  evidence: z.record(z.string(), z.unknown()),
});

const Picture = z.object({
  run: PictureRun,
  period: Period,
  trend: z.object({
    method: z.string(),
    points: z.array(
      z.object({
        month: z.string(),
        observed: z.number(),
        expected: z.number(),
        ratio: figure,
        ewma: figure,
        lower: figure,
        upper: figure,
        cusum: figure,
        alarm: z.boolean(),
      }),
    ),
  }),
  offices: z.array(
    z.object({
      office: z.string(),
      name: z.string(),
      population: z.number(),
      cases12: z.number(),
      perThousand: figure,
      signals: z.number(),
    }),
  ),
  themeTable: z.array(
    z.object({
      signalId: z.number(),
      providerId: z.string(),
      provider: z.string(),
      serviceType: z.string().nullable(),
      theme: z.string(),
      observed: z.number(),
      expected: z.number(),
      prr: figure,
      interval: z.object({ lower: figure, upper: figure }),
      ic025: figure,
    }),
  ),
  topSignals: z.array(PictureSignal),
  totalSignals: z.number(),
});

export const NationalPictureResponse = Picture;
export const OfficePictureResponse = Picture.extend({ office: z.string() });

export const FunnelResponse = z.object({
  run: PictureRun,
  serviceType: z.string(),
  period: Period,
  providers: z.array(
    z.object({
      id: z.number(),
      label: z.string(),
      office: z.string(),
      municipality: z.string(),
      observed: z.number(),
      expected: z.number(),
      ratio: figure,
      limits: Limits,
      band: Band,
    }),
  ),
  phi: figure,
  tau2: figure,
  adjusted: z.boolean(),
  curve: Curve,
  method: z.string(),
});

export const MapResponse = z.object({
  run: PictureRun,
  filter: z.object({
    from: z.string(),
    to: z.string(),
    sector: z.string().optional(),
    serviceType: z.string().optional(),
    theme: z.string().optional(),
  }),
  national: z.object({ cases: z.number(), population: z.number(), perThousand: figure }),
  municipalities: z.array(
    z.object({
      number: z.string(),
      name: z.string(),
      office: z.string(),
      county: z.string(),
      population: z.number(),
      cases: z.number(),
      perThousand: figure,
      expected: z.number(),
      ratio: figure,
      signals: z.number(),
    }),
  ),
});

const Outlier = z.object({
  office: z.string(),
  caseType: z.string(),
  measure: z.string(),
  kind: z.enum(['outcome', 'reaction', 'processing_time']),
  direction: z.enum(['higher', 'lower']),
  band: Band,
  cases: z.number(),
  observed: z.number(),
  expected: z.number(),
  ratio: figure,
  difference: figure,
});

export const EqualTreatmentResponse = z.object({
  period: Period,
  strata: z.string(),
  method: z.string(),
  caseTypes: z.array(
    z.object({
      caseType: z.string(),
      offices: z.number(),
      cases: z.number(),
      measures: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['outcome', 'reaction', 'processing_time']),
          caseType: z.string(),
          outcomes: z.array(z.string()),
          national: z.object({ cases: z.number(), observed: z.number(), share: figure }),
          funnel: z.object({ phi: figure, tau2: figure, adjusted: z.boolean() }).nullable(),
          offices: z.array(
            z.object({
              office: z.string(),
              cases: z.number(),
              observed: z.number(),
              expected: z.number(),
              ratio: figure,
              observedShare: figure,
              expectedShare: figure,
              limits: Limits,
              band: Band,
              z: figure,
            }),
          ),
          curve: Curve,
        }),
      ),
    }),
  ),
  outliers: z.array(Outlier),
  processingTimeOutliers: z.array(Outlier),
});

export const ProviderProfileResponse = z.object({
  shared: z.boolean(),
  provider: z.object({
    id: z.number(),
    orgNumber: z.string(),
    name: z.string(),
    serviceType: z.string(),
    sizeMeasure: z.string(),
    size: z.number(),
    municipality: z.string(),
    municipalityNumber: z.string(),
    office: z.string(),
  }),
  period: Period,
  peers: z.object({ providers: z.number(), comparison: z.string() }),
  perYear: z.array(
    z.object({
      year: z.number(),
      cases: z.number(),
      expected: z.number(),
      ratio: figure,
      findings: z.number(),
      breaches: z.number(),
    }),
  ),
  byCaseType: z.array(z.object({ caseType: z.string(), cases: z.number() })),
  signals: z.array(
    z.object({
      id: z.number(),
      runId: z.number(),
      asOf: z.string(),
      method: z.string(),
      theme: z.string().nullable(),
      observed: z.number(),
      expected: z.number(),
      ratio: figure,
      interval: z.object({ lower: figure, upper: figure, level: z.number() }),
      comparisonGroup: z.string(),
      comparison: z.record(z.string(), z.unknown()).nullable(),
      period: Period,
    }),
  ),
  recentCases: z.array(
    z.object({
      caseNumber: z.string(),
      receivedOn: z.string(),
      caseType: z.string(),
      state: z.string(),
      outcome: z.string().nullable(),
      themes: z.array(z.string()),
    }),
  ),
});

export const PlanningResponse = z.object({
  run: PictureRun,
  rules: z.array(
    z.object({
      id: z.string(),
      priority: z.number(),
      label: Label,
      unitTypes: z.array(z.string()),
      methods: z.array(z.string()),
      minMethods: z.number(),
      minRatio: z.number(),
    }),
  ),
  capacity: z.array(
    z.object({
      office: z.string(),
      caseworkers: z.number(),
      plannedLast12Months: z.number(),
      openPlanned: z.number(),
    }),
  ),
  total: z.number(),
  candidates: z.array(
    z.object({
      unitType: z.string(),
      unitId: z.string(),
      unitLabel: z.string(),
      priority: z.number(),
      office: z.string().nullable(),
      reasons: z.array(
        z.object({
          rule: z.string(),
          priority: z.number(),
          label: Label,
          signals: z.array(
            z.object({
              id: z.number(),
              method: z.string(),
              theme: z.string().nullable(),
              observed: z.number(),
              expected: z.number(),
              ratio: figure,
            }),
          ),
        }),
      ),
    }),
  ),
});

export const PlannedSupervisionResponse = z.object({
  id: z.number(),
  caseNumber: z.string(),
  officeCode: z.string(),
  state: z.string(),
  chosenBecause: z.array(z.string()),
});
