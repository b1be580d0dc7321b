/**
 * A kept public page is made from, and kept by, the query parameters its route declares (`sharedPublicPage.query`,
 * app/web/shared-reads.server.ts drops the others before Remix reads the request): every route's list must be its
 * loader's schema's keys, or a filter left out would do nothing on the page. The built app's routes (`npm run build`
 * first), so every route that declares one is checked, and a new one must be named here.
 */
import { describe, expect, it } from "vitest";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";
import { kindergartenSearchQuery } from "~/web/kindergarten-search-query.server";
import { publicCasesQuery } from "~/web/public-cases.server";
import { statisticsQuery } from "~/web/statistics-query.server";
import { importBuild } from "../setup/built-build";

/** Each kept public route's loader's parameters (the keys of the schema it reads the query through). */
const READS: Record<string, readonly string[]> = {
  "routes/_public+/kindergartens._index": Object.keys(kindergartenSearchQuery().shape),
  "routes/_public+/cases._index": Object.keys(publicCasesQuery.shape),
  "routes/_public+/cases[.atom]": Object.keys(publicCasesQuery.shape),
  "routes/_public+/cases.$id": [],
  "routes/_public+/statistics._index": Object.keys(statisticsQuery().shape),
  "routes/_public+/statistics[.csv]": Object.keys(statisticsQuery().shape),
  "routes/_public+/statistics.charts.$chart": Object.keys(statisticsQuery().shape),
};

describe("kept public pages' query parameters", () => {
  it("are every route's loader's own, no fewer and no more", async () => {
    const build = await importBuild();
    const declared = Object.fromEntries(
      Object.entries(build.routes).flatMap(([id, route]) => {
        const page = (route.module.handle as { sharedPublicPage?: SharedPublicPage } | undefined)?.sharedPublicPage;
        return page ? [[id, [...page.query].sort()]] : [];
      }),
    );
    expect(declared).toEqual(Object.fromEntries(Object.entries(READS).map(([id, keys]) => [id, [...keys].sort()])));
  });
});
