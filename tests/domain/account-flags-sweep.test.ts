/**
 * The account-flags sweep (app/domain/fee-accounts/account-flags-sweep) on a
 * real database with the real rule files: a kindergarten's current A02 flag
 * goes once its parents' mismatching checks have left the 30-day window; a
 * regional param changed since the last evaluation is applied the same day;
 * a kindergarten evaluated today under the rules in force is left alone, and
 * one with neither current flags nor checks in the window is never read.
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAccount } from "~/domain/account-checks/account-check.service.server";
import { sweepAccountFlags } from "~/domain/fee-accounts/account-flags-sweep.server";
import { reevaluateKindergartenAccount } from "~/domain/fee-accounts/account-rules.server";
import { activateNewRules, createRulesRuntime, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/index";
import { addBankAccount } from "../factories/bank-accounts";
import { activeParameterSet, createKindergarten, HAISHU, JIANGBEI, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/** A Shanghai day's 10:00 as an instant. */
const on = (day: string) => new Date(`${day}T10:00:00+08:00`);

let t: TestDb;
let rules: RulesRuntime;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  rules = createRulesRuntime(loadRuleSet());
  await activateNewRules(t.db, rules.library, on("2026-10-01"));
});

afterAll(async () => {
  await t?.destroy();
});

/** A kindergarten whose filed account is in force and named as registered (A01 stays quiet). */
async function kindergartenWithAccount(regionCode: string): Promise<string> {
  const name = `宁波市阳光幼儿园${ulid().slice(-6)}`;
  const kg = await createKindergarten(t.db, { name, region_code: regionCode });
  await addBankAccount(t.db, kg.id, { account_number: "39012001040012345", account_name: name });
  return kg.id;
}

/** `n` parents' checks on `day` of numbers that are not the filed one, then the account-check job's evaluation. */
async function mismatchesOn(kindergartenId: string, n: number, day: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    const result = await checkAccount(t.db, { kindergartenId, accountNumber: `6222020000000000${String(i).padStart(4, "0")}`, accountName: "" }, on(day));
    expect(result.ok && result.answer.verdict).toBe("mismatch");
  }
  await reevaluateKindergartenAccount(t.db, rules, kindergartenId, on(day));
}

const currentFlags = async (kindergartenId: string) =>
  (
    await t.db
      .selectFrom("account_flags")
      .select(["rule_id", "severity"])
      .where("kindergarten_id", "=", kindergartenId)
      .where("account_id", "is", null)
      .orderBy("rule_id")
      .execute()
  ).map((f) => `${f.rule_id}:${f.severity}`);

const evaluations = async (kindergartenId: string) =>
  (await t.db.selectFrom("audit_log").select("id").where("entity_id", "=", kindergartenId).where("action", "=", "account.flags_evaluated").execute()).length;

describe("the account-flags sweep", () => {
  it("clears an A02 flag once its checks have left the window, once, and then reads the kindergarten no more", async () => {
    const kg = await kindergartenWithAccount(HAISHU);
    await mismatchesOn(kg, 3, "2026-10-05");
    expect(await currentFlags(kg)).toEqual(["A02:amber"]);
    expect(await evaluations(kg)).toBe(1);

    // The same day, under the same rules: already judged.
    await sweepAccountFlags(t.db, rules, on("2026-10-05"));
    expect(await evaluations(kg)).toBe(1);
    // The last day of the window (the 30 days ending on 11-03 include 10-05): judged again, still amber.
    await sweepAccountFlags(t.db, rules, on("2026-11-03"));
    expect(await currentFlags(kg)).toEqual(["A02:amber"]);
    expect(await evaluations(kg)).toBe(2);
    // The next day the checks are outside the window: the flag goes.
    const run = await sweepAccountFlags(t.db, rules, on("2026-11-04"));
    expect(run.evaluated).toBeGreaterThanOrEqual(1);
    expect(await currentFlags(kg)).toEqual([]);
    expect(await evaluations(kg)).toBe(3);
    const check = await t.db.selectFrom("account_flag_checks").select(["evaluated_on", "rules_key"]).where("kindergarten_id", "=", kg).executeTakeFirstOrThrow();
    expect(check.evaluated_on).toBe("2026-11-04");
    // No current flag and no check in the window: later runs leave it alone.
    await sweepAccountFlags(t.db, rules, on("2026-11-04"));
    await sweepAccountFlags(t.db, rules, on("2026-11-20"));
    expect(await evaluations(kg)).toBe(3);
  });

  it("applies a regional param changed since the last evaluation on the same day, to that region only", async () => {
    const inJiangbei = await kindergartenWithAccount(JIANGBEI);
    const inHaishu = await kindergartenWithAccount(HAISHU);
    await mismatchesOn(inJiangbei, 2, "2026-11-10");
    await mismatchesOn(inHaishu, 2, "2026-11-10");
    expect(await currentFlags(inJiangbei)).toEqual([]);
    const removeSet = await activeParameterSet(t.db, JIANGBEI, "A02", { amberMismatches: 2 }, on("2026-11-10"));
    try {
      await sweepAccountFlags(t.db, rules, on("2026-11-10"));
      expect(await currentFlags(inJiangbei)).toEqual(["A02:amber"]);
      expect(await evaluations(inJiangbei)).toBe(2);
      // Haishu's rules did not change and it was judged today: not read again.
      expect(await evaluations(inHaishu)).toBe(1);
      expect(await currentFlags(inHaishu)).toEqual([]);
    } finally {
      await removeSet();
    }
  });

  it("never evaluates a kindergarten with neither current flags nor checks in the window", async () => {
    const quiet = await kindergartenWithAccount(HAISHU);
    await sweepAccountFlags(t.db, rules, on("2026-11-12"));
    expect(await evaluations(quiet)).toBe(0);
    expect(await t.db.selectFrom("account_flag_checks").select("kindergarten_id").where("kindergarten_id", "=", quiet).execute()).toEqual([]);
  });

  it("reads the candidates a page at a time, every one of them", async () => {
    const kgs = [await kindergartenWithAccount(HAISHU), await kindergartenWithAccount(HAISHU), await kindergartenWithAccount(HAISHU)];
    for (const kg of kgs) await mismatchesOn(kg, 3, "2026-11-13");
    await sweepAccountFlags(t.db, rules, on("2026-12-20"), { pageSize: 1 });
    for (const kg of kgs) expect(await currentFlags(kg)).toEqual([]);
  });
});
