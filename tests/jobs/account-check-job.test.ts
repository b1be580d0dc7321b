/**
 * The account-check job (topic account_check.mismatch → reevaluate-account)
 * with the real rule files: parents' mismatching checks, recorded by the
 * domain's checkAccount, raise the kindergarten's A02 flag at 3 (amber) and
 * 10 (red) within the window, and a job run again leaves the same flags.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobContext, type JobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner, type InProcessRunner } from "../../jobs/runner";
import { checkAccount } from "~/domain/account-checks/account-check.service.server";
import { enqueue, requeueOutboxRow } from "~/domain/outbox/outbox.server";
import { addBankAccount } from "../factories/bank-accounts";
import { createKindergarten, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let runner: InProcessRunner;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  const ctx: JobContext = await createJobContext({ db: t.db, logger: silentLogger });
  runner = createInProcessRunner({ db: t.db, ctx, processors });
});

afterAll(async () => {
  await t?.destroy();
});

/** A kindergarten whose filed account is in force and named as registered (so A01 stays quiet). */
async function kindergartenWithAccount(): Promise<string> {
  const kg = await createKindergarten(t.db, { name: "宁波市海曙区阳光幼儿园" });
  await addBankAccount(t.db, kg.id, { account_number: "39012001040012345", account_name: "宁波市海曙区阳光幼儿园" });
  return kg.id;
}

/** `n` parents' checks of numbers that are not the filed one (or of any number, when none is filed). */
async function mismatches(kindergartenId: string, n: number, verdict: "mismatch" | "no_account" = "mismatch"): Promise<void> {
  for (let i = 0; i < n; i++) {
    const result = await checkAccount(t.db, { kindergartenId, accountNumber: `6222020000000000${String(i).padStart(4, "0")}`, accountName: "" }, new Date());
    expect(result.ok && result.answer.verdict).toBe(verdict);
  }
}

/** The kindergarten's flags as the officer's view would list them. */
const flags = (kindergartenId: string) =>
  t.db
    .selectFrom("account_flags")
    .select(["rule_id", "rule_version", "severity", "account_id"])
    .where("kindergarten_id", "=", kindergartenId)
    .orderBy("rule_id")
    .execute();

async function drain(): Promise<void> {
  expect(await runner.drainOnce()).toMatchObject({ retried: 0, deadLettered: 0 });
}

describe("reevaluate-account", () => {
  it("two mismatches raise nothing; the third raises A02 amber; the tenth makes it red, one flag throughout", async () => {
    const kg = await kindergartenWithAccount();
    await mismatches(kg, 2);
    await drain();
    expect(await flags(kg)).toEqual([]);

    await mismatches(kg, 1);
    await drain();
    expect(await flags(kg)).toEqual([{ rule_id: "A02", rule_version: 4, severity: "amber", account_id: null }]);

    await mismatches(kg, 7);
    await drain();
    expect(await flags(kg)).toEqual([{ rule_id: "A02", rule_version: 4, severity: "red", account_id: null }]);
    const stored = await t.db.selectFrom("account_flags").select("explanation").where("kindergarten_id", "=", kg).executeTakeFirstOrThrow();
    expect(stored.explanation).toContain('"count":10');
  });

  it("a kindergarten without a filed account is flagged the same way", async () => {
    const kg = (await createKindergarten(t.db)).id;
    await mismatches(kg, 3, "no_account");
    await drain();
    expect(await flags(kg)).toEqual([{ rule_id: "A02", rule_version: 4, severity: "amber", account_id: null }]);
  });

  it("a job run again (a retry, a duplicate delivery) leaves the same flags", async () => {
    const kg = await kindergartenWithAccount();
    await mismatches(kg, 3);
    await drain();
    const first = await flags(kg);
    expect(first).toHaveLength(1);

    const rows = await t.db.selectFrom("outbox").select("id").where("topic", "=", "account_check.mismatch").where("payload", "like", `%${kg}%`).execute();
    expect(rows).toHaveLength(3);
    for (const { id } of rows) {
      await t.db.updateTable("outbox").set({ processed_at: null }).where("id", "=", id).execute();
      await requeueOutboxRow(t.db, id);
    }
    expect(await runner.drainOnce()).toMatchObject({ processed: 3, retried: 0, deadLettered: 0 });
    expect(await flags(kg)).toEqual(first);
  });

  it("a payload naming no kindergarten is dead-lettered at once, not retried", async () => {
    const id = await enqueue(t.db, "account_check.mismatch", { kindergartenId: "01JNOSUCHKINDERGARTEN00000" });
    expect(await runner.drainOnce()).toMatchObject({ deadLettered: 1 });
    const row = await t.db.selectFrom("outbox").select(["processed_at", "attempts", "last_error"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.processed_at).toBeNull();
    expect(row.last_error).toContain("not found");
  });
});
