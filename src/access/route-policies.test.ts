import { describe, expect, it } from 'vitest';
import type { Action } from './policy-table.ts';
import { policyForRoute, registerRoutePolicy, routePolicies, routesWithoutPolicy } from './route-policies.ts';

// The registry is process-wide (routes register at app build); each test uses URLs of its own.
describe('route policies', () => {
  it('finds the action declared for a route, case-insensitively by method, and HEAD through GET', () => {
    registerRoutePolicy('get', '/test/a/cases/:id', 'case.read');
    expect(policyForRoute('GET', '/test/a/cases/:id')).toBe('case.read');
    expect(policyForRoute('HEAD', '/test/a/cases/:id')).toBe('case.read');
    expect(policyForRoute('POST', '/test/a/cases/:id')).toBeUndefined();
    expect(policyForRoute('GET', '/test/a/cases/:caseId')).toBeUndefined();
  });

  it('detects a route without a declared policy (what the HTTP matrix test asserts empty)', () => {
    registerRoutePolicy('POST', '/test/b/cases/:id/triage', 'case.triage');
    const routes = [
      { method: 'POST', url: '/test/b/cases/:id/triage' },
      { method: ['GET', 'HEAD'], url: '/test/b/cases/:id/secret' },
    ];
    expect(routesWithoutPolicy(routes)).toEqual([
      'GET /test/b/cases/:id/secret',
      'HEAD /test/b/cases/:id/secret',
    ]);
  });

  it('accepts the same declaration twice, and refuses a conflicting one or an unknown action', () => {
    registerRoutePolicy('GET', '/test/c/queue', 'office.queue');
    expect(() => registerRoutePolicy('GET', '/test/c/queue', 'office.queue')).not.toThrow();
    expect(() => registerRoutePolicy('GET', '/test/c/queue', 'office.workload')).toThrow(
      /already guarded by 'office.queue'/,
    );
    expect(() => registerRoutePolicy('GET', '/test/c/other', 'case.delete' as Action)).toThrow(
      /unknown action/,
    );
    expect(policyForRoute('GET', '/test/c/other')).toBeUndefined();
    expect(routePolicies().filter((p) => p.url.startsWith('/test/c/'))).toEqual([
      { method: 'GET', url: '/test/c/queue', action: 'office.queue' },
    ]);
  });
});
