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
 *   it walks `kindergartens.operator_signed_in_at` (kept by triggers on users: migration 2026-12-05T0910) along
 *   `kindergartens_region_sign_in(_desc) (region_code, operator_signed_in_at, approved_name, id)`, each of a city's
 *   regions merged, or everyone's along `kindergartens_sign_in(_desc)` (keyset by the sign-in, then the three:
 *   bySignInPage);
 * - the page's accounts are then read in one statement by their kindergartens' ids, along `users_kindergarten`;
 * - the summary counts the region's kindergartens once, each state an EXISTS probe of the same index
 *   (tests/db/operator-account-overview-plan.test.ts holds the plans);
 * - the CSV is the page's walk, `OVERVIEW_EXPORT_CHUNK_ROWS` a statement, at most `OVERVIEW_EXPORT_MAX_ROWS`.
 */
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { Database, KindergartenStatus, KindergartensTable, RegionLevel } from "~/db/schema";
import { recordListExport, type ExportFormat, type ListExportDone } from "~/domain/audit/list-export.server";
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
  /** Filters left out: a region outside the actor's scope (the page's IgnoredParams `outOfScope`). */
  outOfScope: string[];
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
function applicableFilters(scope: RegionScope, asked: OperatorAccountOverviewFilters): { filters: OperatorAccountOverviewFilters; outOfScope: string[] } {
  if (asked.region === undefined || coversRegion(scope, asked.region)) return { filters: asked, outOfScope: [] };
  const { region: _region, ...rest } = asked;
  return { filters: rest, outOfScope: ["region"] };
}

/** The region the filters read: the filter's when given (within the scope: applicableFilters), else the scope's; null: everyone's. */
const regionOf = (scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters) => f.region ?? (scope.kind === "region" ? scope.regionCode : null);

/** The kindergartens under `region` (a condition on k.region_code; null: all) and the status filter (closed ones only when asked for). */
function kindergartensWhere(db: DB, f: OperatorAccountOverviewFilters, region: RawBuilder<SqlBool> | null) {
  let query = db.selectFrom("kindergartens as k");
  if (region) query = query.where(region);
  return f.status ? query.where("k.status", "=", f.status) : query.where("k.status", "!=", "closed");
}

/** The scope's kindergartens under the region and status filters: one range on region_code. */
function kindergartensIn(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters) {
  const region = regionOf(scope, f);
  return kindergartensWhere(db, f, region ? withinRegionSql("k.region_code", region) : null);
}

/** The list's rows of the kindergartens under `region` and the filters (status, state), unordered. */
function listed(db: DB, f: OperatorAccountOverviewFilters, region: RawBuilder<SqlBool> | null) {
  const query = kindergartensWhere(db, f, region)
    .leftJoin("regions as r", "r.code", "k.region_code")
    .select(["k.id", "k.approved_name", "k.uscc", "k.region_code", "k.status", "k.operator_signed_in_at as sign_in", "r.name as region_name"]);
  const state = f.state;
  return state ? query.where((eb) => stateCondition(eb, state)) : query;
}

type KindergartenRow = Awaited<ReturnType<ReturnType<typeof listed>["execute"]>>[number];

/** Where a page starts: after this row's key in the page's order (`signIn` only in a sign-in order, '' for none). */
interface PageCursor {
  signIn: string | null;
  region: string;
  name: string;
  id: string;
}

/** The default order's page (or chunk): a walk of `kindergartens_region_name` from the cursor on, stopping when full. */
function byNamePage(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters, after: PageCursor | null, size: number) {
  const region = regionOf(scope, f);
  let query = listed(db, f, region ? withinRegionSql("k.region_code", region) : null)
    .orderBy("k.region_code")
    .orderBy("k.approved_name")
    .orderBy("k.id")
    .limit(size);
  if (after) query = query.where((eb) => eb(eb.refTuple("k.region_code", "k.approved_name", "k.id"), ">", eb.tuple(after.region, after.name, after.id)));
  return query.execute();
}

/**
 * The lanes a sign-in order walks, each in the order's own index: everyone's kindergartens (null, along
 * `kindergartens_sign_in(_desc)`) or one region's (along `kindergartens_region_sign_in(_desc)`): a district's one, a
 * city's or a province's each of its regions (its own code too), whose walks are merged.
 */
async function signInLanes(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters): Promise<Array<string | null>> {
  const region = regionOf(scope, f);
  if (!region) return [null];
  const bounds = regionCodeBounds(region);
  if ("equals" in bounds) return [bounds.equals];
  const regions = await db.selectFrom("regions").select("code").where("code", ">=", bounds.from).where("code", "<", bounds.before).orderBy("code").execute();
  return regions.map((r) => r.code);
}

/**
 * A sign-in order's page (or chunk), by the kindergarten's `operator_signed_in_at` (migration 2026-12-05T0910), ties
 * in region, name and id order. Read in segments, each a range of the lanes' indexes, until the page is full: from a
 * cursor, first the rest of its sign-in's ties (the same sign-in, after its region, name and id), then the sign-ins
 * beyond it; without one, everything. A segment of one lane is a walk that stops when full; of several (a city's
 * regions), each region's first `limit` merged, the first `limit` of them: at most regions × page rows sorted,
 * whatever the regions' sizes.
 */
async function bySignInPage(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters, after: PageCursor | null, size: number) {
  const desc = f.sort === "sign_in_latest";
  const dir = desc ? "desc" : "asc";
  const lanes = await signInLanes(db, scope, f);
  const lane = (code: string | null) => listed(db, f, code === null ? null : sql<SqlBool>`${sql.ref("k.region_code")} = ${code}`);
  type Lane = ReturnType<typeof lane>;
  /** A segment's condition in a lane; null: the lane has none of it. */
  type Segment = (q: Lane, code: string | null) => Lane | null;
  const segments: Segment[] = [];
  if (!after) segments.push((q) => q);
  else {
    const signIn = after.signIn ?? "";
    segments.push((q, code) => {
      const ties = q.where("k.operator_signed_in_at", "=", signIn);
      if (code === null) return ties.where((eb) => eb(eb.refTuple("k.region_code", "k.approved_name", "k.id"), ">", eb.tuple(after.region, after.name, after.id)));
      if (code === after.region) return ties.where((eb) => eb(eb.refTuple("k.approved_name", "k.id"), ">", eb.tuple(after.name, after.id)));
      return code > after.region ? ties : null;
    });
    segments.push((q) => q.where("k.operator_signed_in_at", desc ? "<" : ">", signIn));
  }
  const ordered = (q: Lane, limit: number) => q.orderBy("k.operator_signed_in_at", dir).orderBy("k.region_code").orderBy("k.approved_name").orderBy("k.id").limit(limit);
  const read = async (segment: Segment, limit: number): Promise<KindergartenRow[]> => {
    const arms = lanes.flatMap((code) => {
      const arm = segment(lane(code), code);
      return arm ? [ordered(arm, limit)] : [];
    });
    if (arms.length <= 1) return arms.length === 0 ? [] : arms[0]!.execute();
    // Each arm is its own query (SQLite takes no ORDER BY or LIMIT inside a compound's arms).
    const wrapped = arms.map((arm, i) => db.selectFrom(arm.as(`l${i}`)).selectAll());
    const merged = wrapped.slice(1).reduce((all, arm) => all.unionAll(arm), wrapped[0]!);
    return db
      .selectFrom(merged.as("m"))
      .selectAll()
      .orderBy("m.sign_in", dir)
      .orderBy("m.region_code")
      .orderBy("m.approved_name")
      .orderBy("m.id")
      .limit(limit)
      .execute();
  };
  const rows: KindergartenRow[] = [];
  for (const segment of segments) {
    if (rows.length >= size) break;
    rows.push(...(await read(segment, size - rows.length)));
  }
  return rows;
}

/** One page's (or a chunk's) kindergartens, in the list's order from the cursor on. */
function pageRows(db: DB, scope: Exclude<RegionScope, { kind: "none" }>, f: OperatorAccountOverviewFilters, after: PageCursor | null, size: number): Promise<KindergartenRow[]> {
  return (f.sort ?? "name") === "name" ? byNamePage(db, scope, f, after, size) : bySignInPage(db, scope, f, after, size);
}

/** A row's key in the page's order. */
const keyOf = (row: KindergartenRow): PageCursor => ({ signIn: row.sign_in, region: row.region_code, name: row.approved_name, id: row.id });

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
      // The value the sign-in orders compare: the same accounts' latest.
      lastSignedInOn: dayOf(k.sign_in || null),
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
  const { filters, outOfScope } = applicableFilters(scope, asked);
  const [summary, kindergartens, regions] = await Promise.all([
    overviewSummary(db, scope, filters),
    pageRows(db, scope, filters, cursorOf(filters.sort ?? "name", filters.after), OVERVIEW_PAGE_SIZE + 1),
    regionOptions(db, scope),
  ]);
  const page = kindergartens.slice(0, OVERVIEW_PAGE_SIZE);
  const last = page.at(-1);
  return {
    summary,
    rows: await withAccounts(db, page, OVERVIEW_ACCOUNTS_SHOWN),
    next: kindergartens.length > OVERVIEW_PAGE_SIZE && last ? encodePageCursor(filters.sort ?? "name", keyOf(last)) : null,
    regionOptions: regions,
    outOfScope,
    filters,
  };
}

/**
 * The overview as the CSV holds it: every kindergarten the filters show (the cursor ignored), in the page's order,
 * chunk by chunk with all their accounts, at most OVERVIEW_EXPORT_MAX_ROWS. Nothing for an actor without the scope;
 * `outOfScope` as the page says it.
 */
export function operatorAccountOverviewExport(
  db: DB,
  actor: Actor,
  asked: OperatorAccountOverviewFilters,
): { filters: OperatorAccountOverviewFilters; outOfScope: string[]; chunks: AsyncGenerator<OverviewRow[]> } {
  const scope = accountScope(actor);
  const { after: _after, ...withoutCursor } = asked;
  const { filters, outOfScope } = applicableFilters(scope, withoutCursor);
  async function* chunks(): AsyncGenerator<OverviewRow[]> {
    if (scope.kind === "none") return;
    let after: PageCursor | null = null;
    let sent = 0;
    while (sent < OVERVIEW_EXPORT_MAX_ROWS) {
      const size = Math.min(OVERVIEW_EXPORT_CHUNK_ROWS, OVERVIEW_EXPORT_MAX_ROWS - sent);
      const kindergartens: KindergartenRow[] = await pageRows(db, scope, filters, after, size);
      if (kindergartens.length === 0) return;
      yield await withAccounts(db, kindergartens, null);
      sent += kindergartens.length;
      if (kindergartens.length < size) return;
      after = keyOf(kindergartens[kindergartens.length - 1]!);
    }
  }
  return { filters, outOfScope, chunks: chunks() };
}

/** The export in the audit log: its filters, and whether an administrator or an officer took it. */
export function recordOverviewExport(done: ListExportDone & { actor: Actor; filters: OperatorAccountOverviewFilters; format: ExportFormat }): Promise<void> {
  const via = done.actor.role === "admin" ? "admin" : "officer";
  return recordListExport(done, { action: "user.export_operators", entity: "user", maxRows: OVERVIEW_EXPORT_MAX_ROWS, detail: { format: done.format, filters: done.filters, via } });
}
