import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { bulkInsert, encodeCopy, type BulkColumn } from './bulk.ts';

const COLUMNS: BulkColumn[] = [
  { name: 'id', type: 'bigint' },
  { name: 'note', type: 'text' },
  { name: 'tags', type: 'text[]' },
  { name: 'flag', type: 'boolean' },
  { name: 'day', type: 'date' },
  { name: 'data', type: 'jsonb' },
];

/** Values that break naive COPY text: tabs, newlines, backslashes, quotes, braces, commas, æøå, null. */
const ROWS = [
  {
    id: 1,
    note: 'tab\there, line\nbreak, back\\slash, cr\r',
    tags: ['a,b', 'quote"d', 'brace{}', 'back\\'],
    flag: true,
    day: '2026-05-17',
    data: '{"k":"v\\tw"}',
  },
  { id: 2, note: 'Blåbærsyltetøy på sjukeheimen', tags: [], flag: false, day: '2024-02-29', data: '{}' },
  { id: 3, note: null, tags: ['NULL', ''], flag: null, day: null, data: '{"n":null}' },
];

let db: TestDatabase;
beforeAll(async () => {
  db = await testDatabase({ migrate: false });
  await db.pool.query(
    'CREATE TABLE bulk_probe (id bigint PRIMARY KEY, note text, tags text[], flag boolean, day date, data jsonb)',
  );
});
afterAll(async () => {
  await db?.close();
});

async function readBack() {
  const result = await db.pool.query(
    'SELECT id, note, tags, flag, day, data::text AS data FROM bulk_probe ORDER BY id',
  );
  await db.pool.query('TRUNCATE bulk_probe');
  return result.rows.map((r) => ({ ...r, id: Number(r.id) }));
}

const expected = ROWS.map((r) => ({
  ...r,
  data: JSON.stringify(JSON.parse(r.data)).replace(/":/g, '": ').replace(/,"/g, ', "'),
}));

describe('bulk loading keeps every value exactly', () => {
  it('through unnest (every backend)', async () => {
    const client = await db.pool.connect();
    try {
      await bulkInsert(client, 'bulk_probe', COLUMNS, ROWS, 'unnest');
    } finally {
      client.release();
    }
    expect(await readBack()).toEqual(expected);
  });

  // COPY FROM STDIN needs a server connection (PGlite's node-postgres adapter has no COPY streaming), so
  // this case runs in the PostgreSQL pass of the suite only.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('through COPY (server)', async () => {
    const client = await db.pool.connect();
    try {
      await bulkInsert(client, 'bulk_probe', COLUMNS, ROWS, 'copy');
    } finally {
      client.release();
    }
    expect(await readBack()).toEqual(expected);
  });

  it('escapes COPY text so that each row is one line with one tab per column', () => {
    const text = encodeCopy(COLUMNS, ROWS).toString('utf8');
    const lines = text.split('\n');
    expect(lines).toHaveLength(ROWS.length + 1);
    for (const line of lines.slice(0, -1)) expect(line.split('\t')).toHaveLength(COLUMNS.length);
    expect(lines[2]).toBe('3\t\\N\t{"NULL",""}\t\\N\t\\N\t{"n":null}');
  });
});
