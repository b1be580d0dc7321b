/**
 * The safe-change pages: who may see re-evaluation runs, who may preview and
 * activate a guidance-price batch (development-reform / education officers of
 * the batch's region, admins), and the activation → run → progress journey
 * on the demo data.
 */
import { newId } from "~/utils/ids";
import { reloadEnv } from "~/utils/env.server";
import { UnrecoverableError } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { startReevaluation } from "~/domain/changes/reevaluation.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { setDb } from "~/web/db.server";
import { getRulesRuntime } from "~/web/rules.server";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import * as runsIndex from "~/routes/officer+/changes._index";
import * as runPage from "~/routes/officer+/changes.runs.$runId";
import * as guidanceChange from "~/routes/officer+/changes.guidance.$batchId";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { renderStatic, textOf } from "../setup/render-static";
import { actorOf, draftCareFeeBatch, draftHaishuCareFeeBatch } from "../factories/domain";
import { createDemoDb, type TestDb } from "../setup/test-db";
import { capFen } from "~/domain/guidance-prices/guidance-price.schema";
import { formatFen } from "~/utils/money";

let t: TestDb;
let db: DB;
const cookies: Record<string, string> = {};
let batchId: string;
/** What the preview predicted, to hold the run to it. */
let predicted: { total: number; newlyFlagged: number; cleared: number; flaggedIds: string[] } | undefined;

async function batchStatus(id: string) {
  return (await db.selectFrom("guidance_price_batches").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
}

async function runCount(): Promise<number> {
  const row = await db.selectFrom("reevaluation_runs").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

const previewPath = () => `/officer/changes/guidance/${batchId}`;
const preview = (cookie: string | undefined) => callRoute(guidanceChange.loader, previewPath(), { cookie, params: { batchId } });
const activate = (cookie: string | undefined, intent = "activate") =>
  callRoute(guidanceChange.action, previewPath(), { cookie, params: { batchId }, form: { intent, submissionKey: newId() } });

beforeAll(async () => {
  t = await createDemoDb();
  db = t.db;
  setDb(db);
  const rules = getRulesRuntime();
  for (const f of await db.selectFrom("fee_filings").select("id").orderBy("id").execute()) await evaluateFiling({ db, rules }, f.id);
  // The seed's filing.submitted rows were just handled directly.
  await db.updateTable("outbox").set({ processed_at: new Date().toISOString() }).execute();

  for (const username of ["kg006", "haishu.market", "haishu.ndrc", "jiangbei.ndrc", "admin"]) {
    cookies[username] = await sessionCookieFor(db, username);
  }
  // 海曙 halves its 普惠 保教费 guidance prices: some of its kindergartens go over the cap.
  batchId = await draftHaishuCareFeeBatch(db, { yuan: "500", grades: ["provincial_model", "class1"], sourceDocument: "海发改〔2026〕99号" });
});

afterAll(async () => {
  await t?.destroy();
});

describe("refusals", () => {
  it("anonymous visitors are sent to the login page", async () => {
    const res = await callRoute(runsIndex.loader, "/officer/changes");
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent("/officer/changes")}`);
  });

  it("an operator may not see runs, previews or activate (403), and nothing changes", async () => {
    const cookie = cookies.kg006;
    expect((await callRoute(runsIndex.loader, "/officer/changes", { cookie })).status).toBe(403);
    expect((await callRoute(runPage.loader, "/officer/changes/runs/x", { cookie, params: { runId: "x" } })).status).toBe(403);
    expect((await preview(cookie)).status).toBe(403);
    expect((await activate(cookie)).status).toBe(403);
    expect(await batchStatus(batchId)).toBe("draft");
    expect(await runCount()).toBe(0);
  });

  it("a market-supervision officer sees runs but may not preview or activate a guidance batch (403)", async () => {
    const cookie = cookies["haishu.market"];
    expect((await callRoute(runsIndex.loader, "/officer/changes", { cookie })).status).toBe(200);
    expect((await preview(cookie)).status).toBe(403);
    expect((await activate(cookie)).status).toBe(403);
    expect(await batchStatus(batchId)).toBe("draft");
    expect(await runCount()).toBe(0);
  });

  it("a development-reform officer of another district finds no such batch (404)", async () => {
    const cookie = cookies["jiangbei.ndrc"];
    expect((await preview(cookie)).status).toBe(404);
    expect((await activate(cookie)).status).toBe(404);
    expect(await batchStatus(batchId)).toBe("draft");
    expect(await runCount()).toBe(0);
  });

  it("an unknown run is 404", async () => {
    const res = await callRoute(runPage.loader, "/officer/changes/runs/nope", { cookie: cookies["haishu.market"], params: { runId: "nope" } });
    expect(res.status).toBe(404);
  });

  it("a post without the activate intent is 400 and changes nothing", async () => {
    expect((await activate(cookies["haishu.ndrc"], "discard")).status).toBe(400);
    expect(await batchStatus(batchId)).toBe("draft");
  });
});

describe("preview → activate → run", () => {
  it("previews the draft against 海曙's active filings, and an admin may too", async () => {
    const res = await preview(cookies["haishu.ndrc"]);
    expect(res.status).toBe(200);
    const body = res.body as {
      batch: { id: string; status: string; region_name: string };
      preview: {
        total: number;
        newlyFlagged: { count: number; rows: Array<{ kindergartenId: string; regionCode: string; after: Array<{ ruleId: string }> }> };
        cleared: { count: number; rows: unknown[] };
        changed: {
          count: number;
          rows: Array<{ regionCode: string; before: Array<{ ruleId: string; severity: string }>; after: Array<{ ruleId: string; severity: string; explanationChanged?: true }> }>;
        };
      };
      runs: unknown[];
    };
    expect(body.batch).toMatchObject({ id: batchId, status: "draft", region_name: "海曙区" });
    const haishuActive = await db
      .selectFrom("kindergartens")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("region_code", "=", "330203")
      .where("status", "=", "active")
      .where(({ exists, selectFrom }) => exists(selectFrom("fee_filings as f").select("f.id").whereRef("f.kindergarten_id", "=", "kindergartens.id")))
      .executeTakeFirstOrThrow();
    expect(body.preview.total).toBe(Number(haishuActive.n));
    // Halving the price can only add flags.
    expect(body.preview.cleared.count).toBe(0);
    expect(body.preview.newlyFlagged.count + body.preview.changed.count).toBeGreaterThan(0);
    for (const row of [...body.preview.newlyFlagged.rows, ...body.preview.changed.rows]) expect(row.regionCode).toBe("330203");
    predicted = {
      total: body.preview.total,
      newlyFlagged: body.preview.newlyFlagged.count,
      cleared: body.preview.cleared.count,
      flaggedIds: body.preview.newlyFlagged.rows.map((r) => r.kindergartenId).sort(),
    };
    for (const row of body.preview.newlyFlagged.rows) expect(row.after.map((f) => f.ruleId)).toContain("R03");
    // A kindergarten over the cap already stays red, further over: listed as changed, its flag marked as saying something else.
    const colours = (flags: Array<{ ruleId: string; severity: string }>) => flags.map((f) => `${f.ruleId}:${f.severity}`).sort().join(",");
    const sameColours = body.preview.changed.rows.filter((row) => colours(row.before) === colours(row.after));
    expect(sameColours.length).toBeGreaterThan(0);
    for (const row of sameColours) expect(row.after.filter((f) => f.explanationChanged).map((f) => f.ruleId)).toContain("R03");
    expect(body.runs).toEqual([]);

    expect((await preview(cookies.admin)).status).toBe(200);
  });

  it("activating starts a run and redirects to its progress page, which any officer can follow to the end", async () => {
    const officer = await actorOf(db, "haishu.ndrc");
    const res = await activate(cookies["haishu.ndrc"]);
    expect(res.status).toBe(302);
    const runId = /^\/officer\/changes\/runs\/([0-9A-Z]{26})$/.exec(res.location ?? "")?.[1];
    expect(runId).toBeDefined();
    expect(await batchStatus(batchId)).toBe("active");

    const run = await db.selectFrom("reevaluation_runs").selectAll().where("id", "=", runId!).executeTakeFirstOrThrow();
    // 海曙's batch re-evaluates 海曙's active filings: the run's total is the preview's count, not the country's.
    expect(run).toMatchObject({ reason: "guidance_prices", subject_id: batchId, status: "pending", processed: 0, created_by: officer.id, region_code: "330203", total: predicted!.total });
    const outbox = await db.selectFrom("outbox").select("payload").where("topic", "=", "reevaluation.batch").execute();
    expect(outbox.map((o) => JSON.parse(o.payload))).toEqual([{ runId, afterCursor: null }]);
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id"]).where("actor_id", "=", officer.id).execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "guidance_batch.activate", entity_id: batchId },
        { action: "reevaluation.start", entity_id: runId },
      ]),
    );

    const page = (cookie: string) => callRoute(runPage.loader, `/officer/changes/runs/${runId}`, { cookie, params: { runId: runId! } });
    const pending = await page(cookies["haishu.market"]);
    expect(pending.status).toBe(200);
    expect((pending.body as { run: { status: string; percent: number } }).run).toMatchObject({ status: "pending", percent: 0, scope: { regionCode: "330203", regionName: "海曙区" } });

    const runner = createInProcessRunner({ db, ctx: { db, rules: getRulesRuntime(), logger: silentLogger }, processors });
    expect(await runner.drainOnce()).toMatchObject({ processed: 1, retried: 0, deadLettered: 0 });

    const done = await page(cookies["jiangbei.ndrc"]);
    const finished = (done.body as { run: { status: string; percent: number; processed: number; total: number; newly_flagged: number } }).run;
    expect(finished).toMatchObject({ status: "done", percent: 100 });
    expect(finished.processed).toBe(finished.total);
    expect(finished.total).toBeGreaterThan(0);
    expect(finished.newly_flagged).toBeGreaterThan(0);
    // The run covers 海曙 only and finds exactly what the preview predicted.
    expect(finished).toMatchObject({ total: predicted!.total, processed: predicted!.total, newly_flagged: predicted!.newlyFlagged, cleared: predicted!.cleared });

    // Which kindergartens the counter counts, named for the officers of 海曙 (the district's market officer among them) and
    // for the admin; an officer of 江北 sees the counter only: 海曙's kindergartens are not in their jurisdiction.
    type Lists = { flagged: { count: number; rows: Array<{ id: string; name: string; regionName: string }>; next: string | null }; cleared: { count: number } };
    expect(predicted!.flaggedIds.length).toBe(predicted!.newlyFlagged);
    for (const user of ["haishu.market", "admin"]) {
      const lists = ((await page(cookies[user])).body as { kindergartens: Lists }).kindergartens;
      expect(lists.flagged.count).toBe(finished.newly_flagged);
      expect(lists.flagged.rows.map((k) => k.id)).toEqual(predicted!.flaggedIds);
      expect(lists.flagged.rows[0]).toMatchObject({ name: expect.any(String), regionName: "海曙区" });
      expect(lists.cleared.count).toBe(0);
    }
    const elsewhere = ((await page(cookies["jiangbei.ndrc"])).body as { kindergartens: Lists }).kindergartens;
    expect(elsewhere.flagged).toMatchObject({ count: 0, rows: [] });

    const list = await callRoute(runsIndex.loader, "/officer/changes", { cookie: cookies.admin });
    expect((list.body as { runs: Array<{ id: string; status: string }> }).runs).toEqual([
      expect.objectContaining({ id: runId, status: "done", scope: { regionCode: "330203", regionName: "海曙区" } }),
    ]);

    // The batch is no longer a draft: nothing to preview, the run is listed, a second activation is refused.
    const after = await preview(cookies["haishu.ndrc"]);
    expect(after.body).toMatchObject({ preview: null, runs: [expect.objectContaining({ id: runId, status: "done", scope: { regionCode: "330203", regionName: "海曙区" } })] });
    const again = await activate(cookies["haishu.ndrc"]);
    expect(again.status).toBe(409);
    expect(await runCount()).toBe(1);
  });
});

describe("a stalled run (its next batch failed for good)", () => {
  it("shows why; only an admin may resume it, once; it then carries on from its cursor to the end", async () => {
    const runId = await db
      .transaction()
      .execute((trx) => startReevaluation(trx, { reason: "manual", subjectId: null, actorId: null, now: new Date() }));
    // A defect in the batch job: it fails for good the first time (as after its attempts ran out).
    let failures = 0;
    const broken = createInProcessRunner({
      db,
      ctx: { db, rules: getRulesRuntime(), logger: silentLogger },
      processors: {
        ...processors,
        "reevaluation.batch": async () => {
          failures++;
          throw new UnrecoverableError("TypeError: cannot read the facts of kindergarten X");
        },
      },
    });
    expect(await broken.drainOnce()).toMatchObject({ processed: 0, deadLettered: 1 });

    const path = `/officer/changes/runs/${runId}`;
    const page = (cookie: string) => callRoute(runPage.loader, path, { cookie, params: { runId } });
    const resume = (cookie: string) => callRoute(runPage.action, path, { cookie, params: { runId }, form: { intent: "resume" } });
    const stalled = await page(cookies["haishu.market"]);
    expect(stalled.status).toBe(200);
    expect(stalled.body).toMatchObject({
      run: { id: runId, status: "pending", processed: 0, scope: null },
      stall: { attempts: 1, error: expect.stringContaining("cannot read the facts") },
      canResume: false,
    });
    expect((await page(cookies.admin)).body).toMatchObject({ canResume: true });
    const listed = async () =>
      ((await callRoute(runsIndex.loader, "/officer/changes", { cookie: cookies["haishu.market"] })).body as { runs: Array<{ id: string; stalled: boolean }> }).runs.find(
        (r) => r.id === runId,
      );
    expect(await listed()).toMatchObject({ stalled: true });

    // Officers (any agency) and operators may not resume it; nothing changes.
    for (const username of ["haishu.market", "haishu.ndrc", "kg006"]) {
      expect((await resume(cookies[username])).status, username).toBe(403);
    }
    expect((await page(cookies.admin)).body).toMatchObject({ stall: { attempts: 1 } });

    const res = await resume(cookies.admin);
    expect(res.status).toBe(302);
    expect(res.location).toBe(`${path}?resumed=1`);
    const admin = await actorOf(db, "admin");
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id"]).where("actor_id", "=", admin.id).execute();
    expect(audit).toContainEqual({ action: "reevaluation.resume", entity_id: runId });
    // The resumption is on the record with the scope the run carries on over (a manual run: national).
    const resumed = await db.selectFrom("audit_log").select("detail").where("action", "=", "reevaluation.resume").where("entity_id", "=", runId).executeTakeFirstOrThrow();
    expect(JSON.parse(resumed.detail)).toMatchObject({ afterCursor: null, regionCode: null });
    expect((await page(cookies.admin)).body).toMatchObject({ stall: null, run: { status: "pending" } });
    expect(await listed()).toMatchObject({ stalled: false });
    // Resuming twice is refused: it is not stalled any more; an unknown run is not found.
    expect((await resume(cookies.admin)).status).toBe(409);
    const unknown = await callRoute(runPage.action, "/officer/changes/runs/nope", { cookie: cookies.admin, params: { runId: "nope" }, form: { intent: "resume" } });
    expect(unknown.status).toBe(404);

    const runner = createInProcessRunner({ db, ctx: { db, rules: getRulesRuntime(), logger: silentLogger }, processors });
    expect(await runner.drainOnce()).toMatchObject({ processed: 1, deadLettered: 0 });
    const done = (await page(cookies["haishu.market"])).body as { run: { status: string; processed: number; total: number }; stall: unknown };
    expect(done.run.status).toBe("done");
    expect(done.run.processed).toBe(done.run.total);
    expect(done.stall).toBeNull();
    expect(failures).toBe(1);
  });
});

describe("a preview too large to compute while the page loads (over PREVIEW_INLINE_LIMIT)", () => {
  it("is computed by a job: the page says so and polls, then shows it with the time it was computed", async () => {
    process.env.PREVIEW_INLINE_LIMIT = "0";
    reloadEnv();
    try {
      const draft = { batchId: await draftHaishuCareFeeBatch(db, { yuan: "400", grades: ["class1"], sourceDocument: "海发改〔2026〕100号" }) };
      const path = `/officer/changes/guidance/${draft.batchId}`;
      const load = () => callRoute(guidanceChange.loader, path, { cookie: cookies["haishu.ndrc"], params: { batchId: draft.batchId } });

      const computing = await load();
      expect(computing.status).toBe(200);
      expect(computing.body).toMatchObject({ preview: null, previewComputing: { total: expect.any(Number), lastError: null }, previewComputedAt: null });
      expect((computing.body as { previewComputing: { total: number } }).previewComputing.total).toBeGreaterThan(0);

      const runner = createInProcessRunner({ db, ctx: { db, rules: getRulesRuntime(), logger: silentLogger }, processors });
      expect(await runner.drainOnce()).toMatchObject({ retried: 0, deadLettered: 0 });
      const done = await load();
      expect(done.body).toMatchObject({ previewComputing: null, preview: { total: expect.any(Number) }, previewComputedAt: expect.any(String) });

      // 江北's officer activates a batch of 江北's from its page: nothing 海曙's preview shows can change, and 海曙's
      // page still shows the stored preview, computed when it was, with activation offered.
      const jiangbei = await draftCareFeeBatch(db, { regionCode: "330205", username: "jiangbei.ndrc", yuan: "500", grades: ["class1"], sourceDocument: "江发改〔2026〕4号" });
      const activated = await callRoute(guidanceChange.action, `/officer/changes/guidance/${jiangbei}`, {
        cookie: cookies["jiangbei.ndrc"],
        params: { batchId: jiangbei },
        form: { intent: "activate", submissionKey: newId() },
      });
      expect(activated.status).toBe(302);
      const unaffected = await load();
      expect(unaffected.body).toMatchObject({ previewComputing: null, preview: (done.body as { preview: unknown }).preview });
      expect((unaffected.body as { previewComputedAt: string }).previewComputedAt).toBe((done.body as { previewComputedAt: string }).previewComputedAt);

      // A change of 海曙's own is activated (its run covers 海曙): the page computes the preview again.
      const haishu = await draftHaishuCareFeeBatch(db, { yuan: "450", grades: ["class1"], sourceDocument: "海发改〔2026〕101号" });
      expect((await callRoute(guidanceChange.action, `/officer/changes/guidance/${haishu}`, {
        cookie: cookies["haishu.ndrc"],
        params: { batchId: haishu },
        form: { intent: "activate", submissionKey: newId() },
      })).status).toBe(302);
      expect((await load()).body).toMatchObject({ preview: null, previewComputing: { total: expect.any(Number), lastError: null }, previewComputedAt: null });
    } finally {
      delete process.env.PREVIEW_INLINE_LIMIT;
      reloadEnv();
    }
  });
});

describe("why a preview shows what it shows", () => {
  type Body = { preview: { total: number; newlyFlagged: { count: number } }; reach: { compared: number; onOrAfter: number; from: string } | null; pastStart: unknown };
  const load = (id: string) => callRoute(guidanceChange.loader, `/officer/changes/guidance/${id}`, { cookie: cookies["haishu.ndrc"], params: { batchId: id } });

  it("a batch starting after every filing's start says none is affected yet, with the numbers considered", async () => {
    const id = await draftHaishuCareFeeBatch(db, { yuan: "100", grades: ["provincial_model", "class1"], sourceDocument: "海发改〔2099〕1号", effectiveFrom: "2099-09-01" });
    const body = (await load(id)).body as Body;
    // A price cut to 100 yuan would flag many: it does not, since no filing takes effect on or after 2099-09-01.
    expect(body.preview.newlyFlagged.count).toBe(0);
    expect(body.preview.total).toBeGreaterThan(0);
    expect(body.reach).toEqual({ compared: body.preview.total, onOrAfter: 0, from: "2099-09-01" });
    expect(body.pastStart).toBeNull();
    const html = textOf(await renderStatic(guidanceChange.default, { loaderData: body, url: `/officer/changes/guidance/${id}` }));
    expect(html).toContain(`试算的 ${body.preview.total} 份在用备案，执行日期都早于本批次最早执行日 2099-09-01`);
  });

  it("a batch lowering a ceiling says so with the deepest cut, though the preview finds nothing yet; a rise says nothing", async () => {
    const inForce = await db
      .selectFrom("guidance_prices")
      .select(["base_price_fen", "max_float_bp"])
      .where("status", "=", "active")
      .where("region_code", "=", "330203")
      .where("nature", "=", "inclusive_private")
      .where("grade", "=", "provincial_model")
      .where("age_band", "=", "all")
      .where("category", "=", "care_education")
      .executeTakeFirstOrThrow();
    const ceiling = capFen(inForce.base_price_fen, inForce.max_float_bp);
    // 13.5 for 1350: a slip of the keyboard reads as a cut, and no filing starts in 2099 for the preview to show it.
    const id = await draftHaishuCareFeeBatch(db, { yuan: "13.5", grades: ["provincial_model"], sourceDocument: "海发改〔2099〕2号", effectiveFrom: "2099-09-01" });
    const body = (await load(id)).body as Body & { lowered: { rows: number; deepest: { fromFen: number; toFen: number; percent: number } } };
    expect(body.preview.newlyFlagged.count).toBe(0);
    const toFen = capFen(1350, inForce.max_float_bp);
    expect(body.lowered).toEqual({ rows: 1, deepest: { fromFen: ceiling, toFen, percent: Math.floor((1 - toFen / ceiling) * 100) } });
    const html = textOf(await renderStatic(guidanceChange.default, { loaderData: body, url: `/officer/changes/guidance/${id}` }));
    expect(html).toContain(`本批次有 1 行的最高限价低于现行标准，降幅最大的一行从 ${formatFen(ceiling, "zh-CN")} 降至 ${formatFen(toFen, "zh-CN")} 元/月`);

    const rise = await draftHaishuCareFeeBatch(db, { yuan: "5000", grades: ["provincial_model"], sourceDocument: "海发改〔2099〕3号", effectiveFrom: "2099-09-01" });
    expect(((await load(rise)).body as { lowered: unknown }).lowered).toBeNull();
  });

  it("a batch starting before today is flagged in the preview, with why it matters", async () => {
    const id = await draftHaishuCareFeeBatch(db, { yuan: "100", grades: ["class1"], sourceDocument: "海发改〔2020〕1号", effectiveFrom: "2020-09-01" });
    const body = (await load(id)).body as Body & { pastStart: { rows: number; earliest: string; today: string } };
    expect(body.pastStart).toMatchObject({ rows: 1, earliest: "2020-09-01" });
    expect(body.reach).toEqual({ compared: body.preview.total, onOrAfter: body.preview.total, from: "2020-09-01" });
    const html = textOf(await renderStatic(guidanceChange.default, { loaderData: body, url: `/officer/changes/guidance/${id}` }));
    expect(html).toContain("本批次有 1 行的执行起始日早于今天");
    // The basis the table of cited texts holds (the Price Law's article on announcing guidance prices), not a number it does not.
    expect(html).toContain("依《中华人民共和国价格法》第二十四条");
    expect(html).not.toContain("〔2011〕");
  });
});
