/**
 * Meal-fund accounts (app/domain/meal-fund) on a real database (a SQLite
 * file, or Postgres under `npm run test:pg`) with the real rule files:
 * filing a month and correcting it (revisions, history, audit, the outbox
 * row), who may file and who may read the findings, R15 evaluated by the
 * filing's job and by the sweep (late, missing, surplus), and what the public
 * page shows.
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { reevaluateMealFundMonth } from "~/domain/meal-fund/meal-fund-rules.server";
import { sweepMealFunds } from "~/domain/meal-fund/meal-fund-sweep.server";
import { kindergartenMealFundFlags, mealFundFormView, officerMealFundFlags, operatorMealFund } from "~/domain/meal-fund/meal-fund.queries.server";
import { fileMealFund } from "~/domain/meal-fund/meal-fund.service.server";
import { operatorTodo } from "~/domain/operator-todo/operator-todo.server";
import { fileComplaint } from "../factories/complaints";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { activeParameterSet, createKindergarten, createKindergartenWithOperator, HAISHU, JIANGBEI, rulesInForce, seedReferenceData } from "../factories/domain";
import { accountOfficers } from "../factories/fee-accounts";
import { createTestDb, type TestDb } from "../setup/test-db";

/** 2026-11-10 10:00 in Asia/Shanghai: October's account is due by 2026-11-15. */
const NOW = new Date("2026-11-10T02:00:00.000Z");
/** A Shanghai day's 10:00 as an instant. */
const on = (day: string) => new Date(`${day}T10:00:00+08:00`);

let t: TestDb;
let db: DB;
let rules: RulesRuntime;
let haishuEdu: Actor;
let haishuMarket: Actor;
let jiangbeiEdu: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  rules = await rulesInForce(db, NOW);
  ({ haishuEdu, haishuMarket, jiangbeiEdu, admin } = await accountOfficers(db));
});

afterAll(async () => {
  await t?.destroy();
});

/** The form's fields as the page posts them (yuan strings). */
function form(month: string, o: Partial<{ income: string; food: string; fuel: string; utensils: string; other: string; childCount: string; mealDays: string; note: string }> = {}) {
  return {
    month,
    income: o.income ?? "100000",
    spending: { food: o.food ?? "90000", fuel: o.fuel ?? "3000", utensils: o.utensils ?? "1000", other: o.other ?? "1000" },
    childCount: o.childCount ?? "120",
    mealDays: o.mealDays ?? "21",
    note: o.note ?? "",
  };
}

async function file(operator: Actor, kindergartenId: string, input: unknown, now = NOW, key = ulid()) {
  return fileMealFund({ db, actor: operator, kindergartenId, input, submissionKey: key, now });
}

const counts = async (kindergartenId: string) => ({
  accounts: (await db.selectFrom("meal_fund_accounts").select("id").where("kindergarten_id", "=", kindergartenId).execute()).length,
  outbox: (await db.selectFrom("outbox").select("payload").where("topic", "=", "meal_fund.filed").execute()).filter((r) => r.payload.includes(kindergartenId)).length,
});

describe("filing a month's account", () => {
  it("stores revision 1 with its spending by kind in fen, an audit row and the job's outbox row", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    const r = await file(operator, kg.id, form("2026-10", { food: "90000.50" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r).toMatchObject({ month: "2026-10", revision: 1, replayed: false });
    const row = await db.selectFrom("meal_fund_accounts").selectAll().where("id", "=", r.accountId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ income_fen: 10_000_000, spending_fen: 9_500_050, child_count: 120, meal_days: 21, filed_on: "2026-11-10", filed_by: operator.id });
    expect(JSON.parse(row.spending)).toEqual([
      { kind: "food", amountFen: 9_000_050 },
      { kind: "fuel", amountFen: 300_000 },
      { kind: "utensils", amountFen: 100_000 },
      { kind: "other", amountFen: 100_000 },
    ]);
    const audit = await db.selectFrom("audit_log").select(["action", "actor_id"]).where("entity_id", "=", r.accountId).execute();
    expect(audit).toEqual([{ action: "meal_fund.file", actor_id: operator.id }]);
    expect((await counts(kg.id)).outbox).toBe(1);
  });

  it("a correction is the next revision; the first stays, and the first filing day is what lateness is judged by", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    const first = await file(operator, kg.id, form("2026-10"), on("2026-11-14"));
    const second = await file(operator, kg.id, form("2026-10", { income: "99000" }), on("2026-11-20"));
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.revision).toBe(2);
    const rows = await db.selectFrom("meal_fund_accounts").select(["revision", "income_fen"]).where("kindergarten_id", "=", kg.id).orderBy("revision").execute();
    expect(rows).toEqual([
      { revision: 1, income_fen: 10_000_000 },
      { revision: 2, income_fen: 9_900_000 },
    ]);
    expect((await db.selectFrom("audit_log").select("action").where("entity_id", "=", second.accountId).execute()).map((a) => a.action)).toEqual(["meal_fund.correct"]);
    await reevaluateMealFundMonth(db, rules, kg.id, "2026-10", on("2026-11-20"));
    const view = await operatorMealFund(db, rules, operator, on("2026-11-20"));
    const october = view!.months.find((m) => m.month === "2026-10")!;
    expect(october).toMatchObject({ state: "filed", dueDate: "2026-11-15", account: { revision: 2, firstFiledOn: "2026-11-14", incomeFen: 9_900_000 } });
    expect(october.flags).toEqual([]);
  });

  it("the same submission sent twice (same key) stores one revision and answers the repeat with it", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    const key = ulid();
    const a = await file(operator, kg.id, form("2026-10"), NOW, key);
    const b = await file(operator, kg.id, form("2026-10"), NOW, key);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b).toMatchObject({ accountId: a.accountId, revision: 1, replayed: true });
    expect(await counts(kg.id)).toEqual({ accounts: 1, outbox: 1 });
  });

  it("the same figures filed again under a new key (Back, then submit) store nothing and answer with the current revision", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    const first = await file(operator, kg.id, form("2026-10", { note: "十月" }));
    expect(first).toMatchObject({ ok: true, revision: 1, unchanged: false });
    if (!first.ok) return;
    // The same figures, typed as the restored form sends them (spaces, trailing zeros, the note's spaces).
    const again = await file(operator, kg.id, form("2026-10", { income: " 100000.00 ", food: "90000.0", note: " 十月 " }));
    expect(again).toMatchObject({ ok: true, accountId: first.accountId, revision: 1, unchanged: true, replayed: false });
    expect(await counts(kg.id)).toEqual({ accounts: 1, outbox: 1 });
    expect(await db.selectFrom("audit_log").select("action").where("entity_id", "=", first.accountId).execute()).toHaveLength(1);
    // One figure or the note differing is a correction; going back to the first figures after it is one too.
    const corrected = await file(operator, kg.id, form("2026-10", { note: "十月（更正）" }));
    expect(corrected).toMatchObject({ ok: true, revision: 2, unchanged: false });
    const back = await file(operator, kg.id, form("2026-10", { note: "十月" }));
    expect(back).toMatchObject({ ok: true, revision: 3, unchanged: false });
    for (const change of [{ fuel: "3001" }, { childCount: "121" }, { mealDays: "20" }]) {
      expect(await file(operator, kg.id, form("2026-10", { note: "十月", ...change }))).toMatchObject({ ok: true, unchanged: false });
      // And back to revision 3's figures: not identical to the one just filed.
      expect(await file(operator, kg.id, form("2026-10", { note: "十月" }))).toMatchObject({ ok: true, unchanged: false });
    }
    expect(await counts(kg.id)).toEqual({ accounts: 9, outbox: 9 });
    // Another month with the same figures is its own filing.
    expect(await file(operator, kg.id, form("2026-09", { note: "十月" }))).toMatchObject({ ok: true, revision: 1, unchanged: false });
  });

  it.each([
    ["a negative amount", form("2026-10", { fuel: "-1" }), "spending.fuel", "amount.negative"],
    ["three decimals", form("2026-10", { income: "1.005" }), "income", "mealFund.amount.invalid"],
    ["an empty amount", form("2026-10", { other: "" }), "spending.other", "mealFund.amount.required"],
    ["more meal days than October has", form("2026-10", { mealDays: "32" }), "mealDays", "mealFund.mealDays.invalid"],
    ["31 meal days in November", form("2026-11", { mealDays: "31" }), "mealDays", "mealFund.mealDays.tooMany"],
    ["no children", form("2026-10", { childCount: "0" }), "childCount", "mealFund.childCount.invalid"],
    ["a month before the law", form("2025-05"), "month", "mealFund.month.tooEarly"],
    ["a month still to begin", form("2026-12"), "month", "mealFund.month.future"],
    ["not a month", form("2026-13"), "month", "mealFund.month.invalid"],
    ["a note over 500 characters", form("2026-10", { note: "说".repeat(501) }), "note", "mealFund.note.tooLong"],
  ])("%s is refused under its field and stores nothing", async (_label, input, field, key) => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    const r = await file(operator, kg.id, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe("invalid");
    expect(r.fieldErrors[field]?.map((m) => m.key.split("|")[0])).toContain(key);
    expect(await counts(kg.id)).toEqual({ accounts: 0, outbox: 0 });
  });

  it("the law's first month may be filed up to 24 months back, and this month too", async () => {
    const recent = await createKindergartenWithOperator(db);
    expect((await file(recent.operator, recent.kg.id, form("2025-06"), on("2027-06-10"))).ok).toBe(true);
    expect((await file(recent.operator, recent.kg.id, form("2027-06", { mealDays: "5" }), on("2027-06-10"))).ok).toBe(true);
    expect((await file(recent.operator, recent.kg.id, form("2025-06"), on("2027-07-01"))).ok).toBe(false);
  });
});

describe("who may file and read", () => {
  it("another kindergarten's operator is forbidden and nothing is stored", async () => {
    const a = await createKindergartenWithOperator(db);
    const b = await createKindergartenWithOperator(db);
    const r = await file(b.operator, a.kg.id, form("2026-10"));
    expect(r).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await counts(a.kg.id)).toEqual({ accounts: 0, outbox: 0 });
  });

  it("an officer (wrong role) is forbidden, even an education officer of the district", async () => {
    const { kg } = await createKindergartenWithOperator(db);
    expect(await file(haishuEdu, kg.id, form("2026-10"))).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await operatorMealFund(db, rules, haishuEdu, NOW)).toBeNull();
    expect(await mealFundFormView(db, haishuEdu, null, NOW)).toBeNull();
  });

  it("the form starts on the latest month not filed, never on a public one unasked; a month asked for starts from what was filed", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    expect(await mealFundFormView(db, operator, null, NOW)).toMatchObject({ month: "2026-10", current: null, filedMonths: [] });
    await file(operator, kg.id, form("2026-10"), on("2026-11-09"));
    const next = (await mealFundFormView(db, operator, null, NOW))!;
    expect(next).toMatchObject({ month: "2026-09", current: null, filedMonths: ["2026-10"] });
    expect(await mealFundFormView(db, operator, "2026-10", NOW)).toMatchObject({ month: "2026-10", current: { revision: 1 } });
  });

  it("a suspended kindergarten cannot file", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db, { status: "suspended" });
    expect(await file(operator, kg.id, form("2026-10"))).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("the district's education officers read its findings; another district's officer and market officers do not", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db, { region_code: HAISHU });
    await file(operator, kg.id, form("2026-10"), on("2026-11-16"));
    await reevaluateMealFundMonth(db, rules, kg.id, "2026-10", on("2026-11-16"));
    const mine = await officerMealFundFlags(db, haishuEdu);
    expect(mine!.rows.filter((r) => r.kindergartenId === kg.id).map((r) => r.outcome.ruleId)).toEqual(["R15"]);
    expect(await kindergartenMealFundFlags(db, haishuEdu, kg.id)).toHaveLength(1);
    // Another district's education officer: the kindergarten is out of scope.
    expect((await officerMealFundFlags(db, jiangbeiEdu))!.rows.some((r) => r.kindergartenId === kg.id)).toBe(false);
    expect(await kindergartenMealFundFlags(db, jiangbeiEdu, kg.id)).toBeNull();
    // Market supervision enforces prices, not Art. 69: no meal-fund permission at all.
    expect(await officerMealFundFlags(db, haishuMarket)).toBeNull();
    expect((await officerMealFundFlags(db, admin))!.rows.some((r) => r.kindergartenId === kg.id)).toBe(true);
  });
});

describe("R15 evaluated for a month", () => {
  it("filed on the due day: no finding; the day after: late, explained", async () => {
    const inTime = await createKindergartenWithOperator(db);
    await file(inTime.operator, inTime.kg.id, form("2026-10"), on("2026-11-15"));
    expect((await reevaluateMealFundMonth(db, rules, inTime.kg.id, "2026-10", on("2026-11-15"))).filter((o) => o.fired)).toEqual([]);
    const late = await createKindergartenWithOperator(db);
    await file(late.operator, late.kg.id, form("2026-10"), on("2026-11-16"));
    const outcomes = await reevaluateMealFundMonth(db, rules, late.kg.id, "2026-10", on("2026-11-16"));
    expect(outcomes.find((o) => o.fired)?.details).toMatchObject({ dueDate: "2026-11-15", filedOn: "2026-11-16", daysLate: 1 });
    const view = await operatorMealFund(db, rules, late.operator, on("2026-11-16"));
    expect(view!.months.find((m) => m.month === "2026-10")).toMatchObject({ state: "late", flags: [{ ruleId: "R15", severity: "amber" }] });
  });

  it("evaluating the same month again leaves the same flags (the job retried)", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    await file(operator, kg.id, form("2026-10"), on("2026-11-20"));
    await reevaluateMealFundMonth(db, rules, kg.id, "2026-10", on("2026-11-20"));
    await reevaluateMealFundMonth(db, rules, kg.id, "2026-10", on("2026-11-20"));
    expect(await db.selectFrom("meal_fund_flags").select("rule_id").where("kindergarten_id", "=", kg.id).execute()).toHaveLength(1);
  });

  it("a surplus above 5 % of the window's income is flagged; at the limit it is not", async () => {
    const at = await createKindergartenWithOperator(db);
    // 100,000 yuan income, 95,000 spent: exactly 5 %.
    await file(at.operator, at.kg.id, form("2026-10"), on("2026-11-05"));
    expect((await reevaluateMealFundMonth(db, rules, at.kg.id, "2026-10", on("2026-11-05"))).some((o) => o.fired)).toBe(false);
    const above = await createKindergartenWithOperator(db);
    await file(above.operator, above.kg.id, form("2026-10", { other: "999.99" }), on("2026-11-05"));
    const outcomes = await reevaluateMealFundMonth(db, rules, above.kg.id, "2026-10", on("2026-11-05"));
    const flag = outcomes.find((o) => o.fired)!;
    expect(flag.conditions.filter((c) => c.result).map((c) => c.name)).toEqual(["surplusAboveLimit"]);
    expect(flag.details.window).toMatchObject({ incomeFen: 10_000_000, surplusFen: 500_001, allowedSurplusFen: 500_000 });
  });
});

describe("the sweep", () => {
  it("flags a month with no account the day after its due date, once; a filing then replaces it with late", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db, { region_code: JIANGBEI });
    // On the due day nothing is due yet.
    await sweepMealFunds(db, rules, on("2026-11-15"));
    expect(await db.selectFrom("meal_fund_flags").select("id").where("kindergarten_id", "=", kg.id).where("month", "=", "2026-10").execute()).toEqual([]);
    const first = await sweepMealFunds(db, rules, on("2026-11-16"));
    expect(first.evaluated).toBeGreaterThan(0);
    const missing = await db.selectFrom("meal_fund_flags").select(["account_id", "explanation"]).where("kindergarten_id", "=", kg.id).where("month", "=", "2026-10").execute();
    expect(missing).toHaveLength(1);
    expect(missing[0].account_id).toBeNull();
    expect(JSON.parse(missing[0].explanation).conditions.find((c: { name: string }) => c.name === "missingAfterDueDate").result).toBe(true);
    // Again, the same day and later: already evaluated after the due date, nothing more for this kindergarten.
    const audits = async () => (await db.selectFrom("audit_log").select("id").where("entity_id", "=", kg.id).where("action", "=", "meal_fund.evaluated").execute()).length;
    const before = await audits();
    await sweepMealFunds(db, rules, on("2026-11-16"));
    await sweepMealFunds(db, rules, on("2026-11-30"));
    expect(await audits()).toBe(before);
    // Filed late: the job's evaluation replaces "missing" by "late".
    await file(operator, kg.id, form("2026-10"), on("2026-11-20"));
    await reevaluateMealFundMonth(db, rules, kg.id, "2026-10", on("2026-11-20"));
    const late = await db.selectFrom("meal_fund_flags").select(["account_id", "explanation"]).where("kindergarten_id", "=", kg.id).where("month", "=", "2026-10").execute();
    expect(late).toHaveLength(1);
    expect(late[0].account_id).not.toBeNull();
    expect(JSON.parse(late[0].explanation).conditions.find((c: { name: string }) => c.name === "filedAfterDueDate").result).toBe(true);
  });

  it("judges a month again once, and only once, after the rules it was judged under change (a regional param here)", async () => {
    const { kg } = await createKindergartenWithOperator(db, { region_code: JIANGBEI });
    const evaluations = async () =>
      (await db.selectFrom("audit_log").select("detail").where("entity_id", "=", kg.id).where("action", "=", "meal_fund.evaluated").execute()).filter(
        (r) => JSON.parse(r.detail).month === "2026-10",
      ).length;
    await sweepMealFunds(db, rules, on("2026-11-16"));
    await sweepMealFunds(db, rules, on("2026-11-17"));
    expect(await evaluations()).toBe(1);
    const removeSet = await activeParameterSet(db, JIANGBEI, "R15", { maxSurplusBp: 300 }, NOW);
    try {
      await sweepMealFunds(db, rules, on("2026-11-18"));
      expect(await evaluations()).toBe(2);
      await sweepMealFunds(db, rules, on("2026-11-19"));
      expect(await evaluations()).toBe(2);
      const check = await db.selectFrom("meal_fund_checks").select("rules_key").where("kindergarten_id", "=", kg.id).where("month", "=", "2026-10").executeTakeFirstOrThrow();
      expect(check.rules_key).toMatch(/^[\w-]{43}$/);
    } finally {
      await removeSet();
    }
  });

  it("gives the event loop a turn while it works through many kindergartens, so a web process running it keeps answering", async () => {
    for (let i = 0; i < 150; i++) await createKindergarten(db, { region_code: JIANGBEI });
    let done = false;
    const turns: boolean[] = [];
    // A request arriving meanwhile is a macrotask: it must run before the sweep ends.
    const ticker = setInterval(() => turns.push(done), 1);
    const started = performance.now();
    const run = await sweepMealFunds(db, rules, on("2026-12-16"), { pageSize: 20 });
    done = true;
    clearInterval(ticker);
    expect(run.evaluated).toBeGreaterThanOrEqual(150);
    // Only a run that outlasts a few slices (25 ms each) must have yielded.
    if (performance.now() - started > 100) expect(turns.filter((afterwards) => !afterwards).length).toBeGreaterThan(0);
  });

  it("does not hold a kindergarten to a month due before it joined the portal", async () => {
    const { kg } = await createKindergartenWithOperator(db);
    await db.updateTable("kindergartens").set({ created_at: "2026-11-20T02:00:00.000Z" }).where("id", "=", kg.id).execute();
    await sweepMealFunds(db, rules, on("2026-11-21"));
    expect(await db.selectFrom("meal_fund_checks").select("month").where("kindergarten_id", "=", kg.id).execute()).toEqual([]);
  });

  it("nor does the operator's page: a kindergarten registered today is told of no overdue month, one registered before is", async () => {
    // Registered on 2026-11-20 (Shanghai): October's account was due by 2026-11-15, November's is due by 2026-12-15.
    const fresh = await createKindergartenWithOperator(db);
    await db.updateTable("kindergartens").set({ created_at: "2026-11-19T17:00:00.000Z" }).where("id", "=", fresh.kg.id).execute();
    const view = await operatorMealFund(db, rules, fresh.operator, on("2026-11-20"));
    const state = (month: string) => view!.months.find((m) => m.month === month)?.state;
    expect(state("2026-11")).toBe("open");
    expect(state("2026-10")).toBe("before_registration");
    expect(state("2026-01")).toBe("before_registration");
    expect((await operatorTodo(db, rules, fresh.operator, on("2026-11-20"))).mealFundMissing).toEqual([]);
    // Registered on the due day itself: the month was its to file.
    const onDueDay = await createKindergartenWithOperator(db);
    await db.updateTable("kindergartens").set({ created_at: "2026-11-15T01:00:00.000Z" }).where("id", "=", onDueDay.kg.id).execute();
    expect((await operatorTodo(db, rules, onDueDay.operator, on("2026-11-20"))).mealFundMissing).toEqual(["2026-10"]);
  });
});

describe("the public page", () => {
  it("shows the last months' income, spending by kind, balance and running surplus, newest first", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    await file(operator, kg.id, form("2026-09", { income: "1000", food: "900", fuel: "0", utensils: "0", other: "0" }), on("2026-10-10"));
    await file(operator, kg.id, form("2026-10", { income: "1000", food: "1050", fuel: "0", utensils: "0", other: "0" }), on("2026-11-10"));
    // A correction: the public page shows the latest revision.
    await file(operator, kg.id, form("2026-10", { income: "1000", food: "1000", fuel: "20", utensils: "0", other: "0" }), on("2026-11-11"));
    const page = await kindergartenDisclosure(db, kg.id, on("2026-11-12"));
    expect(page!.mealFund.months.map((m) => ({ month: m.month, balance: m.balanceFen, running: m.runningSurplusFen, revision: m.revision }))).toEqual([
      { month: "2026-10", balance: -2_000, running: 8_000, revision: 2 },
      { month: "2026-09", balance: 10_000, running: 10_000, revision: 1 },
    ]);
    expect(page!.mealFund.months[0].spending).toEqual({ food: 100_000, fuel: 2_000, utensils: 0, other: 0 });
    expect(page!.mealFund.totals).toEqual({ incomeFen: 200_000, spendingFen: 192_000, surplusFen: 8_000, surplusBp: 400 });
    expect(JSON.stringify(page!.mealFund)).not.toContain(operator.id);
  });
});

describe("the bookkeeper's home page: what else waits", () => {
  it("counts complaints in mediation not answered, meal-fund months past due, and a fee account not filed", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db);
    const before = await operatorTodo(db, rules, operator, NOW);
    expect(before).toMatchObject({ complaintsToAnswer: 0, account: "none" });
    // October is due by 2026-11-15: not late on 2026-11-10; September was due in October.
    expect(before.mealFundMissing).toContain("2026-09");
    expect(before.mealFundMissing).not.toContain("2026-10");

    const { complaintId } = await fileComplaint(db, kg.id);
    await db.updateTable("complaints").set({ status: "mediating" }).where("id", "=", complaintId).execute();
    await file(operator, kg.id, form("2026-09"));
    const after = await operatorTodo(db, rules, operator, NOW);
    expect(after.complaintsToAnswer).toBe(1);
    expect(after.mealFundMissing).not.toContain("2026-09");
    // Another kindergarten's bookkeeper sees none of it.
    const other = await createKindergartenWithOperator(db);
    expect((await operatorTodo(db, rules, other.operator, NOW)).complaintsToAnswer).toBe(0);
  });
});
