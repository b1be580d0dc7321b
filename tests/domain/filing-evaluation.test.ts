/**
 * Filing → evaluation → inspection case, on a real database (SQLite by
 * default, Postgres with TEST_DB=pg), with minimal fixtures so every boundary
 * is visible in the test itself.
 */
import { sql } from "kysely";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { buildFilingFacts, guidancePricesFor } from "~/domain/filings/facts.server";
import { submitFiling } from "~/domain/filings/filing.service.server";
import { KINDERGARTEN_REGION_COLUMN, RULE_TEXT_COLUMNS, storedOutcome } from "~/domain/flags/stored-flags.server";
import { shanghaiDate } from "~/utils/working-days";
import type { DB } from "~/db/client";
import { loadRuleSet } from "~/rules/index";
import { fileChronology } from "~/rules/load/rule-set";
import { createRulesRuntime, evaluateWithRegionalRules } from "~/domain/rules-runtime/rules-runtime.server";
import {
  addGuidancePrice,
  countRows,
  createKindergartenWithOperator,
  fileFees,
  filingForm,
  HAISHU,
  JIANGBEI,
  NINGBO,
  seedReferenceData,
  YINZHOU,
  type ItemInput,
} from "../factories/domain";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

/** 2026-09-30 01:30 in Asia/Shanghai, but still 2026-09-29 in UTC; the National Day week follows. */
const NOW = new Date("2026-09-29T17:30:00.000Z");
/**
 * 15 Chinese working days after Wed 2026-09-30: 10-01…10-07 are holidays,
 * Sat 10-10 is a make-up working day, so the 15th is Tue 2026-10-27.
 * (Counting from the UTC date 09-29 would give 10-26; plain Mon–Fri would give 10-21.)
 */
const DUE_15_WORKING_DAYS = "2026-10-27";

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

let t: TestDb;
let db: DB;
// These tests follow the filing → result → case lifecycle through R03 and R04; every rule's own
// boundaries are tested in tests/rules. Narrowing the catalogue keeps the other rules' flags
// (notice lead time, disclosure, term timing …) out of the case counts asserted here.
const rules = createRulesRuntime(loadRuleSet().filter((d) => d.id === "R03" || d.id === "R04"));
// Each version in force as the files place it in time (what a fresh installation activates).
const placed = fileChronology(rules.library);
const activeRules = rules.engineFor(HAISHU, { activations: placed.map((d) => ({ ruleId: d.id, version: d.version, activeFrom: d.effectiveFrom, activeTo: d.effectiveTo })), overlays: [] }, shanghaiDate(NOW)).activeRules(shanghaiDate(NOW), "filing");
/** The R04 version the tests' filings (future terms) are judged under: the latest. */
const R04_VERSION = placed.find((d) => d.id === "R04" && d.effectiveTo === null)!.version;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
});

afterAll(async () => {
  await t?.destroy();
});

function evaluate(filingId: string, now: Date = NOW) {
  return evaluateFiling({ db, rules, now }, filingId);
}

const careFee = (amount: string): ItemInput[] => [{ code: "CARE_EDU", amount, unit: "month", ageBand: "all" }];

async function forProfit(region = HAISHU) {
  return createKindergartenWithOperator(db, { nature: "forprofit_private", region_code: region });
}

async function casesOf(kindergartenId: string) {
  return db.selectFrom("inspection_cases").selectAll().where("kindergarten_id", "=", kindergartenId).orderBy("term").execute();
}

async function eventsOf(caseId: string) {
  const rows = await db
    .selectFrom("case_events")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

/** The filing's current checks: every rule version its evaluation applied, with the stored flag of those that fired. */
async function resultsOf(filingId: string) {
  const filing = await db.selectFrom("fee_filings").select(["evaluated_at", "evaluated_rules"]).where("id", "=", filingId).executeTakeFirstOrThrow();
  const flags = await db
    .selectFrom("rule_results as r")
    .innerJoin("rule_texts as t", (join) => join.onRef("t.rule_id", "=", "r.rule_id").onRef("t.version", "=", "r.rule_version"))
    .innerJoin("fee_filings as ff", "ff.id", "r.filing_id")
    .innerJoin("kindergartens as k", "k.id", "ff.kindergarten_id")
    .selectAll("r")
    .select([...RULE_TEXT_COLUMNS, KINDERGARTEN_REGION_COLUMN])
    .where("r.filing_id", "=", filingId)
    .where("r.evaluated_at", "=", filing.evaluated_at ?? "")
    .execute();
  return (JSON.parse(filing.evaluated_rules) as string[]).map((applied) => {
    const [ruleId, version] = applied.split("@");
    const flag = flags.find((f) => f.rule_id === ruleId && f.rule_version === Number(version));
    return {
      rule_id: ruleId,
      rule_version: Number(version),
      evaluated_at: filing.evaluated_at,
      fired: flag ? 1 : 0,
      severity: flag?.severity ?? null,
      outcome: flag ? storedOutcome(flag) : null,
    };
  });
}

/**
 * A for-profit kindergarten with the fees in force at `from` (the term before) and a filing for `term` at `to`. Later
 * filings for `term` are compared with the fees in force, `from`, not with the version they replace.
 */
async function forProfitIncrease(from: string, to: string, term = "2027-spring") {
  const { kg, operator } = await forProfit();
  const first = await fileFees(db, operator, careFee(from), { term: "2026-autumn", effectiveFrom: "2026-12-01", now: NOW });
  await evaluate(first);
  const second = await fileFees(db, operator, careFee(to), { term, now: NOW });
  return { kg, operator, first, second };
}

describe("submitFiling", () => {
  it("stores the filing, its items in fen, one outbox row and one audit row", async () => {
    const { kg, operator } = await forProfit();
    const result = await submitFiling({
      submissionKey: ulid(),
      db,
      actor: operator,
      kindergartenId: kg.id,
      input: filingForm(
        [
          { code: "CARE_EDU", amount: "1200.50", unit: "month", ageBand: "all" },
          { code: "CARE_EDU", amount: "1500.5", unit: "month", ageBand: "nursery" },
          { code: "SVC_MEAL", amount: "25", unit: "day", ageBand: "all", description: "午餐及点心" },
        ],
        { term: "2027-spring", effectiveFrom: "2027-03-01", publishedOn: "2026-12-20", note: "春季学期收费标准" },
      ),
      requestId: "req-submit-1",
      now: NOW,
    });
    expect(result).toEqual({ ok: true, filingId: expect.any(String), unchanged: false, replayed: false });
    if (!result.ok) return;

    const filing = await db.selectFrom("fee_filings").selectAll().where("id", "=", result.filingId).executeTakeFirstOrThrow();
    expect(filing).toMatchObject({
      kindergarten_id: kg.id,
      term: "2027-spring",
      effective_from: "2027-03-01",
      published_on: "2026-12-20",
      version: 1,
      status: "submitted",
      submitted_by: operator.id,
      submitted_at: NOW.toISOString(),
      evaluated_at: null,
      previous_filing_id: null,
      note: "春季学期收费标准",
    });

    const items = await db.selectFrom("fee_items").selectAll().where("filing_id", "=", result.filingId).orderBy("position").execute();
    expect(items.map((i) => [i.position, i.code, i.category, i.name, i.amount_fen, i.unit, i.age_band, i.description])).toEqual([
      [0, "CARE_EDU", "care_education", "保教费", 120050, "month", "all", ""],
      [1, "CARE_EDU", "care_education", "保教费", 150050, "month", "nursery", ""],
      [2, "SVC_MEAL", "service", "伙食费", 2500, "day", "all", "午餐及点心"],
    ]);

    const outbox = await db
      .selectFrom("outbox")
      .selectAll()
      .where("payload", "=", JSON.stringify({ filingId: result.filingId }))
      .execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      topic: "filing.submitted",
      created_at: NOW.toISOString(),
      available_at: NOW.toISOString(),
      attempts: 0,
      processed_at: null,
    });

    const audit = await db.selectFrom("audit_log").selectAll().where("entity_id", "=", result.filingId).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: operator.id,
      action: "filing.submit",
      entity: "fee_filing",
      request_id: "req-submit-1",
      created_at: NOW.toISOString(),
    });
    expect(JSON.parse(audit[0].detail)).toEqual({ term: "2027-spring", items: 3 });
  });

  it("numbers filings per kindergarten and chains each to the previous one", async () => {
    const { kg, operator } = await forProfit();
    const v1 = await fileFees(db, operator, careFee("2000"), { term: "2027-spring", now: NOW });
    const v2 = await fileFees(db, operator, careFee("2100"), { term: "2027-spring", now: later(1) });
    const v3 = await fileFees(db, operator, careFee("2200"), { term: "2027-autumn", now: later(2) });
    const other = await forProfit();
    const otherV1 = await fileFees(db, other.operator, careFee("1800"), { now: NOW });

    const rows = await db
      .selectFrom("fee_filings")
      .select(["id", "version", "previous_filing_id"])
      .where("kindergarten_id", "=", kg.id)
      .orderBy("version")
      .execute();
    expect(rows).toEqual([
      { id: v1, version: 1, previous_filing_id: null },
      { id: v2, version: 2, previous_filing_id: v1 },
      { id: v3, version: 3, previous_filing_id: v2 },
    ]);
    const otherRow = await db.selectFrom("fee_filings").selectAll().where("id", "=", otherV1).executeTakeFirstOrThrow();
    expect(otherRow).toMatchObject({ version: 1, previous_filing_id: null });

    for (const id of [v1, v2, v3]) {
      const outbox = await db.selectFrom("outbox").select("id").where("payload", "=", JSON.stringify({ filingId: id })).execute();
      const audit = await db.selectFrom("audit_log").select("id").where("entity_id", "=", id).execute();
      expect([outbox.length, audit.length]).toEqual([1, 1]);
    }
  });

  it("stores nothing at all when a later write in the transaction fails", async () => {
    const { kg, operator } = await forProfit();
    const v1 = await fileFees(db, operator, careFee("2000"), { now: NOW });
    const before = {
      filings: await countRows(db, "fee_filings"),
      items: await countRows(db, "fee_items"),
      outbox: await countRows(db, "outbox"),
      audit: await countRows(db, "audit_log"),
    };

    // The audit insert is the last write of submitFiling: make it fail.
    if (TEST_DIALECT === "pg") {
      await sql`CREATE FUNCTION test_audit_down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`.execute(db);
      await sql`CREATE TRIGGER test_audit_down BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_audit_down()`.execute(db);
    } else {
      await sql`CREATE TRIGGER test_audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`.execute(db);
    }
    try {
      await expect(
        submitFiling({ submissionKey: ulid(), db, actor: operator, kindergartenId: kg.id, input: filingForm(careFee("2100")), now: NOW }),
      ).rejects.toThrow(/audit log unavailable/);
    } finally {
      if (TEST_DIALECT === "pg") {
        await sql`DROP TRIGGER test_audit_down ON audit_log`.execute(db);
        await sql`DROP FUNCTION test_audit_down()`.execute(db);
      } else {
        await sql`DROP TRIGGER test_audit_down`.execute(db);
      }
    }

    expect({
      filings: await countRows(db, "fee_filings"),
      items: await countRows(db, "fee_items"),
      outbox: await countRows(db, "outbox"),
      audit: await countRows(db, "audit_log"),
    }).toEqual(before);

    // The failed attempt consumed no version.
    const v2 = await fileFees(db, operator, careFee("2100"), { now: later(1) });
    const row = await db.selectFrom("fee_filings").selectAll().where("id", "=", v2).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ version: 2, previous_filing_id: v1 });
  });

  it("stores nothing for an invalid form or someone else's kindergarten", async () => {
    const { kg, operator } = await forProfit();
    const stranger = await forProfit();
    const before = await countRows(db, "fee_filings");

    const invalid = await submitFiling({ submissionKey: ulid(), db, actor: operator, kindergartenId: kg.id, input: filingForm(careFee("1200.505")), now: NOW });
    expect(invalid).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { "items[0].amount": [{ key: "filing.item.amount.invalid" }] } });

    const foreign = await submitFiling({ submissionKey: ulid(), db, actor: stranger.operator, kindergartenId: kg.id, input: filingForm(careFee("1200")), now: NOW });
    expect(foreign).toMatchObject({ ok: false, kind: "forbidden" });

    expect(await countRows(db, "fee_filings")).toBe(before);
  });

  it("never stores two filings with the same version under a concurrent double submit", async () => {
    const { kg, operator } = await forProfit();
    // Two different schedules (the same one sent twice would be answered with the first: unchanged).
    const submit = (amount: string) => submitFiling({ submissionKey: ulid(), db, actor: operator, kindergartenId: kg.id, input: filingForm(careFee(amount)), now: NOW });
    const settled = await Promise.allSettled([submit("2000"), submit("2010")]);
    expect(settled.some((s) => s.status === "fulfilled")).toBe(true);

    const filings = await db.selectFrom("fee_filings").select(["id", "version"]).where("kindergarten_id", "=", kg.id).execute();
    const stored = settled.filter((s) => s.status === "fulfilled" && s.value.ok).length;
    expect(filings).toHaveLength(stored);
    expect(new Set(filings.map((f) => f.version)).size).toBe(filings.length);
    for (const f of filings) {
      const outbox = await db.selectFrom("outbox").select("id").where("payload", "=", JSON.stringify({ filingId: f.id })).execute();
      expect(outbox).toHaveLength(1);
    }
  });
});

describe("evaluateFiling", () => {
  it("stores the rule versions applied, an explained flag per rule that fired, and marks the filing evaluated", async () => {
    expect(activeRules.map((r) => r.id)).toEqual(expect.arrayContaining(["R03", "R04"]));
    const { second } = await forProfitIncrease("2000.00", "2500.00");
    const evaluatedAt = later(5);
    const { outcomes } = await evaluate(second, evaluatedAt);
    expect(outcomes.map((o) => [o.ruleId, o.version])).toEqual(activeRules.map((r) => [r.id, r.version]));

    const results = await resultsOf(second);
    expect(results.map((r) => [r.rule_id, r.rule_version])).toEqual(activeRules.map((r) => [r.id, r.version]));
    expect(results.filter((r) => r.fired === 1).map((r) => r.rule_id)).toEqual(outcomes.filter((o) => o.fired).map((o) => o.ruleId));
    for (const r of results) {
      const def = activeRules.find((d) => d.id === r.rule_id)!;
      expect(r.evaluated_at).toBe(evaluatedAt.toISOString());
      if (!r.outcome) continue;
      expect(r.outcome).toMatchObject({ ruleId: r.rule_id, version: r.rule_version, fired: true, severity: r.severity });
      expect(r.outcome.legalBasis).toEqual(def.legalBasis);
      expect(r.outcome.legalBasis.length).toBeGreaterThan(0);
      expect(r.outcome.conditions.length).toBeGreaterThan(0);
      expect(Object.keys(r.outcome.params).sort()).toEqual(Object.keys(def.params).sort());
    }

    const r04 = results.find((r) => r.rule_id === "R04")!;
    expect([r04.fired, r04.severity]).toEqual([1, "red"]);
    expect(r04.outcome!.params).toEqual({ amberBp: 1000, redBp: 2000 });
    expect(r04.outcome!.conditions.find((c) => c.name === "increaseAtOrAboveRed")).toMatchObject({
      fact: "feeIncreaseMaxBp",
      factResult: 2500,
      operator: "atLeast",
      value: 2000,
      param: "redBp",
      result: true,
    });
    expect(r04.outcome!.details.increasedItems).toEqual([
      expect.objectContaining({ code: "CARE_EDU", ageBand: "all", unit: "month", oldFen: 200000, newFen: 250000, increaseBp: 2500 }),
    ]);

    const r03 = results.find((r) => r.rule_id === "R03")!;
    expect([r03.fired, r03.severity]).toEqual([0, null]);

    const filing = await db.selectFrom("fee_filings").selectAll().where("id", "=", second).executeTakeFirstOrThrow();
    expect(filing).toMatchObject({ status: "evaluated", evaluated_at: evaluatedAt.toISOString() });
  });

  describe("R04: for-profit fee increase", () => {
    it("a 25 % rise in 保教费 opens one red case due in 15 Chinese working days, in the kindergarten's district", async () => {
      const { kg, second } = await forProfitIncrease("2000.00", "2500.00");
      const { caseIds } = await evaluate(second);

      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(caseIds).toEqual([cases[0].id]);
      expect(cases[0]).toMatchObject({
        dedupe_key: `${kg.id}|R04|2027-spring`,
        kindergarten_id: kg.id,
        region_code: HAISHU,
        rule_id: "R04",
        term: "2027-spring",
        filing_id: second,
        severity: "red",
        severity_rank: 2,
        status: "open",
        source: "rule",
        opened_at: NOW.toISOString(),
        due_date: DUE_15_WORKING_DAYS,
        assigned_to: null,
      });

      const events = await eventsOf(cases[0].id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ kind: "opened", actor_id: null, created_at: NOW.toISOString() });
      expect(events[0].payload).toEqual({ ruleId: "R04", ruleVersion: R04_VERSION, filingId: second, severity: "red" });
    });

    it("re-evaluating the same filing (retried jobs) changes nothing", async () => {
      const { kg, second } = await forProfitIncrease("2000.00", "2500.00");
      const first = await evaluate(second);
      const resultCount = (await resultsOf(second)).length;

      // Retries: later the same day, and two days later (a new "today" must not move the deadline).
      const again = await evaluate(second, later(60));
      const third = await evaluate(second, later(2 * 24 * 60));
      expect(again.caseIds).toEqual(first.caseIds);
      expect(third.caseIds).toEqual(first.caseIds);

      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ severity: "red", filing_id: second, due_date: DUE_15_WORKING_DAYS, updated_at: NOW.toISOString() });
      expect((await resultsOf(second)).length).toBe(resultCount);
      expect(resultCount).toBe(activeRules.length);
      expect((await eventsOf(cases[0].id)).map((e) => e.kind)).toEqual(["opened"]);
    });

    it("concurrent duplicate evaluations open one case with one event", async () => {
      const { kg, second } = await forProfitIncrease("2000.00", "2500.00");
      const runs = await Promise.all([evaluate(second), evaluate(second), evaluate(second)]);
      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      for (const run of runs) expect(run.caseIds).toEqual([cases[0].id]);
      expect((await resultsOf(second)).length).toBe(activeRules.length);
      expect((await eventsOf(cases[0].id)).map((e) => e.kind)).toEqual(["opened"]);
    });

    it("a new filing for the same term that still fires updates the same case", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2500.00");
      await evaluate(second);
      const third = await fileFees(db, operator, careFee("3200.00"), { term: "2027-spring", now: later(10) }); // +60 % on the 2,000 in force
      const { caseIds } = await evaluate(third, later(10));

      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(caseIds).toEqual([cases[0].id]);
      expect(cases[0]).toMatchObject({
        filing_id: third,
        severity: "red",
        status: "open",
        opened_at: NOW.toISOString(),
        due_date: DUE_15_WORKING_DAYS,
        updated_at: later(10).toISOString(),
      });
      const events = await eventsOf(cases[0].id);
      expect(events.map((e) => e.kind)).toEqual(["opened", "flag_updated"]);
      expect(events[1].payload).toEqual({
        ruleId: "R04",
        ruleVersion: R04_VERSION,
        filingId: third,
        severity: "red",
        previousSeverity: "red",
      });
    });

    it("escalates amber to red on the same case (thresholds inclusive: exactly +10 % is amber, exactly +20 % is red)", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2200.00"); // +10.00 %
      await evaluate(second);
      let cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ severity: "amber", severity_rank: 1, filing_id: second });

      const third = await fileFees(db, operator, careFee("2400.00"), { term: "2027-spring", now: later(10) }); // +20.00 % on the 2,000 in force
      await evaluate(third, later(10));
      cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ severity: "red", severity_rank: 2, filing_id: third, due_date: DUE_15_WORKING_DAYS });
      const events = await eventsOf(cases[0].id);
      expect(events.map((e) => [e.kind, e.payload.severity])).toEqual([
        ["opened", "amber"],
        ["flag_updated", "red"],
      ]);
      expect(events[1].payload.previousSeverity).toBe("amber");
    });

    it("compares a same-term filing sent again with the fees in force, not with the version it replaces", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2500.00"); // +25 %
      await evaluate(second);
      // The same raise filed again, a little higher: still +26 % on the 2,000 charged today, not +0.8 % on 2,500.
      const third = await fileFees(db, operator, careFee("2520.00"), { term: "2027-spring", now: later(10) });
      await evaluate(third, later(10));
      const r04 = (await resultsOf(third)).find((r) => r.rule_id === "R04")!;
      expect([r04.fired, r04.severity]).toEqual([1, "red"]);
      expect((await casesOf(kg.id))[0]).toMatchObject({ filing_id: third, severity: "red" });
    });

    it("never lowers a case's severity automatically (red stays red after an amber filing)", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2500.00");
      await evaluate(second);
      const third = await fileFees(db, operator, careFee("2240.00"), { term: "2027-spring", now: later(10) }); // +12 % on the 2,000 in force
      await evaluate(third, later(10));

      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ severity: "red", severity_rank: 2, filing_id: third });
      const events = await eventsOf(cases[0].id);
      expect(events.map((e) => [e.kind, e.payload.severity, e.payload.previousSeverity])).toEqual([
        ["opened", "red", undefined],
        ["flag_updated", "amber", "red"],
      ]);
    });

    it("a filing for another term opens a separate case", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2500.00", "2027-spring");
      await evaluate(second);
      const autumn = await fileFees(db, operator, careFee("3000.00"), { term: "2027-autumn", now: later(10) }); // +20 %
      const { caseIds } = await evaluate(autumn, later(10));

      const cases = await casesOf(kg.id);
      expect(cases.map((c) => [c.term, c.severity, c.filing_id])).toEqual([
        ["2027-autumn", "red", autumn],
        ["2027-spring", "red", second],
      ]);
      expect(caseIds).toEqual([cases[0].id]);
      for (const c of cases) expect((await eventsOf(c.id)).map((e) => e.kind)).toEqual(["opened"]);
    });

    it("a later same-term filing that fires nothing leaves the case open for the officer, marked as its reason gone", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2500.00");
      await evaluate(second);
      // The raise taken back to +5 % on the fees in force: R04 no longer fires; the case stays for the officer to
      // decide and close (the raise may have been charged meanwhile), marked, and its timeline says by what.
      const third = await fileFees(db, operator, careFee("2100.00"), { term: "2027-spring", now: later(10) });
      const { caseIds } = await evaluate(third, later(10));
      expect(caseIds).toEqual([]);
      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ filing_id: second, severity: "red", status: "open", decision_kind: null, flags_cleared_at: later(10).toISOString() });
      const events = await eventsOf(cases[0].id);
      expect(events.map((e) => e.kind)).toEqual(["opened", "flags_cleared"]);
      expect(events[1].payload).toMatchObject({ ruleId: "R04", cause: "new_filing", filingId: third, previousFilingId: second });
    });
    it("a retried job for an older filing does not move the case back to it", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2500.00");
      await evaluate(second);
      const third = await fileFees(db, operator, careFee("3200.00"), { term: "2027-spring", now: later(10) });
      await evaluate(third, later(10));
      await evaluate(second, later(20)); // the v2 job retried late

      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ filing_id: third, updated_at: later(10).toISOString() });
      expect((await eventsOf(cases[0].id)).map((e) => e.kind)).toEqual(["opened", "flag_updated"]);
    });

    it("a closed case is reopened by a newer filing that fires again, not by re-evaluating the old one", async () => {
      const { kg, operator, second } = await forProfitIncrease("2000.00", "2500.00");
      await evaluate(second);
      const [opened] = await casesOf(kg.id);
      await db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "=", opened.id).execute();

      await evaluate(second, later(5)); // re-evaluation of the filing the case was closed on
      expect((await casesOf(kg.id))[0].status).toBe("closed");

      const third = await fileFees(db, operator, careFee("3200.00"), { term: "2027-spring", now: later(10) });
      await evaluate(third, later(10));
      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ status: "open", filing_id: third });
      expect((await eventsOf(cases[0].id)).map((e) => e.kind)).toEqual(["opened", "reopened"]);
    });
  });

  describe("R03: guidance-price cap for 普惠 kindergartens", () => {
    // Inclusive class1 kindergartens: Ningbo's base is 1000.00 (cap 1100.00), 海曙's own is 1200.00 (cap 1320.00).
    beforeAll(async () => {
      await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000, source_document: "甬价费〔2025〕36号" });
      await addGuidancePrice(db, { region_code: HAISHU, nature: "inclusive_private", grade: "class1", base_price_fen: 120_000, source_document: "海发改〔2025〕18号" });
    });

    async function inclusive(region = HAISHU, grade = "class1") {
      return createKindergartenWithOperator(db, { nature: "inclusive_private", grade, region_code: region });
    }

    it("1 fen above the district cap (base × 1.1) is red and opens a case", async () => {
      const { kg, operator } = await inclusive();
      const filingId = await fileFees(db, operator, careFee("1320.01"), { now: NOW });
      const { caseIds } = await evaluate(filingId);

      const r03 = (await resultsOf(filingId)).find((r) => r.rule_id === "R03")!;
      expect([r03.fired, r03.severity]).toEqual([1, "red"]);
      expect(r03.outcome!.conditions.find((c) => c.name === "amountAboveCap")).toMatchObject({
        factResult: 1,
        operator: "exceeds",
        value: 0,
        param: "toleranceFen",
        result: true,
      });
      expect(r03.outcome!.details.overCapItems).toEqual([
        expect.objectContaining({
          code: "CARE_EDU",
          amountFen: 132001,
          regionCode: HAISHU,
          basePriceFen: 120000,
          maxFloatBp: 1000,
          capFen: 132000,
          overCapFen: 1,
          sourceDocument: "海发改〔2025〕18号",
        }),
      ]);

      const cases = await casesOf(kg.id);
      expect(cases).toHaveLength(1);
      expect(caseIds).toEqual([cases[0].id]);
      expect(cases[0]).toMatchObject({ rule_id: "R03", severity: "red", status: "open", region_code: HAISHU, filing_id: filingId, due_date: DUE_15_WORKING_DAYS });
      expect((await eventsOf(cases[0].id)).map((e) => e.kind)).toEqual(["opened"]);
    });

    it("exactly at the district cap is not flagged, although it is above the city's cap", async () => {
      const { kg, operator } = await inclusive();
      const filingId = await fileFees(db, operator, careFee("1320.00"), { now: NOW });
      const { outcomes, caseIds } = await evaluate(filingId);

      const r03 = (await resultsOf(filingId)).find((r) => r.rule_id === "R03")!;
      expect([r03.fired, r03.severity]).toEqual([0, null]);
      // A passed check is not stored as a flag (the job explains only what fired); evaluated in full, the engine says why it passed.
      expect(outcomes.find((o) => o.ruleId === "R03")).toMatchObject({ fired: false, conditions: [] });
      const full = await evaluateWithRegionalRules(db, rules)((await buildFilingFacts(db, filingId))!);
      expect(full.find((o) => o.ruleId === "R03")!.conditions.find((c) => c.name === "amountAboveCap")).toMatchObject({ factResult: 0, result: false });
      expect(caseIds).toEqual([]);
      expect(await casesOf(kg.id)).toEqual([]);
    });

    it("a district without its own price uses the city's (1 fen above 1100.00 fires)", async () => {
      const { kg, operator } = await inclusive(JIANGBEI);
      const filingId = await fileFees(db, operator, careFee("1100.01"), { now: NOW });
      await evaluate(filingId);
      const r03 = (await resultsOf(filingId)).find((r) => r.rule_id === "R03")!;
      expect(r03.fired).toBe(1);
      expect(r03.outcome!.details.overCapItems).toEqual([expect.objectContaining({ regionCode: NINGBO, capFen: 110000, overCapFen: 1 })]);
      expect(await casesOf(kg.id)).toHaveLength(1);
    });

    it("rounds a fractional cap down to whole fen (base 999.99 × 1.1 = 1099.989 → cap 1099.98)", async () => {
      await addGuidancePrice(db, { region_code: YINZHOU, nature: "inclusive_private", grade: "fractional", base_price_fen: 99_999 });
      const atCap = await inclusive(YINZHOU, "fractional");
      const over = await inclusive(YINZHOU, "fractional");
      const atCapFiling = await fileFees(db, atCap.operator, careFee("1099.98"), { now: NOW });
      const overFiling = await fileFees(db, over.operator, careFee("1099.99"), { now: NOW });
      await evaluate(atCapFiling);
      await evaluate(overFiling);
      const r03 = async (id: string) => (await resultsOf(id)).find((r) => r.rule_id === "R03")!.fired;
      expect([await r03(atCapFiling), await r03(overFiling)]).toEqual([0, 1]);
      expect(await casesOf(atCap.kg.id)).toHaveLength(0);
      expect(await casesOf(over.kg.id)).toHaveLength(1);
    });

    it("guidancePricesFor: district over city, then city once the district's price has expired", async () => {
      await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class2", base_price_fen: 90_000 });
      await addGuidancePrice(db, { region_code: HAISHU, nature: "inclusive_private", grade: "class2", base_price_fen: 95_000, effective_to: "2027-02-28" });
      const kg = { region_code: HAISHU, nature: "inclusive_private" as const, grade: "class2" };

      const lastDay = await guidancePricesFor(db, kg, "2027-02-28");
      expect(lastDay.map((p) => [p.regionCode, p.category, p.ageBand, p.basePriceFen])).toEqual([[HAISHU, "care_education", "all", 95000]]);
      const afterwards = await guidancePricesFor(db, kg, "2027-03-01");
      expect(afterwards.map((p) => [p.regionCode, p.basePriceFen])).toEqual([[NINGBO, 90000]]);
      expect(await guidancePricesFor(db, { ...kg, nature: "forprofit_private" }, "2027-03-01")).toEqual([]);
    });
  });

  describe("filings that fire nothing", () => {
    it("a for-profit rise just under +10 % (2000.00 → 2199.99) opens no case", async () => {
      const { kg, second } = await forProfitIncrease("2000.00", "2199.99");
      const { outcomes, caseIds } = await evaluate(second);
      expect(outcomes.every((o) => !o.fired)).toBe(true);
      expect(caseIds).toEqual([]);
      expect(await casesOf(kg.id)).toEqual([]);
      const results = await resultsOf(second);
      expect(results).toHaveLength(activeRules.length);
      expect(results.every((r) => r.fired === 0 && r.severity === null)).toBe(true);
      const filing = await db.selectFrom("fee_filings").select("status").where("id", "=", second).executeTakeFirstOrThrow();
      expect(filing.status).toBe("evaluated");
    });

    it("a for-profit kindergarten's first filing opens no case, however high", async () => {
      const { kg, operator } = await forProfit();
      const filingId = await fileFees(db, operator, careFee("9000.00"), { now: NOW });
      const { caseIds } = await evaluate(filingId);
      expect(caseIds).toEqual([]);
      expect(await casesOf(kg.id)).toEqual([]);
    });
  });
});
