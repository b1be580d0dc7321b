/**
 * Request-side authentication: the session cookie (a signed, httpOnly,
 * SameSite=Lax cookie holding only a session id) and the permission checks
 * every loader and action calls itself.
 */
import { createCookie, redirect } from "@remix-run/node";
import { findSessionActor } from "~/domain/users/auth.server";
import { hasPermission, type Actor, type Permission } from "~/domain/users/actor";
import type { Agency } from "~/db/schema";
import { getDb } from "./db.server";
import { oncePerRequest } from "./request-scope.server";
import { cleanText } from "~/utils/clean-text";
import { getEnv, sessionSecret } from "~/utils/env.server";

/** The session cookie's name; server.ts marks every response to a request carrying it as private. */
export const SESSION_COOKIE = "__session";

// SameSite=Lax, "no state change on GET" and server.ts's Origin check on every other method are our CSRF defence.
const sessionCookie = createCookie(SESSION_COOKIE, {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: getEnv().NODE_ENV === "production",
  secrets: [sessionSecret()],
  maxAge: 12 * 60 * 60,
});

export async function getSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/**
 * The signed-in actor, read once per request (the root's and the page's loaders both ask): the
 * cookie's signature is checked and the session read once. A write reads its own: its loaders
 * run after it and read again, so a sign-out or a change of the user counts at once.
 */
export function getActor(request: Request): Promise<Actor | null> {
  const cookie = request.headers.get("Cookie");
  if (!cookie) return Promise.resolve(null);
  if (request.method !== "GET" && request.method !== "HEAD") return readActor(request);
  return oncePerRequest(request, `actor ${cookie}`, () => readActor(request));
}

async function readActor(request: Request): Promise<Actor | null> {
  return actorOfCookieHeader(request.headers.get("Cookie"));
}

/** The actor a request's Cookie header signs in (its session cookie's signature checked, its session read). */
export async function actorOfCookieHeader(header: string | null | undefined): Promise<Actor | null> {
  if (!header) return null;
  const value: unknown = await sessionCookie.parse(header);
  return typeof value === "string" && value.length > 0 ? findSessionActor(getDb(), value) : null;
}

/**
 * Signed-out users go to the login page (and come back); a user holding a
 * temporary password goes to the password page (users.must_change_password:
 * every protected loader and action asks here, so none is reached before the
 * password is changed; the root loader sends the public pages there too);
 * signed-in users holding none of the permissions get 403.
 */
export async function requireActor(request: Request, ...anyOf: [Permission, ...Permission[]]): Promise<Actor> {
  const actor = await requireSignedIn(request);
  if (actor.mustChangePassword) throw redirect(PASSWORD_PATH);
  if (!anyOf.some((p) => hasPermission(actor, p))) throw new Response("Forbidden", { status: 403 });
  return actor;
}

/** Where a signed-in user changes their password, and where one holding a temporary password is sent. */
export const PASSWORD_PATH = "/account/password";

/**
 * Any signed-in user, with no permission asked and no password change enforced: the password page itself.
 * Signed-out users go to the login page (and come back). A post that finds its session gone (signed out in another
 * tab, expired) is marked `unsaved=1`: the login page tells that what was just sent was not saved, rather than leave
 * the bookkeeper who pressed 提交 wondering.
 */
export async function requireSignedIn(request: Request): Promise<Actor> {
  const actor = await getActor(request);
  if (!actor) {
    const url = new URL(request.url);
    const unsaved = request.method === "GET" || request.method === "HEAD" ? "" : `&${UNSAVED_POST_PARAM}=1`;
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}${unsaved}`);
  }
  return actor;
}

/** The login page's parameter saying a post came without a session: nothing it sent was saved. */
export const UNSAVED_POST_PARAM = "unsaved";

/** The browser's description a new session keeps (the sessions row shows it), cleaned as a form field is. */
export function sessionUserAgent(request: Request): string | null {
  return cleanText(request.headers.get("user-agent") ?? "") || null;
}

export function commitSessionCookie(sessionId: string): Promise<string> {
  return sessionCookie.serialize(sessionId);
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0 });
}

/**
 * An officer's own work, by agency: market supervision works the case queue, education reviews the
 * kindergartens' fee-account filings (it works cases too, but the filings wait on it alone), development-reform
 * sets the guidance prices. An officer with no agency, and the administrator, land on the case queue.
 */
const OFFICER_HOME: Record<Agency, string> = {
  market: "/officer/cases",
  education: "/officer/accounts",
  development_reform: "/officer/guidance-prices",
};

/** Where an officer's work starts (the header puts its link first among the officer's sections). */
export function officerHomePath(actor: Pick<Actor, "role" | "agency">): string {
  return actor.role === "officer" && actor.agency ? OFFICER_HOME[actor.agency] : "/officer/cases";
}

/** Where a signed-in user lands first (a user holding a temporary password: the password page). */
export function homePathFor(actor: Actor): string {
  if (actor.mustChangePassword) return PASSWORD_PATH;
  return actor.role === "operator" ? "/kindergarten/fees" : officerHomePath(actor);
}

const REDIRECT_BASE = "http://portal.invalid";
const MAX_REDIRECT_LENGTH = 2048;

/**
 * Only same-site relative paths, so the login page cannot be used as an open redirect.
 * Browsers read a backslash as "/" and drop tabs and newlines, so "/", backslash,
 * "evil.example" or "/", tab, "/evil.example" mean "//evil.example": hence no
 * backslashes or control characters at all. Anything else falls back.
 *
 * What is kept goes into a Location header, which carries Latin-1 only ("/中文"
 * made the redirect throw): the path is returned as the URL parser serialises
 * it, non-ASCII percent-encoded. The parser also resolves dot segments, so the
 * result is checked again ("/.//evil.example" becomes "//evil.example").
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null, fallback: string): string {
  if (typeof to !== "string" || to.length > MAX_REDIRECT_LENGTH || !isSameSitePath(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, REDIRECT_BASE);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  return url.origin === REDIRECT_BASE && isSameSitePath(path) ? path : fallback;
}

function isSameSitePath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(path);
}
