/**
 * User administration: accounts created, their role fields edited, deactivated and reactivated, passwords reset by
 * an administrator (`manage:user:any`) or, for the first administrator of a fresh database, by the command line
 * (db/user-cli.ts: the actor is null, "the system"); and a user's own password changed.
 *
 * The district's education office (`manage:operator-account:region`) does part of it through the same functions, in
 * its account scope (`accountScope`): it opens, resets, deactivates and reactivates the operator accounts of the
 * kindergartens in its region, and nothing else. An account outside the scope (another region's operator, any
 * officer or administrator) is "not found", as a record outside an officer's region is everywhere; a kindergarten
 * outside it is "not found" on the form; another role, or an edit of role fields, is forbidden.
 *
 * Invariants:
 * - usernames are lower case and unique whatever their case (the schema lower-cases; the look-up compares
 *   `lower(username)`, and the index users_username_lower stops a concurrent twin);
 * - an officer's region exists at a level officers are placed at; an operator's kindergarten exists and is not closed
 *   (found by id or USCC); the role never changes (another role is another account);
 * - an administrator cannot deactivate their own account, nor the last active administrator (the admins are counted
 *   under one lock, so two administrators deactivating each other cannot both succeed);
 * - deactivating, resetting a password and changing one's own revoke every session of the user (one's own change
 *   opens the session it was made in again under a new id), in the same transaction: findSessionActor
 *   (auth.server.ts) reads only unrevoked sessions of active users;
 * - a password is hashed with argon2 (password.server.ts) before the transaction; a temporary one (a reset, a new
 *   account made on the page or with a generated password) is returned once and never stored or logged in clear,
 *   and the user must change it at the next sign-in (users.must_change_password);
 * - every change writes one audit row in its transaction, with no password or hash in it.
 *
 * Kept officer pages name the users they show (assignees, inspectors): the `users` read version is bumped by the
 * users table's triggers (migration 2026-12-04T0400) when a name, role field, lead or active changes, in the writer's
 * transaction, so nothing here bumps it by hand.
 *
 * `users` is a low layer (regions imports it), so the regions and kindergartens are read here directly.
 */
import crypto from "node:crypto";
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Database, RegionLevel, User } from "~/db/schema";
import { recordAudit, type AuditEntry } from "~/domain/audit/audit.server";
import { fail, invalid, issuesToFieldErrors, message, Refusal, transact, type Failure, type FieldErrors, type Result } from "~/domain/result";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";
import { newId } from "~/utils/ids";
import type { RegionScope } from "~/utils/region-codes";
import { accountScope, hasPermission, type Actor } from "./actor";
import { openSession } from "./auth.server";
import { hashPassword, verifyPassword } from "./password.server";
import { withinRegionSql } from "./user-admin.queries.server";
import {
  changePasswordInput,
  editUserInput,
  newPassword,
  passwordHoldsUsername,
  newUserInput,
  OFFICER_REGION_LEVELS,
  type NewUserInput,
  type RoleFields,
} from "./user-admin.schema";

interface Common {
  db: DB;
  now?: Date;
  requestId?: string | null;
}

/** Who acts: an administrator, or null for the command line (the audit's actor is then the system). */
export type AdminActor = Actor | null;

export function refusedUnlessAdmin(actor: AdminActor): Failure | null {
  return actor === null || hasPermission(actor, "manage:user:any") ? null : fail("forbidden", "users.forbidden");
}

/** What an audit entry names as the way a change came: the command line, an administrator, or a district's office. */
function viaOf(actor: AdminActor, scope: RegionScope): "cli" | "admin" | "officer" {
  return actor === null ? "cli" : scope.kind === "region" ? "officer" : "admin";
}

/** 12 characters of 31 unambiguous letters and digits (no 0/O, 1/I/L), in groups of four: about 59 bits. */
const TEMPORARY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export function temporaryPassword(): string {
  const chars: string[] = [];
  while (chars.length < 12) {
    const byte = crypto.randomBytes(1)[0]!;
    // Bytes of the last partial round of 31 would favour the first letters: drawn again.
    if (byte < 248) chars.push(TEMPORARY_ALPHABET[byte % 31]!);
  }
  return `${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}-${chars.slice(8).join("")}`;
}

/** The users row of an account, whatever the case it is written in. */
function findByUsername(db: DB | Transaction<Database>, username: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["username"]), "=", username.toLowerCase()))
    .executeTakeFirst();
}

/** The kindergarten an operator's field names, by id or USCC; one outside the scope is not found. */
function findKindergarten(db: DB | Transaction<Database>, idOrUscc: string, scope: RegionScope) {
  let q = db
    .selectFrom("kindergartens")
    .select(["id", "approved_name", "status"])
    .where((eb) => eb.or([eb("id", "=", idOrUscc), eb("uscc", "=", idOrUscc)]));
  if (scope.kind === "none") return Promise.resolve(undefined);
  if (scope.kind === "region") q = q.where(withinRegionSql("region_code", scope.regionCode));
  return q.executeTakeFirst();
}

/** The role fields as stored, or the field messages the database's answers give (an unknown region or kindergarten). */
export async function storedRoleFields(
  db: DB | Transaction<Database>,
  fields: RoleFields,
  scope: RegionScope = { kind: "all" },
): Promise<{ ok: true; agency: RoleFields["agency"]; regionCode: string | null; kindergartenId: string | null; lead: boolean } | Failure> {
  const errors: FieldErrors = {};
  if (fields.regionCode !== null) {
    const region = await db.selectFrom("regions").select("level").where("code", "=", fields.regionCode).executeTakeFirst();
    if (!region) errors.regionCode = [message("users.region.unknown")];
    else if (!(OFFICER_REGION_LEVELS as readonly RegionLevel[]).includes(region.level)) errors.regionCode = [message("users.region.level")];
  }
  let kindergartenId: string | null = null;
  if (fields.kindergarten !== null) {
    const kg = await findKindergarten(db, fields.kindergarten, scope);
    if (!kg) errors.kindergarten = [message("users.kindergarten.unknown")];
    else if (kg.status === "closed") errors.kindergarten = [message("users.kindergarten.closed")];
    else kindergartenId = kg.id;
  }
  if (Object.keys(errors).length > 0) return invalid(errors);
  return { ok: true, agency: fields.agency, regionCode: fields.regionCode, kindergartenId, lead: fields.lead };
}

/** What an audit entry says of an account: never its password or hash. */
function accountDetail(u: Pick<User, "username" | "display_name" | "role" | "agency" | "region_code" | "kindergarten_id" | "lead">) {
  return {
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    agency: u.agency,
    regionCode: u.region_code,
    kindergartenId: u.kindergarten_id,
    lead: u.lead === 1,
  };
}

type StoredRoleFields = Extract<Awaited<ReturnType<typeof storedRoleFields>>, { ok: true }>;

/** A new account's users row: a temporary password must be changed at the first sign-in. */
export function newAccountRow(input: NewUserInput, fields: StoredRoleFields, passwordHash: string, temporary: boolean, now: Date) {
  return {
    id: newId(),
    username: input.username,
    display_name: input.displayName,
    password_hash: passwordHash,
    role: input.role,
    agency: fields.agency,
    region_code: fields.regionCode,
    kindergarten_id: fields.kindergartenId,
    active: 1,
    lead: fields.lead ? 1 : 0,
    must_change_password: temporary ? 1 : 0,
    created_at: now.toISOString(),
  };
}

/**
 * The audit entry of a new account, the same from the page, the command line and an import (`via`): what the account
 * is and whether its password is a temporary one, never the password or its hash.
 */
export function accountCreatedAudit(
  row: ReturnType<typeof newAccountRow>,
  actor: AdminActor,
  via: "admin" | "cli" | "officer" | "admin_import" | "cli_import",
  requestId?: string | null,
): AuditEntry {
  return {
    actorId: actor?.id ?? null,
    action: "user.create",
    entity: "user",
    entityId: row.id,
    detail: { ...accountDetail(row), via, temporaryPassword: row.must_change_password === 1 },
    requestId,
  };
}

/** Ends every unrevoked session of the user, or every one but `keep`. */
async function revokeSessions(trx: Transaction<Database>, userId: string, now: Date, keep?: string): Promise<number> {
  let q = trx.updateTable("sessions").set({ revoked_at: now.toISOString() }).where("user_id", "=", userId).where("revoked_at", "is", null);
  if (keep) q = q.where("id", "!=", keep);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export type CreateUserResult = Result<Replayable<{ userId: string }> & { temporaryPassword: string | null }>;

/**
 * A new account. From the page (an administrator, `submissionKey` required): its password is a temporary one,
 * returned once (a repeat of the same post answers with the account and no password: reset it if it was lost), to be
 * changed at the first sign-in. From the command line (actor null): `password` is the one chosen, or absent for a
 * generated temporary one. An education officer opens only an operator's account, for a kindergarten of the region.
 */
export async function createUser(args: Common & { actor: AdminActor; input: unknown; submissionKey?: unknown; password?: string }): Promise<CreateUserResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const scope = accountScope(actor);
  if (scope.kind === "none") return fail("forbidden", "users.forbidden");
  const claimed = actor ? submissionClaim({ actorId: actor.id, form: "user_account", key: args.submissionKey, content: args.input }) : null;
  if (claimed && !claimed.ok) return claimed;
  const parsed = newUserInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  if (scope.kind === "region" && input.role !== "operator") return fail("forbidden", "users.operatorOnly");
  let chosen: string | null = null;
  if (args.password !== undefined) {
    const checked = newPassword.safeParse(args.password);
    if (!checked.success) return invalid(issuesToFieldErrors(checked.error.issues.map((i) => ({ ...i, path: ["password"] }))));
    if (passwordHoldsUsername(checked.data, input.username)) return invalid({ password: [message("users.password.holdsUsername")] });
    chosen = checked.data;
  }
  const temporary = chosen === null ? temporaryPassword() : null;
  const passwordHash = await hashPassword(chosen ?? temporary!);

  const create = async (trx: Transaction<Database>): Promise<Result<{ userId: string }>> => {
    await lockFor(trx, `users:username:${input.username}`);
    if (await findByUsername(trx, input.username)) return invalid({ username: [message("users.username.taken")] });
    const fields = await storedRoleFields(trx, input, scope);
    if (!fields.ok) return fields;
    const row = newAccountRow(input, fields, passwordHash, temporary !== null, now);
    await trx.insertInto("users").values(row).execute();
    await recordAudit(trx, accountCreatedAudit(row, actor, viaOf(actor, scope), args.requestId), now);
    return { ok: true, userId: row.id };
  };

  if (claimed) {
    const result = await submitOnce(db, claimed.claim, create);
    if (!result.ok) return result;
    return { ...result, temporaryPassword: result.replayed ? null : temporary };
  }
  const result = await transactChange(db, create);
  return result.ok ? { ...result, replayed: false, temporaryPassword: temporary } : result;
}

/** The account an administrator changes: not found for an unknown id. */
async function targetOf(db: DB | Transaction<Database>, userId: string): Promise<User | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
}

/**
 * The account the actor changes, within their account scope (a region's: an operator of a kindergarten there, and of
 * `kindergartenId` when the page names one); undefined for an unknown id and for one outside the scope alike.
 */
async function scopedTargetOf(db: DB | Transaction<Database>, scope: RegionScope, userId: string, kindergartenId?: string): Promise<User | undefined> {
  if (scope.kind === "none") return undefined;
  let q = db.selectFrom("users").selectAll("users").where("users.id", "=", userId);
  if (kindergartenId !== undefined) q = q.where("users.kindergarten_id", "=", kindergartenId);
  if (scope.kind === "region") {
    q = q
      .innerJoin("kindergartens as k", "k.id", "users.kindergarten_id")
      .where("users.role", "=", "operator")
      .where(withinRegionSql("k.region_code", scope.regionCode));
  }
  return q.executeTakeFirst();
}

/** Which account a change names: the id, and the kindergarten whose page it was pressed on (an officer's page). */
interface AccountTarget {
  userId: string;
  kindergartenId?: string;
}

export type UserChangeResult = Result<{ userId: string }>;

/** An account's display name and role fields (agency, region, kindergarten, lead). */
export async function updateUser(args: Common & { actor: Actor; userId: string; input: unknown }): Promise<UserChangeResult> {
  const { db, actor, userId } = args;
  const now = args.now ?? new Date();
  const refused = refusedUnlessAdmin(actor);
  if (refused) return refused;
  const target = await targetOf(db, userId);
  if (!target) return fail("not_found", "users.notFound");
  const parsed = editUserInput(target.role).safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  return transactChange(db, async (trx) => {
    const fields = await storedRoleFields(trx, parsed.data);
    if (!fields.ok) return fields;
    const before = (await targetOf(trx, userId))!;
    const next = {
      display_name: parsed.data.displayName,
      agency: fields.agency,
      region_code: fields.regionCode,
      kindergarten_id: fields.kindergartenId,
      lead: fields.lead ? 1 : 0,
    };
    const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => before[k] !== next[k]);
    if (changed.length === 0) return { ok: true, userId };
    await trx.updateTable("users").set(next).where("id", "=", userId).execute();
    const from = accountDetail(before);
    const to = accountDetail({ ...before, ...next });
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "user.update",
        entity: "user",
        entityId: userId,
        detail: { username: before.username, from: pick(from, changed), to: pick(to, changed) },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, userId };
  });
}

const DETAIL_KEY = { display_name: "displayName", agency: "agency", region_code: "regionCode", kindergarten_id: "kindergartenId", lead: "lead" } as const;
function pick(detail: ReturnType<typeof accountDetail>, columns: ReadonlyArray<keyof typeof DETAIL_KEY>) {
  return Object.fromEntries(columns.map((c) => [DETAIL_KEY[c], detail[DETAIL_KEY[c]]]));
}

/** Runs a change in a transaction; a Failure returned inside rolls it back and is returned. */
export function transactChange<T extends object>(db: DB, work: (trx: Transaction<Database>) => Promise<Result<T>>): Promise<Result<T>> {
  return transact(db, async (trx) => {
    const r = await work(trx);
    if (!r.ok) throw new Refusal(r);
    return r;
  });
}

/**
 * Deactivates (the account's sessions end at once, and it cannot sign in) or reactivates an account. Not one's own,
 * and not the last active administrator's.
 */
export async function setUserActive(args: Common & AccountTarget & { actor: Actor; active: boolean }): Promise<Result<{ userId: string; username: string }>> {
  const { db, actor, userId, active } = args;
  const now = args.now ?? new Date();
  const scope = accountScope(actor);
  if (scope.kind === "none") return fail("forbidden", "users.forbidden");
  if (!(await scopedTargetOf(db, scope, userId, args.kindergartenId))) return fail("not_found", "users.notFound");
  if (!active && userId === actor.id) return fail("conflict", "users.deactivate.self");
  return transactChange(db, async (trx) => {
    // Every change of who is an active administrator queues here (Postgres; SQLite writes one at a time anyway).
    await lockFor(trx, "users:admins");
    // Read again inside the transaction, in the scope: the kindergarten may have moved district meanwhile.
    const target = await scopedTargetOf(trx, scope, userId, args.kindergartenId);
    if (!target) return fail("not_found", "users.notFound");
    if ((target.active === 1) === active) return { ok: true, userId, username: target.username }; // already so: nothing to record
    if (!active && target.role === "admin") {
      const others = await trx
        .selectFrom("users")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("role", "=", "admin")
        .where("active", "=", 1)
        .where("id", "!=", userId)
        .executeTakeFirstOrThrow();
      if (Number(others.n) === 0) return fail("conflict", "users.deactivate.lastAdmin");
    }
    await trx.updateTable("users").set({ active: active ? 1 : 0 }).where("id", "=", userId).execute();
    const revoked = active ? 0 : await revokeSessions(trx, userId, now);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: active ? "user.reactivate" : "user.deactivate",
        entity: "user",
        entityId: userId,
        detail: { username: target.username, role: target.role, via: viaOf(actor, scope), ...(active ? {} : { sessionsRevoked: revoked }) },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, userId, username: target.username };
  });
}

/**
 * A temporary password for an account whose user forgot theirs (or whose password may be known to someone else):
 * returned once, every session of the account ended, the password to be changed at the next sign-in. An
 * administrator changes their own password on /account/password instead. `actor` null: the command line.
 */
export async function resetUserPassword(args: Common & AccountTarget & { actor: AdminActor }): Promise<Result<{ userId: string; username: string; temporaryPassword: string }>> {
  const { db, actor, userId } = args;
  const now = args.now ?? new Date();
  const scope = accountScope(actor);
  if (scope.kind === "none") return fail("forbidden", "users.forbidden");
  if (!(await scopedTargetOf(db, scope, userId, args.kindergartenId))) return fail("not_found", "users.notFound");
  if (actor && userId === actor.id) return fail("conflict", "users.reset.self");
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  return transactChange(db, async (trx) => {
    // Read again inside the transaction, in the scope: the kindergarten may have moved district meanwhile.
    const target = await scopedTargetOf(trx, scope, userId, args.kindergartenId);
    if (!target) return fail("not_found", "users.notFound");
    await trx.updateTable("users").set({ password_hash: passwordHash, must_change_password: 1 }).where("id", "=", userId).execute();
    const revoked = await revokeSessions(trx, userId, now);
    await recordAudit(
      trx,
      {
        actorId: actor?.id ?? null,
        action: "user.password_reset",
        entity: "user",
        entityId: userId,
        detail: { username: target.username, via: viaOf(actor, scope), sessionsRevoked: revoked },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, userId, username: target.username, temporaryPassword: temporary };
  });
}

/** The id of the account with this username (any case), for the command line. */
export async function userIdByUsername(db: DB, username: string): Promise<string | null> {
  return (await findByUsername(db, username.trim()))?.id ?? null;
}

/**
 * The signed-in user's own password: the current one checked, the new one twice; it clears the duty to change a
 * temporary password and ends every session of the user. The one it was changed in (`sessionId`) goes on under a
 * new id, returned for its cookie: whoever holds a copy of the old cookie (the reason many change a password) is
 * signed out with the rest, and a session opened with a temporary password does not outlive it.
 */
export async function changeOwnPassword(
  args: Common & { actor: Actor; sessionId: string; userAgent?: string | null; input: unknown },
): Promise<Result<{ userId: string; sessionId: string }>> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const parsed = changePasswordInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const user = await targetOf(db, actor.id);
  if (!user || user.active !== 1) return fail("forbidden", "users.forbidden");
  // Both said at once: a wrong current password does not hide that the new one would be refused too.
  const refused: FieldErrors = {};
  if (!(await verifyPassword(user.password_hash, parsed.data.currentPassword))) refused.currentPassword = [message("users.password.currentWrong")];
  if (passwordHoldsUsername(parsed.data.newPassword, user.username)) refused.newPassword = [message("users.password.holdsUsername")];
  if (Object.keys(refused).length) return invalid(refused);
  const passwordHash = await hashPassword(parsed.data.newPassword);
  return transactChange(db, async (trx) => {
    // Compare-and-set on the hash read: two changes at once (two tabs) do not both pass the current password's check.
    const r = await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, must_change_password: 0 })
      .where("id", "=", actor.id)
      .where("password_hash", "=", user.password_hash)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return fail("conflict", "users.password.changedMeanwhile");
    const revoked = await revokeSessions(trx, actor.id, now, args.sessionId);
    await revokeSessions(trx, actor.id, now);
    const sessionId = await openSession(trx, actor.id, args.userAgent, now);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "user.password_change",
        entity: "user",
        entityId: actor.id,
        detail: { username: user.username, wasTemporary: user.must_change_password === 1, otherSessionsRevoked: revoked },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, userId: actor.id, sessionId };
  });
}
