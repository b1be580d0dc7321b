/**
 * The education office's overview of the bookkeepers' accounts of every kindergarten in its region
 * (`/officer/operator-accounts` and its CSV): which kindergartens have no active account yet, which accounts never
 * signed in, must still change a temporary password or are deactivated, and when each last signed in. Read in the
 * actor's account scope (`accountScope`: the education office's region and below, everything for the administrator,
 * nothing for anyone else), the same scope the per-kindergarten page `/officer/kindergartens/<id>/accounts` acts in.
 *
 * How it reads, for a district of thousands of kindergartens:
 * - the page walks the region's kindergartens along `kindergartens_region_name (region_code, approved_name, id)` in
 *   that order (keyset by the three, no sort), each state filter an EXISTS over the kindergarten's accounts along
 *   `users_kindergarten (kindergarten_id, …)`, and stops when the page is full; ordered by the last sign-in (`sort`),
 *   it reads the same range with each kindergarten's latest sign-in (a probe of `users_kindergarten`) and sorts it
 *   (keyset by the sign-in, then the three);
 * - the page's accounts are then read in one statement by their kindergartens' ids, along `users_kindergarten`;
 * - the summary counts the region's kindergartens once, each state an EXISTS probe of the same index
 *   (tests/db/operator-account-overview-plan.test.ts holds the three plans);
 * - the CSV is the page's walk, `OVERVIEW_EXPORT_CHUNK_ROWS` a statement, at most `OVERVIEW_EXPORT_MAX_ROWS`.
 */
import { type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { Database, KindergartenStatus, KindergartensTable, RegionLevel } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";
import { coversRegion, regionCodeBounds, type RegionScope } from "~/utils/region-codes";
import { shanghaiDate } from "~/utils/working-days";
import { accountScope, type Actor } from "./actor";
import {
  OVERVIEW_ACCOUNTS_SHOWN,
  OVERVIEW_EXPORT_CHUNK_ROWS,
  OVERVIEW_EXPORT_MAX_ROWS,
  OVERVIEW_PAGE_SIZE,
  type OperatorAccountOverviewFilters,
  type OperatorAccountState,
  type OverviewSort,
} from "./operator-account-overview.schema";
import { withinRegionSql } from "./user-admin.queries.server";

export interface OverviewAccount {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  mustChangePassword: boolean;
  /** The Shanghai day of the latest sign-in; null: never signed in. */
  lastSignedInOn: string | null;
}

export interface OverviewRow {
  kindergartenId: string;
  approvedName: string;
  uscc: string;
  regionCode: string;
  regionName: string;
  status: KindergartenStatus;
  /** The accounts by username (on the page the first OVERVIEW_ACCOUNTS_SHOWN; `counts.total` counts them all). */
  accounts: OverviewAccount[];
  counts: { total: number; active: number; neverSignedIn: number; mustChange: number; deactivated: number };
  /** The latest sign-in of any of its accounts (Shanghai day), null when none ever signed in. */
  lastSignedInOn: string | null;
}

/** How many kindergartens each filter shows, under the same region and status filters (`total` = none + active). */
export type OverviewSummary = { total: number } & Record<OperatorAccountState, number>;

export interface OperatorAccountOverview {
  summary: OverviewSummary;
  rows: OverviewRow[];
  next: string | null;
  /** Regions below the actor's that the region filter offers (empty: a district's office has none to choose). */
  regionOptions: Array<{ code: string; name: string; level: RegionLevel }>;
  /** Filters left out: a region outside the actor's scope. */
  ignored: string[];
  /** The filters applied. */
  filters: OperatorAccountOverviewFilters;
}

type KindergartenEb = ExpressionBuilder<Database & { k: KindergartensTable }, "k">;

/** Whether the kindergarten `k` has an operator account matching `which`, along users_kindergarten. */
function hasAccount(eb: KindergartenEb, which: Exclude<OperatorAccountState, "none">): Expression<SqlBool> {
  let accounts = eb.selectFrom("users as u").select("u.id").whereRef("u.kindergarten_id", "=", "k.id").where("u.role", "=", "operator");
  if (which === "deactivated") accounts = accounts.where("u.active", "=", 0);
  else accounts = accounts.where("u.active", "=", 1);
  if (which === "never_signed_in") accounts = accounts.where("u.last_signed_in_at", "is", null);
  if (which === "must_change") accounts = accounts.where("u.must_change_password", "=", 1);
  return eb.exists(accounts);
}

function stateCondition(eb: KindergartenEb, state: OperatorAccountState): Expression<SqlBool> {
  return state === "none" ? eb.not(hasAccount(eb, "active")) : hasAccount(eb, state);
}

/** The filters as applied within the scope: a region outside it is left out (and named), never widened. */
function applicableFilters(scope: RegionScope, asked: OperatorAccountOverviewFilters): { filters: OperatorAccountOverviewFilters; ignored: string[] } {
  if (asked.region === undefined || coversRegion(scope, asked.region)) return { filters: asked, ignored: [] };
  const { region: _region, ...rest } = asked;
  return { filters: rest, ignored: ["region"] };
}

/** The scope's kindergartens under the region and status filters (closed ones only when asked for). */
function kindergartensIn(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters) {
  let query = db.selectFrom("kindergartens as k");
  // One range on region_code: the filter's region when given (within the scope: applicableFilters), else the scope's.
  const region = f.region ?? (scope.kind === "region" ? scope.regionCode : null);
  if (region) query = query.where(withinRegionSql("k.region_code", region));
  return f.status ? query.where("k.status", "=", f.status) : query.where("k.status", "!=", "closed");
}

/**
 * The kindergarten's last sign-in as the sign-in orders compare it: the latest of its bookkeepers' accounts' (the
 * row's column reads the same accounts), '' when none ever signed in ('' sorts before every instant, on both
 * databases: ISO text).
 */
function lastSignInKey(eb: KindergartenEb) {
  const latest = eb
    .selectFrom("users as u")
    .select((e) => e.fn.max("u.last_signed_in_at").as("latest"))
    .whereRef("u.kindergarten_id", "=", "k.id")
    .where("u.role", "=", "operator");
  return eb.fn.coalesce(latest, eb.val(""));
}

/** Where a page starts: after this row's key in the page's order (`signIn` only in a sign-in order). */
interface PageCursor {
  signIn: string | null;
  region: string;
  name: string;
  id: string;
}

/**
 * One statement for the page's (or a chunk's) kindergartens, in the list's order from the cursor on. The default
 * order walks `kindergartens_region_name` and stops when the page is full; a sign-in order reads the region's
 * kindergartens (under the filters) with each one's latest sign-in, a probe of `users_kindergarten`, and sorts them:
 * the key is no column to index. Ties keep the default order, so the keyset is the sign-in, then region, name and id.
 */
function pageQuery(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters, after: PageCursor | null, size: number) {
  const sort = f.sort ?? "name";
  let query = kindergartensIn(db, scope, f)
    .leftJoin("regions as r", "r.code", "k.region_code")
    .select(["k.id", "k.approved_name", "k.uscc", "k.region_code", "k.status", "r.name as region_name"])
    .$if(sort !== "name", (q) => q.select((eb) => lastSignInKey(eb).as("sign_in_key")))
    .limit(size);
  if (sort !== "name") query = query.orderBy((eb) => lastSignInKey(eb), sort === "sign_in_oldest" ? "asc" : "desc");
  query = query.orderBy("k.region_code").orderBy("k.approved_name").orderBy("k.id");
  const state = f.state;
  if (state) query = query.where((eb) => stateCondition(eb, state));
  if (after) {
    query = query.where((eb) => {
      const rest = eb(eb.refTuple("k.region_code", "k.approved_name", "k.id"), ">", eb.tuple(after.region, after.name, after.id));
      if (sort === "name") return rest;
      const key = lastSignInKey(eb);
      const signIn = after.signIn ?? "";
      return eb.or([eb(key, sort === "sign_in_oldest" ? ">" : "<", signIn), eb.and([eb(key, "=", signIn), rest])]);
    });
  }
  return query;
}

type KindergartenRow = Awaited<ReturnType<ReturnType<typeof pageQuery>["execute"]>>[number];

/** A row's key in the page's order. */
const keyOf = (row: KindergartenRow): PageCursor => ({ signIn: row.sign_in_key ?? null, region: row.region_code, name: row.approved_name, id: row.id });

/** The cursor of the page after `key`: the default order's three values as before (bookmarks keep), a sign-in order's named. */
function encodePageCursor(sort: OverviewSort, key: PageCursor): string {
  const rest = [key.region, key.name, key.id];
  return encodeCursor(sort === "name" ? rest : [sort, key.signIn ?? "", ...rest]);
}

/** The cursor's key in `sort`'s order; another order's cursor (or a mangled one) is the first page. */
function cursorOf(sort: OverviewSort, after: string | undefined): PageCursor | null {
  const cursor = decodeCursor(after, 200);
  if (!cursor || !cursor.every((v): v is string => typeof v === "string")) return null;
  if (sort === "name") return cursor.length === 3 ? { signIn: null, region: cursor[0]!, name: cursor[1]!, id: cursor[2]! } : null;
  return cursor.length === 5 && cursor[0] === sort ? { signIn: cursor[1]!, region: cursor[2]!, name: cursor[3]!, id: cursor[4]! } : null;
}

const dayOf = (instant: string | null) => (instant ? shanghaiDate(new Date(instant)) : null);

/** The kindergartens' rows with their accounts (all of them, or the first `shown` of each), one statement. */
async function withAccounts(db: DB, kindergartens: KindergartenRow[], shown: number | null): Promise<OverviewRow[]> {
  const ids = kindergartens.map((k) => k.id);
  const accounts =
    ids.length === 0
      ? []
      : await db
          .selectFrom("users")
          .select(["id", "kindergarten_id", "username", "display_name", "active", "must_change_password", "last_signed_in_at"])
          .where("kindergarten_id", "in", ids)
          .where("role", "=", "operator")
          .orderBy("kindergarten_id")
          .orderBy("username")
          .execute();
  const byKindergarten = new Map<string, typeof accounts>();
  for (const a of accounts) {
    const list = byKindergarten.get(a.kindergarten_id!) ?? byKindergarten.set(a.kindergarten_id!, []).get(a.kindergarten_id!)!;
    list.push(a);
  }
  return kindergartens.map((k) => {
    const own = byKindergarten.get(k.id) ?? [];
    const active = own.filter((a) => a.active === 1);
    const latest = own.reduce<string | null>((max, a) => (a.last_signed_in_at && (!max || a.last_signed_in_at > max) ? a.last_signed_in_at : max), null);
    return {
      kindergartenId: k.id,
      approvedName: k.approved_name,
      uscc: k.uscc,
      regionCode: k.region_code,
      regionName: k.region_name ?? k.region_code,
      status: k.status,
      accounts: (shown === null ? own : own.slice(0, shown)).map((a) => ({
        id: a.id,
        username: a.username,
        displayName: a.display_name,
        active: a.active === 1,
        mustChangePassword: a.must_change_password === 1,
        lastSignedInOn: dayOf(a.last_signed_in_at),
      })),
      counts: {
        total: own.length,
        active: active.length,
        neverSignedIn: active.filter((a) => a.last_signed_in_at === null).length,
        mustChange: active.filter((a) => a.must_change_password === 1).length,
        deactivated: own.length - active.length,
      },
      lastSignedInOn: dayOf(latest),
    };
  });
}

/** How many of the scope's kindergartens (region and status filters) each state filter shows: one walk, EXISTS probes. */
async function overviewSummary(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters): Promise<OverviewSummary> {
  const count = (eb: KindergartenEb, which: Exclude<OperatorAccountState, "none">) => eb.fn.sum<number | string | null>(eb.case().when(hasAccount(eb, which)).then(1).else(0).end());
  const row = await kindergartensIn(db, scope, f)
    .select((eb) => [
      eb.fn.countAll<number | string>().as("total"),
      count(eb, "active").as("active"),
      count(eb, "never_signed_in").as("never_signed_in"),
      count(eb, "must_change").as("must_change"),
      count(eb, "deactivated").as("deactivated"),
    ])
    .executeTakeFirstOrThrow();
  const total = Number(row.total);
  const active = Number(row.active ?? 0);
  return {
    total,
    none: total - active,
    active,
    never_signed_in: Number(row.never_signed_in ?? 0),
    must_change: Number(row.must_change ?? 0),
    deactivated: Number(row.deactivated ?? 0),
  };
}

/** The regions below the scope the filter offers: a province's or city's districts; the administrator's provinces and cities. */
async function regionOptions(db: DB, scope: Exclude<RegionScope, { kind: "none" }>): Promise<OperatorAccountOverview["regionOptions"]> {
  let query = db.selectFrom("regions").select(["code", "name", "level"]).orderBy("code");
  if (scope.kind === "all") query = query.where("level", "!=", "district");
  else {
    const bounds = regionCodeBounds(scope.regionCode);
    // A district's office has nothing below it to choose.
    if ("equals" in bounds) return [];
    query = query.where("code", ">=", bounds.from).where("code", "<", bounds.before).where("code", "!=", scope.regionCode);
  }
  return query.execute();
}

/**
 * The overview's page: the summary, a page of kindergartens with their accounts, the next page's cursor and the
 * region filter's choices. Null for an actor without the account scope (the route asks requireActor first).
 */
export async function operatorAccountOverview(db: DB, actor: Actor, asked: OperatorAccountOverviewFilters): Promise<OperatorAccountOverview | null> {
  const scope = accountScope(actor);
  if (scope.kind === "none") return null;
  const { filters, ignored } = applicableFilters(scope, asked);
  const [summary, kindergartens, regions] = await Promise.all([
    overviewSummary(db, scope, filters),
    pageQuery(db, scope, filters, cursorOf(filters.sort ?? "name", filters.after), OVERVIEW_PAGE_SIZE + 1).execute(),
    regionOptions(db, scope),
  ]);
  const page = kindergartens.slice(0, OVERVIEW_PAGE_SIZE);
  const last = page.at(-1);
  return {
    summary,
    rows: await withAccounts(db, page, OVERVIEW_ACCOUNTS_SHOWN),
    next: kindergartens.length > OVERVIEW_PAGE_SIZE && last ? encodePageCursor(filters.sort ?? "name", keyOf(last)) : null,
    regionOptions: regions,
    ignored,
    filters,
  };
}

/**
 * The overview as the CSV holds it: every kindergarten the filters show (the cursor ignored), in the page's order,
 * chunk by chunk with all their accounts, at most OVERVIEW_EXPORT_MAX_ROWS. Nothing for an actor without the scope;
 * `ignored` as the page says it.
 */
export function operatorAccountOverviewExport(
  db: DB,
  actor: Actor,
  asked: OperatorAccountOverviewFilters,
): { filters: OperatorAccountOverviewFilters; ignored: string[]; chunks: AsyncGenerator<OverviewRow[]> } {
  const scope = accountScope(actor);
  const { after: _after, ...withoutCursor } = asked;
  const { filters, ignored } = applicableFilters(scope, withoutCursor);
  async function* chunks(): AsyncGenerator<OverviewRow[]> {
    if (scope.kind === "none") return;
    let after: PageCursor | null = null;
    let sent = 0;
    while (sent < OVERVIEW_EXPORT_MAX_ROWS) {
      const size = Math.min(OVERVIEW_EXPORT_CHUNK_ROWS, OVERVIEW_EXPORT_MAX_ROWS - sent);
      const kindergartens: KindergartenRow[] = await pageQuery(db, scope, filters, after, size).execute();
      if (kindergartens.length === 0) return;
      yield await withAccounts(db, kindergartens, null);
      sent += kindergartens.length;
      if (kindergartens.length < size) return;
      after = keyOf(kindergartens[kindergartens.length - 1]!);
    }
  }
  return { filters, ignored, chunks: chunks() };
}

/** The export in the audit log, once the file is written or broken off: who, which filters, how many rows. */
export async function recordOverviewExport(args: {
  db: DB;
  actor: Actor;
  filters: OperatorAccountOverviewFilters;
  rows: number;
  complete: boolean;
  requestId?: string | null;
  now?: Date;
}): Promise<void> {
  await recordAudit(
    args.db,
    {
      actorId: args.actor.id,
      action: "user.export_operators",
      entity: "user",
      entityId: args.actor.regionCode ?? "*",
      detail: { filters: args.filters, rows: args.rows, limited: args.rows >= OVERVIEW_EXPORT_MAX_ROWS, complete: args.complete, via: args.actor.role === "admin" ? "admin" : "officer" },
      requestId: args.requestId,
    },
    args.now,
  );
}
