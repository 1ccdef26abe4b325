/**
 * The canonical form of an audit row and its hash — pure, so the same bytes are hashed whichever database
 * (PGlite 18 or PostgreSQL 15) stored the row, and an auditor can recompute a hash with any SHA-256 tool.
 *
 * Canonical form, version `tilsyn-audit/1`: the UTF-8 bytes of a JSON array (no whitespace) of, in order,
 *
 *   ["tilsyn-audit/1", id, occurred_at, actor_kind, actor_id, action, case_id, purpose, details, prev_hash]
 *
 * - id, actor_id, case_id: decimal strings (bigint may exceed 2^53), or null;
 * - occurred_at: UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ` — always six fractional digits (PostgreSQL keeps
 *   microseconds; a JavaScript Date has milliseconds and is padded with 000);
 * - actor_kind, action, purpose: strings (purpose may be null);
 * - details: JSON with object keys sorted by UTF-16 code units (JavaScript's default sort, as in RFC 8785),
 *   numbers as JavaScript prints them, strings escaped as JSON.stringify does — the value as read back from
 *   jsonb, so jsonb's own key order and spacing never matter;
 * - prev_hash: the previous row's hash, or 64 zeros for the first row.
 *
 * hash = lowercase hex SHA-256 of those bytes.
 */
import { createHash } from 'node:crypto';

export const CANONICAL_VERSION = 'tilsyn-audit/1';
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  id: number | string;
  /** Canonical timestamp text (see `canonicalTimestamp`). */
  occurredAt: string;
  actorKind: string;
  actorId: number | string | null;
  action: string;
  caseId: number | string | null;
  purpose: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A Date as the canonical UTC timestamp with microseconds. */
export function canonicalTimestamp(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('audit: invalid date');
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function canonicalForm(row: HashedFields): string {
  if (!TIMESTAMP.test(row.occurredAt)) throw new Error(`audit: not a canonical timestamp: ${row.occurredAt}`);
  const decimal = (n: number | string | null) => (n === null ? null : String(n));
  return canonicalJson([
    CANONICAL_VERSION,
    String(row.id),
    row.occurredAt,
    row.actorKind,
    decimal(row.actorId),
    row.action,
    decimal(row.caseId),
    row.purpose,
    row.details,
    row.prevHash,
  ]);
}

export function auditHash(row: HashedFields): string {
  return createHash('sha256').update(canonicalForm(row), 'utf8').digest('hex');
}

/**
 * The details as jsonb will give them back: what JSON can hold, nothing else (undefined dropped, a Date as
 * its ISO string). Hashing this — not the caller's object — is what makes a row verify after a round trip.
 */
export function asStoredJson(details: Record<string, unknown>): Record<string, unknown> {
  const value: unknown = JSON.parse(JSON.stringify(details));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('audit: details must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/**
 * JSON with object keys in code-unit order. Written out by hand rather than by sorting and calling
 * JSON.stringify on the object: JavaScript enumerates integer-like keys ("2", "10") first and in numeric
 * order whatever the insertion order, which would break the documented order.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => JSON.stringify(k) + ':' + canonicalJson((value as Record<string, unknown>)[k]));
    return '{' + entries.join(',') + '}';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('audit: numbers must be finite');
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return JSON.stringify(value);
  }
  throw new Error(`audit: ${typeof value} cannot be part of the canonical form`);
}
