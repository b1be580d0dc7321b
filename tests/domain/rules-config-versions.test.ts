/**
 * Rule version activation, domain side, on a real database: a second version
 * of R06 (a fixture file in a temp dir, not in rules/) is previewed, refused
 * for a past date, a date before its file allows it, a non-admin, an unknown
 * version, a version already activated and a date that would overlap another
 * version's activation (the message names both); activated from a date, it
 * ends the first version the day before, and the re-evaluation run (in-process
 * runner) stores results under the new version for the filings it governs.
 */
import { newId } from "~/utils/ids";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeEvaluations, persistEvaluations } from "~/domain/filings/evaluate.server";
import { activateRuleVersion, checkRuleVersionActivation, ruleVersionChangeView } from "~/domain/changes/rule-version-change.server";
import { ruleDetail, rulesOverview } from "~/domain/rules-config/rule-library.server";
import { activateNewRules, createRulesRuntime, loadRulesState } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { translate } from "~/i18n";
import type { DB } from "~/db/client";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { loadRuleSet } from "~/rules/load/read-files";
import { checkRuleSet } from "~/rules/load/rule-set";
import { createActor, createKindergarten, currentCheck, HAISHU, insertCareFeeFiling, JIANGBEI, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

const AT = "2026-11-20T02:00:00.000Z";
const NOW = new Date("2026-11-29T03:00:00.000Z");
const TODAY = "2026-11-29";

/**
 * R06 v2, as a national notice might tighten it: the same legal basis, fees
 * published at least 90 days ahead, from 2027-01-01. v3 (another proposal,
 * usable from 2026-12-01) only exists to collide with v2.
 */
function fixtureVersion(version: number, effectiveFrom: string, minLeadDays: number) {
  const v1 = JSON.parse(fs.readFileSync(path.join(process.cwd(), "rules/filing/R06.v1.json"), "utf8"));
  return {
    ...v1,
    version,
    effectiveFrom,
    effectiveTo: null,
    params: { minLeadDays: { ...v1.params.minLeadDays, default: minLeadDays } },
    rule: { ...v1.rule, name: `R06@${version}` },
  };
}

let dir: string;
// The installation as it was released with version 1 of R04 and R06: the mechanics of a later version's
// activation, not the versions the law dates (those are placed by fileChronology and tested in tests/rules).
const real = loadRuleSet().filter((d) => (d.id === "R04" || d.id === "R06") && d.version === 1);
let rules: ReturnType<typeof createRulesRuntime>;
let t: TestDb;
let db: DB;
let admin: Actor;
let officer: Actor;
const filings: Record<string, string> = {};


async function currentR06(filingId: string) {
  const check = await currentCheck(db, filingId, "R06");
  return check && { rule_version: check.rule_version, fired: check.fired };
}

async function activationRows() {
  return db.selectFrom("rule_activations").select(["id", "version", "active_from", "active_to"]).where("rule_id", "=", "R06").orderBy("version").execute();
}

async function runCount(): Promise<number> {
  const row = await db.selectFrom("reevaluation_runs").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rules-fixture-"));
  fs.mkdirSync(path.join(dir, "filing"));
  fs.writeFileSync(path.join(dir, "filing/R06.v2.json"), JSON.stringify(fixtureVersion(2, "2027-01-01", 90), null, 2));
  fs.writeFileSync(path.join(dir, "filing/R06.v3.json"), JSON.stringify(fixtureVersion(3, "2026-12-01", 75), null, 2));
  // A correction of v1 from its own first day (as a release fixing a citation would ship it): 30 days' notice.
  fs.writeFileSync(path.join(dir, "filing/R06.v4.json"), JSON.stringify(fixtureVersion(4, "2025-06-01", 30), null, 2));
  rules = createRulesRuntime(checkRuleSet([...real, ...loadRuleSet(dir)], { allowOverlappingPeriods: true }));

  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  // An installation that has run with the released files: R04 v1 and R06 v1 are activated; v2 and v3 arrive later.
  await activateNewRules(db, real, new Date(AT));
  admin = await createActor(db, "admin");
  officer = await createActor(db, "officer", { regionCode: HAISHU });

  // Governed by the new version (in effect after 2027-01-01), 70 days' notice: fine under 60, flagged under 90.
  const k1 = await createKindergarten(db, { region_code: HAISHU, name: "海曙一园" });
  filings.k1 = await insertCareFeeFiling(db, k1.id, 100_000, { effectiveFrom: "2027-03-01", publishedOn: "2026-12-21", term: "2027-spring" });
  // In effect before the switch: stays under v1 whatever v2 says.
  const k2 = await createKindergarten(db, { region_code: HAISHU, name: "海曙二园" });
  filings.k2 = await insertCareFeeFiling(db, k2.id, 100_000, { effectiveFrom: "2026-09-01", publishedOn: "2026-06-23", term: "2026-autumn" });
  // 40 days' notice: flagged under both versions.
  const k3 = await createKindergarten(db, { region_code: JIANGBEI, name: "江北三园" });
  filings.k3 = await insertCareFeeFiling(db, k3.id, 100_000, { effectiveFrom: "2027-03-01", publishedOn: "2027-01-20", term: "2027-spring" });

  const ids = (await db.selectFrom("fee_filings").select("id").execute()).map((r) => r.id);
  await persistEvaluations({ db, rules, now: new Date(AT) }, await computeEvaluations({ db, rules }, ids));
});

afterAll(async () => {
  await t?.destroy();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the rule library before the switch", () => {
  it("lists v1 in force and the versions only in the files", async () => {
    const overview = await rulesOverview({ db, rules, today: TODAY });
    const r06 = overview.rules.find((r) => r.ruleId === "R06")!;
    expect(r06.current).toMatchObject({ version: 1, inForce: { from: "2025-06-01", to: null }, severity: "amber" });
    expect(r06.versions.map((v) => [v.version, v.status])).toEqual([
      [1, "in_force"],
      [2, "not_activated"],
      [3, "not_activated"],
      [4, "not_activated"],
    ]);
    expect(overview.pending.map((v) => `${v.ruleId}@${v.version}`)).toEqual(["R06@2", "R06@3", "R06@4"]);
    expect(overview.problem).toBeNull();

    const detail = await ruleDetail({ db, rules, actor: officer, ruleId: "R06", today: TODAY });
    expect(detail?.shown).toMatchObject({ version: 1, file: "rules/filing/R06.v1.json", status: "in_force" });
    expect(detail?.shown.legalBasis[0]).toEqual({ document: "《中华人民共和国学前教育法》", article: "第六十九条第二款（收费公示）" });
    expect(detail?.shown.params).toEqual([expect.objectContaining({ name: "minLeadDays", type: "integer", defaultValue: 60, min: 0, max: null })]);
    expect(detail?.shown.conditions).toEqual([
      { name: "leadTimeTooShort", fact: "noticeLeadDays", path: null, operator: "below", value: null, param: "minLeadDays" },
    ]);
    expect(detail?.effective?.rule.params).toEqual([expect.objectContaining({ name: "minLeadDays", value: 60, source: "default" })]);
    expect(detail?.versions.find((v) => v.version === 2)?.file).toBe(path.join(dir, "filing/R06.v2.json"));
  });
});

describe("refusals: nothing changes", () => {
  it("refuses non-admins, unknown versions and dates before the file allows (a past one too)", async () => {
    const before = { rows: await activationRows(), runs: await runCount() };
    const activate = (actor: Actor, version: number, activeFrom: string) =>
      activateRuleVersion({ submissionKey: newId(), db, actor, rulesRuntime: rules, ruleId: "R06", version, activeFrom, now: NOW });
    expect(await activate(officer, 2, "2027-01-01")).toMatchObject({ ok: false, kind: "forbidden", formErrors: [{ key: "rulesConfig.version.error.forbidden" }] });
    expect(await activate(admin, 9, "2027-01-01")).toMatchObject({ ok: false, kind: "not_found", formErrors: [{ key: "rulesConfig.version.error.notInFiles" }] });
    expect(await activate(admin, 2, "2027-02-30")).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "rulesConfig.version.error.date" }] });
    expect(await activate(admin, 2, "2026-11-01")).toMatchObject({
      ok: false,
      kind: "invalid",
      formErrors: [{ key: "rulesConfig.version.error.beforeFile", vars: { from: "2026-11-01", fileFrom: "2027-01-01" } }],
    });
    const early = await activate(admin, 2, "2026-12-15");
    expect(early).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "rulesConfig.version.error.beforeFile", vars: { fileFrom: "2027-01-01" } }] });
    if (!early.ok) expect(translate("zh-CN", early.formErrors[0].key, early.formErrors[0].vars)).toContain("R06.v2.json");
    expect(await activate(admin, 1, "2027-01-01")).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "rulesConfig.version.error.alreadyActivated" }] });
    expect(await activationRows()).toEqual(before.rows);
    expect(await runCount()).toBe(before.runs);
  });
});

describe("preview → activate from a date → run", () => {
  it("without a date, the preview is for the first day the version may take effect (its file's first day here)", async () => {
    const view = await ruleVersionChangeView({ db, rules, actor: admin, change: { ruleId: "R06", version: 2, activeFrom: null }, now: NOW });
    expect(view?.change).toEqual({ ruleId: "R06", version: 2, activeFrom: "2027-01-01" });
  });

  it("previews: the filing governed by v2 is newly flagged, the one it flags at another threshold changed, the other unchanged", async () => {
    const view = await ruleVersionChangeView({ db, rules, actor: admin, change: { ruleId: "R06", version: 2, activeFrom: "2027-01-01" }, now: NOW });
    expect(view?.check).toEqual({
      ok: true,
      correction: false,
      after: [
        { ruleId: "R06", version: 1, activeFrom: "2025-06-01", activeTo: "2026-12-31" },
        { ruleId: "R06", version: 2, activeFrom: "2027-01-01", activeTo: null },
      ],
    });
    expect(view?.canActivate).toBe(true);
    expect(view?.preview?.total).toBe(3);
    expect(view?.preview?.newlyFlagged.map((r) => r.filingId)).toEqual([filings.k1]);
    expect(view?.preview?.newlyFlagged[0].after).toEqual([{ ruleId: "R06", version: 2, severity: "amber", evidence: expect.any(String) }]);
    expect(view?.preview?.cleared).toEqual([]);
    // 江北三园 stays amber, but its flag would say another thing: 90 days' notice asked for, a latest publication
    // day a month earlier. 海曙二园 stays under v1: unchanged.
    expect(view?.preview?.changed.map((r) => r.filingId)).toEqual([filings.k3]);
    expect(view?.preview?.changed[0].after).toEqual([{ ruleId: "R06", version: 2, severity: "amber", evidence: expect.any(String), explanationChanged: true }]);
    expect(view?.preview?.counts).toEqual({ newlyFlagged: 1, cleared: 0, changed: 1 });

    // An officer may look, sees national counts, lists narrowed to 海曙, and cannot activate.
    const officerView = await ruleVersionChangeView({ db, rules, actor: officer, change: { ruleId: "R06", version: 2, activeFrom: "2027-01-01" }, now: NOW });
    expect(officerView).toMatchObject({ canActivate: false, listsNarrowed: true });
  });

  it("ends v1 the day before, records v2, audits, and the run re-evaluates under v2", async () => {
    const result = await activateRuleVersion({ submissionKey: newId(), db, actor: admin, rulesRuntime: rules, ruleId: "R06", version: 2, activeFrom: "2027-01-01", now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.activationId).toBe("R06@2");
    expect(await activationRows()).toEqual([
      { id: "R06@1", version: 1, active_from: "2025-06-01", active_to: "2026-12-31" },
      { id: "R06@2", version: 2, active_from: "2027-01-01", active_to: null },
    ]);
    const row = await db.selectFrom("rule_activations").selectAll().where("id", "=", "R06@2").executeTakeFirstOrThrow();
    expect(row).toMatchObject({ activated_by: admin.id, activated_at: NOW.toISOString() });
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id", "detail"]).where("actor_id", "=", admin.id).execute();
    const activation = audit.find((a) => a.action === "rule_version.activate");
    expect(activation?.entity_id).toBe("R06@2");
    expect(JSON.parse(activation!.detail)).toMatchObject({ ruleId: "R06", version: 2, activeFrom: "2027-01-01", ended: [{ version: 1, activeTo: "2026-12-31", was: null }] });
    expect(audit.some((a) => a.action === "reevaluation.start" && a.entity_id === result.runId)).toBe(true);
    const run = await db.selectFrom("reevaluation_runs").selectAll().where("id", "=", result.runId).executeTakeFirstOrThrow();
    // A rule version applies everywhere: the run is national (海曙's two filings and 江北's one).
    expect(run).toMatchObject({ reason: "rule_version", subject_id: "R06@2", status: "pending", region_code: null, total: 3 });

    const runner = createInProcessRunner({ db, ctx: { db, rules, logger: silentLogger }, processors });
    expect(await runner.drainOnce()).toMatchObject({ processed: 1, retried: 0, deadLettered: 0 });
    expect(await db.selectFrom("reevaluation_runs").select(["status", "newly_flagged", "cleared", "processed"]).where("id", "=", result.runId).executeTakeFirstOrThrow()).toEqual({
      status: "done",
      newly_flagged: 1,
      cleared: 0,
      processed: 3,
    });
    expect(await currentR06(filings.k1)).toEqual({ rule_version: 2, fired: 1 });
    expect(await currentR06(filings.k2)).toEqual({ rule_version: 1, fired: 0 });
    expect(await currentR06(filings.k3)).toEqual({ rule_version: 2, fired: 1 });

    const overview = await rulesOverview({ db, rules, today: TODAY });
    expect(overview.rules.find((r) => r.ruleId === "R06")?.versions.map((v) => [v.version, v.status, v.inForce])).toEqual([
      [1, "in_force", { from: "2025-06-01", to: "2026-12-31" }],
      [2, "scheduled", { from: "2027-01-01", to: null }],
      [3, "not_activated", null],
      [4, "not_activated", null],
    ]);
  });

  it("refuses an activation that would overlap v2, naming both versions; a later date is fine", async () => {
    const before = { rows: await activationRows(), runs: await runCount() };
    const refused = await activateRuleVersion({ submissionKey: newId(), db, actor: admin, rulesRuntime: rules, ruleId: "R06", version: 3, activeFrom: "2026-12-15", now: NOW });
    expect(refused).toMatchObject({
      ok: false,
      kind: "conflict",
      formErrors: [{ key: "rulesConfig.version.error.overlap", vars: { version: "R06 v3", other: "R06 v2", otherFrom: "2027-01-01" } }],
    });
    if (refused.ok) throw new Error("expected a refusal");
    for (const lang of ["zh-CN", "en"] as const) {
      const text = translate(lang, refused.formErrors[0].key, refused.formErrors[0].vars);
      expect(text).toContain("R06 v3");
      expect(text).toContain("R06 v2");
    }
    expect(await activationRows()).toEqual(before.rows);
    expect(await runCount()).toBe(before.runs);

    const later = await checkRuleVersionActivation({ db, rules, change: { ruleId: "R06", version: 3, activeFrom: "2027-02-01" }, today: TODAY });
    expect(later.ok && later.after).toEqual([
      { ruleId: "R06", version: 1, activeFrom: "2025-06-01", activeTo: "2026-12-31" },
      { ruleId: "R06", version: 2, activeFrom: "2027-01-01", activeTo: "2027-01-31" },
      { ruleId: "R06", version: 3, activeFrom: "2027-02-01", activeTo: null },
    ]);
  });

  it("two versions in force on one day (an inconsistent activation table) are refused with the runtime's message", async () => {
    // A table written around the domain: a twin R04 v2 activated over the same days as R04 v1.
    const fixture = { ...JSON.parse(fs.readFileSync(path.join(process.cwd(), "rules/filing/R04.v1.json"), "utf8")) };
    fixture.version = 2;
    fixture.rule = { ...fixture.rule, name: "R04@2" };
    const d2 = fs.mkdtempSync(path.join(os.tmpdir(), "rules-fixture-"));
    try {
      fs.mkdirSync(path.join(d2, "filing"));
      fs.writeFileSync(path.join(d2, "filing/R04.v2.json"), JSON.stringify(fixture));
      const withR04v2 = createRulesRuntime(checkRuleSet([...rules.library, ...loadRuleSet(d2)], { allowOverlappingPeriods: true }));
      await db
        .insertInto("rule_activations")
        .values({ id: "R04@2", rule_id: "R04", version: 2, active_from: "2025-06-01", active_to: null, activated_by: null, activated_at: AT })
        .execute();
      const check = await checkRuleVersionActivation({ db, rules: withR04v2, change: { ruleId: "R06", version: 3, activeFrom: "2027-02-01" }, today: TODAY });
      expect(check).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "rulesConfig.version.error.twoActive" }] });
      if (check.ok) throw new Error("expected a refusal");
      expect(String(check.formErrors[0].vars?.problem)).toMatch(/R04 v2 .* overlaps R04 v1/);
      expect(String(check.formErrors[0].vars?.problem)).toContain("R04.v2.json");
    } finally {
      await db.deleteFrom("rule_activations").where("id", "=", "R04@2").execute();
      fs.rmSync(d2, { recursive: true, force: true });
    }
  });
});

describe("a correction: a past date, with a reason", () => {
  it("is refused without a reason, and changes nothing", async () => {
    const before = { rows: await activationRows(), runs: await runCount() };
    for (const reason of [undefined, "  ", "理".repeat(501)]) {
      const refused = await activateRuleVersion({ submissionKey: newId(), db, actor: admin, rulesRuntime: rules, ruleId: "R06", version: 4, activeFrom: "2025-06-01", reason, now: NOW });
      expect(refused).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "rulesConfig.version.error.reason", vars: { version: "R06 v4", max: 500 } }] });
    }
    expect(await activationRows()).toEqual(before.rows);
    expect(await runCount()).toBe(before.runs);
  });

  it("previews as a correction: v1 replaced from its first day, the new version ends before v2", async () => {
    const view = await ruleVersionChangeView({ db, rules, actor: admin, change: { ruleId: "R06", version: 4, activeFrom: "2025-06-01" }, now: NOW });
    expect(view?.check).toEqual({
      ok: true,
      correction: true,
      after: [
        { ruleId: "R06", version: 1, activeFrom: "2025-06-01", activeTo: "2025-05-31" },
        { ruleId: "R06", version: 2, activeFrom: "2027-01-01", activeTo: null },
        { ruleId: "R06", version: 4, activeFrom: "2025-06-01", activeTo: "2026-12-31" },
      ],
    });
  });

  it("activates, audits the reason, and the run re-explains the filings of the corrected days", async () => {
    const reason = "v1 自 2025-06-01 起引用的条款有误，按更正后的规则文件重新评估";
    const result = await activateRuleVersion({ submissionKey: newId(), db, actor: admin, rulesRuntime: rules, ruleId: "R06", version: 4, activeFrom: "2025-06-01", reason: `  ${reason} `, now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await activationRows()).toEqual([
      { id: "R06@1", version: 1, active_from: "2025-06-01", active_to: "2025-05-31" },
      { id: "R06@2", version: 2, active_from: "2027-01-01", active_to: null },
      { id: "R06@4", version: 4, active_from: "2025-06-01", active_to: "2026-12-31" },
    ]);
    const audit = await db.selectFrom("audit_log").select(["action", "detail"]).where("entity_id", "=", "R06@4").execute();
    expect(audit.map((a) => a.action)).toEqual(["rule_version.correct"]);
    expect(JSON.parse(audit[0].detail)).toMatchObject({ reason, ended: [{ version: 1, activeTo: "2025-05-31", was: "2026-12-31" }] });

    const runner = createInProcessRunner({ db, ctx: { db, rules, logger: silentLogger }, processors });
    expect(await runner.drainOnce()).toMatchObject({ processed: 1 });
    // In effect 2026-09-01: judged under v4 now. The others stay under v2.
    expect(await currentR06(filings.k2)).toEqual({ rule_version: 4, fired: 0 });
    expect(await currentR06(filings.k1)).toEqual({ rule_version: 2, fired: 1 });
  });
});

describe("a fresh installation whose files already hold later versions", () => {
  it("activates them as the files place them in time, so start-up never finds two versions in force", async () => {
    const fresh = await createTestDb();
    try {
      const library = checkRuleSet([...real, ...loadRuleSet(dir)], { allowOverlappingPeriods: true });
      const runtime = createRulesRuntime(library);
      await activateNewRules(fresh.db, library, new Date(AT));
      const rows = await fresh.db
        .selectFrom("rule_activations")
        .select(["version", "active_from", "active_to"])
        .where("rule_id", "=", "R06")
        .orderBy("active_from")
        .execute();
      // v4 corrects v1 from the same first day, so v1 is never placed; v3 runs until v2 begins.
      expect(rows).toEqual([
        { version: 4, active_from: "2025-06-01", active_to: "2026-11-30" },
        { version: 3, active_from: "2026-12-01", active_to: "2026-12-31" },
        { version: 2, active_from: "2027-01-01", active_to: null },
      ]);
      const state = await loadRulesState(fresh.db, library);
      expect(() => runtime.activeSet(state.activations)).not.toThrow();
      expect(runtime.activeSet(state.activations).filter((d) => d.id === "R06").map((d) => d.version)).toEqual([2, 3, 4]);
    } finally {
      await fresh.destroy();
    }
  });
});
