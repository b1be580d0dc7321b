/**
 * The accounts overview's sign-in orders read each kindergarten's last sign-in from `kindergartens.
 * operator_signed_in_at` (migration 2026-12-05T0910), kept by triggers on users: it follows every way an account's
 * sign-in or kindergarten changes, as the rows' own "last sign-in" shows it — a sign-in (a later one raises it, an
 * earlier one of another account does not lower it), a deactivation (a deactivated account's sign-in still counts),
 * a move to another kindergarten (the old one loses it, the new one gains it), an account written or deleted by hand; and a district's, a
 * city's and everyone's pages walk them with ties (never signed in) in region, name and id order, on both databases.
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { login } from "~/domain/users/auth.server";
import { operatorAccountOverview, type OverviewRow } from "~/domain/users/operator-account-overview.queries.server";
import { OVERVIEW_PAGE_SIZE, type OperatorAccountOverviewFilters } from "~/domain/users/operator-account-overview.schema";
import { setUserActive, updateUser } from "~/domain/users/user-admin.server";
import { createActor, createKindergarten, HAISHU, JIANGBEI, kindergartenRow, NINGBO, seedReferenceData } from "../factories/domain";
import { createAccountOffices, openOperatorAccount, operatorRow } from "../factories/operator-accounts";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let admin: Actor;
let haishuEdu: Actor;
const kg: Record<"a" | "b" | "c", string> = {} as never;
const password: Record<string, string> = {};
const userId: Record<string, string> = {};

async function open(kindergartenId: string, username: string) {
  ({ password: password[username], userId: userId[username] } = await openOperatorAccount(db, haishuEdu, kindergartenId, username));
}

async function signIn(username: string, at: string) {
  expect((await login(db, { username, password: password[username]! }, new Date(at))).ok, username).toBe(true);
}

/** The district's kindergartens, latest sign-in first, with each row's "last sign-in". */
async function latestFirst(): Promise<Array<[string, string | null]>> {
  const page = await operatorAccountOverview(db, haishuEdu, { sort: "sign_in_latest" });
  const name = Object.fromEntries(Object.entries(kg).map(([k, id]) => [id, k]));
  return page!.rows.map((r) => [name[r.kindergartenId]!, r.lastSignedInOn]);
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  ({ admin, haishuEdu } = await createAccountOffices(db));
  kg.a = (await createKindergarten(db, { region_code: HAISHU, name: "海曙A幼儿园" })).id;
  kg.b = (await createKindergarten(db, { region_code: HAISHU, name: "海曙B幼儿园" })).id;
  kg.c = (await createKindergarten(db, { region_code: HAISHU, name: "海曙C幼儿园" })).id;
});

afterAll(async () => {
  await t?.destroy();
});

describe("the sign-in order follows the accounts", () => {
  it("opened accounts never signed in: all tied, in name order", async () => {
    await open(kg.a, "a.one");
    await open(kg.b, "b.one");
    await open(kg.b, "b.two");
    await open(kg.c, "c.one");
    expect(await latestFirst()).toEqual([
      ["a", null],
      ["b", null],
      ["c", null],
    ]);
  });

  it("a sign-in raises its kindergarten; another account's earlier sign-in does not lower it", async () => {
    await signIn("b.one", "2026-11-10T02:00:00.000Z");
    await signIn("a.one", "2026-11-12T02:00:00.000Z");
    await signIn("b.two", "2026-11-01T02:00:00.000Z");
    expect(await latestFirst()).toEqual([
      ["a", "2026-11-12"],
      ["b", "2026-11-10"],
      ["c", null],
    ]);
  });

  it("a deactivated account's sign-in still counts", async () => {
    expect(await setUserActive({ db, actor: haishuEdu, userId: userId["a.one"]!, active: false })).toMatchObject({ ok: true });
    expect(await latestFirst()).toEqual([
      ["a", "2026-11-12"],
      ["b", "2026-11-10"],
      ["c", null],
    ]);
  });

  it("an account moved to another kindergarten takes its sign-in along", async () => {
    expect(await updateUser({ db, actor: admin, userId: userId["b.one"]!, input: { displayName: "收费管理员", kindergarten: kg.c } })).toMatchObject({ ok: true });
    expect(await latestFirst()).toEqual([
      ["a", "2026-11-12"],
      ["c", "2026-11-10"],
      ["b", "2026-11-01"],
    ]);
  });

  it("an account written by hand counts, and deleted, takes its sign-in away", async () => {
    // No page deletes an account (its sessions and audit entries keep it); an operator's SQL may, as it may insert one.
    const byHand = operatorRow(kg.a, { username: "a.by-hand", at: "2026-11-01T00:00:00.000Z", lastSignedInAt: "2026-11-20T02:00:00.000Z" });
    await db.insertInto("users").values(byHand).execute();
    expect((await latestFirst())[0]).toEqual(["a", "2026-11-20"]);
    await db.deleteFrom("users").where("id", "=", byHand.id).execute();
    expect(await latestFirst()).toEqual([
      ["a", "2026-11-12"],
      ["c", "2026-11-10"],
      ["b", "2026-11-01"],
    ]);
  });
});

describe("the sign-in order's pages with ties", () => {
  /** Kindergartens of two districts, most tied: never signed in, or at one of two instants. */
  const made: Array<{ id: string; region: string; name: string; latest: string }> = [];
  const INSTANTS = ["2026-10-01T00:00:00.000Z", "2026-10-02T00:00:00.000Z"];

  beforeAll(async () => {
    const now = "2026-09-01T00:00:00.000Z";
    const kindergartens = [];
    const users = [];
    for (let i = 0; i < OVERVIEW_PAGE_SIZE * 2 + 9; i++) {
      const region = i % 3 === 0 ? JIANGBEI : HAISHU;
      const id = ulid();
      const name = `tie-${String(Math.floor(i / 6)).padStart(3, "0")}`;
      kindergartens.push(kindergartenRow({ id, uscc: `53${region}${String(i).padStart(10, "0")}`, name, region_code: region, at: now }));
      const latest = i % 4 === 0 ? "" : INSTANTS[i % 2]!;
      if (i % 5 !== 0 || latest !== "") {
        users.push(operatorRow(id, { username: `tie-${id.toLowerCase()}`, at: now, lastSignedInAt: latest || null }));
      }
      made.push({ id, region, name, latest });
    }
    await db.insertInto("kindergartens").values(kindergartens).execute();
    await db.insertInto("users").values(users).execute();
  });

  async function walk(actor: Actor, filters: OperatorAccountOverviewFilters): Promise<string[]> {
    const rows: OverviewRow[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const page = await operatorAccountOverview(db, actor, { ...filters, after });
      rows.push(...page!.rows);
      after = page!.next ?? undefined;
      if (!after) break;
    }
    return rows.map((r) => r.kindergartenId);
  }

  const expected = (sort: "sign_in_oldest" | "sign_in_latest", keep: (k: (typeof made)[number]) => boolean) => {
    const sign = sort === "sign_in_oldest" ? 1 : -1;
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return made
      .filter(keep)
      .sort((a, b) => sign * cmp(a.latest, b.latest) || cmp(a.region, b.region) || cmp(a.name, b.name) || cmp(a.id, b.id))
      .map((k) => k.id);
  };

  for (const sort of ["sign_in_oldest", "sign_in_latest"] as const) {
    it(`${sort}: a district's, a city's and everyone's pages hold each kindergarten once, in order`, async () => {
      const ours = new Set(made.map((k) => k.id));
      const district = await createActor(db, "officer", { agency: "education", regionCode: HAISHU });
      const city = await createActor(db, "officer", { agency: "education", regionCode: NINGBO });
      expect(await walk(district, { sort }).then((ids) => ids.filter((id) => ours.has(id)))).toEqual(expected(sort, (k) => k.region === HAISHU));
      expect(await walk(city, { sort }).then((ids) => ids.filter((id) => ours.has(id)))).toEqual(expected(sort, () => true));
      expect(await walk(admin, { sort }).then((ids) => ids.filter((id) => ours.has(id)))).toEqual(expected(sort, () => true));
    });
  }
});
