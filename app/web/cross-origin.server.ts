/**
 * Cross-site request forgery, decided once for every transport: server.ts
 * asks this before Remix routes a request, so a document post, a `.data`
 * post and a `?_data=` post are all refused alike (Remix checks the first
 * two itself, with a 500, and not the third).
 *
 * A write (any method but GET and HEAD) must come from this site: its Origin
 * must name the host the browser used (Host, or X-Forwarded-Host behind a
 * proxy); `Origin: null` (sandboxed frames, data: URLs) is refused. Without
 * Origin, Sec-Fetch-Site must not say cross-site or same-site (a sibling
 * subdomain is another site to us). A request with neither header comes from
 * no browser, so it carries no victim's cookies, and passes. X-Forwarded-Host
 * is believed from any sender: a page on another site cannot set it (a custom
 * header needs a CORS preflight, which is itself a cross-site write here).
 *
 * server.ts sends Referrer-Policy same-origin: with no-referrer Chromium
 * sends `Origin: null` on plain form posts, which this would refuse.
 */

export interface WriteRequest {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  forwardedHost: string | null;
}

/** Why the request is refused, or null when it may proceed. */
export function crossOriginRefusal(req: WriteRequest): string | null {
  const method = req.method.toUpperCase();
  if (method === "GET" || method === "HEAD") return null;
  if (req.origin !== null) {
    if (req.origin === "null") return "opaque origin";
    let originHost: string;
    try {
      originHost = new URL(req.origin).host;
    } catch {
      return "malformed Origin";
    }
    const hosts = [req.host, req.forwardedHost?.split(",")[0]].map((h) => h?.trim().toLowerCase()).filter(Boolean);
    return hosts.includes(originHost.toLowerCase()) ? null : "Origin is another site";
  }
  const site = req.secFetchSite?.trim().toLowerCase();
  if (site === "cross-site" || site === "same-site") return `Sec-Fetch-Site: ${site}`;
  return null;
}

/** The short answer to a refused request, in both languages. */
export const CROSS_ORIGIN_MESSAGE = "跨站请求已拒绝，请从本站页面提交。 · Cross-site request refused: submit from this site's pages.\n";
