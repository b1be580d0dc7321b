/**
 * What the user administration pages read (`/admin/users`): the list, filtered and a page at a time, one account with
 * its region, kindergarten and last sign-in, and the regions the forms offer. The routes check `manage:user:any`.
 * The list and the account are read in the actor's account scope (`accountScope`, user-admin.server.ts): everything
 * for an administrator; for a district's education office, the operators of its region's kindergartens, which is
 * what `/officer/kindergartens/<id>/accounts` shows of one kindergarten.
 *
 * The list is ordered by username (unique) and paged by keyset on it, `USER_PAGE_SIZE` rows a page: a page costs the
 * same however far in, over a province's 150,000 operators. The search is a username prefix or a part of the display
 * name, at most USER_SEARCH_MAX characters.
 */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { Agency, RegionLevel, Role } from "~/db/schema";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";
import { regionCodeBounds } from "~/utils/region-codes";
import { accountScope, type Actor } from "./actor";
import { USER_PAGE_SIZE, USER_SEARCH_MAX, type UserActiveFilter } from "./user-admin.schema";

export interface UserListFilters {
  role?: Role;
  /** A region code: the accounts placed there or below (officers by their region, operators by their kindergarten's). */
  region?: string;
  active?: UserActiveFilter;
  q?: string;
  /** One kindergarten's accounts. */
  kindergartenId?: string;
  /** The cursor: the last username of the page before. */
  after?: string;
}

export interface UserListRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: Agency | null;
  regionCode: string | null;
  regionName: string | null;
  kindergartenName: string | null;
  lead: boolean;
  active: boolean;
  mustChangePassword: boolean;
}

/** An account with its region's and kindergarten's names: what the list and the account's page both read. */
function accountsQuery(db: DB) {
  return db
    .selectFrom("users as u")
    .leftJoin("kindergartens as k", "k.id", "u.kindergarten_id")
    .leftJoin("regions as r", "r.code", "u.region_code")
    .select([
      "u.id",
      "u.username",
      "u.display_name",
      "u.role",
      "u.agency",
      "u.region_code",
      "u.lead",
      "u.active",
      "u.must_change_password",
      "r.name as region_name",
      "k.approved_name as kindergarten_name",
    ]);
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountsQuery>["executeTakeFirstOrThrow"]>>;

function listRow(r: AccountRow): UserListRow {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    agency: r.agency,
    regionCode: r.region_code,
    regionName: r.region_name,
    kindergartenName: r.kindergarten_name,
    lead: r.lead === 1,
    active: r.active === 1,
    mustChangePassword: r.must_change_password === 1,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** A region code column at or below `code`, as an index serves it (regionCodeBounds: a range, never a LIKE). */
export function withinRegionSql(column: string, code: string): RawBuilder<SqlBool> {
  const bounds = regionCodeBounds(code);
  const ref = sql.ref(column);
  return "equals" in bounds ? sql<SqlBool>`${ref} = ${bounds.equals}` : sql<SqlBool>`${ref} >= ${bounds.from} and ${ref} < ${bounds.before}`;
}

/** The accounts query narrowed to the scope: nothing, everything, or the operators of the region's kindergartens. */
function scopedAccountsQuery(db: DB, actor: Actor) {
  const scope = accountScope(actor);
  const query = accountsQuery(db);
  if (scope.kind === "all") return query;
  if (scope.kind === "none") return query.where(sql<SqlBool>`1 = 0`);
  return query.where("u.role", "=", "operator").where(withinRegionSql("k.region_code", scope.regionCode));
}

export async function listUsers(db: DB, actor: Actor, f: UserListFilters): Promise<{ rows: UserListRow[]; next: string | null }> {
  let query = scopedAccountsQuery(db, actor);
  if (f.kindergartenId !== undefined) query = query.where("u.kindergarten_id", "=", f.kindergartenId);
  if (f.role) query = query.where("u.role", "=", f.role);
  if (f.active === "active" || f.active === undefined) query = query.where("u.active", "=", 1);
  else if (f.active === "inactive") query = query.where("u.active", "=", 0);
  if (f.region) {
    const bounds = regionCodeBounds(f.region);
    query = query.where((eb) =>
      eb.or(
        (["u.region_code", "k.region_code"] as const).map((column) =>
          "equals" in bounds ? eb(column, "=", bounds.equals) : eb.and([eb(column, ">=", bounds.from), eb(column, "<", bounds.before)]),
        ),
      ),
    );
  }
  const q = f.q?.trim().slice(0, USER_SEARCH_MAX);
  if (q) {
    const lower = q.toLowerCase();
    query = query.where((eb) =>
      eb.or([
        sql<SqlBool>`lower(${eb.ref("u.username")}) like ${`${escapeLike(lower)}%`} escape '\\'`,
        sql<SqlBool>`${eb.ref("u.display_name")} like ${`%${escapeLike(q)}%`} escape '\\'`,
      ]),
    );
  }
  const cursor = decodeCursor(f.after);
  if (cursor?.length === 1 && typeof cursor[0] === "string") query = query.where("u.username", ">", cursor[0]);
  const rows = await query.orderBy("u.username").limit(USER_PAGE_SIZE + 1).execute();
  const page = rows.slice(0, USER_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    rows: page.map(listRow),
    next: rows.length > USER_PAGE_SIZE && last ? encodeCursor([last.username]) : null,
  };
}

export interface UserView extends UserListRow {
  kindergartenId: string | null;
  kindergartenUscc: string | null;
  createdAt: string;
  /** Sessions signed in and neither ended nor expired (expired ones are purged hourly: no sign-in history here). */
  openSessions: number;
}

/** One account as the administrator's page shows it, or null (also outside the scope). */
export async function userForAdmin(db: DB, actor: Actor, userId: string, now = new Date()): Promise<UserView | null> {
  const [row, sessions] = await Promise.all([
    scopedAccountsQuery(db, actor)
      .select(["u.kindergarten_id", "u.created_at", "k.uscc as kindergarten_uscc"])
      .where("u.id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("sessions")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now.toISOString())
      .executeTakeFirst(),
  ]);
  if (!row) return null;
  return {
    ...listRow(row),
    kindergartenId: row.kindergarten_id,
    kindergartenUscc: row.kindergarten_uscc,
    createdAt: row.created_at,
    openSessions: Number(sessions?.n ?? 0),
  };
}

/** The regions the forms and the list's filter offer, province before its cities before their districts. */
export async function userRegionOptions(db: DB): Promise<Array<{ code: string; name: string; level: RegionLevel }>> {
  return db.selectFrom("regions").select(["code", "name", "level"]).orderBy("code").execute();
}

export interface KindergartenOperatorAccounts {
  kindergarten: { id: string; approvedName: string; uscc: string; status: "active" | "suspended" | "closed" };
  rows: UserListRow[];
  next: string | null;
}

/**
 * One kindergarten and its operator accounts, active or not, as the education office's page shows them
 * (`/officer/kindergartens/<id>/accounts`); null for a kindergarten unknown or outside the actor's account scope
 * (another district's: "not found", as everywhere an officer asks for a record outside the region).
 */
export async function kindergartenOperatorAccounts(db: DB, actor: Actor, kindergartenId: string, after?: string): Promise<KindergartenOperatorAccounts | null> {
  const kindergarten = await accountsKindergarten(db, actor, kindergartenId);
  if (!kindergarten) return null;
  const page = await listUsers(db, actor, { kindergartenId, role: "operator", active: "all", after });
  return { kindergarten, ...page };
}

/** The kindergarten whose accounts the actor manages, or null (unknown, or outside the account scope). */
export async function accountsKindergarten(db: DB, actor: Actor, kindergartenId: string): Promise<KindergartenOperatorAccounts["kindergarten"] | null> {
  const scope = accountScope(actor);
  if (scope.kind === "none") return null;
  let query = db.selectFrom("kindergartens").select(["id", "approved_name", "uscc", "status"]).where("id", "=", kindergartenId);
  if (scope.kind === "region") query = query.where(withinRegionSql("region_code", scope.regionCode));
  const k = await query.executeTakeFirst();
  return k ? { id: k.id, approvedName: k.approved_name, uscc: k.uscc, status: k.status } : null;
}
