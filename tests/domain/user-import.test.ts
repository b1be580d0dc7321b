/**
 * The account import (app/domain/users/user-import.server.ts): a CSV of operators and officers checked as the
 * new-account form is, previewed without writing, then imported all or nothing, each account with a temporary
 * password to change and audited as a single creation (without the password); a double submit creates once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { verifyPassword } from "~/domain/users/password.server";
import { createUser } from "~/domain/users/user-admin.server";
import { importUsers, previewUserImport, userImportTemplate, type UserImportRow } from "~/domain/users/user-import.server";
import { temporaryPasswordsCsv, USER_IMPORT_MAX_ROWS } from "~/domain/users/user-import.schema";
import { createActor, createKindergarten, HAISHU, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let admin: Actor;
let officer: Actor;
let kgA: { id: string; uscc: string };
let kgB: { id: string; uscc: string };
let closed: { id: string; uscc: string };

const HEADER = "username,display_name,role,kindergarten_uscc,agency,region_code,lead";
const csv = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;
const bytes = (text: string) => new TextEncoder().encode(text);

async function kindergarten(status: "active" | "closed" = "active") {
  const kg = await createKindergarten(db, { status });
  const { uscc } = await db.selectFrom("kindergartens").select("uscc").where("id", "=", kg.id).executeTakeFirstOrThrow();
  return { id: kg.id, uscc };
}

const userCount = async () => Number((await db.selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const auditCount = async () => Number((await db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const byUsername = (username: string) => db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
/** Each row's errors as "column:key" (the key without its encoded vars). */
const errorsOf = (rows: readonly UserImportRow[]) =>
  Object.fromEntries(rows.filter((r) => r.errors.length > 0).map((r) => [r.line, r.errors.map((e) => `${e.column ?? ""}:${e.key}`)]));

async function imported(text: string, actor: Actor | null = admin, submissionKey: string = ulid()) {
  const result = await importUsers({ db, actor, file: bytes(text), submissionKey: actor ? submissionKey : undefined });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  admin = await createActor(db, "admin");
  officer = await createActor(db, "officer", { regionCode: HAISHU });
  kgA = await kindergarten();
  kgB = await kindergarten();
  closed = await kindergarten("closed");
});

afterAll(async () => {
  await t?.destroy();
});

describe("a valid file", () => {
  it("is previewed row by row without writing anything, an existing operator named", async () => {
    const existing = await createActor(db, "operator", { regionCode: HAISHU, kindergartenId: kgB.id });
    const [users, audits] = [await userCount(), await auditCount()];
    const preview = await previewUserImport({
      db,
      actor: admin,
      file: bytes(csv(`Preview.Op,春芽幼儿园收费管理员,operator,${kgB.uscc.toLowerCase()},,,`, `preview.market,海曙区市场监督管理局,officer,,market,${HAISHU},是`)),
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.errorCount).toBe(0);
    expect(preview.rows).toMatchObject([
      { line: 2, username: "preview.op", role: "operator", kindergartenUscc: kgB.uscc, existingOperators: [existing.username], errors: [] },
      { line: 3, username: "preview.market", role: "officer", agency: "market", regionCode: HAISHU, regionName: "海曙区", lead: true, existingOperators: [], errors: [] },
    ]);
    expect(preview.rows[0].kindergartenName).toBeTruthy();
    expect([await userCount(), await auditCount()]).toEqual([users, audits]);
  });

  it("creates every account with a temporary password to change, audited as a single creation without it", async () => {
    const result = await imported(
      csv(
        `Kg.Alpha,甲园收费管理员,operator,${kgA.uscc},,,`,
        `kg.alpha2,甲园出纳,operator,${kgA.uscc},market,${HAISHU},是`,
        `haishu.import,"海曙区市场监督管理局（导入）",officer,,market,${HAISHU},1`,
        `ningbo.edu.import,宁波市教育局,Officer,,Education,${NINGBO},`,
      ),
    );
    expect(result.replayed).toBe(false);
    expect(result.accounts.map((a) => a.username)).toEqual(["kg.alpha", "kg.alpha2", "haishu.import", "ningbo.edu.import"]);
    for (const account of result.accounts) {
      expect(account.temporaryPassword).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      const user = (await byUsername(account.username))!;
      expect(user).toMatchObject({ id: account.userId, active: 1, must_change_password: 1 });
      expect(await verifyPassword(user.password_hash, account.temporaryPassword!)).toBe(true);
      const audit = await db.selectFrom("audit_log").select(["action", "actor_id", "detail"]).where("entity_id", "=", user.id).execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: "user.create", actor_id: admin.id });
      expect(JSON.parse(audit[0].detail)).toMatchObject({ username: account.username, via: "admin_import", temporaryPassword: true });
      expect(audit[0].detail).not.toContain(account.temporaryPassword);
      expect(audit[0].detail).not.toContain(user.password_hash);
      expect(audit[0].detail).not.toMatch(/argon2/);
    }
    // An operator keeps only the kindergarten (the officer's cells dropped, as the form drops them); officers their fields.
    expect(await byUsername("kg.alpha2")).toMatchObject({ role: "operator", kindergarten_id: kgA.id, agency: null, region_code: null, lead: 0 });
    expect(await byUsername("haishu.import")).toMatchObject({ role: "officer", display_name: "海曙区市场监督管理局（导入）", agency: "market", region_code: HAISHU, lead: 1 });
    expect(await byUsername("ningbo.edu.import")).toMatchObject({ role: "officer", agency: "education", region_code: NINGBO, lead: 0, kindergarten_id: null });
    // Nothing of a password in the submission's stored answer either.
    const stored = await db.selectFrom("submission_keys").select("result").where("form", "=", "user_import").execute();
    for (const { result: answer } of stored) for (const account of result.accounts) expect(answer).not.toContain(account.temporaryPassword);
  });

  it("imports more rows than one insert statement takes (200), and from the command line with the system as the actor", async () => {
    const rows = Array.from({ length: 201 }, (_, i) => `bulk.${i},海曙区检查员${i},officer,,market,${HAISHU},`);
    const result = await imported(csv(...rows), null);
    expect(result.accounts).toHaveLength(201);
    const audits = await db.selectFrom("audit_log").select(["actor_id", "detail"]).where("action", "=", "user.create").where("detail", "like", '%"bulk.%').execute();
    expect(audits).toHaveLength(201);
    for (const a of audits) expect({ actor: a.actor_id, via: JSON.parse(a.detail).via }).toEqual({ actor: null, via: "cli_import" });
    expect(temporaryPasswordsCsv(result.accounts.map((a) => ({ username: a.username, temporaryPassword: a.temporaryPassword! }))).split("\r\n")[1]).toBe(
      `bulk.0,${result.accounts[0].temporaryPassword}`,
    );
  });
});

describe("a file with a bad row", () => {
  it("creates nothing, and says every problem of every row with its line and column", async () => {
    const [users, audits] = [await userCount(), await auditCount()];
    const text = csv(
      `ok.one,甲,operator,${kgA.uscc},,,`,
      `unknown.kg,乙,operator,91330203MA2XXXXX0X,,,`,
      `ok.two,丙,officer,,market,${JIANGBEI},`,
    );
    const result = await importUsers({ db, actor: admin, file: bytes(text), submissionKey: ulid() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("invalid");
    expect(errorsOf(result.rows)).toEqual({ 3: ["kindergarten_uscc:users.kindergarten.unknown"] });
    expect(result.rows[1].errors[0]).toMatchObject({ column: "kindergarten_uscc", value: "91330203MA2XXXXX0X" });
    expect([await userCount(), await auditCount()]).toEqual([users, audits]);
    expect(await byUsername("ok.one")).toBeUndefined();
    // The key is free again: the corrected file goes under it.
    const key = ulid();
    expect((await importUsers({ db, actor: admin, file: bytes(text), submissionKey: key })).ok).toBe(false);
    const fixed = await imported(csv(`ok.one,甲,operator,${kgA.uscc},,,`, `ok.two,丙,officer,,market,${JIANGBEI},`), admin, key);
    expect(fixed.accounts).toHaveLength(2);
  });

  it("refuses usernames repeated in the file or taken in the database, whatever their case", async () => {
    await createUser({ db, actor: admin, input: { username: "taken.before", displayName: "某", role: "officer", agency: "market", regionCode: HAISHU }, submissionKey: ulid() });
    const preview = await previewUserImport({
      db,
      actor: admin,
      file: bytes(csv(`twin.name,甲,officer,,market,${HAISHU},`, `Twin.Name,乙,officer,,market,${HAISHU},`, `TAKEN.before,丙,officer,,market,${HAISHU},`, `x,丁,officer,,market,${HAISHU},`)),
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(errorsOf(preview.rows)).toEqual({
      3: ["username:users.import.duplicate"],
      4: ["username:users.username.taken"],
      5: ["username:users.username.pattern"],
    });
    expect(preview.rows[1].errors[0]).toMatchObject({ vars: { line: 2 }, value: "Twin.Name" });
    expect(preview.errorCount).toBe(3);
  });

  it("refuses an unknown, a closed and a malformed kindergarten USCC, and an operator without one", async () => {
    const preview = await previewUserImport({
      db,
      actor: admin,
      file: bytes(
        csv(
          `op.unknown,甲,operator,91330203MA2XXXXX0X,,,`,
          `op.closed,乙,operator,${closed.uscc},,,`,
          `op.malformed,丙,operator,not-a-uscc,,,`,
          `op.none,丁,operator,,,,`,
          `op.fine,戊,operator, ${kgA.uscc.slice(0, 9)}-${kgA.uscc.slice(9)} ,,,`,
        ),
      ),
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(errorsOf(preview.rows)).toEqual({
      2: ["kindergarten_uscc:users.kindergarten.unknown"],
      3: ["kindergarten_uscc:users.kindergarten.closed"],
      4: ["kindergarten_uscc:users.kindergarten.unknown"],
      5: ["kindergarten_uscc:users.import.kindergarten.required"],
    });
  });

  it("checks officers' rows as the form does: agency, region and its level, a lead only where leads exist, read strictly", async () => {
    const preview = await previewUserImport({
      db,
      actor: admin,
      file: bytes(
        csv(
          `off.none,甲,officer,,,,`,
          `off.agency,乙,officer,,police,${HAISHU},`,
          `off.region,丙,officer,,market,999999,`,
          `off.region2,丁,officer,,market,33020,`,
          `off.ndrc,戊,officer,,development_reform,${HAISHU},是`,
          `off.lead,己,officer,,market,${HAISHU},maybe`,
          `off.admin,庚,admin,,,,`,
          `off.role,辛,inspector,,market,${HAISHU},`,
          `,,officer,,market,${HAISHU},`,
          `too.many,壬,officer,,market,${HAISHU},,extra`,
        ),
      ),
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(errorsOf(preview.rows)).toEqual({
      2: ["agency:users.agency.required", "region_code:users.region.required"],
      3: ["agency:users.import.agency"],
      4: ["region_code:users.region.unknown"],
      5: ["region_code:users.import.region"],
      6: ["lead:users.lead.agency"],
      7: ["lead:users.import.lead"],
      8: ["role:users.import.role"],
      9: ["role:users.import.role"],
      10: ["username:form.required", "display_name:form.required"],
      11: [":csv.fieldCount"],
    });
  });

  it("refuses a file of more than 2,000 rows or a megabyte before reading a row, and a file that is not one", async () => {
    const many = csv(...Array.from({ length: USER_IMPORT_MAX_ROWS + 1 }, (_, i) => `many.${i},某,officer,,market,${HAISHU},`));
    const tooMany = await importUsers({ db, actor: admin, file: bytes(many), submissionKey: ulid() });
    expect(tooMany).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "csv.tooManyRows", vars: { max: 2000 } }], rows: [] });
    const big = csv(`big.one,${"长".repeat(400_000)},officer,,market,${HAISHU},`);
    expect(await importUsers({ db, actor: admin, file: bytes(big), submissionKey: ulid() })).toMatchObject({ ok: false, formErrors: [{ key: "csv.upload.tooLarge" }] });
    const header = await previewUserImport({ db, actor: admin, file: bytes("name,role\r\nx,officer\r\n") });
    expect(header.ok).toBe(false);
    if (!header.ok) expect(header.formErrors.map((m) => m.key)).toContain("csv.header.missing");
    expect(await byUsername("many.0")).toBeUndefined();
  });

  it("the template is a valid file in form: its header reads, and its example rows are refused as examples to replace", async () => {
    // No register or user list makes an example valid everywhere (the example kindergarten is no deployment's, its
    // username may be taken): each example row says it is one, and nothing else, and an unchanged template opens nothing.
    const preview = await previewUserImport({ db, actor: admin, file: userImportTemplate() });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(errorsOf(preview.rows)).toEqual({ 2: ["username:users.import.exampleRow"], 3: ["username:users.import.exampleRow"] });
    expect(await importUsers({ db, actor: admin, file: userImportTemplate(), submissionKey: ulid() })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await byUsername("example.operator")).toBeUndefined();
    expect(await byUsername("example.officer")).toBeUndefined();
    // With the example's username replaced, the same row is checked as any other.
    const replaced = await previewUserImport({ db, actor: admin, file: userImportTemplate().replace("example.officer", "haishu.new.officer") });
    if (!replaced.ok) throw new Error(JSON.stringify(replaced));
    expect(errorsOf(replaced.rows)).toEqual({ 2: ["username:users.import.exampleRow"] });
  });
});

describe("who imports, and submitting twice", () => {
  it("refuses anyone but an administrator, and an import without a valid key", async () => {
    const text = csv(`nobody.one,甲,officer,,market,${HAISHU},`);
    expect(await importUsers({ db, actor: officer, file: bytes(text), submissionKey: ulid() })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await previewUserImport({ db, actor: officer, file: bytes(text) })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await importUsers({ db, actor: admin, file: bytes(text), submissionKey: "short" })).toMatchObject({ ok: false, formErrors: [{ key: "submission.key.invalid" }] });
    expect(await byUsername("nobody.one")).toBeUndefined();
  });

  it("a double submit creates once; the repeat lists the accounts without their passwords", async () => {
    const text = csv(`twice.one,甲,officer,,market,${HAISHU},`, `twice.two,乙,operator,${kgB.uscc},,,`);
    const key = ulid();
    const first = await imported(text, admin, key);
    const again = await imported(text, admin, key);
    expect(again.replayed).toBe(true);
    expect(again.accounts).toEqual(first.accounts.map((a) => ({ ...a, temporaryPassword: null })));
    expect(await db.selectFrom("users").select("id").where("username", "in", ["twice.one", "twice.two"]).execute()).toHaveLength(2);
    // The same key with another file is not a repeat.
    const other = await importUsers({ db, actor: admin, file: bytes(csv(`twice.three,丙,officer,,market,${HAISHU},`)), submissionKey: key });
    expect(other).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "submission.key.reused" }] });
  });

  it("two submits at the same moment create once", async () => {
    const text = csv(`race.one,甲,officer,,market,${HAISHU},`, `race.two,乙,officer,,market,${JIANGBEI},`);
    const key = ulid();
    const [a, b] = await Promise.all([importUsers({ db, actor: admin, file: bytes(text), submissionKey: key }), importUsers({ db, actor: admin, file: bytes(text), submissionKey: key })]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    if (!a.ok || !b.ok) return;
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await db.selectFrom("users").select("id").where("username", "in", ["race.one", "race.two"]).execute()).toHaveLength(2);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "user.create").where("detail", "like", '%"race.%').execute()).toHaveLength(2);
  });
});
