/**
 * The education office's overview of its kindergartens' bookkeepers' accounts as SQLite plans it (EXPLAIN QUERY PLAN)
 * on a city of four districts of 3,000 kindergartens each, most with a bookkeeper's account, after ANALYZE (what every
 * connection's `pragma optimize` gives a live database: db/client.ts):
 * - the page walks the district's (or the city's) range of `kindergartens_region_name` in the list's order, no sort,
 *   each state filter an EXISTS probe along `users_kindergarten`;
 * - the summary reads the same range once (no walk of every kindergarten), each state a probe of `users_kindergarten`;
 * - the page's accounts are found by their kindergartens along `users_kindergarten`.
 * Without migration 2026-12-05T0610 every page sorted the whole district after testing every kindergarten in it.
 */
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/domain/users/actor";
import { operatorAccountOverview } from "~/domain/users/operator-account-overview.queries.server";
import type { OperatorAccountOverviewFilters } from "~/domain/users/operator-account-overview.schema";
import { encodeCursor } from "~/utils/keyset-cursor";
import { createActor, HAISHU, JIANGBEI, kindergartenRow, NINGBO, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { operatorRow } from "../factories/operator-accounts";
import { captureCompiledQueries, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

const PER_DISTRICT = 3_000;

describe.skipIf(TEST_DIALECT === "pg")("the accounts overview's query plans", () => {
  let t: TestDb;
  let district: Actor;
  let city: Actor;
  let admin: Actor;

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    district = await createActor(t.db, "officer", { agency: "education", regionCode: HAISHU });
    city = await createActor(t.db, "officer", { agency: "education", regionCode: NINGBO });
    admin = await createActor(t.db, "admin");
    const now = "2026-11-01T00:00:00.000Z";
    for (const region of [HAISHU, JIANGBEI, YINZHOU, XIHU]) {
      const kindergartens = Array.from({ length: PER_DISTRICT }, (_, i) =>
        kindergartenRow({ uscc: `52${region}${String(i).padStart(10, "0")}`, name: `幼儿园${region}-${String(i).padStart(5, "0")}`, region_code: region, status: i % 20 === 0 ? "closed" : "active", at: now }),
      );
      for (let at = 0; at < kindergartens.length; at += 500) await t.db.insertInto("kindergartens").values(kindergartens.slice(at, at + 500)).execute();
      const users = kindergartens
        .filter((_, i) => i % 7 !== 0)
        .map((k, i) =>
          operatorRow(k.id, {
            username: `op-${k.id.toLowerCase()}`,
            at: now,
            active: i % 11 === 0 ? 0 : 1,
            mustChangePassword: i % 5 === 0 ? 1 : 0,
            // Spread over a few months, many alike: the sign-in orders' ties.
            lastSignedInAt: i % 3 === 0 ? null : new Date(Date.parse(now) - (i % 97) * 86_400_000).toISOString(),
          }),
        );
      for (let at = 0; at < users.length; at += 500) await t.db.insertInto("users").values(users.slice(at, at + 500)).execute();
    }
    await t.db.executeQuery(CompiledQuery.raw("analyze"));
  });

  afterAll(async () => {
    await t?.destroy();
  });

  const explain = async (q: CompiledQuery) =>
    (await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]))).rows.map((r) => r.detail);

  async function plans(actor: Actor, filters: OperatorAccountOverviewFilters) {
    const captured = captureCompiledQueries(t.db);
    const page = await operatorAccountOverview(t.db, actor, filters);
    expect(page?.rows.length).toBeGreaterThan(0);
    const of = (pattern: RegExp) => {
      const found = captured.filter((q) => pattern.test(q.sql));
      expect(found, String(pattern)).toHaveLength(1);
      return explain(found[0]!);
    };
    return {
      summary: await of(/^select count\(\*\) as "total"/),
      page: await of(/^select "k"\."id"/),
      accounts: await of(/^select "id", "kindergarten_id"/),
    };
  }

  const views: Array<[string, () => Actor, string, OperatorAccountOverviewFilters]> = [
    ["a district", () => district, "region_code=?", {}],
    ["a district, no active account", () => district, "region_code=?", { state: "none" }],
    ["a district, never signed in, a later page", () => district, "region_code=?", { state: "never_signed_in", after: encodeCursor([HAISHU, `幼儿园${HAISHU}-01000`, "0"]) }],
    ["a district's closed kindergartens", () => district, "region_code=?", { status: "closed", state: "deactivated" }],
    ["a city", () => city, "region_code>? AND region_code<?", { state: "must_change" }],
    ["a city, one district chosen", () => city, "region_code=?", { region: JIANGBEI, state: "active" }],
  ];

  for (const [label, who, range, filters] of views) {
    it(`${label}: the region's range of an index, probes of users_kindergarten, no scan, no sort`, async () => {
      const { summary, page, accounts } = await plans(who(), filters);
      const all = [...summary, ...page, ...accounts];
      expect(all.filter((line) => /^SCAN /.test(line)), label).toEqual([]);
      expect(all.filter((line) => /TEMP B-TREE/.test(line)), label).toEqual([]);
      expect(page[0], label).toBe(`SEARCH k USING INDEX kindergartens_region_name (${range})`);
      const inRegion = `^SEARCH k USING (COVERING )?INDEX kindergartens_region(_name)? \\(${range.replace(/[?()]/g, "\\$&")}\\)$`;
      // A status asked for (closed: a few in every district) may be read along kindergartens_active (status, id,
      // region_code, …) instead, the region checked in the index: the planner's choice by the counts, a search either way.
      expect(summary[0], label).toMatch(new RegExp(filters.status ? `${inRegion}|^SEARCH k USING COVERING INDEX kindergartens_active \\(status=\\?\\)$` : inRegion));
      for (const line of [...summary, ...page].filter((l) => / u\b/.test(l) && /^SEARCH/.test(l))) expect(line, label).toMatch(/^SEARCH u (EXISTS )?USING INDEX users_kindergarten \(kindergarten_id=\?\)$/);
      expect(accounts, label).toEqual(["SEARCH users USING INDEX users_kindergarten (kindergarten_id=?)"]);
    });
  }

  /** The statements that read a sign-in order's kindergartens, each with its plan. */
  async function signInPlans(actor: Actor, filters: OperatorAccountOverviewFilters) {
    const captured = captureCompiledQueries(t.db);
    const page = await operatorAccountOverview(t.db, actor, filters);
    expect(page?.rows.length).toBe(50);
    const reads = captured.filter((q) => /order by "[a-z]+"\."(operator_signed_in_at|sign_in)"/.test(q.sql));
    expect(reads.length).toBeGreaterThan(0);
    return { next: page!.next!, plans: await Promise.all(reads.map(async (q) => ({ sql: q.sql, plan: await explain(q) }))) };
  }

  // The sign-in orders walk kindergartens.operator_signed_in_at (migration 2026-12-05T0910): a district's page and
  // everyone's are one range of an index in the order's direction, stopping when full (a later page: the cursor's
  // ties, then the sign-ins beyond); a city's merges its regions' walks, each sorting at most a page of its own.
  // Without it, every page read the whole range with each kindergarten's latest sign-in and sorted it.
  /** The cursor's ties: the sign-in and the region equal, a range of either sign-in index. */
  const TIES = "kindergartens_(region_)?sign_in(_desc)? \\((operator_signed_in_at=\\? AND region_code=\\?|region_code=\\? AND operator_signed_in_at=\\?)";
  const signInViews: Array<[string, () => Actor, OperatorAccountOverviewFilters]> = [
    ["a district, longest idle first", () => district, { sort: "sign_in_oldest" }],
    ["a district, latest first", () => district, { sort: "sign_in_latest" }],
    ["a district, latest first, never signed in", () => district, { sort: "sign_in_latest", state: "never_signed_in" }],
    ["everyone's, latest first", () => admin, { sort: "sign_in_latest" }],
    ["everyone's, longest idle first, a district's closed ones", () => admin, { sort: "sign_in_oldest", region: HAISHU, status: "closed" }],
    ["a city, latest first", () => city, { sort: "sign_in_latest" }],
    ["a city, longest idle first, must change", () => city, { sort: "sign_in_oldest", state: "must_change" }],
  ];

  for (const [label, who, filters] of signInViews) {
    it(`${label}: the sign-in index in the order's direction, no sort of the region`, async () => {
      const first = await signInPlans(who(), filters);
      const later = await signInPlans(who(), { ...filters, after: first.next });
      const index = `kindergartens_${filters.region || who().regionCode ? "region_" : ""}sign_in${filters.sort === "sign_in_latest" ? "_desc" : ""}`;
      for (const { sql, plan } of [...first.plans, ...later.plans]) {
        const reads = plan.filter((line) => / k\b/.test(line));
        expect(reads.length, sql).toBeGreaterThan(0);
        for (const line of plan.filter((l) => / u\b/.test(l))) expect(line, label).toMatch(/^SEARCH u (EXISTS )?USING INDEX users_kindergarten \(kindergarten_id=\?\)$/);
        if (who() === city) {
          // Each region's walk (a co-routine) is sorted as the merge needs it: a page of rows, never the region.
          for (const line of reads) expect(line, label).toMatch(new RegExp(`^SEARCH k USING INDEX (kindergartens_region_sign_in(_desc)? \\(region_code=\\?( AND operator_signed_in_at[<>]\\?)?\\)$|${TIES})`));
          expect(plan.filter((l) => /TEMP B-TREE/.test(l)).length, label).toBe(plan.filter((l) => /^CO-ROUTINE/.test(l)).length);
          continue;
        }
        expect(plan.filter((line) => /TEMP B-TREE/.test(line)), label).toEqual([]);
        expect(reads, label).toHaveLength(1);
        // The cursor's ties are one range of either index (the sign-in and the region equal), the rest the order's.
        expect(reads[0], label).toMatch(new RegExp(`^(SCAN k USING INDEX ${index}$|SEARCH k USING INDEX (${index} |${TIES}))`));
        if (who() !== admin || filters.region) expect(reads[0], label).not.toMatch(/^SCAN/);
      }
    });
  }
});
