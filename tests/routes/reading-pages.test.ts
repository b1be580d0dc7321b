/**
 * What the reading pages' loaders hand their views, on the evaluated demo
 * data: rule titles in the queue, the flagged items and their filing on a
 * case, red and amber counted apart in the operator's list, terms that read
 * as words, and the header's link to the kindergarten list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLAINT_CASE_RULE, COMPLAINT_CASE_TITLE } from "~/domain/cases/case-from-complaint.server";
import { SPOT_CHECK_CASE_RULE, SPOT_CHECK_CASE_TITLE } from "~/domain/cases/spot-check-cases.server";
import { seedDemo } from "~/db/seed";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { setDb } from "~/web/db.server";
import { formatTerm } from "~/utils/term";
import * as root from "~/root";
import * as feesIndex from "~/routes/kindergarten+/fees._index";
import * as feesNew from "~/routes/kindergarten+/fees.new";
import * as caseQueue from "~/routes/officer+/cases._index";
import * as caseDetail from "~/routes/officer+/cases.$caseId";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};
const ruleSet = loadRuleSet();

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await seedDemo(t.db);
  const rules = createRulesRuntime(ruleSet);
  for (const f of await t.db.selectFrom("fee_filings").select("id").orderBy("id").execute()) await evaluateFiling({ db: t.db, rules }, f.id);
  for (const username of ["kg006", "kg012", "haishu.market", "admin"]) cookies[username] = await sessionCookieFor(t.db, username);
});

afterAll(async () => {
  await t?.destroy();
});

type QueueCase = { id: string; ruleId: string; term: string; ruleTitle: { zh: string; en: string } | null };

describe("the case queue", () => {
  it("carries each case's rule title in both languages, not only its id", async () => {
    const res = await callRoute(caseQueue.loader, "/officer/cases", { cookie: cookies.admin });
    const cases = (res.body as { rows: QueueCase[] }).rows;
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      // A case an officer opened from a complaint, or a spot check's, has no rule: it is titled as such.
      const title =
        c.ruleId === COMPLAINT_CASE_RULE ? COMPLAINT_CASE_TITLE : c.ruleId === SPOT_CHECK_CASE_RULE ? SPOT_CHECK_CASE_TITLE : ruleSet.find((d) => d.id === c.ruleId)!.title;
      expect(c.ruleTitle).toEqual(title);
      expect(formatTerm(c.term, "zh-CN")).toMatch(/^\d{4}年(春|秋)季学期$/);
    }
    expect(cases.find((c) => c.ruleId === "R04")?.ruleTitle?.zh).toBe("营利性民办园调价幅度过大");
  });
});

type CaseView = {
  case: { id: string; filing_id: string; rule_id: string; kindergarten_id: string };
  flags: Array<{ outcome: { details: Record<string, unknown> } }>;
  items: Array<{ code: string; name: string; description: string; age_band: string }>;
  flaggedItems: Array<{ code: string; name: string; description: string; age_band: string }>;
  filing: { id: string; version: number; term: string; effective_from: string } | null;
};

async function caseView(caseId: string): Promise<CaseView> {
  const res = await callRoute(caseDetail.loader, `/officer/cases/${caseId}`, { cookie: cookies["haishu.market"], params: { caseId } });
  expect(res.status).toBe(200);
  return res.body as CaseView;
}

describe("a case", () => {
  it("names the items its flag's evidence lists, with their descriptions, and the filing they were filed in", async () => {
    const open = await t.db.selectFrom("inspection_cases").select(["id", "rule_id"]).where("region_code", "=", "330203").execute();
    const r04 = open.find((c) => c.rule_id === "R04");
    expect(r04, "the demo data opens an R04 case in 海曙区").toBeDefined();
    const view = await caseView(r04!.id);

    const increased = view.flags[0].outcome.details.increasedItems as Array<{ code: string; ageBand: string; name: string }>;
    expect(increased.length).toBeGreaterThan(0);
    expect(view.flaggedItems.map((i) => [i.code, i.age_band])).toEqual(
      view.items.filter((i) => increased.some((row) => row.code === i.code && row.ageBand === i.age_band)).map((i) => [i.code, i.age_band]),
    );
    for (const item of view.flaggedItems) {
      expect(item.name).not.toBe("");
      expect(item.description).toBe(view.items.find((i) => i.code === item.code && i.age_band === item.age_band)!.description);
    }

    const filing = await t.db.selectFrom("fee_filings").selectAll().where("id", "=", view.case.filing_id).executeTakeFirstOrThrow();
    expect(view.filing).toEqual({ id: filing.id, version: filing.version, term: filing.term, effective_from: filing.effective_from, published_on: filing.published_on });
  });

  it("names no items when the evidence lists none, rather than every item", async () => {
    const cases = await t.db.selectFrom("inspection_cases").select(["id", "rule_id", "region_code"]).execute();
    const r09 = cases.find((c) => c.rule_id === "R09");
    expect(r09, "the demo data opens an R09 (fee account) case").toBeDefined();
    const res = await callRoute(caseDetail.loader, `/officer/cases/${r09!.id}`, { cookie: cookies.admin, params: { caseId: r09!.id } });
    expect((res.body as CaseView).flaggedItems).toEqual([]);
  });
});

describe("the operator's filings", () => {
  it("counts serious (red) and warning (amber) findings apart", async () => {
    const res = await callRoute(feesIndex.loader, "/kindergarten/fees", { cookie: cookies.kg012 });
    const filings = (res.body as { filings: Array<{ id: string; version: number; term: string; redCount: number; amberCount: number }> }).filings;
    const stored = await t.db
      .selectFrom("rule_results as r")
      .innerJoin("fee_filings as f", (join) => join.onRef("f.id", "=", "r.filing_id").onRef("f.evaluated_at", "=", "r.evaluated_at"))
      .select(["r.filing_id", "r.severity"])
      .execute();
    for (const f of filings) {
      const own = stored.filter((s) => s.filing_id === f.id);
      expect([f.redCount, f.amberCount]).toEqual([own.filter((s) => s.severity === "red").length, own.filter((s) => s.severity === "amber").length]);
    }
    // kg012's third filing has one of each (R09 red, R04 amber): one number would hide the warning.
    expect(filings.find((f) => f.version === 3)).toMatchObject({ redCount: 1, amberCount: 1 });
    for (const f of filings) expect(formatTerm(f.term, "en")).toMatch(/^(Spring|Autumn) \d{4}$/);
  });

  it("the filing form offers terms that read as words", async () => {
    const res = await callRoute(feesNew.loader, "/kindergarten/fees/new", { cookie: cookies.kg006 });
    const terms = (res.body as { terms: string[] }).terms;
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(formatTerm(term, "zh-CN")).toMatch(/^\d{4}年(春|秋)季学期$/);
  });
});

describe("the header", () => {
  it("links the kindergarten list for those who may read it, and not for operators", async () => {
    const actorOf = async (username: string) =>
      ((await callRoute(root.loader, "/", { cookie: cookies[username] })).body as { actor: { readsKindergartens: boolean } }).actor;
    expect((await actorOf("haishu.market")).readsKindergartens).toBe(true);
    expect((await actorOf("admin")).readsKindergartens).toBe(true);
    expect((await actorOf("kg006")).readsKindergartens).toBe(false);
  });
});
