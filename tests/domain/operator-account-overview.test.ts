/**
 * The education office's overview of its kindergartens' bookkeepers' accounts (app/domain/users/operator-account-
 * overview.*): every kindergarten of the region with its accounts' state, what the sign-in records (last_signed_in_at),
 * the counts by state under the region and status filters, each state filter, keyset pages, the CSV's chunks with
 * every account, the audit entry of an export; the scope: another district's kindergartens never listed, a city's
 * office sees its districts' and may narrow to one, a region outside the scope left out, not widened; another agency
 * and another role see nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { login } from "~/domain/users/auth.server";
import {
  operatorAccountOverview,
  operatorAccountOverviewExport,
  recordOverviewExport,
  type OverviewRow,
} from "~/domain/users/operator-account-overview.queries.server";
import { OVERVIEW_PAGE_SIZE } from "~/domain/users/operator-account-overview.schema";
import { changeOwnPassword, createUser, resetUserPassword, setUserActive } from "~/domain/users/user-admin.server";
import { shanghaiDate } from "~/utils/working-days";
import { createActor, createKindergarten, HAISHU, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createAccountOffices, openOperatorAccount } from "../factories/operator-accounts";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let admin: Actor;
let haishuEdu: Actor;
let ningboEdu: Actor;
let jiangbeiEdu: Actor;
let haishuMarket: Actor;
const kgs: Record<"none" | "deactivatedOnly" | "fresh" | "reset" | "inUse" | "closed" | "jiangbei", { id: string }> = {} as never;
const SIGNED_IN = new Date("2026-11-20T18:30:00.000Z"); // 2026-11-21 in Shanghai

/** An account opened by the district's office, as the page opens it; its temporary password. */
const open = (kindergartenId: string, username: string) => openOperatorAccount(db, haishuEdu, kindergartenId, username);

async function signIn(username: string, password: string, at = SIGNED_IN) {
  const r = await login(db, { username, password }, at);
  if (!r.ok) throw new Error(`${username} could not sign in`);
  return r;
}

const rowOf = (rows: OverviewRow[], id: string) => rows.find((r) => r.kindergartenId === id);
const idsOf = (rows: OverviewRow[]) => rows.map((r) => r.kindergartenId);

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  ({ admin, haishuEdu, ningboEdu, jiangbeiEdu, haishuMarket } = await createAccountOffices(db));
  // Names chosen for the list's order (region, approved name, id).
  kgs.none = await createKindergarten(db, { region_code: HAISHU, name: "海曙1甲幼儿园" });
  kgs.deactivatedOnly = await createKindergarten(db, { region_code: HAISHU, name: "海曙2乙幼儿园" });
  kgs.fresh = await createKindergarten(db, { region_code: HAISHU, name: "海曙3丙幼儿园" });
  kgs.reset = await createKindergarten(db, { region_code: HAISHU, name: "海曙4丁幼儿园" });
  kgs.inUse = await createKindergarten(db, { region_code: HAISHU, name: "海曙5戊幼儿园" });
  kgs.closed = await createKindergarten(db, { region_code: HAISHU, name: "海曙6己幼儿园", status: "closed" });
  kgs.jiangbei = await createKindergarten(db, { region_code: JIANGBEI, name: "江北甲幼儿园" });

  // Deactivated, its only account: the kindergarten has no active one.
  const gone = await open(kgs.deactivatedOnly.id, "yi.gone");
  expect(await setUserActive({ db, actor: haishuEdu, userId: gone.userId, active: false })).toMatchObject({ ok: true });
  // Opened, never signed in (and so a temporary password too).
  await open(kgs.fresh.id, "bing.new");
  // Signed in and chose a password, then forgot it: reset, not used since.
  const forgot = await open(kgs.reset.id, "ding.forgot");
  const first = await signIn("ding.forgot", forgot.password);
  expect(await changeOwnPassword({ db, actor: first.actor, sessionId: first.sessionId, input: { currentPassword: forgot.password, newPassword: "丁的密码 2026 长一些", confirmPassword: "丁的密码 2026 长一些" } })).toMatchObject({ ok: true });
  expect(await resetUserPassword({ db, actor: haishuEdu, userId: forgot.userId })).toMatchObject({ ok: true });
  // In use: signed in, own password; a second account deactivated beside it.
  const used = await open(kgs.inUse.id, "wu.cashier");
  const usedIn = await signIn("wu.cashier", used.password);
  expect(await changeOwnPassword({ db, actor: usedIn.actor, sessionId: usedIn.sessionId, input: { currentPassword: used.password, newPassword: "戊的密码 2026 长一些", confirmPassword: "戊的密码 2026 长一些" } })).toMatchObject({ ok: true });
  const old = await open(kgs.inUse.id, "wu.old");
  expect(await setUserActive({ db, actor: haishuEdu, userId: old.userId, active: false })).toMatchObject({ ok: true });
  // Another district's kindergarten with a fresh account.
  const r = await createUser({ db, actor: jiangbeiEdu, input: { username: "jb.new", displayName: "江北", role: "operator", kindergarten: kgs.jiangbei.id }, submissionKey: ulid() });
  expect(r).toMatchObject({ ok: true });
});

afterAll(async () => {
  await t?.destroy();
});

describe("a sign-in", () => {
  it("records when the account was last used (never: null), and a later one moves it", async () => {
    const at = (username: string) => db.selectFrom("users").select("last_signed_in_at").where("username", "=", username).executeTakeFirstOrThrow();
    expect(await at("bing.new")).toEqual({ last_signed_in_at: null });
    expect(await at("wu.cashier")).toEqual({ last_signed_in_at: SIGNED_IN.toISOString() });
    // A refused sign-in records nothing.
    expect(await login(db, { username: "bing.new", password: "wrong password" })).toEqual({ ok: false });
    expect(await at("bing.new")).toEqual({ last_signed_in_at: null });
  });
});

describe("the district's education office's overview", () => {
  it("lists every open kindergarten of the district in name order, with each account's state and last sign-in", async () => {
    const page = await operatorAccountOverview(db, haishuEdu, {});
    expect(page).not.toBeNull();
    expect(idsOf(page!.rows)).toEqual([kgs.none.id, kgs.deactivatedOnly.id, kgs.fresh.id, kgs.reset.id, kgs.inUse.id]);
    expect(page!.regionOptions).toEqual([]);
    expect(page!.outOfScope).toEqual([]);
    expect(page!.next).toBeNull();

    expect(rowOf(page!.rows, kgs.none.id)).toMatchObject({ accounts: [], counts: { total: 0, active: 0 }, lastSignedInOn: null, regionName: "海曙区", status: "active" });
    expect(rowOf(page!.rows, kgs.deactivatedOnly.id)).toMatchObject({
      accounts: [{ username: "yi.gone", active: false, lastSignedInOn: null }],
      counts: { total: 1, active: 0, neverSignedIn: 0, mustChange: 0, deactivated: 1 },
    });
    expect(rowOf(page!.rows, kgs.fresh.id)).toMatchObject({
      accounts: [{ username: "bing.new", active: true, mustChangePassword: true, lastSignedInOn: null }],
      counts: { total: 1, active: 1, neverSignedIn: 1, mustChange: 1, deactivated: 0 },
      lastSignedInOn: null,
    });
    expect(rowOf(page!.rows, kgs.reset.id)).toMatchObject({
      accounts: [{ username: "ding.forgot", active: true, mustChangePassword: true, lastSignedInOn: "2026-11-21" }],
      counts: { total: 1, active: 1, neverSignedIn: 0, mustChange: 1, deactivated: 0 },
      lastSignedInOn: "2026-11-21",
    });
    expect(rowOf(page!.rows, kgs.inUse.id)).toMatchObject({
      accounts: [
        { username: "wu.cashier", active: true, mustChangePassword: false, lastSignedInOn: "2026-11-21" },
        { username: "wu.old", active: false, lastSignedInOn: null },
      ],
      counts: { total: 2, active: 1, neverSignedIn: 0, mustChange: 0, deactivated: 1 },
      lastSignedInOn: "2026-11-21",
    });
    // Never another district's, never a closed one unless asked for.
    expect(idsOf(page!.rows)).not.toContain(kgs.jiangbei.id);
    expect(idsOf(page!.rows)).not.toContain(kgs.closed.id);
  });

  it("counts the kindergartens each filter shows, and each filter shows those", async () => {
    const page = await operatorAccountOverview(db, haishuEdu, {});
    expect(page!.summary).toEqual({ total: 5, none: 2, active: 3, never_signed_in: 1, must_change: 2, deactivated: 2 });
    const expected = {
      none: [kgs.none.id, kgs.deactivatedOnly.id],
      active: [kgs.fresh.id, kgs.reset.id, kgs.inUse.id],
      never_signed_in: [kgs.fresh.id],
      must_change: [kgs.fresh.id, kgs.reset.id],
      deactivated: [kgs.deactivatedOnly.id, kgs.inUse.id],
    } as const;
    for (const [state, ids] of Object.entries(expected)) {
      const filtered = await operatorAccountOverview(db, haishuEdu, { state: state as keyof typeof expected });
      expect(new Set(idsOf(filtered!.rows)), state).toEqual(new Set(ids));
      expect(filtered!.summary, state).toEqual(page!.summary);
    }
    // The status filter: closed kindergartens on asking, and the counts follow.
    const closed = await operatorAccountOverview(db, haishuEdu, { status: "closed" });
    // (Run before the tests below close the kindergartens they add.)
    expect(idsOf(closed!.rows)).toEqual([kgs.closed.id]);
    expect(closed!.summary).toEqual({ total: 1, none: 1, active: 0, never_signed_in: 0, must_change: 0, deactivated: 0 });
  });

  it("a sign-in with the new password takes a kindergarten out of 'never signed in'", async () => {
    const extra = await createKindergarten(db, { region_code: HAISHU, name: "海曙7庚幼儿园" });
    const opened = await open(extra.id, "geng.new");
    expect(idsOf((await operatorAccountOverview(db, haishuEdu, { state: "never_signed_in" }))!.rows)).toContain(extra.id);
    await signIn("geng.new", opened.password, new Date());
    const after = await operatorAccountOverview(db, haishuEdu, { state: "never_signed_in" });
    expect(idsOf(after!.rows)).not.toContain(extra.id);
    expect(rowOf((await operatorAccountOverview(db, haishuEdu, {}))!.rows, extra.id)?.lastSignedInOn).toBe(shanghaiDate());
    // Closed again: the other tests count the district's open kindergartens.
    await db.updateTable("kindergartens").set({ status: "closed" }).where("id", "=", extra.id).execute();
  });

  it("pages by keyset: every kindergarten once, in order, whatever a forged cursor says", async () => {
    const many: string[] = [];
    for (let i = 0; i < OVERVIEW_PAGE_SIZE + 7; i++) many.push((await createKindergarten(db, { region_code: HAISHU, name: `海曙页${String(i).padStart(3, "0")}幼儿园` })).id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = await operatorAccountOverview(db, haishuEdu, { state: "none", after });
      seen.push(...idsOf(page!.rows));
      if (!page!.next) break;
      after = page!.next;
    }
    expect(seen).toHaveLength(many.length + 2);
    expect(new Set(seen)).toEqual(new Set([...many, kgs.none.id, kgs.deactivatedOnly.id]));
    const forged = await operatorAccountOverview(db, haishuEdu, { after: "not-a-cursor" });
    expect(forged!.rows).toHaveLength(OVERVIEW_PAGE_SIZE);
    // The CSV reads every row with the filters, across its chunks, whatever the cursor.
    const file = operatorAccountOverviewExport(db, haishuEdu, { state: "none", after: "anything" });
    const exported: OverviewRow[] = [];
    for await (const chunk of file.chunks) exported.push(...chunk);
    expect(idsOf(exported)).toEqual(seen);
    await db.updateTable("kindergartens").set({ status: "closed" }).where("id", "in", many).execute();
  });

  it("exports every account of a kindergarten, beyond what the page names, and audits the export", async () => {
    const file = operatorAccountOverviewExport(db, haishuEdu, { state: "deactivated" });
    const rows: OverviewRow[] = [];
    for await (const chunk of file.chunks) rows.push(...chunk);
    expect(rowOf(rows, kgs.inUse.id)?.accounts.map((a) => a.username)).toEqual(["wu.cashier", "wu.old"]);
    await recordOverviewExport({ db, actor: haishuEdu, filters: file.filters, format: "csv", rows: rows.length, complete: true, requestId: "req-1" });
    const audit = await db.selectFrom("audit_log").select(["actor_id", "entity", "entity_id", "detail"]).where("action", "=", "user.export_operators").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: haishuEdu.id, entity: "user", entity_id: HAISHU });
    expect(JSON.parse(audit.detail)).toEqual({ format: "csv", filters: { state: "deactivated" }, rows: 2, limited: false, complete: true, via: "officer" });
  });
});

describe("the scope", () => {
  it("a city's office sees its districts' kindergartens, chooses one district, and a region outside it is left out, not widened", async () => {
    const city = await operatorAccountOverview(db, ningboEdu, {});
    expect(idsOf(city!.rows)).toEqual(expect.arrayContaining([kgs.none.id, kgs.jiangbei.id]));
    expect(city!.regionOptions.map((r) => r.code)).toEqual([HAISHU, JIANGBEI, "330212"]);
    const jiangbeiOnly = await operatorAccountOverview(db, ningboEdu, { region: JIANGBEI });
    expect(idsOf(jiangbeiOnly!.rows)).toEqual([kgs.jiangbei.id]);
    expect(jiangbeiOnly!.summary).toEqual({ total: 1, none: 0, active: 1, never_signed_in: 1, must_change: 1, deactivated: 0 });

    // 海曙区's office asking for 江北区: the filter is dropped and named; the list stays 海曙区's.
    const asked = await operatorAccountOverview(db, haishuEdu, { region: JIANGBEI });
    expect(asked!.outOfScope).toEqual(["region"]);
    expect(asked!.filters.region).toBeUndefined();
    expect(idsOf(asked!.rows)).not.toContain(kgs.jiangbei.id);
    expect(asked!.summary.total).toBe(5);
    const file = operatorAccountOverviewExport(db, haishuEdu, { region: JIANGBEI });
    expect(file.outOfScope).toEqual(["region"]);
    const exported: OverviewRow[] = [];
    for await (const chunk of file.chunks) exported.push(...chunk);
    expect(idsOf(exported)).not.toContain(kgs.jiangbei.id);
    // A city's region asked by a district's office is outside it too.
    expect((await operatorAccountOverview(db, haishuEdu, { region: NINGBO }))!.outOfScope).toEqual(["region"]);
  });

  it("another district's office never sees 海曙区's kindergartens; the administrator sees all", async () => {
    const jiangbei = await operatorAccountOverview(db, jiangbeiEdu, {});
    expect(idsOf(jiangbei!.rows)).toEqual([kgs.jiangbei.id]);
    const all = await operatorAccountOverview(db, admin, {});
    expect(idsOf(all!.rows)).toEqual(expect.arrayContaining([kgs.none.id, kgs.jiangbei.id]));
    expect(all!.regionOptions.every((r) => r.level !== "district")).toBe(true);
  });

  it("a market office, an operator and the command line's absence of an actor: a market officer and an operator see nothing", async () => {
    expect(await operatorAccountOverview(db, haishuMarket, {})).toBeNull();
    const operator = await createActor(db, "operator", { kindergartenId: kgs.inUse.id });
    expect(await operatorAccountOverview(db, operator, {})).toBeNull();
    const file = operatorAccountOverviewExport(db, haishuMarket, {});
    const rows: OverviewRow[] = [];
    for await (const chunk of file.chunks) rows.push(...chunk);
    expect(rows).toEqual([]);
    await db.deleteFrom("users").where("id", "=", operator.id).execute();
  });
});
