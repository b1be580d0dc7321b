/**
 * What the public reads is made from, as versioned sources (a counter each,
 * bumped by triggers: migration 2026-12-04T0300). A public page or API answer
 * names the sources it reads; kept in memory, it is served again only while
 * every one of them is unchanged (app/web/shared-reads.server.ts).
 */
export const PUBLIC_SOURCES = ["public_cases", "statistics", "kindergartens_public", "regions"] as const;
export type PublicSource = (typeof PUBLIC_SOURCES)[number];

/** A route's `handle.sharedPublicPage`: its answer to a signed-out reader is the same for everyone while `sources` are unchanged. */
export interface SharedPublicPage {
  sources: readonly PublicSource[];
}
