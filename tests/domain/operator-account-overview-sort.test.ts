/**
 * The accounts overview ordered by the last sign-in (app/domain/users/operator-account-overview.*): a city's office
 * pages through two districts' kindergartens, longest idle first or latest first, along the keyset cursor, and meets
 * every kindergarten once, in the order the sign-ins give, with ties (kindergartens never signed in or without an
 * account, many signed in at the same instant) in region, name and id order; the latest sign-in of a kindergarten's
 * accounts counts (a deactivated one's too, as the row's column shows it); a state filter pages the same way; the CSV
 * holds the page's order; a cursor of another order is the first page.
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/domain/users/actor";
import { operatorAccountOverview, operatorAccountOverviewExport, type OverviewRow } from "~/domain/users/operator-account-overview.queries.server";
import { OVERVIEW_PAGE_SIZE, type OperatorAccountOverviewFilters, type OverviewSort } from "~/domain/users/operator-account-overview.schema";
import { createActor, JIANGBEI, kindergartenRow, NINGBO, seedReferenceData, YINZHOU } from "../factories/domain";
import { operatorRow } from "../factories/operator-accounts";
import { createTestDb, type TestDb } from "../setup/test-db";

/** Three pages and a bit: the walk crosses page boundaries inside runs of equal sign-ins. */
const KINDERGARTENS = OVERVIEW_PAGE_SIZE * 3 + 7;
const INSTANTS = ["2026-11-01T02:00:00.000Z", "2026-11-15T09:30:00.000Z", "2026-12-01T01:00:00.000Z"];
const NOW = "2026-10-01T00:00:00.000Z";

let t: TestDb;
let city: Actor;
/** Each kindergarten with its default-order key and its latest sign-in ('' for none). */
const made: Array<{ id: string; region: string; name: string; latest: string; neverSignedIn: boolean }> = [];

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  city = await createActor(t.db, "officer", { agency: "education", regionCode: NINGBO });
  const kindergartens = [];
  const users = [];
  for (let i = 0; i < KINDERGARTENS; i++) {
    const region = i % 2 === 0 ? YINZHOU : JIANGBEI;
    // Names repeat across the districts and within one (two kindergartens of one name: the id breaks the tie).
    const name = `排序幼儿园${String(Math.floor(i / 4)).padStart(3, "0")}`;
    const id = ulid();
    kindergartens.push(kindergartenRow({ id, uscc: `52${region}${String(i).padStart(10, "0")}`, name, region_code: region, at: NOW }));
    const account = (signedIn: string | null, active = 1) => operatorRow(id, { username: `sort-${ulid().toLowerCase()}`, at: NOW, active, lastSignedInAt: signedIn });
    // Five kinds, so that runs of equal keys straddle every page boundary.
    let latest = "";
    const kind = i % 5;
    if (kind === 1) users.push(account(null));
    if (kind === 2) {
      latest = INSTANTS[i % 3]!;
      users.push(account(latest));
    }
    if (kind === 3) {
      // Two accounts: the later sign-in counts.
      latest = INSTANTS[2]!;
      users.push(account(INSTANTS[0]!), account(INSTANTS[2]!));
    }
    if (kind === 4) {
      // The latest sign-in was a since deactivated account's: it counts, as the row's "last sign-in" shows it.
      latest = INSTANTS[1]!;
      users.push(account(INSTANTS[0]!), account(INSTANTS[1]!, 0));
    }
    made.push({ id, region, name, latest, neverSignedIn: kind === 1 });
  }
  await t.db.insertInto("kindergartens").values(kindergartens).execute();
  for (let at = 0; at < users.length; at += 100) await t.db.insertInto("users").values(users.slice(at, at + 100)).execute();
});

afterAll(async () => {
  await t?.destroy();
});

const byDefault = (a: (typeof made)[number], b: (typeof made)[number]) =>
  a.region !== b.region ? (a.region < b.region ? -1 : 1) : a.name !== b.name ? (a.name < b.name ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function expected(sort: Exclude<OverviewSort, "name">, keep: (k: (typeof made)[number]) => boolean = () => true): string[] {
  const sign = sort === "sign_in_oldest" ? 1 : -1;
  return made
    .filter(keep)
    .sort((a, b) => (a.latest !== b.latest ? (a.latest < b.latest ? -sign : sign) : byDefault(a, b)))
    .map((k) => k.id);
}

/** Every page of a view, by following `next`. */
async function walk(filters: OperatorAccountOverviewFilters): Promise<{ ids: string[]; pages: number; rows: OverviewRow[] }> {
  const rows: OverviewRow[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await operatorAccountOverview(t.db, city, { ...filters, after });
    expect(page!.rows.length).toBeLessThanOrEqual(OVERVIEW_PAGE_SIZE);
    rows.push(...page!.rows);
    pages += 1;
    after = page!.next ?? undefined;
    expect(pages).toBeLessThan(20);
  } while (after);
  return { ids: rows.map((r) => r.kindergartenId), pages, rows };
}

describe("the overview ordered by the last sign-in", () => {
  for (const sort of ["sign_in_oldest", "sign_in_latest"] as const) {
    it(`${sort}: every kindergarten once across the pages, ties in region, name and id order`, async () => {
      const { ids, pages, rows } = await walk({ sort });
      expect(pages).toBe(Math.ceil(KINDERGARTENS / OVERVIEW_PAGE_SIZE));
      expect(new Set(ids).size).toBe(KINDERGARTENS);
      expect(ids).toEqual(expected(sort));
      // The order is the one the rows' own "last sign-in" column reads: never signed in ("—" or 从未登录) at one end.
      const days = rows.map((r) => r.lastSignedInOn ?? "");
      expect(days).toEqual([...days].sort((a, b) => (sort === "sign_in_oldest" ? (a < b ? -1 : a > b ? 1 : 0) : a < b ? 1 : a > b ? -1 : 0)));
    });
  }

  it("pages a state filter the same way (the kindergartens with an account never signed in: all tied)", async () => {
    const { ids } = await walk({ sort: "sign_in_latest", state: "never_signed_in" });
    expect(ids).toEqual(expected("sign_in_latest", (k) => k.neverSignedIn));
  });

  it("exports in the page's order", async () => {
    const { chunks } = operatorAccountOverviewExport(t.db, city, { sort: "sign_in_oldest" });
    const ids: string[] = [];
    for await (const chunk of chunks) ids.push(...chunk.map((r) => r.kindergartenId));
    expect(ids).toEqual(expected("sign_in_oldest"));
  });

  it("reads a cursor of another order as the first page, and the default order's cursor as before", async () => {
    const byName = await operatorAccountOverview(t.db, city, {});
    const oldest = await operatorAccountOverview(t.db, city, { sort: "sign_in_oldest" });
    expect(byName!.next).not.toBeNull();
    const crossed = await operatorAccountOverview(t.db, city, { sort: "sign_in_oldest", after: byName!.next! });
    expect(crossed!.rows.map((r) => r.kindergartenId)).toEqual(oldest!.rows.map((r) => r.kindergartenId));
    const back = await operatorAccountOverview(t.db, city, { after: oldest!.next! });
    expect(back!.rows.map((r) => r.kindergartenId)).toEqual(byName!.rows.map((r) => r.kindergartenId));
    // The default order's second page follows its first, as its cursor always did.
    const second = await operatorAccountOverview(t.db, city, { after: byName!.next! });
    expect(second!.rows[0]!.kindergartenId).toBe([...made].sort(byDefault)[OVERVIEW_PAGE_SIZE]!.id);
  });
});
