import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { nationalOverview } from '../../knowledge/national-overview.ts';
import { registerRoutePolicy } from '../../access/route-policies.ts';
import type { AppState } from '../app.ts';
import { RequestError } from '../errors.ts';
import { MAP_ATTRIBUTION, municipalityMapJson } from '../municipality-map.ts';

const Office = z.object({
  code: z.string(),
  kind: z.enum(['regional', 'national']),
  name: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
  municipalities: z.number().int(),
  population: z.number().int(),
});

const Municipality = z.object({
  number: z.string(),
  name: z.string(),
  county: z.string(),
  office: z.string(),
  population: z.number().int(),
  languageForm: z.enum(['bokmal', 'nynorsk', 'neutral']),
});

const Overview = z.object({
  cases: z.number().int(),
  openCases: z.number().int(),
  providers: z.number().int(),
  professionals: z.number().int(),
  byOffice: z.array(
    z.object({
      office: z.string(),
      name: z.string(),
      cases: z.number().int(),
      open: z.number().int(),
      perThousand: z.number().nullable(),
    }),
  ),
  byCaseType: z.array(z.object({ caseType: z.string(), cases: z.number().int() })),
  byYear: z.array(z.object({ year: z.number().int(), cases: z.number().int() })),
});

export const referenceRoutes =
  (state: AppState): FastifyPluginAsyncZod =>
  async (app) => {
    const db = () => state.conn.db;

    registerRoutePolicy('GET', '/api/offices', 'reference.read');
    app.get(
      '/api/offices',
      {
        schema: {
          tags: ['reference'],
          summary: 'The ten regional offices and the national body',
          response: { 200: z.array(Office) },
        },
      },
      async () => {
        const rows = await db()
          .selectFrom('offices as o')
          .leftJoin('municipalities as m', 'm.office_code', 'o.code')
          .select((eb) => [
            'o.code',
            'o.kind',
            'o.name_nb',
            'o.name_nn',
            'o.name_en',
            eb.fn.count<number>('m.number').as('municipalities'),
            eb.fn.coalesce(eb.fn.sum<number>('m.population'), eb.lit(0)).as('population'),
          ])
          .groupBy('o.code')
          .orderBy('o.kind', 'desc')
          .orderBy('o.code')
          .execute();
        return rows.map((r) => ({
          code: r.code,
          kind: r.kind,
          name: { nb: r.name_nb, nn: r.name_nn, en: r.name_en },
          municipalities: Number(r.municipalities),
          population: Number(r.population),
        }));
      },
    );

    registerRoutePolicy('GET', '/api/municipalities', 'reference.read');
    app.get(
      '/api/municipalities',
      {
        schema: {
          tags: ['reference'],
          summary: 'The 357 municipalities (2024 division), optionally of one office',
          querystring: z
            .object({
              office: z
                .string()
                .regex(/^[A-Z]{2,4}$/)
                .optional(),
            })
            .strict(),
          response: { 200: z.array(Municipality) },
        },
      },
      async (request) => {
        let query = db()
          .selectFrom('municipalities')
          .select(['number', 'name', 'county_number', 'office_code', 'population', 'language_form'])
          .orderBy('number');
        const office = request.query.office;
        if (office) {
          const known = await db()
            .selectFrom('offices')
            .select('code')
            .where('code', '=', office)
            .executeTakeFirst();
          if (!known) {
            throw new RequestError(
              400,
              'validation_failed',
              {
                nb: 'Forespørselen har feil. Se feltene under.',
                nn: 'Førespurnaden har feil. Sjå felta under.',
                en: 'The request has errors. See the fields below.',
              },
              [
                {
                  field: 'querystring.office',
                  code: 'unknown_office',
                  texts: {
                    nb: `Finner ikke embetet «${office}».`,
                    nn: `Finn ikkje embetet «${office}».`,
                    en: `No office has the code "${office}".`,
                  },
                },
              ],
            );
          }
          query = query.where('office_code', '=', office);
        }
        const rows = await query.execute();
        return rows.map((r) => ({
          number: r.number,
          name: r.name,
          county: r.county_number,
          office: r.office_code,
          population: r.population,
          languageForm: r.language_form,
        }));
      },
    );

    registerRoutePolicy('GET', '/api/reference/municipality-map', 'reference.read');
    app.get(
      '/api/reference/municipality-map',
      {
        schema: {
          tags: ['reference'],
          summary: `Municipality boundaries (2024 division) as quantised TopoJSON for maps, object "Kommuner" with property "kommunenummer". ${MAP_ATTRIBUTION}.`,
        },
      },
      async (_request, reply) =>
        reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('cache-control', 'public, max-age=86400')
          .send(municipalityMapJson()),
    );

    registerRoutePolicy('GET', '/api/overview', 'stats.read_public');
    app.get(
      '/api/overview',
      {
        schema: {
          tags: ['knowledge'],
          summary: 'National case counts by office, case type and year (aggregates only)',
          response: { 200: Overview },
        },
      },
      async () => nationalOverview(db()),
    );
  };
