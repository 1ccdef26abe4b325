/**
 * Which policy action guards which HTTP route. Each route declares its action when it is registered
 * (`registerRoutePolicy('GET', '/api/cases/:id', 'case.read')`), so the authorisation matrix test can list
 * every route the app has and fail on one without a declared policy — a new route cannot slip past it.
 */
import { isAction, type Action } from './policy-table.ts';

export interface RoutePolicy {
  method: string;
  url: string;
  action: Action;
}

const registry = new Map<string, RoutePolicy>();

const key = (method: string, url: string) => `${method.toUpperCase()} ${url}`;

/**
 * Declares the action that guards a route. `url` is the route pattern as Fastify has it
 * ('/api/cases/:id'). Declaring the same route again with the same action is harmless (a test builds the app
 * many times); with a different action it throws, since one of the two would be silently wrong.
 */
export function registerRoutePolicy(method: string, url: string, action: Action): void {
  if (!isAction(action)) throw new Error(`registerRoutePolicy(${method} ${url}): unknown action '${action}'`);
  const existing = registry.get(key(method, url));
  if (existing && existing.action !== action) {
    throw new Error(
      `route ${key(method, url)} is already guarded by '${existing.action}', cannot also declare '${action}'`,
    );
  }
  registry.set(key(method, url), { method: method.toUpperCase(), url, action });
}

/**
 * The action guarding a route, or undefined when none was declared. HEAD falls back to GET, because Fastify
 * adds a HEAD route for every GET route by itself.
 */
export function policyForRoute(method: string, url: string): Action | undefined {
  const found = registry.get(key(method, url));
  if (found) return found.action;
  if (method.toUpperCase() === 'HEAD') return registry.get(key('GET', url))?.action;
  return undefined;
}

/** The routes of `routes` that have no declared policy, as 'METHOD url' — what the matrix test asserts empty. */
export function routesWithoutPolicy(
  routes: Iterable<{ method: string | readonly string[]; url: string }>,
): string[] {
  const missing: string[] = [];
  for (const route of routes) {
    const methods = typeof route.method === 'string' ? [route.method] : route.method;
    for (const method of methods) {
      if (!policyForRoute(method, route.url)) missing.push(key(method, route.url));
    }
  }
  return missing;
}

/** Every declaration, sorted — for the matrix test and the generated access documentation. */
export function routePolicies(): RoutePolicy[] {
  return [...registry.values()].sort(
    (a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method),
  );
}
