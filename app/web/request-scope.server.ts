/**
 * What one HTTP request computes once for all its loaders. Remix runs the
 * root's and the page's loaders of a request together, each with its own
 * copy of the Request, so nothing on the Request itself is shared; the
 * request's own async context is (server.ts runs each request inside
 * `requestScope`). Outside a request (tests calling a loader, jobs) nothing
 * is kept: every call computes.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestHandler } from "express";

const scope = new AsyncLocalStorage<Map<string, unknown>>();

/** Express middleware: the rest of the request runs in a scope of its own. */
export const requestScope: RequestHandler = (_req, _res, next) => scope.run(new Map(), next);

/** Runs `fn` as one request would (tests). */
export function inRequestScope<T>(fn: () => T): T {
  return scope.run(new Map(), fn);
}

/** `compute()` once per request and key; outside a request, every time. */
export function oncePerRequest<T>(key: string, compute: () => T): T {
  const kept = scope.getStore();
  if (!kept) return compute();
  if (!kept.has(key)) kept.set(key, compute());
  return kept.get(key) as T;
}
