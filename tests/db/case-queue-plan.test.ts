/**
 * The case queue's queries as SQLite plans them (EXPLAIN QUERY PLAN): a page
 * of a district or of everyone is read along an index in its own order and
 * stops when full (no temporary B-tree, never the whole table); a city's page
 * reads each of its regions' pages as a district's is read and merges them
 * (sorting the city's range took 30–35 ms for "all states" of 40,000 cases,
 * a walk of the nationwide order 150 ms: measured on a million cases); in
 * each sort and with the main filters. In the priority and due orders a page that reaches the settled cases
 * (decided without an order waiting, closed) reads them next along their own partial index on when they were
 * settled (migration 2026-12-04T0200_case_queue_settled), as it reads the live ones. The counts are grouped over
 * one range of the covering index. A kindergarten search reads the scope's range of the search index's names, or
 * one USCC. No statistics here: the plans hold without them.
 */
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseQueue, encodeQueueCursor, forgetQueueCounts } from "~/domain/cases/case-queue.server";
import { readQueueQuery } from "~/domain/cases/case-queue.schema";
import type { Actor } from "~/domain/users/actor";
import { createActor, createKindergarten, HAISHU, NINGBO, seedReferenceData } from "../factories/domain";
import { captureCompiledQueries, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

describe.skipIf(TEST_DIALECT === "pg")("the case queue's query plans", () => {
  let t: TestDb;
  let district: Actor;
  let city: Actor;
  let admin: Actor;
  let captured: CompiledQuery[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    district = await createActor(t.db, "officer", { regionCode: HAISHU });
    city = await createActor(t.db, "officer", { regionCode: NINGBO });
    admin = await createActor(t.db, "admin");
    captured = captureCompiledQueries(t.db);
  });

  afterAll(async () => {
    await t?.destroy();
  });

  const explain = async (q: CompiledQuery) =>
    (await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]))).rows.map((r) => r.detail);

  /**
   * The plans of the queue's case queries for a view: the page's (the live cases', then the settled ones' when the
   * order has both: the database is empty, so every part is read), then the counts.
   */
  async function plans(actor: Actor, search: string): Promise<{ page: string[]; settled: string[] | null; counts: string[][] }> {
    forgetQueueCounts();
    captured.length = 0;
    await caseQueue(t.db, actor, readQueueQuery(new URLSearchParams(search)).filters);
    const queries = captured.filter((q) => /from "inspection_cases" as "c"/.test(q.sql));
    // The page's queries are those not grouped (they may be compiled after the counts); the settled part's carries its index's predicate.
    const pages = queries.filter((q) => !/group by/.test(q.sql));
    const settled = pages.find((q) => q.sql.includes(`"c"."status" in ('decided', 'closed')`));
    const page = pages.find((q) => q !== settled);
    return {
      page: page ? await explain(page) : [],
      settled: settled ? await explain(settled) : null,
      counts: await Promise.all(queries.filter((q) => !pages.includes(q)).map(explain)),
    };
  }

  const VIEWS = [
    "",
    "severity=red",
    "state=in_progress",
    "state=decided",
    "state=closed",
    "state=all",
    "overdue=1",
    "overdue=1&within=5",
    "escalated=1",
    "rule=R04&term=2027-spring",
    "source=complaint",
    "nature=public",
    "assignee=none",
    "within=5",
    "sort=due",
    "sort=due&state=all",
    "sort=opened",
    "sort=updated",
  ];
  /** The views whose order ends with the settled cases (priority or due, a tab with decided or closed cases, no clock or escalation filter). */
  const WITH_SETTLED = new Set(["", "severity=red", "state=decided", "state=closed", "state=all", "rule=R04&term=2027-spring", "source=complaint", "nature=public", "assignee=none", "sort=due", "sort=due&state=all"]);

  for (const [who, actor] of [["district", () => district], ["city", () => city], ["admin", () => admin]] as const) {
    it(`reads a page of the ${who} from ${who === "city" ? "its regions' own ranges of region-led indexes" : "an index in its order, with no sort,"} in every view`, async () => {
      const found: Record<string, string[]> = {};
      const plansOf: Record<string, string[]> = {};
      for (const view of VIEWS) {
        const { page, settled } = await plans(actor(), view);
        expect(settled !== null, `${who} ${view}: a settled part`).toBe(WITH_SETTLED.has(view));
        // The closed tab has no live part: its page is the settled one.
        const parts: Array<[string, string[]]> = view === "state=closed" ? [[view, settled!]] : [[view, page], ...(settled ? [[`${view} (settled)`, settled] as [string, string[]]] : [])];
        if (view === "state=closed") expect(page).toEqual([]);
        for (const [name, plan] of parts) {
          plansOf[name || "(default)"] = plan;
          const cases = plan.find((line) => / c USING /.test(line)) ?? plan.join(" | ");
          found[name || "(default)"] = [cases, ...plan.filter((line) => /TEMP B-TREE|^SCAN c$/.test(line))];
        }
      }
      for (const [view, [access, ...bad]] of Object.entries(found)) {
        if (who === "city") {
          expect(bad.filter((line) => /^SCAN c$/.test(line)), `${who} ${view}: ${access}`).toEqual([]);
          // Searches of indexes (each region's range of a region-led one, merged; or the city's range), never the table.
          const reads = plansOf[view || "(default)"].filter((line) => /SEARCH c USING/.test(line) && !/sqlite_autoindex/.test(line));
          expect(reads.length, `${who} ${view}`).toBeGreaterThan(0);
          for (const read of reads) expect(read, `${who} ${view}`).toMatch(/SEARCH c USING (COVERING )?INDEX inspection_cases_(q_|kindergarten)/);
        } else {
          expect(bad, `${who} ${view}: ${access}`).toEqual([]);
          expect(access, `${who} ${view}`).toMatch(/USING (COVERING )?INDEX inspection_cases_q_/);
        }
      }
      // The default view of a district reads its own range; everyone's walks the order without the region;
      // a city's reads each of its regions' own ranges, as a district's page does, never the city's range.
      // The settled cases likewise, along their own order's index.
      if (who !== "city") {
        expect(found["(default)"][0]).toMatch(who === "district" ? /inspection_cases_q_region_priority \(region_code=\?\)/ : /inspection_cases_q_priority/);
        for (const view of ["state=all (settled)", "state=closed", "sort=due (settled)"]) {
          expect(found[view][0], `${who} ${view}`).toMatch(who === "district" ? /inspection_cases_q_region_settled \(region_code=\?\)/ : /inspection_cases_q_settled/);
        }
      } else {
        for (const [view, index] of [["(default)", "priority"], ["state=all (settled)", "settled"], ["state=closed", "settled"]]) {
          const reads = plansOf[view].filter((line) => /SEARCH c USING (COVERING )?INDEX inspection_cases_q_/.test(line));
          expect(reads.length, view).toBeGreaterThan(1);
          for (const read of reads) expect(read, view).toMatch(new RegExp(`inspection_cases_q_region_${index} \\(region_code=\\?\\)$`));
        }
      }
    });

    it(`counts the ${who}'s cases grouped over the covering index, with no sort`, async () => {
      for (const view of ["", "severity=red&overdue=1", "assignee=me", "within=5&source=rule", "overdue=1&within=5", "nature=public"]) {
        const { counts } = await plans(actor(), view);
        expect(counts.length, view).toBeGreaterThan(0);
        for (const plan of counts) {
          const text = plan.join(" | ");
          // The whole scope: one range of the covering index. A narrow filter may take its own index (an assignee's cases, a few days' due dates):
          // an assignee's, by their name and state, reads their cases' rows for the clocks' kinds (how many run a clock).
          // A region's kindergartens of a nature are a list of a few hundred: their cases may be looked up instead.
          if (view === "nature=public" && who !== "admin" && /c USING INDEX inspection_cases_kindergarten \(kindergarten_id=\?\)/.test(text)) continue;
          expect(text, `${who} ${view}`).toMatch(view === "" || view === "nature=public" ? /c USING COVERING INDEX inspection_cases_q_counts/ : /c USING (COVERING )?INDEX inspection_cases_(q_|assignee \(assigned_to=\?\))/);
          // Grouped in the counts index's order: no sort. Only a narrow look-up (its few cases) is grouped by sorting.
          if (/inspection_cases_q_counts/.test(text)) expect(plan.filter((line) => /TEMP B-TREE/.test(line)), `${who} ${view}: ${text}`).toEqual([]);
          else expect(text, `${who} ${view}`).toMatch(/\((assigned_to=\?|region_code=\? AND due_date>\? AND due_date<\?|due_date>\? AND due_date<\?)\)/);
        }
      }
    });
  }

  it("reads a previous page along the same indexes walked backwards: no sort for a district or everyone, each region's range for a city", async () => {
    const cursors = {
      priority: [[1, "2026-10-01", "case_cursor"], ["settled", "2026-09-01", "case_cursor"]],
      due: [["2026-10-01", "case_cursor"], ["settled", "2026-09-01", "case_cursor"]],
      opened: [["2026-09-01T00:00:00.000Z", "case_cursor"]],
      updated: [["2026-09-01T00:00:00.000Z", "case_cursor"]],
    } as const;
    for (const [who, actor] of [["district", district], ["city", city], ["admin", admin]] as const) {
      for (const view of ["", "state=all", "severity=red&state=all", "state=closed", "overdue=1", "sort=due&state=all", "sort=opened", "sort=updated&state=all"]) {
        const sort = (new URLSearchParams(view).get("sort") ?? "priority") as keyof typeof cursors;
        for (const key of cursors[sort]) {
          const search = `${view}&before=${encodeQueueCursor(sort, key)}`;
          forgetQueueCounts();
          captured.length = 0;
          await caseQueue(t.db, actor, readQueueQuery(new URLSearchParams(search)).filters);
          // The backward reads carry the cursor (the empty database then reads the first page too, forwards).
          const backward = captured.filter((q) => /from "inspection_cases" as "c"/.test(q.sql) && !/group by/.test(q.sql) && q.parameters.includes("case_cursor"));
          const label = `${who} ?${search}`;
          // A cursor of a part the view has not (the closed tab's live cases, overdue's settled ones) is the first page.
          if ((view === "state=closed" && key[0] !== "settled") || (view === "overdue=1" && key[0] === "settled")) expect(backward, label).toEqual([]);
          else expect(backward.length, label).toBeGreaterThan(0);
          for (const q of backward) {
            const plan = await explain(q);
            expect(plan.filter((line) => /^SCAN c$/.test(line)), label).toEqual([]);
            const reads = plan.filter((line) => /SEARCH c USING/.test(line) && !/sqlite_autoindex/.test(line));
            expect(reads.length, label).toBeGreaterThan(0);
            for (const read of reads) expect(read, label).toMatch(who === "city" ? /SEARCH c USING (COVERING )?INDEX inspection_cases_q_region_/ : /SEARCH c USING (COVERING )?INDEX inspection_cases_q_/);
            // A district's or everyone's page comes in its order from the index walked backwards: nothing sorted.
            if (who !== "city") expect(plan.filter((line) => /TEMP B-TREE/.test(line)), `${label}: ${plan.join(" | ")}`).toEqual([]);
          }
        }
      }
    }
  });

  it("reads a city's view of one district as that district's: its own range of the order's index, no merge of the city's regions", async () => {
    for (const [view, index] of [["", "priority"], ["sort=due", "due"], ["sort=opened", "opened"], ["sort=updated", "updated"], ["state=closed", "settled"]] as const) {
      const { page, settled, counts } = await plans(city, `district=${HAISHU}${view ? `&${view}` : ""}`);
      const plan = view === "state=closed" ? settled! : page;
      const reads = plan.filter((line) => /SEARCH c USING/.test(line));
      expect(reads, view).toEqual([expect.stringMatching(new RegExp(`^SEARCH c USING (COVERING )?INDEX inspection_cases_q_region_${index} \\(region_code=\\?\\)$`))]);
      expect(plan.filter((line) => /TEMP B-TREE|^SCAN c$/.test(line)), view).toEqual([]);
      for (const count of counts) expect(count.join(" | "), view).toMatch(/c USING COVERING INDEX inspection_cases_q_counts \(region_code=\?/);
      // No union of the city's regions' pages, as the city's own view reads.
      expect(captured.filter((q) => /union all/.test(q.sql)), view).toEqual([]);
    }
    await plans(city, "");
    expect(captured.filter((q) => /union all/.test(q.sql)).length).toBeGreaterThan(0);
  });

  it("reads a decided month as a look-up of that month's decisions (sorted: bounded by one month), never a walk of an order", async () => {
    for (const [who, actor, index] of [
      ["district", () => district, /SEARCH c USING INDEX inspection_cases_decisions \(region_code=\? AND decided_on>\? AND decided_on<\?\)/],
      ["city", () => city, /SEARCH c USING (COVERING )?INDEX inspection_cases_q_decided \(decided_on>\? AND decided_on<\?\)/],
      ["admin", () => admin, /SEARCH c USING (COVERING )?INDEX inspection_cases_q_decided \(decided_on>\? AND decided_on<\?\)/],
    ] as const) {
      for (const view of ["decided=this_month", "decided=this_month&state=all", "decided=last_month&state=closed&sort=opened", "decided=2026-11&state=all&sort=due&severity=red", "decided=this_month&overdue=1"]) {
        const { page, settled, counts } = await plans(actor(), view);
        for (const plan of [page, ...(settled ? [settled] : [])]) {
          const text = plan.join(" | ");
          expect(text, `${who} ${view}`).not.toMatch(/SCAN c( |$)/);
          // The month's ids, sorted (the order's indexes are not walked), then the page's cases by id.
          expect(text, `${who} ${view}`).toMatch(index);
          expect(text, `${who} ${view}`).not.toMatch(/INDEX inspection_cases_q_(region_)?(priority|due|opened|updated|settled)/);
          expect(text, `${who} ${view}`).toMatch(/SEARCH c USING INDEX sqlite_autoindex_inspection_cases_1 \(id=\?\)/);
        }
        // The counts under the month: its range too, never the scope's every case (the scope's figures read no month).
        const monthCounts = captured.filter((q) => /group by/.test(q.sql) && /"c"\."decided_on" >= /.test(q.sql));
        expect(monthCounts.length, `${who} ${view}`).toBeGreaterThan(0);
        for (const q of monthCounts) expect((await explain(q)).join(" | "), `${who} ${view}`).toMatch(index);
        void counts;
      }
    }
  });

  it("reads a city's own cases (市本级) as one region's range, not the city's", async () => {
    const { page, counts } = await plans(city, `district=${NINGBO}`);
    expect(page.filter((line) => /SEARCH c USING/.test(line))).toEqual(["SEARCH c USING INDEX inspection_cases_q_region_priority (region_code=?)"]);
    for (const count of counts) expect(count.join(" | ")).toMatch(/c USING COVERING INDEX inspection_cases_q_counts \(region_code=\?\)/);
  });

  it("reads a kindergarten search through the kindergartens' cases (a few, then sorted), not the whole queue", async () => {
    const { page } = await plans(city, "q=阳光");
    // No kindergarten matches here: at most the city's range is read, never the table.
    expect(page.join(" | ")).not.toMatch(/SCAN c$/);
  });

  it("finds the searched kindergartens in the scope's range of the search index, or by their USCC, in any width", async () => {
    const kg = await createKindergarten(t.db, { region_code: HAISHU, name: "海曙区阳光 幼儿园" });
    try {
      for (const [actor, range] of [[district, "region_code=?"], [city, "region_code>? AND region_code<?"]] as const) {
        for (const q of ["阳光 幼儿园", "ＡＢＣ（北区）", "阳光，幼儿园、海曙"]) {
          const { page, settled } = await plans(actor, `q=${encodeURIComponent(q)}&state=all`);
          const names = captured.filter((c) => /from "kindergarten_search"/.test(c.sql));
          expect(names.length, q).toBe(1);
          expect(await explain(names[0]), q).toEqual([`SEARCH s USING COVERING INDEX kindergarten_search_region (${range})`]);
          // The kindergartens' cases: a look-up (or the district's own range), never the table.
          for (const plan of [page, settled!]) expect(plan.join(" | "), q).not.toMatch(/SCAN c( |$)/);
        }
        await plans(actor, `q=${encodeURIComponent("９１３３０２０３ｍａ２ａｂｃｄｅ１ｘ")}`);
        const byCode = captured.filter((c) => /from "kindergartens" as "k"/.test(c.sql) && /"k"\."uscc" = /.test(c.sql));
        expect(byCode.length).toBe(1);
        expect(byCode[0].parameters[0]).toBe("91330203MA2ABCDE1X");
        expect((await explain(byCode[0])).join(" | ")).toMatch(/SEARCH k USING INDEX sqlite_autoindex_kindergartens_\d \(uscc=\?\)/);
      }
    } finally {
      await t.db.deleteFrom("kindergarten_name_grams").where("kindergarten_id", "=", kg.id).execute();
      await t.db.deleteFrom("kindergarten_search").where("kindergarten_id", "=", kg.id).execute();
      await t.db.deleteFrom("kindergartens").where("id", "=", kg.id).execute();
    }
  });
});
