/**
 * "先核验，再缴费" in the domain (checkAccount): the typed number against the
 * approved account in force today, the name with the one name comparison, one
 * answer shape whatever the outcome, never more of the filed number than its
 * last four digits, and a mismatch recorded together with its outbox row,
 * without anything about who asked.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkAccount } from "~/domain/account-checks/account-check.service.server";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { accountDigest } from "~/domain/account-checks/account-digest.server";
import type { AccountCheckAnswer } from "~/domain/account-checks/account-check.schema";
import type { Failure } from "~/domain/result";
import { addBankAccount } from "../factories/bank-accounts";
import { createKindergarten, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

const NOW = new Date("2026-11-30T04:00:00.000Z"); // 2026-11-30 in Shanghai
const FILED = "39012001040012345";
const FILED_NAME = "宁波市海曙区阳光幼儿园（普通合伙）";

let t: TestDb;
/** A fresh kindergarten per test: what a test stores is told apart by it. */
let kgId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(async () => {
  kgId = (await createKindergarten(t.db, { name: FILED_NAME })).id;
});

async function answer(accountNumber: unknown, accountName: unknown = "", kindergartenId = kgId): Promise<AccountCheckAnswer> {
  const result = await checkAccount(t.db, { kindergartenId, accountNumber, accountName }, NOW);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.answer;
}

async function refusal(accountNumber: unknown, accountName: unknown = "", kindergartenId = kgId): Promise<Failure> {
  const result = await checkAccount(t.db, { kindergartenId, accountNumber, accountName }, NOW);
  if (result.ok) throw new Error(`answered: ${JSON.stringify(result)}`);
  return result;
}

/** What the test's kindergarten left: its mismatches and the outbox rows that name it. */
const stored = async () => ({
  mismatches: await t.db.selectFrom("account_check_mismatches").selectAll().where("kindergarten_id", "=", kgId).orderBy("id").execute(),
  outbox: await t.db.selectFrom("outbox").select(["topic", "payload", "created_at"]).where("payload", "like", `%${kgId}%`).orderBy("id").execute(),
});

const filed = { bankName: "中国农业银行", branchName: "宁波海曙支行", accountName: FILED_NAME, last4: "2345" };

describe("the filed account in force", () => {
  beforeEach(async () => {
    await addBankAccount(t.db, kgId, { account_number: FILED, account_name: FILED_NAME });
  });

  it("matches the same digits, typed with spaces, hyphens or full-width digits, and stores nothing", async () => {
    for (const typed of [FILED, "3901 2001 0400 12345", "3901-2001-0400-12345", "３９０１２００１０４００１２３４５", " 39012001040012345\u3000"]) {
      expect(await answer(typed)).toEqual({ verdict: "match", nameMatches: null, filed, upcoming: null, endedOn: null, checkedLast4: "2345" });
    }
    expect(await stored()).toEqual({ mismatches: [], outbox: [] });
  });

  it("compares a typed name as the rules do: full-width brackets and spaces are the same name, another name is not", async () => {
    expect((await answer(FILED, FILED_NAME)).nameMatches).toBe(true);
    expect((await answer(FILED, "宁波市海曙区阳光幼儿园(普通合伙)")).nameMatches).toBe(true);
    expect((await answer(FILED, " 宁波市 海曙区阳光幼儿园 （普通合伙） ")).nameMatches).toBe(true);
    expect(await answer(FILED, "张三")).toEqual({ verdict: "match", nameMatches: false, filed, upcoming: null, endedOn: null, checkedLast4: "2345" });
    expect((await answer(FILED, "宁波市海曙区阳光幼儿园")).nameMatches).toBe(false);
    // A blank name is no name.
    expect((await answer(FILED, "   ")).nameMatches).toBeNull();
  });

  it("answers a wrong number the same however close it came, and reveals only the filed number's last four digits", async () => {
    const close = await answer("39012001040012346"); // the last digit differs
    const prefix = await answer("390120010400"); // the first twelve digits, nothing else
    const longer = await answer(`${FILED}0`);
    const far = await answer("62220200000000001111");
    for (const a of [close, prefix, longer, far]) expect(a).toMatchObject({ verdict: "mismatch", nameMatches: null, filed, upcoming: null });
    // Each answer names the number it was given (its last four digits), nothing of the filed one's but its last four.
    expect([close, prefix, longer, far].map((a) => a.checkedLast4)).toEqual(["2346", "0400", "3450", "1111"]);
    const text = JSON.stringify([close, prefix, longer, far].map(({ checkedLast4: _typed, ...a }) => a));
    for (let i = 0; i + 5 <= FILED.length; i++) expect(text).not.toContain(FILED.slice(i, i + 5));
    expect(text).not.toContain(String(FILED.length));
  });

  it("records a mismatch with its outbox row: a keyed digest and the last four typed digits, nothing about who asked", async () => {
    await answer("6222 0200 0000 0000 1111", "张三");
    await answer("62220200000000001111");
    const { mismatches, outbox } = await stored();
    expect(mismatches.map(({ id: _id, ...row }) => row)).toEqual([
      { kindergarten_id: kgId, account_digest: accountDigest("62220200000000001111"), account_last4: "1111", name_given: 1, checked_at: NOW.toISOString() },
      { kindergarten_id: kgId, account_digest: accountDigest("62220200000000001111"), account_last4: "1111", name_given: 0, checked_at: NOW.toISOString() },
    ]);
    expect(mismatches[0].account_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(mismatches[0].account_digest).not.toContain("62220200");
    expect(outbox).toEqual([
      { topic: "account_check.mismatch", payload: JSON.stringify({ kindergartenId: kgId }), created_at: NOW.toISOString() },
      { topic: "account_check.mismatch", payload: JSON.stringify({ kindergartenId: kgId }), created_at: NOW.toISOString() },
    ]);
  });

  it("writes the mismatch and its outbox row in one transaction: when the outbox row fails, no mismatch is left", async () => {
    await t.db.schema.alterTable("outbox").renameTo("outbox_gone").execute();
    try {
      await expect(checkAccount(t.db, { kindergartenId: kgId, accountNumber: "62220200000000001111", accountName: "" }, NOW)).rejects.toThrow();
    } finally {
      await t.db.schema.alterTable("outbox_gone").renameTo("outbox").execute();
    }
    expect(await stored()).toEqual({ mismatches: [], outbox: [] });
  });

  it("uses the account in force today: a replaced account's number is the former account, not a match, and recorded as a mismatch", async () => {
    await t.db.updateTable("bank_accounts").set({ effective_to: "2026-08-31" }).where("kindergarten_id", "=", kgId).execute();
    await addBankAccount(t.db, kgId, { account_number: "95588001122334455667", account_name: FILED_NAME, effective_from: "2026-09-01" });
    const replaced = await answer(FILED);
    expect(replaced).toEqual({ verdict: "ended", nameMatches: null, filed: { ...filed, last4: "5667" }, upcoming: null, endedOn: "2026-08-31", checkedLast4: "2345" });
    expect((await answer("95588001122334455667")).verdict).toBe("match");
    // A kindergarten still handing out its closed account is what A02 counts: the check is kept like any mismatch.
    const { mismatches, outbox } = await stored();
    expect(mismatches.map(({ id: _id, ...row }) => row)).toEqual([
      { kindergarten_id: kgId, account_digest: accountDigest(FILED), account_last4: "2345", name_given: 0, checked_at: NOW.toISOString() },
    ]);
    expect(outbox.map((o) => o.topic)).toEqual(["account_check.mismatch"]);
  });

  it("of several former accounts names the one checked with its own last day; pending and returned filings are no former account", async () => {
    await t.db.updateTable("bank_accounts").set({ effective_to: "2025-08-31" }).where("kindergarten_id", "=", kgId).execute();
    await addBankAccount(t.db, kgId, { account_number: "62170000111122223333", effective_from: "2025-09-01", effective_to: "2026-08-31" });
    await addBankAccount(t.db, kgId, { account_number: "95588001122334455667", account_name: FILED_NAME, effective_from: "2026-09-01" });
    await addBankAccount(t.db, kgId, { account_number: "62170000999988887777", effective_from: "2026-03-01", status: "returned" });
    await addBankAccount(t.db, kgId, { account_number: "62170000555566664444", effective_from: "2026-12-05", status: "pending" });
    expect(await answer(FILED)).toMatchObject({ verdict: "ended", endedOn: "2025-08-31", filed: { last4: "5667" } });
    expect(await answer("62170000111122223333")).toMatchObject({ verdict: "ended", endedOn: "2026-08-31", filed: { last4: "5667" } });
    expect(await answer("62170000999988887777")).toMatchObject({ verdict: "mismatch", endedOn: null });
    expect(await answer("62170000555566664444")).toMatchObject({ verdict: "mismatch", endedOn: null });
    expect((await stored()).mismatches).toHaveLength(4);
  });
});

describe("no account in force", () => {
  it.each([
    ["none filed", []],
    ["only a pending and a returned filing", [{ status: "pending" as const }, { status: "returned" as const }]],
    ["an approved one that ended, another number checked", [{ account_number: "62220200000000001111", effective_to: "2026-11-29" }]],
    ["a pending one from tomorrow", [{ status: "pending" as const, effective_from: "2026-12-01" }]],
  ])("%s: no_account, in the same shape, recorded like a mismatch", async (_label, accounts) => {
    for (const overrides of accounts) await addBankAccount(t.db, kgId, { account_number: FILED, ...overrides });
    expect(await answer(FILED, FILED_NAME)).toEqual({ verdict: "no_account", nameMatches: null, filed: null, upcoming: null, endedOn: null, checkedLast4: "2345" });
    const { mismatches, outbox } = await stored();
    expect(mismatches).toMatchObject([{ kindergarten_id: kgId, account_last4: "2345", name_given: 1 }]);
    expect(outbox.map((o) => o.topic)).toEqual(["account_check.mismatch"]);
  });

  it("an approved one that ended, its number checked: the former account, with none in force, recorded like a mismatch", async () => {
    await addBankAccount(t.db, kgId, { account_number: FILED, effective_to: "2026-11-29" });
    expect(await answer(FILED)).toEqual({ verdict: "ended", nameMatches: null, filed: null, upcoming: null, endedOn: "2026-11-29", checkedLast4: "2345" });
    expect((await stored()).mismatches).toMatchObject([{ kindergarten_id: kgId, account_last4: "2345" }]);
  });
});

describe("an approved account that takes effect later (announced to parents in advance)", () => {
  const NEXT = "95588001122334455667";
  const next = { bankName: "中国工商银行", branchName: "宁波鼓楼支行", accountName: FILED_NAME, last4: "5667", effectiveFrom: "2026-12-10" };
  const addNext = (overrides: Parameters<typeof addBankAccount>[2] = {}) =>
    addBankAccount(t.db, kgId, { account_number: NEXT, bank_name: next.bankName, branch_name: next.branchName, account_name: FILED_NAME, effective_from: "2026-12-10", ...overrides });

  it("is the kindergarten's, taking effect on its date, with the account in force until then; nothing is recorded", async () => {
    await addBankAccount(t.db, kgId, { account_number: FILED, account_name: FILED_NAME, effective_to: "2026-12-09" });
    await addNext();
    expect(await answer("9558 8001 1223 3445 5667", FILED_NAME)).toEqual({ verdict: "upcoming", nameMatches: true, filed, upcoming: next, endedOn: null, checkedLast4: "5667" });
    expect((await answer(NEXT, "张三")).nameMatches).toBe(false);
    expect(await stored()).toEqual({ mismatches: [], outbox: [] });
    // The account in force still matches, and the answer tells of the next one; another number is a mismatch, recorded.
    expect(await answer(FILED)).toEqual({ verdict: "match", nameMatches: null, filed, upcoming: next, endedOn: null, checkedLast4: "2345" });
    expect(await answer("62220200000000001111")).toEqual({ verdict: "mismatch", nameMatches: null, filed, upcoming: next, endedOn: null, checkedLast4: "1111" });
    expect((await stored()).mismatches).toHaveLength(1);
  });

  it("is the kindergarten's when no account is in force yet, and becomes the match on its first day", async () => {
    await addNext();
    expect(await answer(NEXT)).toEqual({ verdict: "upcoming", nameMatches: null, filed: null, upcoming: next, endedOn: null, checkedLast4: "5667" });
    expect(await answer(FILED)).toEqual({ verdict: "no_account", nameMatches: null, filed: null, upcoming: next, endedOn: null, checkedLast4: "2345" });
    expect((await stored()).mismatches.map((m) => m.account_last4)).toEqual(["2345"]);
    const onItsDay = await checkAccount(t.db, { kindergartenId: kgId, accountNumber: NEXT, accountName: "" }, new Date("2026-12-10T01:00:00+08:00"));
    expect(onItsDay).toMatchObject({ ok: true, answer: { verdict: "match", filed: { last4: "5667" }, upcoming: null } });
  });

  it("is on the public page's account box too, masked like the one in force (the page and the check agree)", async () => {
    await addBankAccount(t.db, kgId, { account_number: FILED, account_name: FILED_NAME, effective_to: "2026-12-09" });
    await addNext();
    const page = await kindergartenDisclosure(t.db, kgId, NOW);
    expect(page?.account).toMatchObject({ last4: "2345" });
    expect(page?.upcomingAccount).toEqual({
      bank_name: next.bankName,
      branch_name: next.branchName,
      account_name: FILED_NAME,
      last4: "5667",
      effective_from: "2026-12-10",
      approved_on: "2025-05-06",
    });
    expect(JSON.stringify(page)).not.toContain("95588001");
    // On its first day it is the account in force, and no other is announced.
    const then = await kindergartenDisclosure(t.db, kgId, new Date("2026-12-10T01:00:00+08:00"));
    expect(then).toMatchObject({ account: { last4: "5667" }, upcomingAccount: null });
  });

  it("of two later accounts, names the one checked, else the sooner; a pending or returned later filing is no account", async () => {
    await addBankAccount(t.db, kgId, { account_number: FILED, account_name: FILED_NAME, effective_to: "2026-12-09" });
    await addNext({ effective_to: "2027-02-28" });
    await addBankAccount(t.db, kgId, { account_number: "62170000111122223333", effective_from: "2027-03-01" });
    await addBankAccount(t.db, kgId, { account_number: "62170000999988887777", effective_from: "2026-12-05", status: "pending" });
    await addBankAccount(t.db, kgId, { account_number: "62170000555566664444", effective_from: "2026-12-05", status: "returned" });
    expect(await answer("62170000111122223333")).toMatchObject({ verdict: "upcoming", upcoming: { last4: "3333", effectiveFrom: "2027-03-01" } });
    expect(await answer(NEXT)).toMatchObject({ verdict: "upcoming", upcoming: next });
    expect(await answer("62170000999988887777")).toMatchObject({ verdict: "mismatch", upcoming: next });
    expect(await answer("62170000555566664444")).toMatchObject({ verdict: "mismatch", upcoming: next });
    expect((await stored()).mismatches).toHaveLength(2);
  });
});

it("every answer has the same keys, whatever the verdict", async () => {
  await addBankAccount(t.db, kgId, { account_number: "62170000111122223333", effective_from: "2024-09-01", effective_to: "2025-05-05" });
  await addBankAccount(t.db, kgId, { account_number: FILED, effective_to: "2026-12-09" });
  await addBankAccount(t.db, kgId, { account_number: "95588001122334455667", effective_from: "2026-12-10" });
  const other = (await createKindergarten(t.db)).id;
  const answers = [
    await answer(FILED),
    await answer("95588001122334455667"),
    await answer("62170000111122223333"),
    await answer("12345678"),
    await answer(FILED, "", other),
  ];
  expect(answers.map((a) => a.verdict)).toEqual(["match", "upcoming", "ended", "mismatch", "no_account"]);
  for (const a of answers) expect(Object.keys(a).sort()).toEqual(["checkedLast4", "endedOn", "filed", "nameMatches", "upcoming", "verdict"]);
  for (const a of answers.filter((x) => x.filed)) expect(Object.keys(a.filed!).sort()).toEqual(["accountName", "bankName", "branchName", "last4"]);
  for (const a of answers.filter((x) => x.upcoming)) expect(Object.keys(a.upcoming!).sort()).toEqual(["accountName", "bankName", "branchName", "effectiveFrom", "last4"]);
});

describe("refusals store nothing", () => {
  beforeEach(async () => {
    await addBankAccount(t.db, kgId, { account_number: FILED });
  });

  it.each([
    ["missing", undefined, "", "accountNumber", "accountCheck.accountNumber.required"],
    ["blank", " - ", "", "accountNumber", "accountCheck.accountNumber.required"],
    ["letters", "3901200104001234X", "", "accountNumber", "accountCheck.accountNumber.invalid"],
    ["seven digits", "1234567", "", "accountNumber", "accountCheck.accountNumber.invalid"],
    ["thirty-one digits", "1".repeat(31), "", "accountNumber", "accountCheck.accountNumber.invalid"],
    ["other scripts' digits", "٣٩٠١٢٠٠١٠٤٠٠١٢٣٤٥", "", "accountNumber", "accountCheck.accountNumber.invalid"],
    ["a file instead of text", new File(["39012001040012345"], "n.txt"), "", "accountNumber", "accountCheck.accountNumber.required"],
    ["a name of 101 characters", FILED, "名".repeat(101), "accountName", "accountCheck.accountName.tooLong"],
  ])("%s: a field message, nothing stored", async (_label, accountNumber, accountName, field, key) => {
    const failure = await refusal(accountNumber, accountName);
    expect(failure.kind).toBe("invalid");
    expect(failure.fieldErrors[field]?.map((m) => m.key)).toEqual([key]);
    expect(await stored()).toEqual({ mismatches: [], outbox: [] });
  });

  it("a name of exactly 100 characters and numbers of 8 and 30 digits are accepted", async () => {
    expect((await answer(FILED, "名".repeat(100))).nameMatches).toBe(false);
    expect((await answer("12345678")).verdict).toBe("mismatch");
    expect((await answer("1".repeat(30))).verdict).toBe("mismatch");
  });

  it("an unknown, malformed or closed kindergarten is not found, whatever was typed; a suspended one is public", async () => {
    const closed = (await createKindergarten(t.db, { status: "closed" })).id;
    await addBankAccount(t.db, closed, { account_number: FILED });
    const rows = async () => ({
      mismatches: Number((await t.db.selectFrom("account_check_mismatches").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n),
      outbox: Number((await t.db.selectFrom("outbox").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n),
    });
    const before = await rows();
    for (const id of ["01JUNKNOWN0000000000000000", closed, "", "../kindergartens", "x".repeat(65), "1 or 1=1"]) {
      for (const typed of [FILED, "abc"]) expect((await refusal(typed, "", id)).kind).toBe("not_found");
    }
    expect(await rows()).toEqual(before);
    const suspended = (await createKindergarten(t.db, { status: "suspended" })).id;
    expect((await answer(FILED, "", suspended)).verdict).toBe("no_account");
  });
});
