/**
 * Fee-account filing and review (app/domain/fee-accounts) on a real database
 * (a SQLite file, or Postgres under `npm run test:pg`) with a real evidence
 * store (a temporary directory): what an operator's filing stores or refuses,
 * what a review decides and who may make it, and what each audience reads.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import type { KindergartenNature } from "~/db/schema";
import { evidenceKey, localDirectoryStore, type EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import type { EvidenceUpload } from "~/domain/evidence/evidence.service.server";
import { reevaluateKindergartenAccount } from "~/domain/fee-accounts/account-rules.server";
import {
  accountEvidence,
  accountForOfficer,
  accountQueue,
  kindergartenAccounts,
  operatorAccounts,
  QUEUE_PAGE,
  refilingDraft,
  returnConcernsAccountName,
  type OperatorAccounts,
} from "~/domain/fee-accounts/fee-account.queries.server";
import { fileAccount, reviewAccount, withdrawAccountFiling } from "~/domain/fee-accounts/fee-account.service.server";
import { jpegWithGps } from "../factories/images";
import { planApproval } from "~/domain/fee-accounts/account-approval";
import { accountFilingOn } from "~/domain/fee-accounts/fee-account.schema";
import { encodeMessage } from "~/i18n";
import { parseWithZod } from "@conform-to/zod/v4";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import {
  createActor,
  createKindergartenWithOperator,
  HAISHU,
  insertCareFeeFiling,
  createOfficer,
  JIANGBEI,
  rulesInForce,
  seedReferenceData,
  YINZHOU,
} from "../factories/domain";
import {
  accountFields,
  accountOfficers,
  accountRowCounts,
  exeBytes,
  FAKE_PDF_BYTES,
  OVERSIZED_PDF_BYTES,
  pdfBytes,
  PNG_BYTES,
  type AccountFields,
} from "../factories/fee-accounts";
import { createTestDb, type TestDb } from "../setup/test-db";
import { SEARCH_MAX_TERMS } from "~/domain/kindergartens/name-grams";

/** 2026-11-30 10:00 in Asia/Shanghai. */
const NOW = new Date("2026-11-30T02:00:00.000Z");
const TODAY = "2026-11-30";
/** The instant `days` days after NOW. */
const daysLater = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

let t: TestDb;
let db: DB;
let rules: RulesRuntime;
let storeDir: string;
let store: EvidenceStore;
/** Education officers review; market officers of the same district only read. */
let haishuEdu: Actor;
let haishuMarket: Actor;
let jiangbeiEdu: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  rules = await rulesInForce(db, NOW);
  storeDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-evidence-"));
  store = localDirectoryStore(storeDir);
  ({ haishuEdu, haishuMarket, jiangbeiEdu, admin } = await accountOfficers(db));
});

afterAll(async () => {
  await t?.destroy();
  if (storeDir) fs.rmSync(storeDir, { recursive: true, force: true });
});

interface Kg {
  id: string;
  name: string;
  operator: Actor;
}

async function newKindergarten(opts: { region?: string; name?: string; nature?: KindergartenNature; status?: "active" | "suspended" } = {}): Promise<Kg> {
  const name = opts.name ?? `宁波市测试幼儿园${ulid().slice(-8)}`;
  const { kg, operator } = await createKindergartenWithOperator(db, { region_code: opts.region ?? HAISHU, name, nature: opts.nature, status: opts.status });
  return { id: kg.id, name, operator };
}

const pdfUpload = (bytes = pdfBytes()): EvidenceUpload => ({ name: "开户许可证.pdf", bytes });

interface FileOptions {
  fields?: Partial<AccountFields>;
  evidence?: EvidenceUpload | null;
  key?: string;
  now?: Date;
  actor?: Actor;
  kindergartenId?: string;
}

/** The kindergarten's operator files a valid account for it (named as approved, in force from today), unless told otherwise. */
function file(kg: Kg, opts: FileOptions = {}) {
  return fileAccount({
    db,
    rules,
    store,
    actor: opts.actor ?? kg.operator,
    kindergartenId: opts.kindergartenId ?? kg.id,
    input: accountFields(kg.name, TODAY, opts.fields),
    evidence: opts.evidence === undefined ? pdfUpload() : opts.evidence,
    submissionKey: opts.key ?? ulid(),
    now: opts.now ?? NOW,
  });
}

/** A filing that must be accepted: its id. */
async function filed(kg: Kg, opts: FileOptions = {}): Promise<string> {
  const result = await file(kg, opts);
  if (!result.ok) throw new Error(`fileAccount refused the fixture: ${JSON.stringify(result)}`);
  return result.accountId;
}

function review(actor: Actor, accountId: string, input: { decision: string; note?: string }, now = NOW) {
  return reviewAccount({ db, actor, accountId, input, now });
}

/** A filing the district's education officer approved: its id. */
async function approved(kg: Kg, fileOpts: FileOptions = {}, reviewedAt = NOW): Promise<string> {
  const id = await filed(kg, fileOpts);
  const result = await review(haishuEdu, id, { decision: "approve" }, reviewedAt);
  if (!result.ok) throw new Error(`reviewAccount refused the fixture: ${JSON.stringify(result)}`);
  return id;
}

const accountRow = (id: string) => db.selectFrom("bank_accounts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

/** Every blob in the evidence store. */
function storedBlobs(): string[] {
  return (fs.readdirSync(storeDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(storeDir, f)).isFile()).sort();
}

describe("fileAccount: an accepted filing", () => {
  it("stores a pending filing with its evidence row, the bytes in the store, an audit row and the account rules applied", async () => {
    const kg = await newKindergarten();
    const evidence = pdfUpload();
    const before = await accountRowCounts(db);

    const result = await file(kg, { evidence, fields: { effectiveFrom: addDays(TODAY, 10) } });
    expect(result).toMatchObject({ ok: true, replayed: false });
    const accountId = result.ok ? result.accountId : "";

    const row = await accountRow(accountId);
    expect(row).toMatchObject({
      kindergarten_id: kg.id,
      status: "pending",
      bank_name: "中国建设银行",
      branch_name: "宁波海曙支行",
      account_name: kg.name,
      // Typed in groups, stored as digits.
      account_number: "33150198360100001234",
      cnaps_code: "105332000012",
      effective_from: addDays(TODAY, 10),
      effective_to: null,
      filed_at: NOW.toISOString(),
      submitted_by: kg.operator.id,
      reviewed_by: null,
      reviewed_at: null,
    });
    expect(JSON.parse(row.evaluated_rules)).toEqual(["A01@3", "A03@2"]);

    const sha256 = createHash("sha256").update(evidence.bytes).digest("hex");
    const evidenceRow = await db.selectFrom("evidence_files").selectAll().where("id", "=", row.evidence_id!).executeTakeFirstOrThrow();
    expect(evidenceRow).toMatchObject({ media_type: "application/pdf", byte_size: evidence.bytes.byteLength, sha256, uploaded_by: kg.operator.id });
    expect(Buffer.from((await store.get(evidenceRow.storage_key))!).equals(Buffer.from(evidence.bytes))).toBe(true);

    const audit = await db.selectFrom("audit_log").selectAll().where("entity_id", "=", accountId).execute();
    expect(audit).toMatchObject([{ action: "account.file", entity: "bank_account", actor_id: kg.operator.id }]);

    // The name is the approved one: nothing flagged, nothing queued.
    expect(await accountRowCounts(db)).toEqual({ ...before, bank_accounts: before.bank_accounts + 1, evidence_files: before.evidence_files + 1, audit_log: before.audit_log + 1 });
  });

  const approvedName = "宁波市海曙区阳光2号幼儿园(普通合伙)";
  it.each([
    ["the brand name instead of the registered one", "阳光幼儿园", true],
    ["a person's name", "张某某", true],
    ["full-width brackets, ASCII and ideographic spaces, a full-width digit", "宁波市海曙区 阳光２号幼儿园\u3000（普通合伙）", false],
  ])("A01 with %s (%s): flagged %s", async (_label, accountName, flagged) => {
    const kg = await newKindergarten({ name: approvedName });
    const accountId = await filed(kg, { fields: { accountName } });

    const flags = await db.selectFrom("account_flags").selectAll().where("kindergarten_id", "=", kg.id).execute();
    if (!flagged) {
      expect(flags).toEqual([]);
      return;
    }
    expect(flags).toMatchObject([{ account_id: accountId, rule_id: "A01", rule_version: 3, severity: "red" }]);
    // The officer reviewing it sees the flag with the filing, explained in the filed name's words.
    const detail = await accountForOfficer(db, haishuEdu, accountId, NOW);
    expect(detail?.account.flags).toMatchObject([{ ruleId: "A01", severity: "red" }]);
    expect(flags[0].explanation).toContain(accountName);
  });

  it.each([
    ["建设银行's 105 filed under 中国银行 (104): the officer's walk", { bankName: "中国银行", cnapsCode: "105332000012" }, true],
    ["中国银行 with its own 104", { bankName: "中国银行", cnapsCode: "104332000012" }, false],
    ["no CNAPS code", { bankName: "中国银行", cnapsCode: "" }, false],
    ["a bank the table does not know", { bankName: "浙江泰隆商业银行", cnapsCode: "105332000012" }, false],
  ])("A03 with %s: flagged %s", async (_label, fields, flagged) => {
    const kg = await newKindergarten();
    const accountId = await filed(kg, { fields });
    const flags = await db.selectFrom("account_flags").selectAll().where("kindergarten_id", "=", kg.id).execute();
    if (!flagged) {
      expect(flags).toEqual([]);
      return;
    }
    expect(flags).toMatchObject([{ account_id: accountId, rule_id: "A03", rule_version: 2, severity: "amber" }]);
    expect(flags[0].explanation).toContain("中国建设银行");
    const detail = await accountForOfficer(db, haishuEdu, accountId, NOW);
    expect(detail?.account.flags).toMatchObject([{ ruleId: "A03", severity: "amber", details: { cnaps: { cnapsBankCode: "105", expectedBankCodes: "104" } } }]);
  });

  it("A03 flags the refiling too when it carries the returned filing's code over, and not once the code is corrected", async () => {
    const kg = await newKindergarten();
    const first = await filed(kg, { fields: { bankName: "中国银行", cnapsCode: "105332000012" } });
    expect(await review(haishuEdu, first, { decision: "return", note: "联行号与开户银行不符，请核实" })).toMatchObject({ ok: true });
    // The refiling form starts from the returned filing, code included.
    const draft = refilingDraft((await operatorAccounts(db, kg.operator, NOW))!);
    expect(draft).toMatchObject({ bankName: "中国银行", cnapsCode: "105332000012" });
    const again = await filed(kg, { fields: { bankName: draft!.bankName, cnapsCode: draft!.cnapsCode } });
    const flagsOf = (id: string) => db.selectFrom("account_flags").select(["rule_id", "severity"]).where("account_id", "=", id).execute();
    expect(await flagsOf(again)).toEqual([{ rule_id: "A03", severity: "amber" }]);
    await withdrawAccountFiling({ db, actor: kg.operator, accountId: again, now: NOW });
    const corrected = await filed(kg, { fields: { bankName: "中国银行", cnapsCode: "104332000012" } });
    expect(await flagsOf(corrected)).toEqual([]);
  });

  it.each([
    ["8 digits (the shortest)", { accountNumber: "12345678" }, "12345678"],
    ["30 digits (the longest)", { accountNumber: "1".repeat(30) }, "1".repeat(30)],
    ["groups separated by spaces and hyphens", { accountNumber: " 6222-0210 0112\u30003456 789 " }, "6222021001123456789"],
    ["full-width digits", { accountNumber: "３３１５０１９８３６０１" }, "331501983601"],
    ["no CNAPS code (it is optional)", { cnapsCode: "" }, "33150198360100001234"],
  ])("accepts an account number of %s and stores its digits", async (_label, fields, stored) => {
    const kg = await newKindergarten();
    const accountId = await filed(kg, { fields });
    expect((await accountRow(accountId)).account_number).toBe(stored);
  });

  it.each([
    ["today", TODAY],
    ["366 days ahead", addDays(TODAY, 366)],
  ])("accepts a filing in force from %s", async (_label, effectiveFrom) => {
    const kg = await newKindergarten();
    expect((await accountRow(await filed(kg, { fields: { effectiveFrom } }))).effective_from).toBe(effectiveFrom);
  });

  it.each([
    ["a PNG photo", { name: "photo.png", bytes: PNG_BYTES }, "image/png"],
    ["a PDF of exactly 5 MB", { name: "scan.pdf", bytes: pdfBytes(EVIDENCE_MAX_BYTES) }, "application/pdf"],
    ["a PDF whatever its name says", { name: "scan.exe", bytes: pdfBytes() }, "application/pdf"],
  ])("accepts evidence that is %s, typed by its content", async (_label, evidence, mediaType) => {
    const kg = await newKindergarten();
    const row = await accountRow(await filed(kg, { evidence }));
    expect((await db.selectFrom("evidence_files").select("media_type").where("id", "=", row.evidence_id!).executeTakeFirstOrThrow()).media_type).toBe(mediaType);
  });

  it("keeps a phone photo of the certificate without its EXIF (GPS, camera), still a JPEG of the same size", async () => {
    const kg = await newKindergarten();
    const photo = await jpegWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const row = await accountRow(await filed(kg, { evidence: { name: "开户许可证.jpg", bytes: photo } }));
    const evidenceRow = await db.selectFrom("evidence_files").selectAll().where("id", "=", row.evidence_id!).executeTakeFirstOrThrow();
    const stored = Buffer.from((await store.get(evidenceRow.storage_key))!);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 64, height: 48 });
    expect(meta.exif).toBeUndefined();
    // The row describes the bytes kept, not the ones sent.
    expect(evidenceRow).toMatchObject({ media_type: "image/jpeg", byte_size: stored.byteLength, sha256: createHash("sha256").update(stored).digest("hex") });
  });
});

describe("fileAccount: refused input stores nothing", () => {
  it.each<[string, FileOptions, string, string]>([
    ["letters in the account number", { fields: { accountNumber: "3315 0198 36O1 0000" } }, "accountNumber", "account.accountNumber.digits"],
    ["an account number of 7 digits", { fields: { accountNumber: "1234567" } }, "accountNumber", "account.accountNumber.length"],
    ["an account number of 31 digits", { fields: { accountNumber: "1".repeat(31) } }, "accountNumber", "account.accountNumber.length"],
    ["no account number", { fields: { accountNumber: " - " } }, "accountNumber", "account.accountNumber.required"],
    ["a CNAPS code of 11 digits", { fields: { cnapsCode: "10533200001" } }, "cnapsCode", "account.cnapsCode.format"],
    ["no bank", { fields: { bankName: "" } }, "bankName", "account.bankName.required"],
    ["no branch", { fields: { branchName: "   " } }, "branchName", "account.branchName.required"],
    ["no account name", { fields: { accountName: "" } }, "accountName", "account.accountName.required"],
    ["an effective date in the past", { fields: { effectiveFrom: addDays(TODAY, -1) } }, "effectiveFrom", "account.effectiveFrom.past"],
    ["an effective date more than 366 days ahead", { fields: { effectiveFrom: addDays(TODAY, 367) } }, "effectiveFrom", "account.effectiveFrom.tooFar"],
    ["no evidence", { evidence: null }, "evidence", "account.evidence.required"],
    // The certificate's own words, not a complaint's (complaint.evidence.empty was said here).
    ["an empty evidence file", { evidence: { name: "empty.pdf", bytes: new Uint8Array() } }, "evidence", "account.evidence.empty"],
    ["an executable named .pdf", { evidence: { name: "开户许可证.pdf", bytes: exeBytes() } }, "evidence", "account.evidence.type"],
    ["a \"PDF\" without the PDF magic bytes", { evidence: { name: "开户许可证.pdf", bytes: FAKE_PDF_BYTES } }, "evidence", "account.evidence.type"],
    ["evidence over 5 MB", { evidence: { name: "big.pdf", bytes: OVERSIZED_PDF_BYTES } }, "evidence", "account.evidence.tooLarge"],
    // Found on a walk (2026-12-06): an iPhone's HEIC photo of the certificate was "only PDF, JPG or PNG": now told it is
    // a HEIC photo and what to do, in the words the complaint form says it in (before posting and from the server).
    [
      "an iPhone's HEIC photo of the certificate",
      { evidence: { name: "IMG_0001.HEIC", bytes: new Uint8Array(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(2048)])) } },
      "evidence",
      "complaint.evidence.heic",
    ],
    ["a JPEG header with garbage after it", { evidence: { name: "开户许可证.jpg", bytes: new Uint8Array(Buffer.concat([Buffer.from("ffd8ffe000104a46494600", "hex"), Buffer.alloc(4000, 1)])) } }, "evidence", "account.evidence.unreadable"],
  ])("%s: a message under that field only", async (_label, opts, field, key) => {
    const kg = await newKindergarten();
    const before = await accountRowCounts(db);
    const blobs = storedBlobs();

    const result = await file(kg, opts);

    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual([field]);
    // A message with variables comes encoded as the form's error slots carry it ("key|{vars}").
    expect(result.fieldErrors[field].map((m) => m.key.split("|")[0])).toContain(key);
    expect(await accountRowCounts(db)).toEqual(before);
    expect(storedBlobs()).toEqual(blobs);
  });

  it("a filing for another kindergarten (a forged kindergartenId) is forbidden", async () => {
    const mine = await newKindergarten();
    const theirs = await newKindergarten();
    const before = await accountRowCounts(db);
    const blobs = storedBlobs();

    expect(await file(mine, { kindergartenId: theirs.id, fields: { accountName: theirs.name } })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await accountRowCounts(db)).toEqual(before);
    expect(storedBlobs()).toEqual(blobs);
  });

  it.each([
    ["an education officer of the district", () => haishuEdu],
    ["an admin", () => admin],
  ])("%s cannot file an account", async (_label, actor) => {
    const kg = await newKindergarten();
    const before = await accountRowCounts(db);
    expect(await file(kg, { actor: actor() })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await accountRowCounts(db)).toEqual(before);
  });

  it("a kindergarten that is no longer active cannot file", async () => {
    const kg = await newKindergarten({ status: "suspended" });
    const before = await accountRowCounts(db);
    expect(await file(kg)).toMatchObject({ ok: false, kind: "conflict" });
    expect(await accountRowCounts(db)).toEqual(before);
  });
});

describe("fileAccount: one pending filing at a time, and a repeat stores once", () => {
  it("a second filing while one is pending is a conflict and stores nothing", async () => {
    const kg = await newKindergarten();
    await filed(kg);
    const before = await accountRowCounts(db);

    const second = await file(kg, { fields: { accountNumber: "6222021001123456789" } });

    expect(second).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "account.pendingExists" }] });
    expect(await accountRowCounts(db)).toEqual(before);
  });

  it("two filings sent at the same moment (two tabs, two keys) leave one pending filing", async () => {
    const kg = await newKindergarten();
    const results = await Promise.all([
      file(kg),
      file(kg, { fields: { accountNumber: "6222021001123456789" }, evidence: { name: "photo.png", bytes: PNG_BYTES } }),
    ]);

    expect(results.map((r) => (r.ok ? "ok" : r.kind)).sort()).toEqual(["conflict", "ok"]);
    const pending = await db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg.id).where("status", "=", "pending").execute();
    expect(pending).toHaveLength(1);
  });

  it("the same submission sent twice (same key) stores one filing and answers the repeat with it", async () => {
    const kg = await newKindergarten();
    const key = ulid();
    const before = await accountRowCounts(db);

    const first = await file(kg, { key });
    const repeat = await file(kg, { key });

    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(repeat).toMatchObject({ ok: true, replayed: true, accountId: first.ok ? first.accountId : "?" });
    expect(await accountRowCounts(db)).toEqual({ ...before, bank_accounts: before.bank_accounts + 1, evidence_files: before.evidence_files + 1, audit_log: before.audit_log + 1 });
  });

  it("the same submission sent twice at the same moment (a double click) stores one filing and answers both with it", async () => {
    const kg = await newKindergarten();
    const key = ulid();
    const before = await accountRowCounts(db);

    const [a, b] = await Promise.all([file(kg, { key }), file(kg, { key })]);

    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: true, accountId: a.ok ? a.accountId : "?" });
    expect([a, b].map((r) => r.ok && r.replayed).sort()).toEqual([false, true]);
    expect((await accountRowCounts(db)).bank_accounts).toBe(before.bank_accounts + 1);
  });

  it("the evidence store takes the same bytes written at once (what a double click sends) without failing", async () => {
    const bytes = pdfBytes(4096);
    const key = evidenceKey(createHash("sha256").update(bytes).digest("hex"));
    await expect(Promise.all(Array.from({ length: 8 }, () => store.put(key, bytes)))).resolves.toBeDefined();
    expect(Buffer.from((await store.get(key))!).equals(Buffer.from(bytes))).toBe(true);
  });

  it("after a return the operator may file again", async () => {
    const kg = await newKindergarten();
    const first = await filed(kg);
    expect(await review(haishuEdu, first, { decision: "return", note: "请上传开户许可证原件扫描件" })).toMatchObject({ ok: true, status: "returned" });
    expect(await file(kg, { fields: { accountNumber: "6222021001123456789" } })).toMatchObject({ ok: true });
  });
});

describe("withdrawAccountFiling", () => {
  const withdraw = (actor: Actor, accountId: string) => withdrawAccountFiling({ db, actor, accountId, now: NOW });

  it("the operator takes back the filing awaiting review, audited, and may file again; the officers' queue no longer has it", async () => {
    const kg = await newKindergarten();
    const id = await filed(kg);
    expect(await withdraw(kg.operator, id)).toEqual({ ok: true, accountId: id });
    expect(await accountRow(id)).toMatchObject({ status: "withdrawn", reviewed_by: null });
    const audit = await db.selectFrom("audit_log").select(["action", "actor_id"]).where("entity_id", "=", id).where("action", "=", "account.withdraw").execute();
    expect(audit).toEqual([{ action: "account.withdraw", actor_id: kg.operator.id }]);
    expect(await review(haishuEdu, id, { decision: "approve" })).toMatchObject({ ok: false, kind: "conflict" });
    expect((await file(kg, { fields: { accountNumber: "6222021001123456789" } })).ok).toBe(true);
  });

  it("refuses another kindergarten's filing as not found, an officer as forbidden, and a filing reviewed meanwhile as a conflict", async () => {
    const kg = await newKindergarten();
    const other = await newKindergarten();
    const id = await filed(kg);
    expect(await withdraw(other.operator, id)).toMatchObject({ ok: false, kind: "not_found" });
    expect(await withdraw(haishuEdu, id)).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await accountRow(id)).toMatchObject({ status: "pending" });
    await review(haishuEdu, id, { decision: "return", note: "材料不全" });
    expect(await withdraw(kg.operator, id)).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "account.withdraw.notPending" }] });
    expect(await accountRow(id)).toMatchObject({ status: "returned" });
  });
});

describe("reviewAccount", () => {
  it("approval puts the filing in force from the date it asked for, and is audited", async () => {
    const kg = await newKindergarten();
    const from = addDays(TODAY, 10);
    const id = await filed(kg, { fields: { effectiveFrom: from } });

    expect(await review(haishuEdu, id, { decision: "approve" })).toEqual({ ok: true, status: "approved", effectiveFrom: from, endedAccountId: null });

    expect(await accountRow(id)).toMatchObject({ status: "approved", effective_from: from, effective_to: null, reviewed_by: haishuEdu.id, reviewed_at: NOW.toISOString() });
    expect(await db.selectFrom("audit_log").select(["action", "actor_id"]).where("entity_id", "=", id).orderBy("created_at").orderBy("id").execute()).toEqual([
      { action: "account.file", actor_id: kg.operator.id },
      { action: "account.approve", actor_id: haishuEdu.id },
    ]);
    // Not yet in force today; in force on its first day.
    expect((await operatorAccounts(db, kg.operator, NOW))?.accounts[0].inForce).toBe(false);
    expect((await operatorAccounts(db, kg.operator, daysLater(10)))?.accounts[0].inForce).toBe(true);
  });

  it("approving a replacement ends the previous account the day before the new one starts, keeping both", async () => {
    const kg = await newKindergarten();
    const first = await approved(kg);
    const second = await filed(kg, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 20) } });

    expect(await review(haishuEdu, second, { decision: "approve" })).toMatchObject({ ok: true, effectiveFrom: addDays(TODAY, 20), endedAccountId: first });

    expect(await accountRow(first)).toMatchObject({ status: "approved", effective_from: TODAY, effective_to: addDays(TODAY, 19) });
    expect(await accountRow(second)).toMatchObject({ status: "approved", effective_from: addDays(TODAY, 20), effective_to: null });
    const inForceOn = async (days: number) => (await operatorAccounts(db, kg.operator, daysLater(days)))!.accounts.filter((a) => a.inForce).map((a) => a.id);
    expect(await inForceOn(19)).toEqual([first]);
    expect(await inForceOn(20)).toEqual([second]);
  });

  it("a filing reviewed after the date it asked for takes effect on the day of approval, never retroactively", async () => {
    const kg = await newKindergarten();
    const first = await approved(kg);
    const second = await filed(kg, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 1) } });

    const result = await review(haishuEdu, second, { decision: "approve" }, daysLater(3));

    expect(result).toMatchObject({ ok: true, effectiveFrom: addDays(TODAY, 3) });
    expect(await accountRow(second)).toMatchObject({ effective_from: addDays(TODAY, 3) });
    expect(await accountRow(first)).toMatchObject({ effective_to: addDays(TODAY, 2) });
  });

  it("an approved account starting on or after the new one's date is a conflict: the filing stays pending, and the page says so", async () => {
    const kg = await newKindergarten();
    await approved(kg, { fields: { effectiveFrom: addDays(TODAY, 30) } });
    // Filed before the filing form checked the date against approved accounts: accepted then, moved here.
    const earlier = await filed(kg, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 31) } });
    await db.updateTable("bank_accounts").set({ effective_from: addDays(TODAY, 5) }).where("id", "=", earlier).execute();

    expect((await accountForOfficer(db, haishuEdu, earlier, NOW))?.approval).toEqual({ ok: false, effectiveFrom: addDays(TODAY, 5), laterFrom: addDays(TODAY, 30) });
    expect(await review(haishuEdu, earlier, { decision: "approve" })).toMatchObject({
      ok: false,
      kind: "conflict",
      formErrors: [{ key: "account.review.laterAccount", vars: { date: addDays(TODAY, 30) } }],
    });
    expect(await accountRow(earlier)).toMatchObject({ status: "pending", reviewed_by: null });
  });

  it.each([
    ["no reason", undefined],
    ["a blank reason", "   "],
    ["a one-character reason", " 否 "],
  ])("a return needs a reason: %s is refused and the filing stays pending", async (_label, note) => {
    const kg = await newKindergarten();
    const id = await filed(kg);
    const result = await review(haishuEdu, id, { decision: "return", note });
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { note: [{ key: "account.review.reasonRequired" }] } });
    expect(await accountRow(id)).toMatchObject({ status: "pending", reviewed_by: null });
  });

  it("a return with a reason is shown to the operator, who may file again; nothing is re-evaluated", async () => {
    const kg = await newKindergarten();
    await insertCareFeeFiling(db, kg.id, 200_000);
    const id = await filed(kg);
    const outboxBefore = (await accountRowCounts(db)).outbox;
    const reason = "账户名称与幼儿园登记名称不一致，请更正后重新备案。";

    expect(await review(haishuEdu, id, { decision: "return", note: `  ${reason} ` })).toMatchObject({ ok: true, status: "returned" });

    const view = await operatorAccounts(db, kg.operator, NOW);
    expect(view).toMatchObject({ hasPending: false, accounts: [{ id, status: "returned", reviewNote: reason, inForce: false }] });
    expect((await accountRowCounts(db)).outbox).toBe(outboxBefore);
  });

  it.each([
    ["approved", { decision: "approve" }],
    ["returned", { decision: "return", note: "材料不全" }],
  ])("a filing already %s cannot be reviewed again", async (_label, firstDecision) => {
    const kg = await newKindergarten();
    const id = await filed(kg);
    expect(await review(haishuEdu, id, firstDecision)).toMatchObject({ ok: true });
    const decided = await accountRow(id);
    const officer2 = await createOfficer(db, "education", HAISHU);

    for (const second of [{ decision: "approve" }, { decision: "return", note: "再次审核" }]) {
      expect(await review(officer2, id, second, daysLater(1))).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "account.review.notPending" }] });
    }
    expect(await accountRow(id)).toEqual(decided);
  });

  it.each([
    ["an education officer of another district: not found", () => jiangbeiEdu, "not_found"],
    ["a market officer of the same district: forbidden", () => haishuMarket, "forbidden"],
    ["an admin (reads everywhere, reviews nowhere): forbidden", () => admin, "forbidden"],
    ["the kindergarten's own operator: not found", () => undefined, "not_found"],
  ])("%s, and nothing changes", async (_label, reviewer, kind) => {
    const kg = await newKindergarten();
    const id = await filed(kg);
    const before = await accountRow(id);
    const counts = await accountRowCounts(db);

    for (const input of [{ decision: "approve" }, { decision: "return", note: "不予备案" }]) {
      expect(await review(reviewer() ?? kg.operator, id, input)).toMatchObject({ ok: false, kind });
    }
    expect(await accountRow(id)).toEqual(before);
    expect(await accountRowCounts(db)).toEqual(counts);
  });

  it("an unknown filing id is not found", async () => {
    expect(await review(haishuEdu, ulid(), { decision: "approve" })).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("an approval re-evaluates the kindergarten's latest fee schedule (R09 reads the account in force)", async () => {
    const kg = await newKindergarten();
    await insertCareFeeFiling(db, kg.id, 200_000, { version: 1 });
    const latest = await insertCareFeeFiling(db, kg.id, 210_000, { version: 2 });
    const id = await filed(kg);
    const since = (await db.selectFrom("outbox").select("id").execute()).map((r) => r.id);

    await review(haishuEdu, id, { decision: "approve" });

    const added = await db.selectFrom("outbox").select(["topic", "payload"]).where("id", "not in", since.length ? since : [""]).execute();
    // Naming the approval as the cause: a case whose reason the evaluation finds gone says so on its timeline.
    expect(added.map((r) => ({ topic: r.topic, payload: JSON.parse(r.payload) }))).toEqual([
      { topic: "filing.submitted", payload: { filingId: latest, cause: { kind: "account_approved", accountId: id } } },
    ]);
  });

  it("an approval for a kindergarten without fee schedules queues nothing", async () => {
    const kg = await newKindergarten();
    const id = await filed(kg);
    const before = (await accountRowCounts(db)).outbox;
    expect(await review(haishuEdu, id, { decision: "approve" })).toMatchObject({ ok: true });
    expect((await accountRowCounts(db)).outbox).toBe(before);
  });
});

describe("operatorAccounts", () => {
  it("shows the operator their own kindergarten's filings only", async () => {
    const mine = await newKindergarten();
    const theirs = await newKindergarten();
    const first = await approved(mine);
    const second = await filed(mine, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 7) } });
    await filed(theirs);

    const view = await operatorAccounts(db, mine.operator, NOW);
    expect(view?.kindergarten.id).toBe(mine.id);
    expect(view?.hasPending).toBe(true);
    expect(view?.accounts.map((a) => a.id).sort()).toEqual([first, second].sort());
    expect(view?.accounts.every((a) => a.kindergartenId === mine.id)).toBe(true);
  });

  it("is nothing for an officer", async () => {
    expect(await operatorAccounts(db, haishuEdu, NOW)).toBeNull();
  });
});

describe("accountQueue", () => {
  /** Every row of an officer's queue, following `next` to the end, with the page sizes seen. */
  async function wholeQueue(actor: Actor, status: "pending" | "returned" | "approved") {
    const ids: string[] = [];
    const pages: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const queue = await accountQueue(db, actor, { status, after });
      if (!queue) throw new Error("no queue for this actor");
      ids.push(...queue.rows.map((r) => r.id));
      pages.push(queue.rows.length);
      if (!queue.next) return { ids, pages, total: queue.total };
      after = queue.next;
    }
    throw new Error("the queue did not end");
  }

  it("pages through the district's pending filings, oldest first, with no duplicate and no gap; other districts stay out", async () => {
    const officer = await createOfficer(db, "education", YINZHOU);
    const created: string[] = [];
    // More than a page; filed at three moments, so many share a filed_at and the id breaks the tie.
    for (let i = 0; i < QUEUE_PAGE + 7; i++) {
      created.push(await filed(await newKindergarten({ region: YINZHOU }), { now: new Date(NOW.getTime() + (i % 3) * 60_000) }));
    }
    const elsewhere = await filed(await newKindergarten({ region: JIANGBEI }));

    const { ids, pages, total } = await wholeQueue(officer, "pending");

    expect(pages).toEqual([QUEUE_PAGE, 7]);
    expect(total).toBe(QUEUE_PAGE + 7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...created].sort());
    expect(ids).not.toContain(elsewhere);
    const rows = await db.selectFrom("bank_accounts").select(["id", "filed_at"]).where("id", "in", ids).execute();
    const filedAt = new Map(rows.map((r) => [r.id, r.filed_at]));
    const expectedOrder = [...ids].sort((a, b) => (filedAt.get(a)! < filedAt.get(b)! ? -1 : filedAt.get(a)! > filedAt.get(b)! ? 1 : a < b ? -1 : 1));
    expect(ids).toEqual(expectedOrder);
  });

  it("lists decided filings newest first, and says whether the reader may review", async () => {
    const officer = await createOfficer(db, "education", YINZHOU);
    const market = await createActor(db, "officer", { regionCode: YINZHOU });
    const older = await filed(await newKindergarten({ region: YINZHOU }), { now: daysLater(-2) });
    const newer = await filed(await newKindergarten({ region: YINZHOU }), { now: daysLater(-1) });
    for (const id of [older, newer]) await review(officer, id, { decision: "return", note: "材料不全" });

    const returned = await accountQueue(db, officer, { status: "returned" });
    expect(returned?.rows.map((r) => r.id)).toEqual([newer, older]);
    expect(returned?.canReview).toBe(true);
    const asMarket = await accountQueue(db, market, { status: "returned" });
    expect(asMarket?.rows.map((r) => r.id)).toEqual([newer, older]);
    expect(asMarket?.canReview).toBe(false);
    // Jiangbei's officers see none of Yinzhou's.
    expect((await accountQueue(db, jiangbeiEdu, { status: "returned" }))?.rows.map((r) => r.id)).not.toContain(newer);
  });

  it("is nothing for an operator", async () => {
    const kg = await newKindergarten();
    expect(await accountQueue(db, kg.operator, { status: "pending" })).toBeNull();
  });

  describe("its search (the case queue's: searchedKindergartens)", () => {
    const ids = (queue: Awaited<ReturnType<typeof accountQueue>>) => queue?.rows.map((r) => r.id) ?? [];
    const usccOf = async (id: string) => (await db.selectFrom("kindergartens").select("uscc").where("id", "=", id).executeTakeFirstOrThrow()).uscc!;

    it("finds a kindergarten's filings by words of its name, in the state's tab only, with the count of what it found", async () => {
      const officer = await createOfficer(db, "education", YINZHOU);
      const tag = ulid().slice(-6);
      const sought = await newKindergarten({ region: YINZHOU, name: `鄞州区向日葵${tag}幼儿园` });
      const other = await newKindergarten({ region: YINZHOU, name: `鄞州区蒲公英${tag}幼儿园` });
      const soughtFiling = await filed(sought);
      const otherFiling = await filed(other);

      const found = await accountQueue(db, officer, { status: "pending", q: `向日葵 ${tag}` });
      expect([ids(found), found?.total, found?.q, found?.searchRefused]).toEqual([[soughtFiling], 1, `向日葵 ${tag}`, null]);
      // Both, by the words they share; the tab still decides: neither is returned.
      expect(ids(await accountQueue(db, officer, { status: "pending", q: tag })).sort()).toEqual([soughtFiling, otherFiling].sort());
      expect(ids(await accountQueue(db, officer, { status: "returned", q: tag }))).toEqual([]);
      await review(officer, otherFiling, { decision: "return", note: "材料不全" });
      expect(ids(await accountQueue(db, officer, { status: "returned", q: tag }))).toEqual([otherFiling]);
      expect(ids(await accountQueue(db, officer, { status: "pending", q: tag }))).toEqual([soughtFiling]);
    });

    it("finds one by its USCC, typed in any width with spaces, or by its beginning", async () => {
      const officer = await createOfficer(db, "education", YINZHOU);
      const kg = await newKindergarten({ region: YINZHOU });
      const filing = await filed(kg);
      await filed(await newKindergarten({ region: YINZHOU }));
      const uscc = await usccOf(kg.id);
      const spaced = `${uscc.slice(0, 4)} ${uscc.slice(4, 10)} ${uscc.slice(10)}`.toLowerCase();
      expect(ids(await accountQueue(db, officer, { status: "pending", q: spaced }))).toEqual([filing]);
      const wide = uscc.replace(/[0-9A-Z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
      expect(ids(await accountQueue(db, officer, { status: "pending", q: wide }))).toEqual([filing]);
      expect(ids(await accountQueue(db, officer, { status: "pending", q: uscc.slice(0, 17) }))).toContain(filing);
    });

    it("never finds another district's kindergarten, by name or by USCC", async () => {
      const officer = await createOfficer(db, "education", YINZHOU);
      const tag = ulid().slice(-6);
      const there = await newKindergarten({ region: JIANGBEI, name: `江北区月亮湾${tag}幼儿园` });
      const filing = await filed(there);
      expect((await accountQueue(db, jiangbeiEdu, { status: "pending", q: `月亮湾${tag}` }))?.rows.map((r) => r.id)).toEqual([filing]);
      const byName = await accountQueue(db, officer, { status: "pending", q: `月亮湾${tag}` });
      expect([ids(byName), byName?.total]).toEqual([[], 0]);
      const byCode = await accountQueue(db, officer, { status: "pending", q: await usccOf(there.id) });
      expect([ids(byCode), byCode?.total]).toEqual([[], 0]);
      // Naming the other district does not move the search there (the case queue's fallback keeps within the scope).
      expect(ids(await accountQueue(db, officer, { status: "pending", q: `江北 月亮湾${tag}` }))).toEqual([]);
    });

    it("refuses a search of more than SEARCH_MAX_TERMS words with the message, and reads the tab without it", async () => {
      const officer = await createOfficer(db, "education", YINZHOU);
      const filing = await filed(await newKindergarten({ region: YINZHOU }));
      const q = "一 二 三 四 五 六";
      const queue = await accountQueue(db, officer, { status: "pending", q });
      expect(queue?.searchRefused).toEqual({ q, error: { key: "disclosure.search.tooManyTerms", vars: { max: SEARCH_MAX_TERMS } } });
      expect(queue?.q).toBeNull();
      expect(ids(queue)).toContain(filing);
      // Five words are a search (that finds nothing here), not refused.
      const five = await accountQueue(db, officer, { status: "pending", q: "一 二 三 四 五" });
      expect([five?.searchRefused, ids(five)]).toEqual([null, []]);
    });

    it("pages a search's filings by the same keyset, with no duplicate and no gap", async () => {
      const officer = await createOfficer(db, "education", YINZHOU);
      const tag = ulid().slice(-6);
      const created: string[] = [];
      for (let i = 0; i < QUEUE_PAGE + 3; i++) {
        created.push(await filed(await newKindergarten({ region: YINZHOU, name: `星光${tag}幼儿园${i}` }), { now: new Date(NOW.getTime() + (i % 2) * 60_000) }));
      }
      await filed(await newKindergarten({ region: YINZHOU }));
      const first = await accountQueue(db, officer, { status: "pending", q: `星光${tag}` });
      expect([first?.rows.length, first?.total]).toEqual([QUEUE_PAGE, QUEUE_PAGE + 3]);
      const second = await accountQueue(db, officer, { status: "pending", q: `星光${tag}`, after: first!.next! });
      expect([second?.rows.length, second?.next]).toEqual([3, null]);
      expect([...ids(first), ...ids(second)].sort()).toEqual([...created].sort());
    });
  });
});

describe("kindergartenAccounts", () => {
  /** A parent's mismatching check at `checkedAt` (an instant). */
  async function mismatch(kindergartenId: string, digest: string, checkedAt: string) {
    await db
      .insertInto("account_check_mismatches")
      .values({ id: ulid(), kindergarten_id: kindergartenId, account_digest: digest, account_last4: digest.slice(-4), name_given: 0, checked_at: checkedAt })
      .execute();
  }

  it("counts parents' mismatching checks within the 30 days ending today, and shows the kindergarten-wide flag they raise", async () => {
    const kg = await newKindergarten();
    await approved(kg);
    // Today is 2026-11-30 in Shanghai: the window's first day is 2026-11-01, which begins at 2026-10-31T16:00Z.
    await mismatch(kg.id, "digest-a-0001", "2026-10-31T15:59:59.999Z"); // the last instant of 10-31: outside
    await mismatch(kg.id, "digest-a-0001", "2026-10-31T16:00:00.000Z"); // the first instant of 11-01: inside
    await mismatch(kg.id, "digest-b-0002", "2026-11-29T08:00:00.000Z");
    await mismatch(kg.id, "digest-b-0002", "2026-11-30T01:00:00.000Z");

    const before = await kindergartenAccounts(db, haishuEdu, kg.id, NOW);
    // The numbers by their last four digits, the most checked within the window first.
    expect(before?.mismatches).toEqual({ windowDays: 30, count: 3, distinctAccounts: 2, last4s: ["0002", "0001"], total: 4, lastAt: "2026-11-30T01:00:00.000Z" });
    expect(before?.flags).toEqual([]);

    // The account-check job evaluates A02 (amber from 3 mismatches in the window by default).
    await reevaluateKindergartenAccount(db, rules, kg.id, NOW);
    const after = await kindergartenAccounts(db, haishuEdu, kg.id, NOW);
    expect(after?.flags).toMatchObject([{ ruleId: "A02", severity: "amber" }]);
  });

  it("a new account filed while parents' mismatches are flagged does not silence the flag once it is in force", async () => {
    const kg = await newKindergarten();
    await approved(kg);
    for (const [i, at] of ["2026-11-27T02:00:00.000Z", "2026-11-28T02:00:00.000Z", "2026-11-29T02:00:00.000Z"].entries()) {
      await mismatch(kg.id, `digest-c-000${i}`, at);
    }
    await reevaluateKindergartenAccount(db, rules, kg.id, NOW);
    expect((await kindergartenAccounts(db, haishuEdu, kg.id, NOW))?.flags).toMatchObject([{ ruleId: "A02", severity: "amber" }]);

    // The operator files a replacement (in force tomorrow), which is approved; parents keep reporting other numbers.
    const replacement = await filed(kg, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 1) } });
    await review(haishuEdu, replacement, { decision: "approve" });
    for (let i = 0; i < 7; i++) await mismatch(kg.id, `digest-d-000${i}`, "2026-11-30T12:00:00.000Z");
    await reevaluateKindergartenAccount(db, rules, kg.id, daysLater(1));

    // Ten mismatching checks in the window: red, whichever account is in force.
    expect((await kindergartenAccounts(db, haishuEdu, kg.id, daysLater(1)))?.flags).toMatchObject([{ ruleId: "A02", severity: "red" }]);
    // The filing's own flags are those about the filed account (A01), not the parents' checks.
    expect((await accountForOfficer(db, haishuEdu, replacement, daysLater(1)))?.account.flags).toEqual([]);
  });

  it("is for officers in scope: the district's market officer reads without reviewing, another district's officer gets nothing", async () => {
    const kg = await newKindergarten();
    const id = await filed(kg);
    expect(await kindergartenAccounts(db, haishuEdu, kg.id, NOW)).toMatchObject({ canReview: true, accounts: [{ id, status: "pending" }] });
    expect(await kindergartenAccounts(db, haishuMarket, kg.id, NOW)).toMatchObject({ canReview: false, accounts: [{ id }] });
    expect(await kindergartenAccounts(db, jiangbeiEdu, kg.id, NOW)).toBeNull();
    expect(await accountForOfficer(db, jiangbeiEdu, id, NOW)).toBeNull();
    expect(await kindergartenAccounts(db, kg.operator, kg.id, NOW)).toBeNull();
  });
});

describe("accountEvidence", () => {
  it("gives the bytes to the kindergarten's operator and officers in scope, and nothing to anyone else", async () => {
    const kg = await newKindergarten();
    const other = await newKindergarten();
    // A PDF: kept byte for byte (a photo is re-encoded, its metadata dropped).
    const sent = pdfBytes();
    const id = await filed(kg, { evidence: { name: "scan.pdf", bytes: sent } });

    for (const reader of [kg.operator, haishuEdu, haishuMarket, admin]) {
      const evidence = await accountEvidence(db, store, reader, id);
      expect(evidence, reader.username).toMatchObject({ mediaType: "application/pdf", name: "scan.pdf" });
      expect(Buffer.from(evidence!.bytes).equals(Buffer.from(sent))).toBe(true);
    }
    for (const stranger of [other.operator, jiangbeiEdu]) {
      expect(await accountEvidence(db, store, stranger, id), stranger.username).toBeNull();
    }
    expect(await accountEvidence(db, store, kg.operator, ulid())).toBeNull();
  });
});

describe("a replacement must start after every approved account (kg006's walk-through)", () => {
  it("filing with an approved account on record that starts on or after the new date is refused under the date, naming the date", async () => {
    const kg = await newKindergarten();
    const current = await approved(kg);
    const upcoming = await approved(kg, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 10) } });
    expect(await accountRow(current)).toMatchObject({ effective_to: addDays(TODAY, 9) });
    const before = await accountRowCounts(db);

    for (const effectiveFrom of [addDays(TODAY, 4), addDays(TODAY, 10)]) {
      const result = await file(kg, { fields: { accountNumber: "6228480010000000018", effectiveFrom } });
      expect(result).toEqual({
        ok: false,
        kind: "invalid",
        formErrors: [],
        fieldErrors: { effectiveFrom: [{ key: `account.effectiveFrom.afterApproved|${JSON.stringify({ date: addDays(TODAY, 10) })}` }] },
      });
    }
    expect(await accountRowCounts(db)).toEqual(before);
    expect((await operatorAccounts(db, kg.operator, NOW))?.latestApprovedStart).toBe(addDays(TODAY, 10));

    // A day after it is accepted, and its approval ends the upcoming account on its one day.
    const later = await filed(kg, { fields: { accountNumber: "6228480010000000018", effectiveFrom: addDays(TODAY, 11) } });
    expect(await review(haishuEdu, later, { decision: "approve" })).toMatchObject({ ok: true, effectiveFrom: addDays(TODAY, 11), endedAccountId: upcoming });
    expect(await accountRow(upcoming)).toMatchObject({ effective_from: addDays(TODAY, 10), effective_to: addDays(TODAY, 10) });
  });

  it("the review page's plan is what approval then does: the account open on the new start ends the day before", async () => {
    const kg = await newKindergarten();
    const current = await approved(kg);
    const upcoming = await approved(kg, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 10) } });
    const replacement = await filed(kg, { fields: { accountNumber: "6228480010000000018", effectiveFrom: addDays(TODAY, 20) } });

    const plan = (await accountForOfficer(db, haishuEdu, replacement, NOW))?.approval;
    // Not the account in force today (it ends on day 9 already): the upcoming one ends, on day 19.
    expect(plan).toEqual({ ok: true, effectiveFrom: addDays(TODAY, 20), ends: { id: upcoming, effectiveTo: addDays(TODAY, 19) } });
    expect(await review(haishuEdu, replacement, { decision: "approve" })).toMatchObject({ ok: true, effectiveFrom: addDays(TODAY, 20), endedAccountId: upcoming });
    expect(await accountRow(upcoming)).toMatchObject({ effective_to: addDays(TODAY, 19) });
    expect(await accountRow(current)).toMatchObject({ effective_to: addDays(TODAY, 9) });
    // Decided: no plan for it any more.
    expect((await accountForOfficer(db, haishuEdu, replacement, NOW))?.approval).toBeNull();
  });

  it("a first filing's plan starts it on its date, or on the day of review if that has passed, ending nothing", async () => {
    const kg = await newKindergarten();
    const id = await filed(kg, { fields: { effectiveFrom: addDays(TODAY, 1) } });
    expect((await accountForOfficer(db, haishuEdu, id, NOW))?.approval).toEqual({ ok: true, effectiveFrom: addDays(TODAY, 1), ends: null });
    expect((await accountForOfficer(db, haishuEdu, id, daysLater(3)))?.approval).toEqual({ ok: true, effectiveFrom: addDays(TODAY, 3), ends: null });
  });

  it("the same submission sent again after it was approved is answered with the first filing, not refused by its own date", async () => {
    const kg = await newKindergarten();
    const key = ulid();
    const first = await file(kg, { key, fields: { effectiveFrom: addDays(TODAY, 3) } });
    expect(first).toMatchObject({ ok: true, replayed: false });
    await review(haishuEdu, first.ok ? first.accountId : "", { decision: "approve" });

    expect(await file(kg, { key, fields: { effectiveFrom: addDays(TODAY, 3) } })).toMatchObject({ ok: true, replayed: true, accountId: first.ok ? first.accountId : "?" });
  });
});

describe("planApproval (pure)", () => {
  const acc = (id: string, from: string, to: string | null) => ({ id, effective_from: from, effective_to: to });

  it.each([
    ["nothing approved", [], "2026-12-04", "2026-12-01", { ok: true, effectiveFrom: "2026-12-04", ends: null }],
    ["an open account: it ends the day before", [acc("a", "2025-01-01", null)], "2026-12-04", "2026-12-01", { ok: true, effectiveFrom: "2026-12-04", ends: { id: "a", effectiveTo: "2026-12-03" } }],
    ["reviewed after the date asked for: from the review day", [acc("a", "2025-01-01", null)], "2026-12-02", "2026-12-05", { ok: true, effectiveFrom: "2026-12-05", ends: { id: "a", effectiveTo: "2026-12-04" } }],
    ["an ended account only: nothing ends", [acc("a", "2025-01-01", "2026-06-30")], "2026-12-04", "2026-12-01", { ok: true, effectiveFrom: "2026-12-04", ends: null }],
    [
      "an approved account from 2026-12-10 (the current one ending 12-09): impossible",
      [acc("a", "2025-01-01", "2026-12-09"), acc("b", "2026-12-10", null)],
      "2026-12-04",
      "2026-12-04",
      { ok: false, effectiveFrom: "2026-12-04", laterFrom: "2026-12-10" },
    ],
    ["an approved account from the same day: impossible", [acc("b", "2026-12-10", null)], "2026-12-10", "2026-12-04", { ok: false, effectiveFrom: "2026-12-10", laterFrom: "2026-12-10" }],
  ])("%s", (_label, approvedAccounts, requested, today, plan) => {
    expect(planApproval(approvedAccounts, requested, today)).toEqual(plan);
  });
});

describe("one post tells every mistake, in the same words with and without JavaScript", () => {
  const wrong = { bankName: "", accountNumber: "3315 0198 36O1 0000", cnapsCode: "10533200001", effectiveFrom: "2026-01-01" };

  it("a past date is told with an empty bank, letters in the number and an 11-digit CNAPS code, and nothing is stored", async () => {
    const kg = await newKindergarten();
    const before = await accountRowCounts(db);
    const result = await file(kg, { fields: wrong });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      bankName: [{ key: "account.bankName.required" }],
      accountNumber: [{ key: "account.accountNumber.digits" }],
      cnapsCode: [{ key: "account.cnapsCode.format" }],
      effectiveFrom: [{ key: "account.effectiveFrom.past" }],
    });
    expect(await accountRowCounts(db)).toEqual(before);
  });

  it("a past date is told as past only when the approved account started before today; with one starting later, that start too", async () => {
    const kg = await newKindergarten();
    const twentyDaysAgo = daysLater(-20);
    await approved(kg, { fields: { effectiveFrom: addDays(TODAY, -20) }, now: twentyDaysAgo }, twentyDaysAgo);
    const keysOf = (result: Awaited<ReturnType<typeof file>>) => (result.ok ? null : result.fieldErrors.effectiveFrom?.map((m) => m.key));
    // Every date from today on is after that start: "not before today" says all there is to fix.
    expect(keysOf(await file(kg, { fields: { accountNumber: "6228480010000000018", effectiveFrom: addDays(TODAY, -1) } }))).toEqual(["account.effectiveFrom.past"]);

    await approved(kg, { fields: { accountNumber: "6222021001123456789", effectiveFrom: addDays(TODAY, 10) } });
    expect(keysOf(await file(kg, { fields: { accountNumber: "6228480010000000018", effectiveFrom: addDays(TODAY, -1) } }))).toEqual([
      "account.effectiveFrom.past",
      `account.effectiveFrom.afterApproved|${JSON.stringify({ date: addDays(TODAY, 10) })}`,
    ]);
  });

  it("an empty date is told as missing, with the other mistakes and the missing file", async () => {
    const kg = await newKindergarten();
    const result = await file(kg, { fields: { ...wrong, effectiveFrom: "" }, evidence: null });
    expect(result.ok ? {} : Object.fromEntries(Object.entries(result.fieldErrors).map(([f, ms]) => [f, ms.map((m) => m.key)]))).toEqual({
      bankName: ["account.bankName.required"],
      accountNumber: ["account.accountNumber.digits"],
      cnapsCode: ["account.cnapsCode.format"],
      effectiveFrom: ["account.effectiveFrom.required"],
      evidence: ["account.evidence.required"],
    });
  });

  it.each([
    ["the mistakes above", wrong],
    ["every field empty", { bankName: "", branchName: "", accountName: "", accountNumber: "", cnapsCode: "", effectiveFrom: "" }],
    ["blanks only", { bankName: "  ", branchName: " ", accountName: "\u3000", accountNumber: " - ", effectiveFrom: "2026-13-01" }],
    ["a date before an approved account's start", { effectiveFrom: addDays(TODAY, 2) }],
  ])("%s: the page's check (conform drops empty fields) says what the domain says", async (_label, fields) => {
    const kg = await newKindergarten();
    await approved(kg, { fields: { effectiveFrom: addDays(TODAY, 5) } });
    const view = await operatorAccounts(db, kg.operator, NOW);
    const input = accountFields(kg.name, TODAY, fields);
    const form = new FormData();
    for (const [name, value] of Object.entries(input)) form.set(name, value);

    const client = parseWithZod(form, { schema: accountFilingOn({ today: view!.today, latestApprovedStart: view!.latestApprovedStart }) }).reply().error;
    const server = await file(kg, { fields, evidence: pdfUpload() });

    expect(server.ok).toBe(false);
    if (server.ok) return;
    const serverErrors = Object.fromEntries(Object.entries(server.fieldErrors).map(([f, ms]) => [f, ms.map(encodeMessage)]));
    expect(client).toEqual(serverErrors);
    expect(Object.keys(serverErrors).length).toBeGreaterThan(0);
  });
});

describe("refilingDraft", () => {
  const returnedView = (effectiveFrom: string, latestApproved: string | null) =>
    ({
      kindergarten: { id: "k", approvedName: "甲幼儿园", nameInUse: "甲幼儿园" },
      accounts: [{ status: "returned", reviewNote: "户名不符", bankName: "中国银行", branchName: "海曙支行", accountName: "甲", accountNumber: "123456789012", cnapsCode: null, effectiveFrom, flags: [] }],
      hasPending: false,
      latestApprovedStart: latestApproved,
      today: "2026-12-04",
    }) as unknown as OperatorAccounts;

  it("starts the next filing from the returned one, its date moved to the first day the form accepts", () => {
    expect(refilingDraft(returnedView("2026-12-20", null))).toMatchObject({ from: "returned", reviewNote: "户名不符", accountNumber: "123456789012", cnapsCode: "", effectiveFrom: "2026-12-20" });
    expect(refilingDraft(returnedView("2026-11-01", null))?.effectiveFrom).toBe("2026-12-04");
    expect(refilingDraft(returnedView("2026-12-08", "2026-12-10"))?.effectiveFrom).toBe("2026-12-11");
    expect(refilingDraft({ ...returnedView("2026-12-20", null), accounts: [] })).toBeNull();
  });

  /** kg006's story: a filing in an investment company's name, returned for its name. */
  const returnedFor = (reviewNote: string, accountName = "甲教育咨询有限公司", flags: Array<{ ruleId: string; fired: boolean }> = []) => {
    const view = returnedView("2026-12-20", null);
    return { ...view, accounts: [{ ...view.accounts[0], reviewNote, accountName, flags }] } as unknown as OperatorAccounts;
  };

  it.each([
    ["户名不符"],
    ["账户名称与幼儿园登记名称不一致：收费账户应为幼儿园本单位的对公账户，请更正后重新备案。"],
    ["户 名应与开户许可证一致"],
    ["戶名與核准名稱不一致"],
  ])("returned for its name (%s): the draft holds the approved name, and names what was filed", (note) => {
    expect(refilingDraft(returnedFor(note))).toMatchObject({ accountName: "甲幼儿园", returnedAccountName: "甲教育咨询有限公司", accountNumber: "123456789012" });
  });

  it("returned for something else, the draft keeps the filed name; A01 fired on the filing counts as a return for the name", () => {
    for (const note of ["开户许可证照片不清晰，请重新上传。", "开户行名称有误，应为海曙支行", "银行名称写错了", "网点名称不全"]) {
      expect(refilingDraft(returnedFor(note)), note).toMatchObject({ accountName: "甲教育咨询有限公司", returnedAccountName: null });
    }
    expect(refilingDraft(returnedFor("开户许可证照片不清晰", undefined, [{ ruleId: "A01", fired: true }]))).toMatchObject({ accountName: "甲幼儿园", returnedAccountName: "甲教育咨询有限公司" });
    expect(refilingDraft(returnedFor("开户许可证照片不清晰", undefined, [{ ruleId: "A02", fired: true }]))).toMatchObject({ returnedAccountName: null });
  });

  it("through filing and review: A01 fires on a brand name, the officer returns it for its file, the next draft holds the approved name", async () => {
    const kg = await newKindergarten();
    const accountId = await filed(kg, { fields: { accountName: "阳光幼儿园", effectiveFrom: addDays(TODAY, 10) } });
    expect((await review(haishuEdu, accountId, { decision: "return", note: "开户许可证照片不清晰，请重新上传。" })).ok).toBe(true);
    const draft = refilingDraft((await operatorAccounts(db, kg.operator, NOW))!);
    expect(draft).toMatchObject({ reviewNote: "开户许可证照片不清晰，请重新上传。", accountName: kg.name, returnedAccountName: "阳光幼儿园" });
  });

  it("starts the next filing from a withdrawn one too, as it was filed: no reason, its name kept even if A01 fired on it", () => {
    const view = returnedView("2026-11-01", null);
    const withdrawn = { ...view, accounts: [{ ...view.accounts[0], status: "withdrawn", reviewNote: "", accountName: "甲教育咨询有限公司", flags: [{ ruleId: "A01", fired: true }] }] };
    expect(refilingDraft(withdrawn as unknown as OperatorAccounts)).toEqual({
      from: "withdrawn",
      reviewNote: null,
      bankName: "中国银行",
      branchName: "海曙支行",
      accountName: "甲教育咨询有限公司",
      accountNumber: "123456789012",
      cnapsCode: "",
      effectiveFrom: "2026-12-04",
      returnedAccountName: null,
    });
    // Approved or pending last: nothing to start from.
    for (const status of ["approved", "pending"]) expect(refilingDraft({ ...view, accounts: [{ ...view.accounts[0], status }] } as unknown as OperatorAccounts), status).toBeNull();
  });

  it("a filed name that is the approved name as A01 compares them is kept whatever the reason says", () => {
    expect(refilingDraft(returnedFor("户名请核对", " 甲幼儿园 "))).toMatchObject({ accountName: " 甲幼儿园 ", returnedAccountName: null });
    expect(returnConcernsAccountName({ reviewNote: "户名不符", flags: [], accountName: "甲幼儿园" }, "甲幼儿园")).toBe(false);
  });
});
