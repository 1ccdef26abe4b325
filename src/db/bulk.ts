import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { quoteIdent } from './connect.ts';

/** Column of a bulk load: its SQL type decides how values are sent. */
export interface BulkColumn {
  name: string;
  type: 'bigint' | 'integer' | 'text' | 'date' | 'timestamptz' | 'boolean' | 'numeric' | 'jsonb' | 'text[]';
  /** Values the program made itself (codes, dates): never contain a tab, newline or backslash. */
  trusted?: boolean;
}

export type BulkMethod = 'copy' | 'unnest';

/**
 * Loads many rows at once. `unnest` sends one array parameter per column (one statement, any backend,
 * including PGlite); `copy` streams COPY text to a server, about twice as fast for millions of rows.
 * Both go through the caller's client, so they join its transaction: a failed load leaves nothing.
 */
export async function bulkInsert<Row extends object>(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Row[],
  method: BulkMethod,
): Promise<void> {
  if (rows.length === 0) return;
  if (method === 'copy') return copyRows(client, table, columns, rows);
  return unnestRows(client, table, columns, rows);
}

const ARRAY_SEPARATOR = '\u001f';

async function unnestRows<Row extends object>(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Row[],
): Promise<void> {
  const params = columns.map((col) => {
    const values = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = (rows[i] as Record<string, unknown>)[col.name];
      // unnest() would flatten a two-dimensional array, so text[] travels as one separated string.
      values[i] = col.type === 'text[]' ? (v as string[]).join(ARRAY_SEPARATOR) : v;
    }
    return values;
  });
  const sendType = (c: BulkColumn) => (c.type === 'text[]' || c.type === 'jsonb' ? 'text' : c.type);
  const select = columns.map((c, i) => {
    const ref = `c${i}`;
    if (c.type === 'text[]') return `string_to_array(${ref}, E'\\x1f')`;
    if (c.type === 'jsonb') return `${ref}::jsonb`;
    return ref;
  });
  const text =
    `INSERT INTO ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) ` +
    `SELECT ${select.join(', ')} FROM unnest(${columns.map((c, i) => `$${i + 1}::${sendType(c)}[]`).join(', ')}) ` +
    `AS u(${columns.map((_, i) => `c${i}`).join(', ')})`;
  await client.query(text, params);
}

async function copyRows<Row extends object>(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Row[],
): Promise<void> {
  await copyText(client, table, columns, encodeCopy(columns, rows));
}

/**
 * Rows as COPY text (tab-separated, `\N` for null), encoded into a Buffer: pure, so it can be made off the
 * main thread and handed over without copying (a transferable). The row serialiser is generated once per
 * column list — a template literal per row — which measured several times faster than a loop over
 * columns building strings field by field.
 */
export function encodeCopy<Row extends object>(columns: readonly BulkColumn[], rows: readonly Row[]): Buffer {
  const line = rowEncoder(columns);
  let buffer = Buffer.allocUnsafe(Math.max(1 << 16, rows.length * 256));
  let pos = 0;
  for (const row of rows) {
    const text = line(row);
    // UTF-8 needs at most three bytes per UTF-16 unit.
    if (pos + text.length * 3 > buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(buffer.length * 2, pos + text.length * 3));
      buffer.copy(grown, 0, 0, pos);
      buffer = grown;
    }
    pos += buffer.write(text, pos, 'utf8');
  }
  return buffer.subarray(0, pos);
}

const encoders = new WeakMap<readonly BulkColumn[], (row: object) => string>();

function rowEncoder(columns: readonly BulkColumn[]): (row: object) => string {
  let encoder = encoders.get(columns);
  if (encoder) return encoder;
  const parts = columns.map((col, i) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(col.name)) throw new Error(`bulk: unsafe column name ${col.name}`);
    const v = `r.${col.name}`;
    const value =
      col.type === 'text[]'
        ? `h.escape(h.array(${v}))`
        : col.type === 'boolean'
          ? `(${v} ? 't' : 'f')`
          : col.type === 'bigint' || col.type === 'integer' || col.type === 'numeric'
            ? `${v}`
            : col.trusted
              ? `${v}`
              : `h.escape(h.text(${v}))`;
    return `\${${v} == null ? '\\\\N' : ${value}}${i === columns.length - 1 ? '\\n' : '\\t'}`;
  });
  // Generated from the column list only (names checked above), never from data.
  const make = new Function('h', `return (r) => \`${parts.join('')}\`;`) as (
    h: unknown,
  ) => (row: object) => string;
  encoder = make({
    escape: copyEscape,
    array: arrayLiteral,
    text: (v: unknown) => (v instanceof Date ? v.toISOString() : String(v)),
  });
  encoders.set(columns, encoder);
  return encoder;
}

/** Streams ready COPY text into a table through the caller's client (and so its transaction). */
export async function copyText(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly BulkColumn[],
  text: string | Uint8Array,
): Promise<void> {
  if (text.length === 0) return;
  const stream = client.query(
    copyFrom(`COPY ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) FROM STDIN`),
  );
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  stream.end(text);
  await done;
}

/** A PostgreSQL array literal with every element quoted. */
function arrayLiteral(items: readonly string[]): string {
  let out = '{';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as string;
    out +=
      (i > 0 ? ',"' : '"') +
      (item.includes('"') || item.includes('\\') ? item.replace(/["\\]/g, (m) => '\\' + m) : item) +
      '"';
  }
  return out + '}';
}

/** COPY text format: backslash, tab, newline and carriage return are escaped. */
function copyEscape(text: string): string {
  // indexOf is vectorised in V8: four scans beat one regular expression on the common, clean text.
  if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0)
    return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

interface DeferredDefinition {
  table: string;
  name: string;
  /** Statement that re-creates it. */
  create: string;
  drop: string;
}

/**
 * Runs a large load with the tables' foreign keys, unique constraints and secondary indexes set aside and
 * re-created afterwards — PostgreSQL's own advice for populating a database ("Populating a Database" in
 * its manual): checking and indexing once at the end is far cheaper than row by row. Primary keys stay.
 * Must run inside the caller's transaction, so a failed load restores everything with the rollback, and
 * re-creating the constraints still checks every row.
 */
export async function withDeferredIndexes<T>(
  client: pg.PoolClient | pg.Client,
  tables: readonly string[],
  load: () => Promise<T>,
  /** Indexes and unique constraints to keep during the load: those on keys that only grow (appended at the right edge of the tree, so cheap to maintain while PostgreSQL has time to spare). */
  keep: readonly string[] = [],
  /**
   * Leave the plain (non-unique) indexes to the caller, to build after the commit, several at once:
   * they speed queries up but guard nothing, so they need not hold the transaction open.
   */
  plainIndexesLater = false,
): Promise<{ result: T; later: string[] }> {
  const constraints = await client.query<{ table: string; name: string; def: string; type: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def, c.contype AS type
     FROM pg_constraint c
     WHERE c.contype IN ('f', 'u') AND c.conrelid::regclass::text = ANY ($1)
     ORDER BY c.contype DESC`,
    [tables],
  );
  const indexes = await client.query<{ table: string; name: string; def: string }>(
    `SELECT i.tablename AS table, i.indexname AS name, i.indexdef AS def
     FROM pg_indexes i
     WHERE i.tablename = ANY ($1) AND i.schemaname = current_schema()
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.conrelid::regclass::text = i.tablename)`,
    [tables],
  );
  const deferred: DeferredDefinition[] = [
    // Foreign keys first (they may depend on unique constraints), re-created last.
    ...constraints.rows.map((c) => ({
      table: c.table,
      name: c.name,
      create: `ALTER TABLE ${quoteIdent(c.table)} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.def}`,
      drop: `ALTER TABLE ${quoteIdent(c.table)} DROP CONSTRAINT ${quoteIdent(c.name)}`,
    })),
    ...indexes.rows.map((i) => ({
      table: i.table,
      name: i.name,
      create: i.def,
      drop: `DROP INDEX ${quoteIdent(i.name)}`,
    })),
  ];
  const kept = new Set(keep);
  const deferredNow = deferred.filter((d) => !kept.has(d.name));
  for (const d of deferredNow) await client.query(d.drop);
  const result = await load();
  const later: string[] = [];
  for (const d of [...deferredNow].reverse()) {
    if (plainIndexesLater && /^CREATE INDEX /.test(d.create)) later.push(d.create);
    else await client.query(d.create);
  }
  return { result, later };
}

/** Builds indexes after the load, `parallel` at a time, each in a short transaction on a connection of its own. */
export async function buildIndexes(
  pool: pg.Pool,
  statements: readonly string[],
  parallel: number,
): Promise<void> {
  const queue = [...statements];
  const worker = async () => {
    const client = await pool.connect();
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await client.query('BEGIN');
        await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
        await client.query(next);
        await client.query('COMMIT');
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
}
