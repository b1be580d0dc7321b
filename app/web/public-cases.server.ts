/**
 * The public case list's URL (典型案例: its page and its Atom feed read the
 * same filters) and the feed itself. The feed's words are Chinese, as the
 * published content is.
 */
import { z } from "zod";
import { NATURES } from "~/domain/disclosure/disclosure.schema";
import type { PublicCaseFilters, PublishedCase } from "~/domain/publication/public-cases.queries.server";
import { PUBLIC_DECISION_KINDS } from "~/domain/publication/public-case.schema";
import { escapeMarkup } from "~/utils/escape-markup";
import { OPEN_DATA_MAX_AGE_SECONDS } from "./open-data.server";
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


/** An Atom document of the cases (newest first), with links absolute to the request's origin. */
export function atomFeed(request: Request, cases: readonly PublishedCase[]): Response {
  const url = new URL(request.url);
  const origin = url.origin;
  const self = `${origin}/cases.atom${url.search}`;
  const updated = cases[0]?.publishedAt ?? "2026-01-01T00:00:00.000Z";
  const entries = cases.map((c) => {
    const link = `${origin}/cases/${c.id}`;
    const title = `${c.content.kindergarten.name}：${c.content.rule.title.zh}`;
    return `  <entry>
    <id>${escapeMarkup(link)}</id>
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
  <id>${escapeMarkup(self)}</id>
  <title>典型案例 · 民办园收费监管平台</title>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeMarkup(`${origin}/cases${url.search}`)}"/>
  <updated>${updated}</updated>
  <author><name>民办园收费监管平台</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}` },
  });
}
