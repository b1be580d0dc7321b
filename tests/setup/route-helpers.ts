/**
 * Calling Remix loaders and actions directly, as the server would: a built
 * Request carrying a real signed session cookie, and one normalised outcome
 * whether the route returned a value, returned or threw a Response, or
 * returned data(obj, { status }) (single fetch's DataWithResponseInit).
 */
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import { login } from "~/domain/users/auth.server";
import { commitSessionCookie } from "~/web/auth.server";

export const BASE_URL = "http://portal.test";
export const DEMO_PASSWORD = "demo1234";

export interface RouteOutcome {
  status: number;
  headers: Headers;
  /** The loader/action data, or the Response body text (JSON-parsed when it parses). */
  body: unknown;
  /** Location header of a redirect, else null. */
  location: string | null;
  /** Whether the route threw (a Response) rather than returned. */
  thrown: boolean;
}

export type RouteFn = (args: any) => unknown;

export interface CallOptions {
  method?: string;
  cookie?: string | null;
  form?: URLSearchParams | FormData | Record<string, string>;
  params?: Record<string, string>;
  clientIp?: string;
  headers?: Record<string, string>;
}

export function buildRequest(path: string, opts: CallOptions = {}): Request {
  const headers = new Headers(opts.headers);
  if (opts.cookie) headers.set("Cookie", opts.cookie);
  const method = opts.method ?? (opts.form ? "POST" : "GET");
  let body: BodyInit | undefined;
  if (opts.form) {
    body = opts.form instanceof URLSearchParams || opts.form instanceof FormData ? opts.form : new URLSearchParams(opts.form);
  }
  return new Request(new URL(path, BASE_URL), { method, headers, body });
}

async function fromResponse(res: Response, thrown: boolean): Promise<RouteOutcome> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // plain text body ("Forbidden", "Not found")
  }
  return { status: res.status, headers: res.headers, body, location: res.headers.get("Location"), thrown };
}

function isDataWithInit(value: unknown): value is { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

export async function normalise(run: () => unknown): Promise<RouteOutcome> {
  let value: unknown;
  try {
    value = await run();
  } catch (error) {
    if (error instanceof Response) return fromResponse(error, true);
    if (isDataWithInit(error)) {
      return { status: error.init?.status ?? 200, headers: new Headers(error.init?.headers), body: error.data, location: null, thrown: true };
    }
    throw error;
  }
  if (value instanceof Response) return fromResponse(value, false);
  if (isDataWithInit(value)) {
    const headers = new Headers(value.init?.headers);
    return { status: value.init?.status ?? 200, headers, body: value.data, location: headers.get("Location"), thrown: false };
  }
  return { status: 200, headers: new Headers(), body: value, location: null, thrown: false };
}

/** Run a loader or action with a built request; never throws for Responses. */
export function callRoute(fn: RouteFn, path: string, opts: CallOptions = {}): Promise<RouteOutcome> {
  const request = buildRequest(path, opts);
  const context = { requestId: "t", clientIp: opts.clientIp ?? "127.0.0.1" };
  return normalise(() => fn({ request, params: opts.params ?? {}, context }));
}

/**
 * A create form as its page posts it: with a one-time submission key (a new
 * one unless `key` is given; the same key again is a repeat of the same
 * submission).
 */
export function withKey<F extends URLSearchParams | FormData | Record<string, string>>(form: F, key = ulid()): F {
  if (form instanceof URLSearchParams || form instanceof FormData) {
    form.set("submissionKey", key);
    return form;
  }
  return { ...form, submissionKey: key };
}

/** "__session=…; Path=/; …" → "__session=…", usable as a Cookie request header. */
export function cookieHeaderFrom(setCookie: string | null): string {
  if (!setCookie) throw new Error("no Set-Cookie header");
  return setCookie.split(";")[0];
}

/** Signs a demo user in (domain login, no throttle) and returns the Cookie header value. */
export async function sessionCookieFor(db: DB, username: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await login(db, { username, password });
  if (!result.ok) throw new Error(`login failed for ${username}`);
  return cookieHeaderFrom(await commitSessionCookie(result.sessionId));
}

/** Row count of a table, as a number on both dialects (pg returns count as a string). */
export async function countRows(db: DB, table: "fee_filings" | "fee_items" | "outbox" | "audit_log" | "sessions"): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function snapshotCounts(db: DB) {
  const [fee_filings, fee_items, outbox, audit_log] = await Promise.all([
    countRows(db, "fee_filings"),
    countRows(db, "fee_items"),
    countRows(db, "outbox"),
    countRows(db, "audit_log"),
  ]);
  return { fee_filings, fee_items, outbox, audit_log };
}
