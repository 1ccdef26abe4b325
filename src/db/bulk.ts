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
 * Rows as COPY text (tab-separated, `\N` for null): pure, so it can be made off the main thread and
 * handed over as one Buffer (a transferable: moved, not copied). String concatenation then one UTF-8
 * encoding measured faster than writing field by field into a Buffer.
 */
export function encodeCopy<Row extends object>(columns: readonly BulkColumn[], rows: readonly Row[]): Buffer {
  return Buffer.from(toCopyText(columns, rows), 'utf8');
}

export function toCopyText<Row extends object>(columns: readonly BulkColumn[], rows: readonly Row[]): string {
  let text = '';
  const last = columns.length - 1;
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    for (let i = 0; i <= last; i++) {
      const col = columns[i] as BulkColumn;
      const value = r[col.name];
      if (value === null || value === undefined) text += '\\N';
      else if (typeof value === 'number') text += value;
      else if (typeof value === 'boolean') text += value ? 't' : 'f';
      else if (col.type === 'text[]') text += copyEscape(arrayLiteral(value as string[]));
      else if (value instanceof Date) text += value.toISOString();
      else text += col.trusted ? (value as string) : copyEscape(String(value));
      text += i === last ? '\n' : '\t';
    }
  }
  return text;
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
): Promise<T> {
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
  for (const d of deferred) await client.query(d.drop);
  const result = await load();
  for (const d of [...deferred].reverse()) await client.query(d.create);
  return result;
}
