/**
 * The public case list's URL (典型案例: its page and its Atom feed read the
 * same filters) and the feed itself. The feed's words are Chinese, as the
 * published content is.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { NATURES } from "~/domain/disclosure/disclosure.schema";
import type { PublicCaseFilters, PublishedCase } from "~/domain/publication/public-cases.queries.server";
import { PUBLIC_DECISION_KINDS } from "~/domain/publication/public-case.schema";
import { escapeMarkup } from "~/utils/escape-markup";
import { OPEN_DATA_MAX_AGE_SECONDS } from "./open-data.server";
import { publicOrigin } from "./public-origin.server";
import { queryParam } from "./query.server";

/** Years a case may be filtered by: the product's first decisions to a year well ahead. */
export const FIRST_YEAR = 2020;

export const publicCasesQuery = z.object({
  province: queryParam.regionCode(),
  city: queryParam.regionCode(),
  district: queryParam.regionCode(),
  year: queryParam.positiveInt(2100).pipe(z.number().min(FIRST_YEAR).optional()),
  kind: queryParam.oneOf(PUBLIC_DECISION_KINDS),
  nature: queryParam.oneOf(NATURES),
  after: queryParam.text(400),
});
export type PublicCasesQuery = z.output<typeof publicCasesQuery>;

/** The narrowest region chosen is the filter (a district within its city within its province). */
export function publicCaseFilters(q: PublicCasesQuery): PublicCaseFilters {
  return { region: q.district ?? q.city ?? q.province, year: q.year, decisionKind: q.kind, nature: q.nature };
}


/**
 * An Atom document of the cases (newest first). Its addresses are the portal's public address (`publicOrigin`:
 * `PUBLIC_ORIGIN`; outside production without it, the request's own origin), never a Host the request names in
 * production: the feed is one kept page for every reader (app/web/shared-reads.server.ts) and a feed reader keeps its
 * ids and links, so one request through a forged Host must not give everyone links to that host.
 *
 * In production without `PUBLIC_ORIGIN` there is no absolute address to give: the links are relative (`/cases/<id>`,
 * resolved by the reader against the feed's own address, the one it subscribed to: RFC 4287 §7, xml:base and the
 * document's URI) and the ids, which must be absolute IRIs and permanent, are name-based UUIDs of the same paths
 * (`urn:uuid:`, `feedId`), which name no host. server.ts warns at start that the address is not configured.
 */
export function atomFeed(request: Request, cases: readonly PublishedCase[], origin: string | null = publicOrigin(request)): Response {
  const url = new URL(request.url);
  const base = origin ?? "";
  const selfPath = `/cases.atom${url.search}`;
  const self = `${base}${selfPath}`;
  const updated = cases[0]?.publishedAt ?? "2026-01-01T00:00:00.000Z";
  const entries = cases.map((c) => {
    const path = `/cases/${c.id}`;
    const link = `${base}${path}`;
    const title = `${c.content.kindergarten.name}：${c.content.rule.title.zh}`;
    return `  <entry>
    <id>${escapeMarkup(origin ? link : feedId(path))}</id>
    <title>${escapeMarkup(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeMarkup(link)}"/>
    <updated>${c.publishedAt}</updated>
    <published>${c.publishedAt}</published>
    <category term="${c.content.decision.kind}"/>
    <summary>${escapeMarkup(c.content.summary)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeMarkup(origin ? self : feedId(selfPath))}</id>
  <title>典型案例 · 民办园收费监管平台</title>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeMarkup(`${base}/cases${url.search}`)}"/>
  <updated>${updated}</updated>
  <author><name>民办园收费监管平台</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}` },
  });
}

/** The namespace of the feed's name-based ids (RFC 9562 §5.5, UUID version 5), drawn once: ids made from it never change. */
const FEED_ID_NAMESPACE = "7ec335b2-0321-407c-a0c3-c272c759741d";

/**
 * A feed's or an entry's id when no public address is configured: `urn:uuid:` of the UUID version 5 of its path (the
 * same path always the same id, on every host and every process).
 */
export function feedId(path: string, namespace = FEED_ID_NAMESPACE): string {
  const hash = createHash("sha1").update(Buffer.from(namespace.replaceAll("-", ""), "hex")).update(path, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
