/**
 * The portal's public address, for what leaves the screen: a printed fee notice's QR code and the addresses printed
 * beside it, and the absolute links of the 典型案例 Atom feed (app/web/public-cases.server.ts), which a feed reader keeps
 * and which the shared kept pages serve to every reader. A page's own links are relative and need none of this; a
 * paper at a kindergarten's gate and a feed entry's id do. Nothing else in the app builds an absolute address: redirects,
 * the API's `next` links and the OpenAPI document's `servers` (`/`) are relative, and stay so.
 *
 * Why not the request's Host: a printed code outlives the request that made it, and a Host (or X-Forwarded-Host)
 * is whatever the client or a misconfigured proxy says. A notice printed through an address that is not the
 * portal's (an internal host name, a proxy's, a look-alike domain answered by a shared cache) would send every parent
 * who scans it there, to "check the account before paying": the fraud the check exists to stop. So the address is
 * `PUBLIC_ORIGIN`, configured; outside production (the demo on localhost, tests) the request's own origin stands in
 * when it is unset, and in production with it unset there is no address, and the notice says so instead of printing
 * a code.
 */
import { getEnv, type Env } from "~/utils/env.server";

/** The origin printed codes point to (`https://fees.example.gov.cn`, no trailing slash), or null when none is known. */
export function publicOrigin(request: Request, env: Env = getEnv()): string | null {
  if (requestOriginStandsIn(env)) return new URL(request.url).origin;
  return env.PUBLIC_ORIGIN ?? null;
}

/**
 * Whether `publicOrigin` answers with the request's own origin (Host, or a proxy's X-Forwarded-Host): only outside
 * production without `PUBLIC_ORIGIN`. Otherwise nothing an answer says depends on the host a request names, and what
 * is kept for every reader (app/web/shared-reads.server.ts) is kept once, whatever Host each request carries.
 */
export function requestOriginStandsIn(env: Env = getEnv()): boolean {
  return !env.PUBLIC_ORIGIN && env.NODE_ENV !== "production";
}

/**
 * A kindergarten's public page, absolute, at its account check (`#check`, the section's id on that page): a parent
 * scanning at the cashier lands where they type the account number they were given.
 */
export function kindergartenCheckUrl(origin: string, kindergartenId: string): string {
  return `${origin}/kindergartens/${encodeURIComponent(kindergartenId)}#check`;
}

/** The complaint form for a kindergarten, absolute: printed for a parent who cannot scan. */
export function kindergartenComplaintUrl(origin: string, kindergartenId: string): string {
  return `${origin}/complaints/new?kindergarten=${encodeURIComponent(kindergartenId)}`;
}
