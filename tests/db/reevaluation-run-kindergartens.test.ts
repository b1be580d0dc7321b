/**
 * Which kindergartens a re-evaluation run newly flagged and cleared (reevaluation_run_kindergartens): the run's page
 * lists them a page at a time, only those within the reader's jurisdiction; and migration
 * 2026-12-05T0900_reevaluation_run_kindergartens fills them in for the runs recorded before it, from their batches'
 * audit entries, so an earlier run's page names what it counted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { RUN_KINDERGARTENS_PAGE, runKindergartens } from "~/domain/changes/run-kindergartens.queries.server";
import type { Actor } from "~/domain/users/actor";
import { createActor, createKindergarten, HAISHU, insertCareFeeFiling, JIANGBEI, seedReferenceData } from "../factories/domain";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-05T0710_rule_texts_condition_tree";
const AT = "2026-12-05T02:00:00.000Z";

// A database migrated from empty; the migration test below goes down to BEFORE and back.
const t = useMigrationTest("latest");
let haishuOfficer: Actor;
let jiangbeiOfficer: Actor;
let admin: Actor;
const haishu: string[] = [];
const jiangbei: string[] = [];
const filingOf = new Map<string, string>();

async function insertRun(id: string, counters: { newly_flagged: number; cleared: number }) {
  await t.db
    .insertInto("reevaluation_runs")
    .values({ id, reason: "rule_version", subject_id: "R03@2", status: "done", total: 40, processed: 40, ...counters, cursor: null, region_code: null, error: null, created_by: null, created_at: AT, started_at: AT, finished_at: AT })
    .execute();
}

beforeAll(async () => {
  await seedReferenceData(t.db);
  for (let i = 0; i < RUN_KINDERGARTENS_PAGE + 5; i += 1) haishu.push((await createKindergarten(t.db, { region_code: HAISHU })).id);
  for (let i = 0; i < 3; i += 1) jiangbei.push((await createKindergarten(t.db, { region_code: JIANGBEI })).id);
  for (const id of [...haishu, ...jiangbei]) filingOf.set(id, await insertCareFeeFiling(t.db, id, 100_000));
  haishu.sort();
  jiangbei.sort();
  haishuOfficer = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "development_reform" });
  jiangbeiOfficer = await createActor(t.db, "officer", { regionCode: JIANGBEI, agency: "market" });
  admin = await createActor(t.db, "admin");
});

describe("a run's kindergartens on its page", () => {
  it("are listed a page at a time, each reader seeing those of their own jurisdiction only", async () => {
    await insertRun("run-lists", { newly_flagged: haishu.length + jiangbei.length, cleared: 1 });
    await t.db
      .insertInto("reevaluation_run_kindergartens")
      .values([
        ...[...haishu, ...jiangbei].map((id) => ({ run_id: "run-lists", change: "flagged" as const, kindergarten_id: id })),
        { run_id: "run-lists", change: "cleared" as const, kindergarten_id: jiangbei[0] },
      ])
      .execute();

    const first = await runKindergartens(t.db, haishuOfficer, "run-lists", {});
    expect(first.flagged).toMatchObject({ count: haishu.length, paged: false, next: haishu[RUN_KINDERGARTENS_PAGE - 1] });
    expect(first.flagged.rows.map((k) => k.id)).toEqual(haishu.slice(0, RUN_KINDERGARTENS_PAGE));
    expect(first.flagged.rows[0]).toMatchObject({ name: expect.stringMatching(/^测试幼儿园/), regionName: "海曙区" });
    // 江北's kindergarten cleared is not 海曙's to read: counted on the run, not listed here.
    expect(first.cleared).toMatchObject({ count: 0, rows: [] });

    const second = await runKindergartens(t.db, haishuOfficer, "run-lists", { flagged: first.flagged.next! });
    expect(second.flagged).toMatchObject({ count: haishu.length, paged: true, next: null });
    expect(second.flagged.rows.map((k) => k.id)).toEqual(haishu.slice(RUN_KINDERGARTENS_PAGE));

    const theirs = await runKindergartens(t.db, jiangbeiOfficer, "run-lists", {});
    expect(theirs.flagged.rows.map((k) => k.id)).toEqual(jiangbei);
    expect(theirs.cleared.rows.map((k) => k.id)).toEqual([jiangbei[0]]);

    const everywhere = await runKindergartens(t.db, admin, "run-lists", {});
    expect(everywhere.flagged.count).toBe(haishu.length + jiangbei.length);
    expect(everywhere.cleared.count).toBe(1);
  });
});

describe("migration 2026-12-05T0900_reevaluation_run_kindergartens", () => {
  it("fills in the runs recorded before it from their batches' audit entries", async () => {
    await t.migrateTo(BEFORE);
    await insertRun("old-run", { newly_flagged: 2, cleared: 1 });
    const batch = (id: string, detail: unknown) => ({
      id,
      actor_id: null,
      action: "reevaluation.batch",
      entity: "reevaluation_run",
      entity_id: "old-run",
      detail: JSON.stringify(detail),
      request_id: null,
      created_at: AT,
      seq: null,
      prev_hash: null,
      hash: null,
    });
    await t.db
      .insertInto("audit_log")
      .values([
        batch("audit-1", { afterCursor: null, cursor: haishu[0], evaluated: 20, newlyFlagged: [{ filing: filingOf.get(haishu[0]), flags: ["R03:red"], cases: [] }], cleared: [] }),
        batch("audit-2", { afterCursor: haishu[0], cursor: null, evaluated: 20, newlyFlagged: [{ filing: filingOf.get(jiangbei[1]), flags: [], cases: [] }], cleared: [filingOf.get(haishu[2])] }),
      ])
      .execute();

    await t.migrateTo("latest");
    const rows = await t.db.selectFrom("reevaluation_run_kindergartens").select(["change", "kindergarten_id"]).where("run_id", "=", "old-run").orderBy("change").orderBy("kindergarten_id").execute();
    expect(rows).toEqual([
      { change: "cleared", kindergarten_id: haishu[2] },
      ...[haishu[0], jiangbei[1]].sort().map((id) => ({ change: "flagged", kindergarten_id: id })),
    ]);
    const lists = await runKindergartens(t.db, haishuOfficer, "old-run", {});
    expect(lists.flagged.rows.map((k) => k.id)).toEqual([haishu[0]]);
    expect(lists.cleared.rows.map((k) => k.id)).toEqual([haishu[2]]);
  });
});
