/**
 * User administration (app/domain/users/user-admin.server.ts): accounts created by an administrator or the command
 * line, their role fields checked against the database, edited, deactivated (sessions end at once; never one's own
 * or the last administrator), reactivated, passwords reset (a temporary one, to be changed at the next sign-in) and
 * changed by their user (other sessions end). Every change is audited without a password or hash in it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { findSessionActor, login } from "~/domain/users/auth.server";
import { verifyPassword } from "~/domain/users/password.server";
import { listUsers, userForAdmin } from "~/domain/users/user-admin.queries.server";
import { changeOwnPassword, createUser, resetUserPassword, setUserActive, updateUser } from "~/domain/users/user-admin.server";
import { publicSourceVersions } from "~/domain/public-reads/source-versions.server";
import { createActor, createKindergarten, HAISHU, NINGBO, PROVINCE, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let admin: Actor;
let officer: Actor;
let kg: { id: string };
let kgUscc: string;
let closedKg: { id: string };

const officerInput = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  displayName: "海曙区市场监督管理局",
  role: "officer",
  agency: "market",
  regionCode: HAISHU,
  ...extra,
});

/** Creates through the page's path (an administrator, a fresh key) and expects it to succeed. */
async function created(input: Record<string, unknown>, actor: Actor = admin) {
  const result = await createUser({ db, actor, input, submissionKey: ulid() });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

const row = (id: string) => db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
/** The account's audit rows but sign-ins. */
const auditOf = (id: string) =>
  db.selectFrom("audit_log").select(["action", "actor_id", "detail"]).where("entity_id", "=", id).where("action", "!=", "login").orderBy("seq").execute();
const fieldKeys = (result: { ok: boolean; fieldErrors?: Record<string, Array<{ key: string }>> }) =>
  Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((m) => m.key.split("|")[0])]));
const formKeys = (result: { ok: boolean; formErrors?: Array<{ key: string }> }) => (result.formErrors ?? []).map((m) => m.key);

/** No password, temporary or chosen, and no hash, in any audit row of the account. */
async function expectNoSecretsAudited(id: string, secrets: string[]) {
  const user = await row(id);
  for (const entry of await auditOf(id)) {
    for (const secret of [...secrets, user.password_hash]) expect(entry.detail).not.toContain(secret);
    expect(entry.detail).not.toMatch(/argon2/);
  }
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  admin = await createActor(db, "admin");
  officer = await createActor(db, "officer", { regionCode: HAISHU });
  kg = await createKindergarten(db);
  kgUscc = (await db.selectFrom("kindergartens").select("uscc").where("id", "=", kg.id).executeTakeFirstOrThrow()).uscc;
  closedKg = await createKindergarten(db, { status: "closed" });
});

afterAll(async () => {
  await t?.destroy();
});

describe("creating an account", () => {
  it("an administrator opens an officer's account: lower-case username, a temporary password shown once, to be changed, audited without it", async () => {
    const result = await created(officerInput("Haishu.Inspector", { displayName: "  检查员甲 " }));
    expect(result.temporaryPassword).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const user = await row(result.userId);
    expect(user).toMatchObject({ username: "haishu.inspector", display_name: "检查员甲", role: "officer", agency: "market", region_code: HAISHU, kindergarten_id: null, active: 1, lead: 0, must_change_password: 1 });
    expect(await verifyPassword(user.password_hash, result.temporaryPassword!)).toBe(true);
    const audit = await auditOf(result.userId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.create", actor_id: admin.id });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ username: "haishu.inspector", role: "officer", agency: "market", regionCode: HAISHU, via: "admin", temporaryPassword: true });
    await expectNoSecretsAudited(result.userId, [result.temporaryPassword!]);
  });

  it("the new officer signs in with the temporary password, whatever the username's case, and is told to change it", async () => {
    const result = await created(officerInput("jiangbei.newcomer"));
    const signedIn = await login(db, { username: "JiangBei.Newcomer", password: result.temporaryPassword! });
    expect(signedIn.ok).toBe(true);
    if (signedIn.ok) expect(signedIn.actor).toMatchObject({ id: result.userId, mustChangePassword: true });
  });

  it("refuses a malformed username, and one taken whatever its case", async () => {
    for (const username of ["ab", "-start", "end.", "空格 名", "a".repeat(41), "has space"]) {
      const r = await createUser({ db, actor: admin, input: officerInput(username), submissionKey: ulid() });
      expect({ username, fields: fieldKeys(r as never) }).toEqual({ username, fields: { username: ["users.username.pattern"] } });
    }
    await created(officerInput("taken.name"));
    const twin = await createUser({ db, actor: admin, input: officerInput("TAKEN.Name"), submissionKey: ulid() });
    expect(fieldKeys(twin as never)).toEqual({ username: ["users.username.taken"] });
  });

  it("an officer needs an agency and an existing region at an officer's level; a lead only in a market or education office", async () => {
    const missing = await createUser({ db, actor: admin, input: { username: "no.fields", displayName: "某", role: "officer" }, submissionKey: ulid() });
    expect(fieldKeys(missing as never)).toEqual({ agency: ["users.agency.required"], regionCode: ["users.region.required"] });
    const unknown = await createUser({ db, actor: admin, input: officerInput("unknown.region", { regionCode: "999999" }), submissionKey: ulid() });
    expect(fieldKeys(unknown as never)).toEqual({ regionCode: ["users.region.unknown"] });
    // A region row of a level officers are not placed at (the table holds none today; a hand-made row could).
    await db.insertInto("regions").values({ code: "339999", name: "某开发区", level: "zone" as never, parent_code: NINGBO }).execute();
    const zone = await createUser({ db, actor: admin, input: officerInput("zone.level", { regionCode: "339999" }), submissionKey: ulid() });
    expect(fieldKeys(zone as never)).toEqual({ regionCode: ["users.region.level"] });
    const badAgency = await createUser({ db, actor: admin, input: officerInput("bad.agency", { agency: "police" }), submissionKey: ulid() });
    expect(fieldKeys(badAgency as never)).toEqual({ agency: ["users.agency.invalid"] });
    const ndrcLead = await createUser({ db, actor: admin, input: officerInput("ndrc.lead", { agency: "development_reform", lead: "on" }), submissionKey: ulid() });
    expect(fieldKeys(ndrcLead as never)).toEqual({ lead: ["users.lead.agency"] });
    const province = await created(officerInput("zj.education", { agency: "education", regionCode: PROVINCE, lead: "on" }));
    expect(await row(province.userId)).toMatchObject({ agency: "education", region_code: PROVINCE, lead: 1 });
  });

  it("an operator needs an existing kindergarten that is not closed, found by USCC or id, and gets no region or agency", async () => {
    const base = { displayName: "收费管理员", role: "operator", agency: "market", regionCode: HAISHU, lead: "on" };
    const missing = await createUser({ db, actor: admin, input: { ...base, username: "op.none" }, submissionKey: ulid() });
    expect(fieldKeys(missing as never)).toEqual({ kindergarten: ["users.kindergarten.required"] });
    const unknown = await createUser({ db, actor: admin, input: { ...base, username: "op.unknown", kindergarten: "91330203MA0000000X" }, submissionKey: ulid() });
    expect(fieldKeys(unknown as never)).toEqual({ kindergarten: ["users.kindergarten.unknown"] });
    const closed = await createUser({ db, actor: admin, input: { ...base, username: "op.closed", kindergarten: closedKg.id }, submissionKey: ulid() });
    expect(fieldKeys(closed as never)).toEqual({ kindergarten: ["users.kindergarten.closed"] });
    const byUscc = await created({ ...base, username: "op.uscc", kindergarten: kgUscc.toLowerCase() });
    expect(await row(byUscc.userId)).toMatchObject({ role: "operator", kindergarten_id: kg.id, region_code: null, agency: null, lead: 0 });
    const byId = await created({ ...base, username: "op.id", kindergarten: kg.id });
    expect((await row(byId.userId)).kindergarten_id).toBe(kg.id);
  });

  it("an administrator's account keeps no agency, region or kindergarten", async () => {
    const r = await created({ username: "second.admin", displayName: "管理员乙", role: "admin", agency: "market", regionCode: HAISHU, kindergarten: kg.id, lead: "on" });
    expect(await row(r.userId)).toMatchObject({ role: "admin", agency: null, region_code: null, kindergarten_id: null, lead: 0 });
  });

  it("is refused to anyone but an administrator, and stores nothing", async () => {
    const r = await createUser({ db, actor: officer, input: officerInput("by.officer"), submissionKey: ulid() });
    expect(r).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await db.selectFrom("users").select("id").where("username", "=", "by.officer").executeTakeFirst()).toBeUndefined();
  });

  it("a repeat of the same post answers with the account and no password; the key with other content is refused", async () => {
    const key = ulid();
    const input = officerInput("once.only");
    const first = await createUser({ db, actor: admin, input, submissionKey: key });
    const again = await createUser({ db, actor: admin, input, submissionKey: key });
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toMatchObject({ ok: true, replayed: true, temporaryPassword: null });
    if (first.ok && again.ok) expect(again.userId).toBe(first.userId);
    const other = await createUser({ db, actor: admin, input: officerInput("once.other"), submissionKey: key });
    expect(other).toMatchObject({ ok: false, kind: "conflict" });
    const missingKey = await createUser({ db, actor: admin, input: officerInput("no.key") });
    expect(formKeys(missingKey as never)).toEqual(["submission.key.invalid"]);
  });

  it("the command line (no actor) sets the password chosen, checked for its length, or a generated temporary one", async () => {
    const short = await createUser({ db, actor: null, input: { username: "first.admin", displayName: "管理员", role: "admin" }, password: "short" });
    expect(fieldKeys(short as never)).toEqual({ password: ["users.password.tooShort"] });
    const chosen = await createUser({ db, actor: null, input: { username: "first.admin", displayName: "管理员", role: "admin" }, password: "a long enough passphrase" });
    expect(chosen).toMatchObject({ ok: true, temporaryPassword: null });
    if (!chosen.ok) return;
    expect(await row(chosen.userId)).toMatchObject({ role: "admin", must_change_password: 0 });
    expect((await login(db, { username: "first.admin", password: "a long enough passphrase" })).ok).toBe(true);
    const audit = await auditOf(chosen.userId);
    expect(audit[0]).toMatchObject({ action: "user.create", actor_id: null });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ via: "cli", temporaryPassword: false });
    await expectNoSecretsAudited(chosen.userId, ["a long enough passphrase"]);
    const generated = await createUser({ db, actor: null, input: officerInput("cli.generated") });
    expect(generated).toMatchObject({ ok: true });
    if (generated.ok) expect(await row(generated.userId)).toMatchObject({ must_change_password: 1 });
  });
});

describe("editing an account", () => {
  it("changes the name and role fields, audits what changed, and moves the users read version of kept officer pages", async () => {
    const r = await created(officerInput("edit.me"));
    const before = (await publicSourceVersions(db)).get("users")!;
    const result = await updateUser({ db, actor: admin, userId: r.userId, input: { displayName: "江北区市场监督管理局", agency: "market", regionCode: NINGBO, lead: "on" } });
    expect(result).toMatchObject({ ok: true });
    expect(await row(r.userId)).toMatchObject({ display_name: "江北区市场监督管理局", region_code: NINGBO, lead: 1, role: "officer" });
    expect((await publicSourceVersions(db)).get("users")!).toBeGreaterThan(before);
    const audit = await auditOf(r.userId);
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.update"]);
    expect(JSON.parse(audit[1]!.detail)).toEqual({
      username: "edit.me",
      from: { displayName: "海曙区市场监督管理局", regionCode: HAISHU, lead: false },
      to: { displayName: "江北区市场监督管理局", regionCode: NINGBO, lead: true },
    });
    // Nothing changed: nothing recorded.
    await updateUser({ db, actor: admin, userId: r.userId, input: { displayName: "江北区市场监督管理局", agency: "market", regionCode: NINGBO, lead: "on" } });
    expect(await auditOf(r.userId)).toHaveLength(2);
  });

  it("checks the role's fields as creation does (the role itself is fixed), and refuses non-administrators and unknown ids", async () => {
    const r = await created(officerInput("edit.rules"));
    const noRegion = await updateUser({ db, actor: admin, userId: r.userId, input: { displayName: "某", agency: "market" } });
    expect(fieldKeys(noRegion as never)).toEqual({ regionCode: ["users.region.required"] });
    const unknown = await updateUser({ db, actor: admin, userId: r.userId, input: { displayName: "某", agency: "market", regionCode: "999999" } });
    expect(fieldKeys(unknown as never)).toEqual({ regionCode: ["users.region.unknown"] });
    const roleIgnored = await updateUser({ db, actor: admin, userId: r.userId, input: { displayName: "某", role: "admin", agency: "education", regionCode: HAISHU } });
    expect(roleIgnored.ok).toBe(true);
    expect(await row(r.userId)).toMatchObject({ role: "officer", agency: "education" });
    expect(await updateUser({ db, actor: officer, userId: r.userId, input: { displayName: "某" } })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await updateUser({ db, actor: admin, userId: "nobody", input: { displayName: "某" } })).toMatchObject({ ok: false, kind: "not_found" });
  });
});

describe("deactivating and reactivating", () => {
  it("deactivation ends the user's sessions at once and stops sign-in; reactivation lets them sign in again", async () => {
    const r = await created(officerInput("leaving.officer"));
    const session = await login(db, { username: "leaving.officer", password: r.temporaryPassword! });
    if (!session.ok) throw new Error("no sign-in");
    expect(await findSessionActor(db, session.sessionId)).not.toBeNull();
    const before = (await publicSourceVersions(db)).get("users")!;
    expect(await setUserActive({ db, actor: admin, userId: r.userId, active: false })).toMatchObject({ ok: true });
    expect((await publicSourceVersions(db)).get("users")!).toBeGreaterThan(before);
    expect(await findSessionActor(db, session.sessionId)).toBeNull();
    const revoked = await db.selectFrom("sessions").select("revoked_at").where("id", "=", session.sessionId).executeTakeFirstOrThrow();
    expect(revoked.revoked_at).not.toBeNull();
    expect((await login(db, { username: "leaving.officer", password: r.temporaryPassword! })).ok).toBe(false);
    expect(await setUserActive({ db, actor: admin, userId: r.userId, active: true })).toMatchObject({ ok: true });
    expect((await login(db, { username: "leaving.officer", password: r.temporaryPassword! })).ok).toBe(true);
    const audit = await auditOf(r.userId);
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.deactivate", "user.reactivate"]);
    expect(JSON.parse(audit[1]!.detail)).toMatchObject({ username: "leaving.officer", sessionsRevoked: 1 });
  });

  it("an administrator cannot deactivate their own account, nor the last active administrator", async () => {
    expect(formKeys((await setUserActive({ db, actor: admin, userId: admin.id, active: false })) as never)).toEqual(["users.deactivate.self"]);
    // Every other administrator deactivated: `admin` is the last one, which another administrator could not deactivate.
    const others = await db.selectFrom("users").select("id").where("role", "=", "admin").where("active", "=", 1).where("id", "!=", admin.id).execute();
    const helper = await created({ username: `helper.admin.${others.length}`, displayName: "管理员丙", role: "admin" });
    const helperActor: Actor = { ...admin, id: helper.userId, username: "helper" };
    for (const o of others) expect(await setUserActive({ db, actor: admin, userId: o.id, active: false })).toMatchObject({ ok: true });
    expect(await setUserActive({ db, actor: helperActor, userId: admin.id, active: false })).toMatchObject({ ok: true });
    // Now helper is the only active administrator: admin (inactive, but say a stale page) cannot take it down, nor can helper itself.
    const last = await setUserActive({ db, actor: admin, userId: helper.userId, active: false });
    expect(last).toMatchObject({ ok: false, kind: "conflict" });
    expect(formKeys(last as never)).toEqual(["users.deactivate.lastAdmin"]);
    expect((await row(helper.userId)).active).toBe(1);
    // Put things back for the other tests.
    expect(await setUserActive({ db, actor: helperActor, userId: admin.id, active: true })).toMatchObject({ ok: true });
    for (const o of others) await setUserActive({ db, actor: admin, userId: o.id, active: true });
  });

  it("two administrators deactivating each other at once: one succeeds, the last one standing stays", async () => {
    const others = await db.selectFrom("users").select("id").where("role", "=", "admin").where("active", "=", 1).where("id", "!=", admin.id).execute();
    for (const o of others) await setUserActive({ db, actor: admin, userId: o.id, active: false });
    const b = await created({ username: "race.admin", displayName: "管理员丁", role: "admin" });
    const bActor: Actor = { ...admin, id: b.userId, username: "race.admin" };
    const [one, two] = await Promise.all([
      setUserActive({ db, actor: admin, userId: b.userId, active: false }),
      setUserActive({ db, actor: bActor, userId: admin.id, active: false }),
    ]);
    expect([one.ok, two.ok].filter(Boolean)).toHaveLength(1);
    const active = await db.selectFrom("users").select("id").where("role", "=", "admin").where("active", "=", 1).execute();
    expect(active).toHaveLength(1);
    for (const id of [admin.id, b.userId]) await db.updateTable("users").set({ active: 1 }).where("id", "=", id).execute();
    for (const o of others) await setUserActive({ db, actor: admin, userId: o.id, active: true });
  });

  it("is refused to non-administrators", async () => {
    expect(await setUserActive({ db, actor: officer, userId: admin.id, active: false })).toMatchObject({ ok: false, kind: "forbidden" });
  });
});

describe("passwords", () => {
  it("a reset gives a temporary password, ends every session and makes the user change it; never one's own", async () => {
    const r = await created(officerInput("forgetful.officer"));
    await changeOwnPasswordOf("forgetful.officer", r.temporaryPassword!, "my own good passphrase");
    const a = await login(db, { username: "forgetful.officer", password: "my own good passphrase" });
    if (!a.ok) throw new Error("no sign-in");
    expect(a.actor.mustChangePassword).toBe(false);
    const reset = await resetUserPassword({ db, actor: admin, userId: r.userId });
    if (!reset.ok) throw new Error(JSON.stringify(reset));
    expect(await findSessionActor(db, a.sessionId)).toBeNull();
    expect((await login(db, { username: "forgetful.officer", password: "my own good passphrase" })).ok).toBe(false);
    const b = await login(db, { username: "forgetful.officer", password: reset.temporaryPassword });
    expect(b.ok && b.actor.mustChangePassword).toBe(true);
    expect((await auditOf(r.userId)).map((x) => x.action)).toEqual(["user.create", "user.password_change", "user.password_reset"]);
    await expectNoSecretsAudited(r.userId, [r.temporaryPassword!, reset.temporaryPassword, "my own good passphrase"]);
    expect(formKeys((await resetUserPassword({ db, actor: admin, userId: admin.id })) as never)).toEqual(["users.reset.self"]);
    expect(await resetUserPassword({ db, actor: officer, userId: r.userId })).toMatchObject({ ok: false, kind: "forbidden" });
  });

  /**
   * Signs in with `current` and changes it to `next` through the own-password function; returns the session it was
   * changed in (`before`) and the one that session goes on as (`after`).
   */
  async function changeOwnPasswordOf(username: string, current: string, next: string): Promise<{ before: string; after: string }> {
    const s = await login(db, { username, password: current });
    if (!s.ok) throw new Error(`cannot sign in as ${username}`);
    const result = await changeOwnPassword({ db, actor: s.actor, sessionId: s.sessionId, input: { currentPassword: current, newPassword: next, confirmPassword: next } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return { before: s.sessionId, after: result.sessionId };
  }

  it("changing one's own password checks the current one and the new one's length and repetition", async () => {
    const r = await created(officerInput("careful.officer"));
    const s = await login(db, { username: "careful.officer", password: r.temporaryPassword! });
    if (!s.ok) throw new Error("no sign-in");
    const change = (input: Record<string, string>) => changeOwnPassword({ db, actor: s.actor, sessionId: s.sessionId, input });
    expect(fieldKeys((await change({ currentPassword: "wrong password", newPassword: "a new passphrase", confirmPassword: "a new passphrase" })) as never)).toEqual({ currentPassword: ["users.password.currentWrong"] });
    expect(fieldKeys((await change({ currentPassword: r.temporaryPassword!, newPassword: "short", confirmPassword: "short" })) as never)).toEqual({ newPassword: ["users.password.tooShort"] });
    expect(fieldKeys((await change({ currentPassword: r.temporaryPassword!, newPassword: "a new passphrase", confirmPassword: "a new passphrase!" })) as never)).toEqual({ confirmPassword: ["users.password.mismatch"] });
    expect(fieldKeys((await change({ currentPassword: r.temporaryPassword!, newPassword: r.temporaryPassword!, confirmPassword: r.temporaryPassword! })) as never)).toEqual({ newPassword: ["users.password.unchanged"] });
    expect((await row(r.userId)).must_change_password).toBe(1);
  });

  it("a new password holding the account's username is refused, beside a wrong current password; so is one chosen at the command line", async () => {
    const r = await created(officerInput("named.officer"));
    const s = await login(db, { username: "named.officer", password: r.temporaryPassword! });
    if (!s.ok) throw new Error("no sign-in");
    const change = (input: Record<string, string>) => changeOwnPassword({ db, actor: s.actor, sessionId: s.sessionId, input });
    for (const weak of ["named.officer", "Named.Officer2026", "my NAMED.OFFICER pass"]) {
      expect(fieldKeys((await change({ currentPassword: r.temporaryPassword!, newPassword: weak, confirmPassword: weak })) as never)).toEqual({ newPassword: ["users.password.holdsUsername"] });
    }
    // Both said at once, not one per press.
    expect(fieldKeys((await change({ currentPassword: "wrong password", newPassword: "named.officer", confirmPassword: "named.officer" })) as never)).toEqual({
      currentPassword: ["users.password.currentWrong"],
      newPassword: ["users.password.holdsUsername"],
    });
    expect((await row(r.userId)).must_change_password).toBe(1);
    const cli = await createUser({ db, actor: null, input: officerInput("cli.officer"), password: "cli.officer-2026" });
    expect(fieldKeys(cli as never)).toEqual({ password: ["users.password.holdsUsername"] });
  });

  it("a change clears the duty to change and signs the user out of their other sessions; this one goes on under a new id", async () => {
    const r = await created(officerInput("two.devices"));
    const other = await login(db, { username: "two.devices", password: r.temporaryPassword! });
    if (!other.ok) throw new Error("no sign-in");
    const kept = await changeOwnPasswordOf("two.devices", r.temporaryPassword!, "a passphrase of mine");
    expect(await findSessionActor(db, other.sessionId)).toBeNull();
    expect(await findSessionActor(db, kept.after)).toMatchObject({ id: r.userId, mustChangePassword: false });
    // The id the session had while the temporary password held (a copied cookie) signs nobody in any more.
    expect(kept.after).not.toBe(kept.before);
    expect(await findSessionActor(db, kept.before)).toBeNull();
    expect((await row(r.userId)).must_change_password).toBe(0);
    const audit = await auditOf(r.userId);
    expect(JSON.parse(audit[audit.length - 1]!.detail)).toMatchObject({ wasTemporary: true, otherSessionsRevoked: 1 });
  });
});

describe("the list", () => {
  it("filters by role, region (and below), status and a username prefix or part of a name, a page at a time", async () => {
    const officers = await listUsers(db, admin, { role: "officer", region: NINGBO, active: "all" });
    expect(officers.rows.length).toBeGreaterThan(0);
    expect(officers.rows.every((u) => u.role === "officer" && u.regionCode?.startsWith("3302"))).toBe(true);
    const operators = await listUsers(db, admin, { role: "operator", region: HAISHU });
    expect(operators.rows.map((u) => u.username)).toEqual(expect.arrayContaining(["op.uscc", "op.id"]));
    expect((await listUsers(db, admin, { q: "OP.U" })).rows.map((u) => u.username)).toEqual(["op.uscc"]);
    expect((await listUsers(db, admin, { q: "检查员" })).rows.map((u) => u.username)).toEqual(["haishu.inspector"]);
    expect((await listUsers(db, admin, { q: "%" })).rows).toEqual([]);
    const r = await created(officerInput("inactive.one"));
    await setUserActive({ db, actor: admin, userId: r.userId, active: false });
    expect((await listUsers(db, admin, { q: "inactive.one" })).rows).toEqual([]);
    expect((await listUsers(db, admin, { q: "inactive.one", active: "inactive" })).rows.map((u) => u.active)).toEqual([false]);
    // Pages: every account once, in username order.
    for (let i = 0; i < 55; i++) await createActor(db, "operator", { kindergartenId: kg.id });
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const p = await listUsers(db, admin, { active: "all", after });
      seen.push(...p.rows.map((u) => u.username));
      if (!p.next) break;
      after = p.next;
    }
    const all = await db.selectFrom("users").select("username").orderBy("username").execute();
    expect(seen).toEqual(all.map((u) => u.username));
    expect((await userForAdmin(db, admin, r.userId))).toMatchObject({ username: "inactive.one", active: false, mustChangePassword: true, openSessions: 0 });
  });
});
