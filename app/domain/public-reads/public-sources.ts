/**
 * What kept pages are made from, as versioned sources (a counter each, bumped
 * by triggers: migrations 2026-12-04T0300 and T0400). A page or API answer
 * names the sources it reads; kept in memory, it is served again only while
 * every one of them is unchanged (app/web/shared-reads.server.ts).
 */
export const PUBLIC_SOURCES = ["public_cases", "statistics", "kindergartens_public", "regions"] as const;
export type PublicSource = (typeof PUBLIC_SOURCES)[number];

/** What only signed-in pages read besides: who the users are, and the rule versions' titles. */
export const OFFICER_SOURCES = ["users", "rule_texts"] as const;
export type ReadSource = PublicSource | (typeof OFFICER_SOURCES)[number];

/**
 * A route's `handle.sharedPublicPage`: its answer to a signed-out reader is the same for everyone while `sources` are
 * unchanged, and depends on the URL's query through the parameters `query` names alone: every one its loader reads
 * (its schema's keys), none else. The others are dropped before the page is made or looked up, so tracking or junk
 * parameters neither make the page again nor keep another copy of it; a parameter read but left out here would be
 * dropped too, and its filter would do nothing (tests/web/kept-public-query.test.ts checks the lists).
 */
export interface SharedPublicPage {
  sources: readonly PublicSource[];
  query: readonly string[];
}

/**
 * A route's `handle.keptOfficerPage`: its answer to a signed-in reader is the same for that reader while `sources`
 * and the cases of the reader's scope (their region's versions: case-read-version.server.ts) are unchanged.
 */
export interface KeptOfficerPage {
  sources: readonly ReadSource[];
}
