/** The cross-origin rule server.ts applies to every write (app/web/cross-origin.server.ts). */
import { describe, expect, it } from "vitest";
import { crossOriginRefusal, type WriteRequest } from "~/web/cross-origin.server";

const base: WriteRequest = { method: "POST", origin: null, secFetchSite: null, host: "portal.example:3000", forwardedHost: null };
const check = (overrides: Partial<WriteRequest>) => crossOriginRefusal({ ...base, ...overrides });

describe("crossOriginRefusal", () => {
  it("lets reads through whatever their origin", () => {
    expect(check({ method: "GET", origin: "https://evil.example" })).toBeNull();
    expect(check({ method: "HEAD", secFetchSite: "cross-site" })).toBeNull();
  });

  it("accepts a write from this site's origin, by Host or by a proxy's X-Forwarded-Host", () => {
    expect(check({ origin: "http://portal.example:3000" })).toBeNull();
    expect(check({ origin: "https://fees.example.gov.cn", host: "127.0.0.1:3000", forwardedHost: "fees.example.gov.cn, proxy" })).toBeNull();
    expect(check({ origin: "http://PORTAL.example:3000" })).toBeNull();
  });

  it.each([
    [{ origin: "https://evil.example" }, "another site"],
    [{ origin: "http://portal.example:3001" }, "another port"],
    [{ origin: "http://sub.portal.example:3000" }, "a subdomain"],
    [{ origin: "null" }, "an opaque origin"],
    [{ origin: "not a url" }, "a malformed Origin"],
    [{ secFetchSite: "cross-site" }, "Sec-Fetch-Site cross-site without Origin"],
    [{ secFetchSite: "same-site" }, "Sec-Fetch-Site same-site without Origin"],
    [{ method: "DELETE", origin: "https://evil.example" }, "any write method"],
    [{ method: "OPTIONS", origin: "https://evil.example" }, "a CORS preflight"],
  ] as Array<[Partial<WriteRequest>, string]>)("refuses %j (%s)", (overrides) => {
    expect(check(overrides)).not.toBeNull();
  });

  it("lets a request from no browser through (no Origin, no Sec-Fetch-Site: it carries no victim's cookies)", () => {
    expect(check({})).toBeNull();
    expect(check({ secFetchSite: "same-origin" })).toBeNull();
    expect(check({ secFetchSite: "none" })).toBeNull();
  });
});
