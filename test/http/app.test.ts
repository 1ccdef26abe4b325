import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  db = await testDatabase();
  ({ app } = await buildApp({ conn: db, logLevel: false, serveWeb: false }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('HTTP server over real HTTP', () => {
  it('answers /health with the database kind and the case count', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: db.backend === 'pglite' ? 'embedded' : 'server' });
  });

  it('serves the OpenAPI document as JSON with every API route in it, and a browsable view', async () => {
    const res = await fetch(`${base}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/health', '/api/offices', '/api/municipalities', '/api/overview'])
      expect(doc.paths).toHaveProperty([path]);
    const docs = await fetch(`${base}/api/docs`, { redirect: 'follow' });
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
  });

  it('lists the eleven offices with their municipalities and population summed from the reference data', async () => {
    const offices = (await (await fetch(`${base}/api/offices`)).json()) as {
      code: string;
      municipalities: number;
      population: number;
    }[];
    expect(offices).toHaveLength(11);
    expect(offices.reduce((s, o) => s + o.municipalities, 0)).toBe(357);
    const oslo = await db.pool.query<{ n: number; p: number }>(
      `SELECT count(*)::int AS n, sum(population)::int AS p FROM municipalities WHERE office_code = 'OSLO'`,
    );
    expect(offices.find((o) => o.code === 'OSLO')).toMatchObject({
      municipalities: oslo.rows[0]?.n,
      population: oslo.rows[0]?.p,
    });
  });

  it('filters municipalities by office', async () => {
    const rows = (await (await fetch(`${base}/api/municipalities?office=AGDE`)).json()) as {
      office: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.office))).toEqual(new Set(['AGDE']));
  });

  it('rejects bad input with a field-level message in bokmål by default and English on request', async () => {
    const nb = await fetch(`${base}/api/municipalities?office=oslo`);
    expect(nb.status).toBe(400);
    const nbBody = (await nb.json()) as {
      error: string;
      message: string;
      fields: { field: string; message: string }[];
    };
    expect(nbBody.error).toBe('validation_failed');
    expect(nbBody.fields[0]?.field).toBe('querystring.office');
    expect(nbBody.message).toMatch(/Forespørselen har feil/);

    const en = await fetch(`${base}/api/municipalities?office=XXXX`, {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as { fields: { field: string; code: string; message: string }[] };
    expect(enBody.fields).toEqual([
      { field: 'querystring.office', code: 'unknown_office', message: 'No office has the code "XXXX".' },
    ]);

    const unknown = await fetch(`${base}/api/municipalities?colour=blue`, {
      headers: { 'Accept-Language': 'nn' },
    });
    expect(unknown.status).toBe(400);
    const nnBody = (await unknown.json()) as { fields: { message: string }[] };
    expect(nnBody.fields[0]?.message).toMatch(/Ukjende felt: colour/);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await fetch(`${base}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe('not_found');
  });
});
