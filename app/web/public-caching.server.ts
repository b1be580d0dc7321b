/**
 * How the public pages (the search, a kindergarten's page, "about") may be
 * cached: signed out, everyone gets the same page in a language, so browsers
 * and shared caches may keep it for a minute (a new filing or account shows
 * within that); the language is a cookie, hence `Vary: Cookie`. A signed-in
 * request (its header names the user) is made private and no-store by
 * server.ts (privateWhenSignedIn) whatever this says, and an error page is
 * not cached.
 */
import type { HeadersFunction } from "@remix-run/node";

export const PUBLIC_PAGE_MAX_AGE_SECONDS = 60;

export const publicPageHeaders: HeadersFunction = ({ errorHeaders }): Record<string, string> =>
  errorHeaders ? {} : { "Cache-Control": `public, max-age=${PUBLIC_PAGE_MAX_AGE_SECONDS}`, Vary: "Cookie" };

/**
 * A published case's own page: stored, but checked with the server before each use (no-cache), as a withdrawn case
 * (a decision overturned, personal data found after publication) must leave a reader's screen at the next load,
 * not a minute later.
 */
export const publicCaseHeaders: HeadersFunction = ({ errorHeaders }): Record<string, string> =>
  errorHeaders ? {} : { "Cache-Control": "public, no-cache", Vary: "Cookie" };
