import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  asStoredJson,
  auditHash,
  canonicalForm,
  canonicalJson,
  canonicalTimestamp,
  GENESIS_HASH,
} from './audit-hash.ts';

describe('the canonical form of an audit row', () => {
  it('writes timestamps in UTC with six fractional digits, whatever the local time zone', () => {
    expect(canonicalTimestamp(new Date('2025-03-03T10:15:00.123+01:00'))).toBe('2025-03-03T09:15:00.123000Z');
    expect(canonicalTimestamp(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01T00:00:00.000000Z');
    expect(() => canonicalTimestamp(new Date('not a date'))).toThrow(/invalid date/);
  });

  it('sorts object keys by code unit at every depth, integer-like keys included ("10" before "9")', () => {
    const value = { z: { b: 1, a: 2 }, '9': 'nine', '10': 'ten', a: [{ y: null, x: true }] };
    expect(canonicalJson(value)).toBe('{"10":"ten","9":"nine","a":[{"x":true,"y":null}],"z":{"a":2,"b":1}}');
  });

  it('stores details as jsonb will give them back: no undefined, dates as ISO strings, objects only', () => {
    expect(asStoredJson({ a: undefined, b: new Date('2025-01-02T03:04:05Z'), c: [1, undefined] })).toEqual({
      b: '2025-01-02T03:04:05.000Z',
      c: [1, null],
    });
    expect(() => asStoredJson([] as unknown as Record<string, unknown>)).toThrow(/JSON object/);
  });

  it('hashes exactly the documented bytes (recomputed here with node:crypto)', () => {
    const row = {
      id: 12,
      occurredAt: '2025-03-03T09:15:00.123456Z',
      actorKind: 'citizen',
      actorId: 501,
      action: 'case.appeal',
      caseId: null,
      purpose: null,
      details: { språk: 'nn' },
      prevHash: GENESIS_HASH,
    };
    const bytes = `["tilsyn-audit/1","12","2025-03-03T09:15:00.123456Z","citizen","501","case.appeal",null,null,{"språk":"nn"},"${GENESIS_HASH}"]`;
    expect(canonicalForm(row)).toBe(bytes);
    expect(auditHash(row)).toBe(createHash('sha256').update(Buffer.from(bytes, 'utf8')).digest('hex'));
    expect(() => canonicalForm({ ...row, occurredAt: '2025-03-03T09:15:00Z' })).toThrow(
      /canonical timestamp/,
    );
  });
});
