/**
 * Regional rule parameters, domain side, on a real database (SQLite, or
 * Postgres with TEST_DB=pg): a bad value is refused with a field error naming
 * the param and nothing is stored; who may draft for which region; a draft's
 * preview (raising R04's amber threshold clears a flag, lowering R06's lead
 * time clears one), activation retiring the set it replaces, the re-evaluation
 * run through the in-process runner, and the stored results under the new
 * values; and the effective params of kindergartens: district over city over
 * province over the file's default.
 */
import { newId } from "~/utils/ids";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeEvaluations, persistEvaluations } from "~/domain/filings/evaluate.server";
import { activateParameterSet, parameterSetView } from "~/domain/changes/parameter-set-change.server";
import { parameterForm } from "~/domain/rules-config/parameter-set.queries.server";
import { createParameterDraft, discardParameterDraft } from "~/domain/rules-config/parameter-set.service.server";
import { kindergartenParams } from "~/domain/rules-config/rule-library.server";
import { checkParamValue, paramToText, parseParamText } from "~/domain/rules-config/param-input";
import { createRulesRuntime, evaluateWithRegionalRules } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { translate } from "~/i18n";
import type { DB } from "~/db/client";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { loadRuleSet } from "~/rules/load/read-files";
import { fileChronology } from "~/rules/load/rule-set";
import { createActor, createKindergarten, createOfficer, currentCheck, HAISHU, insertCareFeeFiling, JIANGBEI, NINGBO, PROVINCE, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/** Only the two rules whose params are tuned here: the minimal fixture filings would trip the others alike. */
const rules = createRulesRuntime(loadRuleSet().filter((d) => d.id === "R04" || d.id === "R06"));
const AT = "2026-11-20T02:00:00.000Z";
const NOW = new Date("2026-11-29T03:00:00.000Z");
const TODAY = "2026-11-29";

let t: TestDb;
let db: DB;
const actors: Record<string, Actor> = {};
const kg: Record<string, { id: string; filingId: string }> = {};

/** The stored current result of a rule for a filing. */
async function currentResult(filingId: string, ruleId: string) {
  const check = await currentCheck(db, filingId, ruleId);
  if (!check) throw new Error(`${ruleId} was not applied to ${filingId}`);
  return check;
}

async function count(table: "rule_parameter_sets" | "audit_log" | "reevaluation_runs" | "outbox"): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function drain() {
  const runner = createInProcessRunner({ db, ctx: { db, rules, logger: silentLogger }, processors });
  return runner.drainOnce();
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  actors.admin = await createActor(db, "admin");
  actors.operator = await createActor(db, "operator", { regionCode: HAISHU });
  actors.haishuMarket = await createOfficer(db, "market", HAISHU);
  actors.haishuEdu = await createOfficer(db, "education", HAISHU);
  actors.jiangbeiEdu = await createOfficer(db, "education", JIANGBEI);
  actors.ningboNdrc = await createOfficer(db, "development_reform", NINGBO);

  // A: a for-profit kindergarten in 海曙 raising its fee by 15 % (R04 amber at the default 10 %), with 70 days' notice.
  const a = await createKindergarten(db, { region_code: HAISHU, nature: "forprofit_private", name: "海曙甲幼儿园" });
  await insertCareFeeFiling(db, a.id, 100_000, { version: 1, effectiveFrom: "2026-03-01", publishedOn: "2025-12-21", term: "2026-spring" });
  kg.A = { id: a.id, filingId: await insertCareFeeFiling(db, a.id, 115_000, { version: 2, effectiveFrom: "2027-03-01", publishedOn: "2026-12-21", term: "2027-spring" }) };
  // B: 江北, published only 40 days ahead (R06 amber at the default 60).
  const b = await createKindergarten(db, { region_code: JIANGBEI, nature: "forprofit_private", name: "江北乙幼儿园" });
  kg.B = { id: b.id, filingId: await insertCareFeeFiling(db, b.id, 100_000, { version: 1, effectiveFrom: "2027-03-01", publishedOn: "2027-01-20", term: "2027-spring" }) };
  // C: 西湖 (杭州), nothing to flag.
  const c = await createKindergarten(db, { region_code: XIHU, nature: "forprofit_private", name: "西湖丙幼儿园" });
  kg.C = { id: c.id, filingId: await insertCareFeeFiling(db, c.id, 100_000, { version: 1, effectiveFrom: "2027-03-01", publishedOn: "2026-12-21", term: "2027-spring" }) };
  // D: 鄞州, nothing to flag.
  const d = await createKindergarten(db, { region_code: YINZHOU, nature: "forprofit_private", name: "鄞州丁幼儿园" });
  kg.D = { id: d.id, filingId: await insertCareFeeFiling(db, d.id, 100_000, { version: 1, effectiveFrom: "2027-03-01", publishedOn: "2026-12-21", term: "2027-spring" }) };

  const ids = (await db.selectFrom("fee_filings").select("id").execute()).map((r) => r.id);
  await persistEvaluations({ db, rules, now: new Date(AT) }, await computeEvaluations({ db, rules }, ids));
});

afterAll(async () => {
  await t?.destroy();
});

describe("param input", () => {
  it("parses what the form sends, by the param's type, and prints it back the same way", () => {
    expect(parseParamText("minLeadDays", "integer", " 180 ")).toEqual({ ok: true, value: 180 });
    expect(parseParamText("allowedMonths", "integer[]", "8，9、 10")).toEqual({ ok: true, value: [8, 9, 10] });
    expect(parseParamText("keywords", "string[]", "赞助费\n\n 兴趣班 ")).toEqual({ ok: true, value: ["赞助费", "兴趣班"] });
    expect(parseParamText("expectedPrefixes", "record<string[]>", "public: 12\nforprofit_private：91, 92")).toEqual({
      ok: true,
      value: { public: ["12"], forprofit_private: ["91", "92"] },
    });
    expect(parseParamText("minLeadDays", "integer", "六十")).toEqual({
      ok: false,
      error: { key: "rulesConfig.param.error.integer", vars: { param: "minLeadDays" } },
    });
    expect(paramToText("record<string[]>", { public: ["12"], forprofit_private: ["91", "92"] })).toBe("public: 12\nforprofit_private: 91, 92");
    expect(checkParamValue("allowedMonths", { type: "integer[]", min: 1, max: 12 }, [8, 13])).toEqual({
      key: "rulesConfig.param.error.max",
      vars: { param: "allowedMonths", max: 12, value: 13 },
    });
  });
});

describe("refusals: nothing is stored", () => {
  it("a bad value is refused with a field error naming the param", async () => {
    const before = { sets: await count("rule_parameter_sets"), audit: await count("audit_log") };
    const draft = (params: Record<string, unknown>, note = "试行") =>
      createParameterDraft({ submissionKey: ulid(), db, actor: actors.haishuEdu, rulesRuntime: rules, regionCode: HAISHU, ruleId: "R06", params, note, now: NOW });

    const below = await draft({ minLeadDays: -5 });
    expect(below).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { "params.minLeadDays": [{ key: "rulesConfig.param.error.min", vars: { param: "minLeadDays", min: 0, value: -5 } }] },
      formErrors: [],
    });
    const message = translate("zh-CN", "rulesConfig.param.error.min", { param: "minLeadDays", min: 0, value: -5 });
    // The parameter by its name, as the form's label gives it, not by its identifier.
    expect(message).toBe("“至少提前公示天数”不能小于 0（填写的是 -5）。");

    const text = await draft({ minLeadDays: "两个月" });
    expect(text.ok ? null : text.fieldErrors["params.minLeadDays"]).toEqual([
      { key: "rulesConfig.param.error.integer", vars: { param: "minLeadDays" } },
    ]);
    const fraction = await draft({ minLeadDays: 1.5 });
    expect(fraction.ok ? null : fraction.fieldErrors["params.minLeadDays"]?.[0].key).toBe("rulesConfig.param.error.integer");
    const unknown = await draft({ minLeadWeeks: 6 });
    expect(unknown.ok ? null : unknown.fieldErrors["params.minLeadWeeks"]?.[0]).toEqual({
      key: "rulesConfig.param.error.unknown",
      vars: { param: "minLeadWeeks", rule: "R06" },
    });
    const noNote = await draft({ minLeadDays: 90 }, "  ");
    expect(noNote.ok ? null : noNote.fieldErrors.note?.[0].key).toBe("rulesConfig.params.error.noteRequired");
    const nothing = await draft({ minLeadDays: "" });
    expect(nothing.ok ? null : nothing.formErrors[0].key).toBe("rulesConfig.params.error.empty");
    const noRule = await createParameterDraft({
      submissionKey: ulid(),
      db,
      actor: actors.haishuEdu,
      rulesRuntime: rules,
      regionCode: HAISHU,
      ruleId: "R99",
      params: { x: 1 },
      note: "试行",
      now: NOW,
    });
    expect(noRule.ok ? null : noRule.fieldErrors.ruleId?.[0].key).toBe("rulesConfig.params.error.unknownRule");

    expect(await count("rule_parameter_sets")).toBe(before.sets);
    expect(await count("audit_log")).toBe(before.audit);
  });

  it("R11's refund table in the right shape (lines of \"key: words\") but with words the refund rules cannot read is refused, naming them", async () => {
    const before = await count("rule_parameter_sets");
    const everyRule = createRulesRuntime(loadRuleSet());
    const refundDraft = (text: string) =>
      createParameterDraft({ submissionKey: ulid(), db, actor: actors.haishuEdu, rulesRuntime: everyRule, regionCode: HAISHU, ruleId: "R11", params: { refundTable: text }, note: "试行", now: NOW });
    for (const [text, named, namedZh] of [
      ["care_education.absence: attended<=4:eighty", "attended<=4:eighty", "“attended<=4:eighty”既不是退费方式"],
      ["tuition.absence: per_day", "tuition.absence", "“tuition.absence”不是“收费类别.情形”"],
      ["meals.absence: attended<=40:80", "days must be 0–31", "meals.absence：天数须为 0–31"],
    ]) {
      const refused = await refundDraft(text);
      const error = refused.ok ? null : refused.fieldErrors["params.refundTable"]?.[0];
      expect(error).toEqual({
        key: "rulesConfig.param.error.invalid",
        vars: { param: "refundTable", problem: expect.stringContaining(named), problemZh: expect.stringContaining(namedZh) },
      });
      // In Chinese in the UI: the entry and its words as entered, the rest in Chinese.
      expect(translate("zh-CN", error!.key, error!.vars)).not.toMatch(/\b(?:is not|must be|tiers?)\b/);
      expect(translate("en", error!.key, error!.vars)).toContain(named);
    }
    expect(await count("rule_parameter_sets")).toBe(before);
    expect((await refundDraft("care_education.absence: attended<=4:80, attended<=50%:50")).ok).toBe(true);
  });

  it("only education and development-reform officers draft, and only for their region or below (403)", async () => {
    const before = await count("rule_parameter_sets");
    const draft = (actor: Actor, regionCode: string) =>
      createParameterDraft({ submissionKey: ulid(), db, actor, rulesRuntime: rules, regionCode, ruleId: "R06", params: { minLeadDays: 90 }, note: "试行", now: NOW });
    expect(await draft(actors.haishuMarket, HAISHU)).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await draft(actors.operator, HAISHU)).toMatchObject({ ok: false, kind: "forbidden" });
    // A district officer: not another district, not the city above.
    expect(await draft(actors.haishuEdu, JIANGBEI)).toMatchObject({ ok: false, kind: "forbidden", formErrors: [{ key: "rulesConfig.params.error.regionOutOfScope" }] });
    expect(await draft(actors.haishuEdu, NINGBO)).toMatchObject({ ok: false, kind: "forbidden" });
    // A city officer: not another city.
    expect(await draft(actors.ningboNdrc, XIHU)).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await count("rule_parameter_sets")).toBe(before);
  });

  it("a draft outside the actor's region is not found; a discarded draft cannot be activated", async () => {
    const created = await createParameterDraft({
      submissionKey: ulid(),
      db,
      actor: actors.haishuEdu,
      rulesRuntime: rules,
      regionCode: HAISHU,
      ruleId: "R06",
      params: { minLeadDays: 75 },
      note: "征求意见稿",
      now: NOW,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const setId = created.setId;
    expect(await parameterSetView({ db, actor: actors.jiangbeiEdu, rules, setId, today: TODAY })).toBeNull();
    expect(await activateParameterSet({ submissionKey: newId(), db, actor: actors.jiangbeiEdu, setId, now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await discardParameterDraft({ db, actor: actors.jiangbeiEdu, setId, now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await activateParameterSet({ submissionKey: newId(), db, actor: actors.haishuMarket, setId, now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });

    const discarded = await discardParameterDraft({ db, actor: actors.haishuEdu, setId, now: NOW });
    expect(discarded).toMatchObject({ ok: true, set: { status: "discarded" } });
    expect(await activateParameterSet({ submissionKey: newId(), db, actor: actors.haishuEdu, setId, now: NOW })).toMatchObject({
      ok: false,
      kind: "conflict",
      formErrors: [{ key: "rulesConfig.params.error.notDraft" }],
    });
    const audit = await db.selectFrom("audit_log").select("action").where("entity_id", "=", setId).orderBy("created_at").execute();
    expect(audit.map((a) => a.action)).toEqual(["rule_parameter_set.create", "rule_parameter_set.discard"]);
    expect(await count("reevaluation_runs")).toBe(0);
  });
});

describe("draft → preview → activate → run", () => {
  let citySetId: string;

  it("raising R04's amber threshold for 宁波市 clears 海曙甲's flag in the preview, and nothing is written", async () => {
    expect((await currentResult(kg.A.filingId, "R04")).fired).toBe(1);
    const created = await createParameterDraft({
      submissionKey: ulid(),
      db,
      actor: actors.ningboNdrc,
      rulesRuntime: rules,
      regionCode: NINGBO,
      ruleId: "R04",
      params: { amberBp: "2000" },
      note: "甬发改〔2026〕12号：营利性民办园调价提示阈值调整为 20%",
      now: NOW,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    citySetId = created.setId;
    const stored = await db.selectFrom("rule_parameter_sets").selectAll().where("id", "=", citySetId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ region_code: NINGBO, rule_id: "R04", status: "draft", created_by: actors.ningboNdrc.id });
    expect(JSON.parse(stored.params)).toEqual({ amberBp: 2000 });

    const outboxBefore = await count("outbox");
    const view = await parameterSetView({ db, actor: actors.ningboNdrc, rules, setId: citySetId, today: TODAY });
    expect(view?.problem).toBeNull();
    expect(view?.comparison.find((r) => r.name === "amberBp")).toMatchObject({
      defaultValue: 1000,
      proposed: 2000,
      current: { value: 1000, source: "default" },
      after: { value: 2000, source: "city", regionName: "宁波市" },
    });
    expect(view?.comparison.find((r) => r.name === "redBp")).toMatchObject({ proposed: undefined, current: { value: 2000 }, after: { value: 2000, source: "default" } });
    // The preview walks 宁波市's kindergartens only: 海曙甲, 江北乙, 鄞州丁.
    expect(view?.preview?.total).toBe(3);
    expect(view?.preview?.cleared.map((r) => r.kindergartenId)).toEqual([kg.A.id]);
    expect(view?.preview?.newlyFlagged).toEqual([]);
    expect(await count("outbox")).toBe(outboxBefore);
    expect((await currentResult(kg.A.filingId, "R04")).fired).toBe(1);
  });

  it("activation makes the set active, audits, starts a run; the run stores results under the new threshold", async () => {
    const result = await activateParameterSet({ submissionKey: newId(), db, actor: actors.ningboNdrc, setId: citySetId, now: NOW, rulesRuntime: rules });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.retiredSetId).toBeNull();
    const set = await db.selectFrom("rule_parameter_sets").selectAll().where("id", "=", citySetId).executeTakeFirstOrThrow();
    expect(set).toMatchObject({ status: "active", activated_by: actors.ningboNdrc.id, activated_at: NOW.toISOString() });
    const run = await db.selectFrom("reevaluation_runs").selectAll().where("id", "=", result.runId).executeTakeFirstOrThrow();
    // The set is 宁波's: its run covers 宁波's districts (海曙, 江北, 鄞州), not 西湖 (杭州).
    expect(run).toMatchObject({ reason: "rule_parameters", subject_id: citySetId, status: "pending", created_by: actors.ningboNdrc.id, region_code: NINGBO, total: 3 });
    const evaluatedBefore = await db.selectFrom("fee_filings").select("evaluated_at").where("id", "=", kg.C.filingId).executeTakeFirstOrThrow();
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id"]).where("actor_id", "=", actors.ningboNdrc.id).execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "rule_parameter_set.activate", entity_id: citySetId },
        { action: "reevaluation.start", entity_id: result.runId },
      ]),
    );

    expect(await drain()).toMatchObject({ processed: 1, retried: 0, deadLettered: 0 });
    const done = await db.selectFrom("reevaluation_runs").selectAll().where("id", "=", result.runId).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: "done", cleared: 1, newly_flagged: 0, total: 3, processed: 3 });
    expect(await db.selectFrom("fee_filings").select("evaluated_at").where("id", "=", kg.C.filingId).executeTakeFirstOrThrow()).toEqual(evaluatedBefore);

    // The factories' filings take effect on 2027-03-01: the latest R04 version as the files place them.
    const r04Version = fileChronology(rules.library).find((d) => d.id === "R04" && d.effectiveTo === null)!.version;
    expect(await currentResult(kg.A.filingId, "R04")).toMatchObject({ rule_version: r04Version, fired: 0 });
    // The check now runs with 宁波's threshold; 西湖 (杭州) is not under 宁波's set.
    const [a, c] = await computeEvaluations({ db, rules }, [kg.A.filingId, kg.C.filingId]);
    const r04 = (e: typeof a) => e.outcomes.find((o) => o.ruleId === "R04")!;
    expect(r04(a).params).toMatchObject({ amberBp: 2000 });
    expect(r04(c).params).toMatchObject({ amberBp: 1000 });
    // Passed, so explained only when evaluated in full: the condition compares with 宁波's threshold.
    const full = await evaluateWithRegionalRules(db, rules)(a.facts);
    expect(full.find((o) => o.ruleId === "R04")!.conditions.find((cond) => cond.name === "increaseAtOrAboveAmber")?.value).toBe(2000);
  });

  it("lowering R06's lead time for 江北区 clears 江北乙 (preview, then the run agrees)", async () => {
    expect((await currentResult(kg.B.filingId, "R06")).fired).toBe(1);
    const created = await createParameterDraft({
      submissionKey: ulid(),
      db,
      actor: actors.jiangbeiEdu,
      rulesRuntime: rules,
      regionCode: JIANGBEI,
      ruleId: "R06",
      params: { minLeadDays: "30" },
      note: "江北区：提前 30 天公示（试行）",
      now: NOW,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const view = await parameterSetView({ db, actor: actors.jiangbeiEdu, rules, setId: created.setId, today: TODAY });
    expect(view?.preview?.total).toBe(1);
    expect(view?.preview?.cleared.map((r) => r.kindergartenId)).toEqual([kg.B.id]);

    const result = await activateParameterSet({ submissionKey: newId(), db, actor: actors.jiangbeiEdu, setId: created.setId, now: NOW, rulesRuntime: rules });
    if (!result.ok) throw new Error(JSON.stringify(result));
    await drain();
    // 江北's set: its run is 江北's one filing, as the preview counted.
    expect(await db.selectFrom("reevaluation_runs").select(["status", "cleared", "region_code", "total", "processed"]).where("id", "=", result.runId).executeTakeFirstOrThrow()).toEqual({
      status: "done",
      cleared: 1,
      region_code: JIANGBEI,
      total: view?.preview?.total,
      processed: 1,
    });
    expect((await currentResult(kg.B.filingId, "R06")).fired).toBe(0);
  });

  it("a new set for the same region and rule retires the one in force", async () => {
    const created = await createParameterDraft({
      submissionKey: ulid(),
      db,
      actor: actors.ningboNdrc,
      rulesRuntime: rules,
      regionCode: NINGBO,
      ruleId: "R04",
      params: { amberBp: 1200, redBp: 2500 },
      note: "甬发改〔2026〕15号",
      now: NOW,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const form = await parameterForm({ db, actor: actors.ningboNdrc, rules, regionCode: NINGBO, ruleId: "R04", today: TODAY });
    expect(form.activeSetId).toBe(citySetId);
    expect(form.fields.find((f) => f.name === "amberBp")).toMatchObject({ setHere: 2000, inherited: { value: 1000, source: "default" } });

    const later = new Date(NOW.getTime() + 60_000);
    const result = await activateParameterSet({ submissionKey: newId(), db, actor: actors.ningboNdrc, setId: created.setId, now: later });
    expect(result).toMatchObject({ ok: true, retiredSetId: citySetId });
    const rows = await db.selectFrom("rule_parameter_sets").select(["id", "status", "retired_at"]).where("rule_id", "=", "R04").where("region_code", "=", NINGBO).execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: citySetId, status: "retired", retired_at: later.toISOString() },
        { id: created.setId, status: "active", retired_at: null },
      ]),
    );
    expect(await activateParameterSet({ submissionKey: newId(), db, actor: actors.ningboNdrc, setId: created.setId, now: later })).toMatchObject({ ok: false, kind: "conflict" });
  });
});

describe("effective params of a kindergarten", () => {
  it("district over city over province over the file's default, with where each value comes from", async () => {
    const activate = async (actor: Actor, regionCode: string, minLeadDays: number) => {
      const created = await createParameterDraft({ submissionKey: ulid(), db, actor, rulesRuntime: rules, regionCode, ruleId: "R06", params: { minLeadDays }, note: "层级测试", now: NOW });
      if (!created.ok) throw new Error(JSON.stringify(created));
      const result = await activateParameterSet({ submissionKey: newId(), db, actor, setId: created.setId, now: NOW });
      if (!result.ok) throw new Error(JSON.stringify(result));
    };
    await activate(actors.admin, PROVINCE, 90);
    await activate(actors.ningboNdrc, NINGBO, 120);
    await activate(actors.haishuEdu, HAISHU, 45);

    const r06Of = async (id: string, actor: Actor = actors.admin) => {
      const view = await kindergartenParams({ db, rules, actor, kindergartenId: id, asOf: TODAY });
      return view?.rules.find((r) => r.ruleId === "R06")?.params.find((p) => p.name === "minLeadDays");
    };
    // 海曙: its own district value, over 宁波市's, over 浙江省's, over the default.
    expect(await r06Of(kg.A.id)).toMatchObject({
      value: 45,
      defaultValue: 60,
      source: "district",
      sourceRegionCode: HAISHU,
      sourceRegionName: "海曙区",
      overridden: [
        { source: "city", regionCode: NINGBO, regionName: "宁波市", value: 120 },
        { source: "province", regionCode: PROVINCE, regionName: "浙江省", value: 90 },
        { source: "default", regionCode: null, value: 60 },
      ],
    });
    // 江北 has its own (30, set above); 鄞州 has none: the city's; 西湖 (杭州) has neither: the province's.
    expect(await r06Of(kg.B.id)).toMatchObject({ value: 30, source: "district", sourceRegionName: "江北区" });
    expect(await r06Of(kg.D.id)).toMatchObject({ value: 120, source: "city", sourceRegionName: "宁波市" });
    expect(await r06Of(kg.C.id)).toMatchObject({ value: 90, source: "province", sourceRegionName: "浙江省" });

    const a = await kindergartenParams({ db, rules, actor: actors.haishuMarket, kindergartenId: kg.A.id, asOf: TODAY });
    expect(a?.kindergarten).toMatchObject({ id: kg.A.id, approved_name: "海曙甲幼儿园", region_code: HAISHU });
    expect(a?.regions.map((r) => r.name)).toEqual(["浙江省", "宁波市", "海曙区"]);
    expect(a?.rules.map((r) => r.ruleId)).toEqual(["R04", "R06"]);
    expect(a?.rules[0].params.map((p) => [p.name, p.value, p.source])).toEqual([
      ["amberBp", 1200, "city"],
      ["redBp", 2500, "city"],
    ]);
    // Officers see only their own region's kindergartens.
    expect(await kindergartenParams({ db, rules, actor: actors.jiangbeiEdu, kindergartenId: kg.A.id, asOf: TODAY })).toBeNull();
    expect(await kindergartenParams({ db, rules, actor: actors.operator, kindergartenId: kg.A.id, asOf: TODAY })).toBeNull();
    expect(await r06Of(kg.A.id, actors.ningboNdrc)).toMatchObject({ value: 45 });
  });
});
