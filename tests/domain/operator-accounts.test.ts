/**
 * The district's education office keeps its kindergartens' bookkeepers' accounts (`manage:operator-account:region`)
 * through the administrator's own functions in its account scope (app/domain/users/user-admin.*): it opens an
 * operator's account for a kindergarten of its region, resets its password (a temporary one, to be changed at the
 * next sign-in), deactivates and reactivates it, and lists them. Another region's kindergarten or account, an
 * officer's or an administrator's account, another role, an edit of role fields: refused. Audited as the
 * administrator's steps are, with the officer as the actor.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { findSessionActor, login } from "~/domain/users/auth.server";
import { kindergartenOperatorAccounts, listUsers, userForAdmin } from "~/domain/users/user-admin.queries.server";
import { changeOwnPassword, createUser, resetUserPassword, setUserActive, updateUser } from "~/domain/users/user-admin.server";
import { createActor, createKindergarten, HAISHU, JIANGBEI, seedReferenceData } from "../factories/domain";
import { createAccountOffices } from "../factories/operator-accounts";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let admin: Actor;
let haishuEdu: Actor;
let ningboEdu: Actor;
let jiangbeiEdu: Actor;
let haishuMarket: Actor;
let haishuOfficer: Actor;
let kg: { id: string };
let otherKg: { id: string };
let closedKg: { id: string };
let jiangbeiKg: { id: string };
let operator: Actor;
let jiangbeiOperator: Actor;

const row = (id: string) => db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const auditOf = (id: string) =>
  db.selectFrom("audit_log").select(["action", "actor_id", "detail"]).where("entity_id", "=", id).where("action", "!=", "login").orderBy("seq").execute();
const fieldKeys = (result: { ok: boolean; fieldErrors?: Record<string, Array<{ key: string }>> }) =>
  Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((m) => m.key.split("|")[0])]));
const operatorInput = (username: string, kindergarten: string) => ({ username, displayName: "收费管理员", role: "operator", kindergarten });
const countUsers = async () => Number((await db.selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  ({ admin, haishuEdu, ningboEdu, jiangbeiEdu, haishuMarket } = await createAccountOffices(db));
  haishuOfficer = await createActor(db, "officer", { agency: "education", regionCode: HAISHU });
  kg = await createKindergarten(db, { region_code: HAISHU });
  otherKg = await createKindergarten(db, { region_code: HAISHU });
  closedKg = await createKindergarten(db, { region_code: HAISHU, status: "closed" });
  jiangbeiKg = await createKindergarten(db, { region_code: JIANGBEI });
  operator = await createActor(db, "operator", { kindergartenId: kg.id });
  jiangbeiOperator = await createActor(db, "operator", { kindergartenId: jiangbeiKg.id });
});

afterAll(async () => {
  await t?.destroy();
});

describe("an education officer opens a bookkeeper's account", () => {
  it("for a kindergarten of the region: a temporary password shown once, to be changed, audited with the officer as the actor", async () => {
    const r = await createUser({ db, actor: haishuEdu, input: operatorInput("Haishu.Bookkeeper", kg.id), submissionKey: ulid() });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.temporaryPassword).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await row(r.userId)).toMatchObject({ username: "haishu.bookkeeper", role: "operator", kindergarten_id: kg.id, region_code: null, agency: null, must_change_password: 1, active: 1 });
    const audit = await auditOf(r.userId);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([["user.create", haishuEdu.id]]);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ username: "haishu.bookkeeper", role: "operator", kindergartenId: kg.id, via: "officer", temporaryPassword: true });
    expect(audit[0]!.detail).not.toContain(r.temporaryPassword!);
    const signedIn = await login(db, { username: "haishu.bookkeeper", password: r.temporaryPassword! });
    expect(signedIn.ok && signedIn.actor).toMatchObject({ role: "operator", kindergartenId: kg.id, mustChangePassword: true });
    // A city's education office covers its districts' kindergartens.
    const byCity = await createUser({ db, actor: ningboEdu, input: operatorInput("ningbo.made", kg.id), submissionKey: ulid() });
    expect(byCity).toMatchObject({ ok: true });
  });

  it("with the administrator's checks: a malformed or taken username, a closed kindergarten", async () => {
    const malformed = await createUser({ db, actor: haishuEdu, input: operatorInput("x", kg.id), submissionKey: ulid() });
    expect(fieldKeys(malformed as never)).toEqual({ username: ["users.username.pattern"] });
    const taken = await createUser({ db, actor: haishuEdu, input: operatorInput(operator.username.toUpperCase(), kg.id), submissionKey: ulid() });
    expect(fieldKeys(taken as never)).toEqual({ username: ["users.username.taken"] });
    const closed = await createUser({ db, actor: haishuEdu, input: operatorInput("closed.kg.op", closedKg.id), submissionKey: ulid() });
    expect(fieldKeys(closed as never)).toEqual({ kindergarten: ["users.kindergarten.closed"] });
  });

  it("never for another district's kindergarten (not found, by id or USCC), never another role, never by another agency; nothing stored", async () => {
    const before = await countUsers();
    const uscc = (await db.selectFrom("kindergartens").select("uscc").where("id", "=", jiangbeiKg.id).executeTakeFirstOrThrow()).uscc;
    for (const ref of [jiangbeiKg.id, uscc]) {
      const foreign = await createUser({ db, actor: haishuEdu, input: operatorInput("foreign.op", ref), submissionKey: ulid() });
      expect(fieldKeys(foreign as never)).toEqual({ kindergarten: ["users.kindergarten.unknown"] });
    }
    for (const input of [
      { username: "edu.officer", displayName: "某", role: "officer", agency: "education", regionCode: HAISHU },
      { username: "edu.admin", displayName: "某", role: "admin" },
    ]) {
      const r = await createUser({ db, actor: haishuEdu, input, submissionKey: ulid() });
      expect(r).toMatchObject({ ok: false, kind: "forbidden", formErrors: [{ key: "users.operatorOnly" }] });
    }
    expect(await createUser({ db, actor: haishuMarket, input: operatorInput("market.op", kg.id), submissionKey: ulid() })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await countUsers()).toBe(before);
  });
});

describe("an education officer resets a bookkeeper's password", () => {
  it("a temporary password, every session ended, to be changed at the next sign-in; audited with the officer", async () => {
    const created = await createUser({ db, actor: admin, input: operatorInput("forgetful.bookkeeper", kg.id), submissionKey: ulid() });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const first = await login(db, { username: "forgetful.bookkeeper", password: created.temporaryPassword! });
    if (!first.ok) throw new Error("no sign-in");
    const changed = await changeOwnPassword({ db, actor: first.actor, sessionId: first.sessionId, input: { currentPassword: created.temporaryPassword!, newPassword: "园方自己的密码 2026", confirmPassword: "园方自己的密码 2026" } });
    expect(changed.ok).toBe(true);

    const reset = await resetUserPassword({ db, actor: haishuEdu, userId: created.userId, kindergartenId: kg.id });
    if (!reset.ok) throw new Error(JSON.stringify(reset));
    expect(reset.username).toBe("forgetful.bookkeeper");
    expect(await findSessionActor(db, first.sessionId)).toBeNull();
    expect((await login(db, { username: "forgetful.bookkeeper", password: "园方自己的密码 2026" })).ok).toBe(false);
    const again = await login(db, { username: "forgetful.bookkeeper", password: reset.temporaryPassword });
    if (!again.ok) throw new Error("no sign-in with the temporary password");
    expect(again.actor.mustChangePassword).toBe(true);
    // The bookkeeper sets their own, and the duty is gone.
    const own = await changeOwnPassword({ db, actor: again.actor, sessionId: again.sessionId, input: { currentPassword: reset.temporaryPassword, newPassword: "园方新的密码 2027", confirmPassword: "园方新的密码 2027" } });
    expect(own.ok).toBe(true);
    expect((await row(created.userId)).must_change_password).toBe(0);

    const audit = await auditOf(created.userId);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ["user.create", admin.id],
      ["user.password_change", created.userId],
      ["user.password_reset", haishuEdu.id],
      ["user.password_change", created.userId],
    ]);
    expect(JSON.parse(audit[2]!.detail)).toEqual({ username: "forgetful.bookkeeper", via: "officer", sessionsRevoked: 1 });
    for (const entry of audit) expect(entry.detail).not.toContain(reset.temporaryPassword);
  });

  it("not found for another district's operator, any officer's or administrator's account, or another kindergarten's on this one's page; forbidden to another agency", async () => {
    const hashes = async () => (await db.selectFrom("users").select(["id", "password_hash"]).orderBy("id").execute()).map((u) => u.password_hash).join();
    const before = await hashes();
    const notFound = [
      { actor: jiangbeiEdu, userId: operator.id },
      { actor: haishuEdu, userId: jiangbeiOperator.id },
      { actor: haishuEdu, userId: haishuOfficer.id },
      { actor: haishuEdu, userId: haishuMarket.id },
      { actor: haishuEdu, userId: admin.id },
      { actor: haishuEdu, userId: "no-such-user" },
      { actor: haishuEdu, userId: operator.id, kindergartenId: otherKg.id },
    ];
    for (const probe of notFound) {
      const r = await resetUserPassword({ db, ...probe });
      expect({ probe: probe.userId, r }).toMatchObject({ probe: probe.userId, r: { ok: false, kind: "not_found", formErrors: [{ key: "users.notFound" }] } });
    }
    expect(await resetUserPassword({ db, actor: haishuMarket, userId: operator.id })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await hashes()).toBe(before);
  });
});

describe("an education officer deactivates and reactivates a bookkeeper's account", () => {
  it("deactivation ends the sessions and stops sign-in; reactivation lets them in again; both audited with the officer", async () => {
    const created = await createUser({ db, actor: haishuEdu, input: operatorInput("leaving.bookkeeper", otherKg.id), submissionKey: ulid() });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const session = await login(db, { username: "leaving.bookkeeper", password: created.temporaryPassword! });
    if (!session.ok) throw new Error("no sign-in");
    expect(await setUserActive({ db, actor: haishuEdu, userId: created.userId, kindergartenId: otherKg.id, active: false })).toMatchObject({ ok: true });
    expect(await findSessionActor(db, session.sessionId)).toBeNull();
    expect((await login(db, { username: "leaving.bookkeeper", password: created.temporaryPassword! })).ok).toBe(false);
    expect(await setUserActive({ db, actor: haishuEdu, userId: created.userId, active: true })).toMatchObject({ ok: true });
    expect((await login(db, { username: "leaving.bookkeeper", password: created.temporaryPassword! })).ok).toBe(true);
    const audit = await auditOf(created.userId);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ["user.create", haishuEdu.id],
      ["user.deactivate", haishuEdu.id],
      ["user.reactivate", haishuEdu.id],
    ]);
    expect(JSON.parse(audit[1]!.detail)).toEqual({ username: "leaving.bookkeeper", role: "operator", via: "officer", sessionsRevoked: 1 });
  });

  it("never another district's account nor an officer's or administrator's; never an edit of role fields", async () => {
    for (const probe of [
      { actor: jiangbeiEdu, userId: operator.id },
      { actor: haishuEdu, userId: haishuOfficer.id },
      { actor: haishuEdu, userId: admin.id },
      { actor: haishuEdu, userId: jiangbeiOperator.id },
    ]) {
      expect(await setUserActive({ db, ...probe, active: false })).toMatchObject({ ok: false, kind: "not_found" });
    }
    expect(await setUserActive({ db, actor: haishuMarket, userId: operator.id, active: false })).toMatchObject({ ok: false, kind: "forbidden" });
    const moved = await updateUser({ db, actor: haishuEdu, userId: operator.id, input: { displayName: "改名", kindergarten: otherKg.id } });
    expect(moved).toMatchObject({ ok: false, kind: "forbidden" });
    for (const id of [operator.id, haishuOfficer.id, admin.id, jiangbeiOperator.id]) expect((await row(id)).active).toBe(1);
    expect((await row(operator.id)).kindergarten_id).toBe(kg.id);
  });
});

describe("what an education officer reads", () => {
  it("the region's operators only: never an officer, an administrator or another district's operator", async () => {
    const seen = [] as string[];
    let after: string | undefined;
    do {
      const page = await listUsers(db, haishuEdu, { active: "all", after });
      seen.push(...page.rows.map((r) => r.id));
      expect(page.rows.every((r) => r.role === "operator")).toBe(true);
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toContain(operator.id);
    for (const id of [jiangbeiOperator.id, haishuOfficer.id, haishuEdu.id, admin.id]) expect(seen).not.toContain(id);
    expect(await userForAdmin(db, haishuEdu, haishuOfficer.id)).toBeNull();
    expect(await userForAdmin(db, haishuEdu, operator.id)).toMatchObject({ username: operator.username });
    expect((await listUsers(db, haishuMarket, { active: "all" })).rows).toEqual([]);
  });

  it("a kindergarten's page: its operators, active or not; another district's kindergarten is not found", async () => {
    const page = await kindergartenOperatorAccounts(db, haishuEdu, kg.id);
    expect(page?.kindergarten).toMatchObject({ id: kg.id, status: "active" });
    expect(page?.rows.map((r) => r.id)).toContain(operator.id);
    expect(page?.rows.every((r) => r.kindergartenName !== null && r.role === "operator")).toBe(true);
    expect(await kindergartenOperatorAccounts(db, jiangbeiEdu, kg.id)).toBeNull();
    expect(await kindergartenOperatorAccounts(db, haishuMarket, kg.id)).toBeNull();
    expect((await kindergartenOperatorAccounts(db, admin, jiangbeiKg.id))?.rows.map((r) => r.id)).toEqual([jiangbeiOperator.id]);
  });

  it("a kindergarten moved to another district takes its accounts to that district's office", async () => {
    const moving = await createKindergarten(db, { region_code: HAISHU });
    const op = await createActor(db, "operator", { kindergartenId: moving.id });
    await db.updateTable("kindergartens").set({ region_code: JIANGBEI }).where("id", "=", moving.id).execute();
    expect(await resetUserPassword({ db, actor: haishuEdu, userId: op.id })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await resetUserPassword({ db, actor: jiangbeiEdu, userId: op.id })).toMatchObject({ ok: true });
  });
});
