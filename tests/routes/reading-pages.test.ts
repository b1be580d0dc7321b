/**
 * What the reading pages' loaders hand their views, on the evaluated demo
 * data: rule titles in the queue, the flagged items and their filing on a
 * case, red and amber counted apart in the operator's list, terms that read
 * as words, and the header's link to the kindergarten list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLAINT_CASE_TITLE } from "~/domain/cases/case-from-complaint.server";
import { COMPLAINT_CASE_RULE, SPOT_CHECK_CASE_RULE } from "~/domain/cases/case-sources";
import { SPOT_CHECK_CASE_TITLE } from "~/domain/cases/spot-check-cases.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { setDb } from "~/web/db.server";
import { formatTerm } from "~/utils/term";
import { termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import { ulid } from "ulid";
import * as root from "~/root";
import * as feesIndex from "~/routes/kindergarten+/fees._index";
import * as feeDetail from "~/routes/kindergarten+/fees.$filingId";
import * as feesNew from "~/routes/kindergarten+/fees.new";
import * as caseQueue from "~/routes/officer+/cases._index";
import * as caseDetail from "~/routes/officer+/cases.$caseId";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { renderStatic, textOf } from "../setup/render-static";
import { createDemoDb, type TestDb } from "../setup/test-db";
import { renderPageHtml } from "../setup/render-page";
import { addBankAccount } from "../factories/bank-accounts";
import type { RuleOutcome } from "~/rules/types";

let t: TestDb;
const cookies: Record<string, string> = {};
const ruleSet = loadRuleSet();

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  const rules = createRulesRuntime(ruleSet);
  for (const f of await t.db.selectFrom("fee_filings").select("id").orderBy("id").execute()) await evaluateFiling({ db: t.db, rules }, f.id);
  for (const username of ["kg006", "kg007", "kg012", "haishu.market", "admin"]) cookies[username] = await sessionCookieFor(t.db, username);
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
        c.ruleId === COMPLAINT_CASE_RULE
          ? COMPLAINT_CASE_TITLE
          : c.ruleId === SPOT_CHECK_CASE_RULE
            ? SPOT_CHECK_CASE_TITLE
            : // The queue names a rule by its latest version's title (R09 v6 names the account awaiting review too).
              ruleSet.filter((d) => d.id === c.ruleId).sort((a, b) => b.version - a.version)[0].title;
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

describe("a case from complaints", () => {
  it("its page lists the complaints the domain hands over, as links, in the domain's order", async () => {
    const c = await t.db.selectFrom("inspection_cases").select("id").where("source", "=", "complaint").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
    const res = await callRoute(caseDetail.loader, `/officer/cases/${c.id}`, { cookie: cookies["haishu.market"], params: { caseId: c.id } });
    expect(res.status).toBe(200);
    const body = res.body as { complaintIds: string[]; events: unknown[] };
    const linked = await t.db.selectFrom("complaints").select("id").where("case_id", "=", c.id).execute();
    expect([...body.complaintIds].sort()).toEqual(linked.map((l) => l.id).sort());
    expect(body.complaintIds.length).toBeGreaterThan(0);
    // The page reads the ids the domain gives, not the timeline's payloads (here left out).
    const html = await renderStatic(caseDetail.default, { loaderData: { ...body, events: [] } });
    const reason = /<div data-testid="case-complaints">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(reason).toContain(`（${body.complaintIds.length} 件）`);
    expect([...reason.matchAll(/href="\/officer\/complaints\/([^"]+)"/g)].map((m) => m[1])).toEqual(body.complaintIds);
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

  it("a filing's page marks only service and 代收 items as opt-in, as the public page does, whatever the row stored", async () => {
    const kg = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
    const filing = await t.db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", kg.kindergarten_id!).orderBy("version").executeTakeFirstOrThrow();
    // Rows filed before the marks followed the category may hold 保教费 as opt-in: this one is made so.
    const care = t.db.updateTable("fee_items").where("filing_id", "=", filing.id).where("category", "=", "care_education");
    expect(Number((await care.set({ voluntary: 1 }).executeTakeFirst()).numUpdatedRows)).toBeGreaterThan(0);
    const res = await callRoute(feeDetail.loader, `/kindergarten/fees/${filing.id}`, { cookie: cookies.kg006, params: { filingId: filing.id } });
    const html = await renderStatic(feeDetail.default, { loaderData: res.body, url: `/kindergarten/fees/${filing.id}` });
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => textOf(m[1]).trim());
    expect(rows.find((r) => r.startsWith("保教费"))).toMatch(/ —$/);
    expect(rows.find((r) => r.startsWith("伙食费"))).toContain("家长自愿选择");
    expect(rows.find((r) => r.startsWith("床上用品"))).toMatch(/家长自愿选择；代收成本价（元）\S*320\.00/);
  });

  it("the filing form offers terms that read as words", async () => {
    const res = await callRoute(feesNew.loader, "/kindergarten/fees/new", { cookie: cookies.kg006 });
    const terms = (res.body as { terms: string[] }).terms;
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(formatTerm(term, "zh-CN")).toMatch(/^\d{4}年(春|秋)季学期$/);
  });
});

describe("where each of the operator's versions stands", () => {
  it("says a corrected version was never in force and names its correction, beside 已核查; the correction comes on its date", async () => {
    const kg = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg012").executeTakeFirstOrThrow();
    const last = await t.db.selectFrom("fee_filings").select(["version", "submitted_by"]).where("kindergarten_id", "=", kg.kindergarten_id!).orderBy("version", "desc").executeTakeFirstOrThrow();
    const today = shanghaiDate();
    const from = addDays(today, 40);
    // A version for a coming date, and the bookkeeper's correction of it for the same date the same day.
    for (const version of [last.version + 1, last.version + 2]) {
      await t.db
        .insertInto("fee_filings")
        .values({
          id: ulid(),
          kindergarten_id: kg.kindergarten_id!,
          term: "2027-spring",
          effective_from: from,
          published_on: today,
          version,
          status: "evaluated",
          submitted_by: last.submitted_by,
          submitted_at: new Date().toISOString(),
          evaluated_at: new Date().toISOString(),
          previous_filing_id: null,
          note: "",
        })
        .execute();
    }
    const res = await callRoute(feesIndex.loader, "/kindergarten/fees", { cookie: cookies.kg012 });
    const filings = (res.body as { filings: Array<{ version: number; standing: { state: string } }> }).filings;
    expect(filings.find((f) => f.version === last.version + 1)?.standing).toEqual({ state: "never_in_force", correctedBy: last.version + 2 });
    expect(filings.find((f) => f.version === last.version + 2)?.standing).toEqual({ state: "coming", from });
    expect(filings.filter((f) => f.standing.state === "in_force").length).toBe(1);

    const rowOf = (html: string, version: number) => new RegExp(`<tr[^>]*>(?:(?!</tr>).)*?>第 ${version} 版</a>(?:(?!</tr>).)*</tr>`, "s").exec(html)?.[0] ?? "";
    const html = await renderStatic(feesIndex.default, { loaderData: res.body });
    expect(textOf(rowOf(html, last.version + 1))).toContain(`已核查 未执行：生效前已被第 ${last.version + 2} 版更正`);
    expect(textOf(rowOf(html, last.version + 2))).toContain(`${from} 起执行`);
    const en = await renderStatic(feesIndex.default, { loaderData: res.body, lang: "en" });
    expect(textOf(en)).toContain(`Never in force: corrected by version ${last.version + 2} before it took effect`);

    // Each version's own page says the same of it as the list, above its items.
    const listed = (res.body as { filings: Array<{ id: string; version: number; standing: unknown }> }).filings;
    for (const f of listed) {
      const one = await callRoute(feeDetail.loader, `/kindergarten/fees/${f.id}`, { cookie: cookies.kg012, params: { filingId: f.id } });
      expect((one.body as { standing: unknown }).standing, `version ${f.version}`).toEqual(f.standing);
    }
    const detailOf = async (version: number, lang: "zh-CN" | "en" = "zh-CN") => {
      const id = listed.find((f) => f.version === version)!.id;
      const one = await callRoute(feeDetail.loader, `/kindergarten/fees/${id}`, { cookie: cookies.kg012, params: { filingId: id } });
      const page = await renderStatic(feeDetail.default, { loaderData: one.body, lang, url: `/kindergarten/fees/${id}` });
      // Tags leave spaces in the text: after the Chinese colon and around a date in brackets there is none to read.
      return textOf(/<p data-testid="filing-standing">(.*?)<\/p>/s.exec(page)?.[1] ?? "").trim().replace(/([：（])\s+/g, "$1");
    };
    expect(await detailOf(last.version + 1)).toBe(`执行情况：未执行：生效前已被第 ${last.version + 2} 版更正`);
    expect(await detailOf(last.version + 2)).toBe(`执行情况：${from} 起执行`);
    expect(await detailOf(last.version + 1, "en")).toBe(`Standing: Never in force: corrected by version ${last.version + 2} before it took effect`);
    expect(await detailOf(1)).toMatch(/^执行情况：已由第 \d+ 版替代（\d{4}-\d{2}-\d{2} 起）$/);
  });
});

describe("a filing the rules flagged, or with a mistake in it", () => {
  it("offers its correction from its own page while its term is ahead, the form starting at its term; not for an older version or a term begun", async () => {
    const kg = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
    const last = await t.db
      .selectFrom("fee_filings")
      .select(["id", "version", "term", "submitted_by"])
      .where("kindergarten_id", "=", kg.kindergarten_id!)
      .orderBy("version", "desc")
      .executeTakeFirstOrThrow();
    const detail = async (id: string, lang: "zh-CN" | "en" = "zh-CN") => {
      const res = await callRoute(feeDetail.loader, `/kindergarten/fees/${id}`, { cookie: cookies.kg006, params: { filingId: id } });
      return renderStatic(feeDetail.default, { loaderData: res.body, lang, url: `/kindergarten/fees/${id}` });
    };
    const today = shanghaiDate();
    const terms = upcomingTerms(today);
    // The newest filing is of a term already begun: a correction could not be filed for it.
    expect(terms).not.toContain(last.term);
    expect(await detail(last.id)).not.toContain('data-testid="filing-correction"');

    // A filing for the later of the two terms the form offers (not the form's first choice).
    const term = terms[terms.length - 1]!;
    const id = ulid();
    await t.db
      .insertInto("fee_filings")
      .values({
        id,
        kindergarten_id: kg.kindergarten_id!,
        term,
        effective_from: termBounds(term).start,
        published_on: today,
        version: last.version + 1,
        status: "evaluated",
        submitted_by: last.submitted_by,
        submitted_at: new Date().toISOString(),
        evaluated_at: new Date().toISOString(),
        previous_filing_id: last.id,
        note: "",
      })
      .execute();
    const html = await detail(id);
    expect(html).toContain(`href="/kindergarten/fees/new?term=${term}"`);
    expect(textOf(html)).toContain(`更正本次备案`);
    expect(textOf(html)).toContain(`提交即为第 ${last.version + 2} 版，取代本版`);
    expect(textOf(await detail(id, "en"))).toContain(`Correct this filing`);
    // The older version is not the one the form starts from: no link there.
    expect(await detail(last.id)).not.toContain('data-testid="filing-correction"');

    // The form starts at the term asked for, one it offers; anything else starts at its first term.
    const formAt = async (query: string) =>
      (await callRoute(feesNew.loader, `/kindergarten/fees/new${query}`, { cookie: cookies.kg006 })).body as { startTerm: string; previousFiling: { term: string } | null };
    expect((await formAt(`?term=${term}`)).startTerm).toBe(term);
    expect((await formAt(`?term=${term}`)).previousFiling?.term).toBe(term);
    expect((await formAt("?term=1999-autumn")).startTerm).toBe(terms[0]);
    expect((await formAt("")).startTerm).toBe(terms[0]);
  });
});

describe("R09's advice names the button the account page shows (kg007: no account filed)", () => {
  it("备案新账户 with none filed, 重新备案 once the latest filing is returned: on the filing's page and in the pre-check", async () => {
    const kg = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg007").executeTakeFirstOrThrow();
    const last = await t.db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", kg.kindergarten_id!).orderBy("version", "desc").executeTakeFirstOrThrow();
    const detail = async () => {
      const res = await callRoute(feeDetail.loader, `/kindergarten/fees/${last.id}`, { cookie: cookies.kg007, params: { filingId: last.id } });
      return res.body as { flags: Array<{ rule_id: string; outcome: RuleOutcome }> };
    };
    const adviceOf = (html: string) => textOf(/<article[^>]*data-rule="R09"[\s\S]*?data-testid="flag-advice"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "");
    const pageAdvice = async (lang: "zh-CN" | "en" = "zh-CN") =>
      adviceOf(await renderStatic(feeDetail.default, { loaderData: await detail(), lang, url: `/kindergarten/fees/${last.id}` }));
    // The pre-check's results, as the form shows them after a post: R09's outcome as the filing's page has it.
    const precheckAdvice = async () => {
      const r09 = (await detail()).flags.find((f) => f.rule_id === "R09")!.outcome;
      const form = (await callRoute(feesNew.loader, "/kindergarten/fees/new", { cookie: cookies.kg007 })).body;
      return adviceOf(renderPageHtml(feesNew.default, form, { actionData: { result: undefined, precheck: [r09] } }));
    };

    expect(await pageAdvice()).toContain("请在“收费账户”页点“备案新账户”");
    expect(await precheckAdvice()).toContain("请在“收费账户”页点“备案新账户”");

    await addBankAccount(t.db, kg.kindergarten_id!, { status: "returned", effective_from: addDays(shanghaiDate(), 7) });
    expect(await pageAdvice()).toContain("请在“收费账户”页点“重新备案”");
    expect(await pageAdvice()).not.toContain("备案新账户");
    expect(await pageAdvice("en")).toContain("choose “File again”");
    expect(await precheckAdvice()).toContain("请在“收费账户”页点“重新备案”");
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
