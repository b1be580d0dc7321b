/**
 * Sign-in and server-side sessions. The cookie carries only a random session
 * id; the row can be revoked (logout, deactivated user) at any time.
 */
import crypto from "node:crypto";
import { deleteInBatches } from "~/utils/batched-delete";
import type { Kysely, Transaction } from "kysely";
import type { DB } from "~/db/client";
import { prepared } from "~/db/prepared";
import type { Database } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { hashPassword, verifyPassword } from "./password.server";
import type { Actor } from "./actor";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

let dummyHash: Promise<string> | undefined;

/** Unknown usernames still pay for one hash check, so timing does not reveal which accounts exist. */
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString("hex"));
  return dummyHash;
}

export type LoginResult = { ok: true; sessionId: string; actor: Actor } | { ok: false };

export async function login(
  db: DB,
  input: { username: string; password: string; userAgent?: string | null },
  now = new Date(),
): Promise<LoginResult> {
  const user = await db
    .selectFrom("users")
    .selectAll()
    // Usernames are one whatever their case (users_username_lower): "Haishu.Market" signs in as haishu.market.
    .where((eb) => eb(eb.fn("lower", ["username"]), "=", input.username.trim().toLowerCase()))
    .executeTakeFirst();
  if (!user || user.active !== 1) {
    await verifyPassword(await timingDummyHash(), input.password);
    return { ok: false };
  }
  if (!(await verifyPassword(user.password_hash, input.password))) return { ok: false };

  const sessionId = await db.transaction().execute(async (trx) => {
    const id = await openSession(trx, user.id, input.userAgent, now);
    // When the account was last used: the education office's overview reads it (never signed in, last sign-in).
    await trx.updateTable("users").set({ last_signed_in_at: now.toISOString() }).where("id", "=", user.id).execute();
    await recordAudit(trx, { actorId: user.id, action: "login", entity: "user", entityId: user.id }, now);
    return id;
  });
  return { ok: true, sessionId, actor: toActor(user) };
}

/**
 * A new session of the user, in the caller's transaction: its id (32 random bytes) is what the cookie carries.
 * Made at every sign-in and again when the user changes their password (a new id, so a copy of the old cookie,
 * wherever it went, signs nobody in any more).
 */
export async function openSession(trx: Transaction<Database>, userId: string, userAgent: string | null | undefined, now: Date): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  await trx
    .insertInto("sessions")
    .values({
      id,
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
      revoked_at: null,
      user_agent: userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return id;
}

// Prepared: every signed-in request reads it, and a kept officer page reads it before anything else.
const sessionActorRow = prepared("auth.sessionActor", (db: Kysely<Database>, $: { id: string; now: string }) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .where("sessions.id", "=", $.id)
    .where("sessions.revoked_at", "is", null)
    .where("sessions.expires_at", ">", $.now)
    .where("users.active", "=", 1),
);

export async function findSessionActor(db: DB, sessionId: string, now = new Date()): Promise<Actor | null> {
  const row = await sessionActorRow.executeTakeFirst(db, { id: sessionId, now: now.toISOString() });
  return row ? toActor(row) : null;
}

export async function logout(db: DB, sessionId: string, now = new Date()): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .execute();
}

/** Sessions deleted per statement (app/utils/batched-delete.ts). */
export const SESSION_PURGE_BATCH = 1000;

/**
 * Deletes the sessions that have expired (a revoked one expires within
 * SESSION_TTL_MS of its sign-in too). An expired row signs no one in, and it
 * holds a browser's user agent: kept, it would be personal data held for no
 * purpose (PIPL Art. 19). The sign-in itself stays in the audit log. Run
 * hourly by jobs/schedules.ts: an hour's expiries a run, but the first run
 * after an upgrade finds every session ever opened, hence the batches.
 */
export async function purgeExpiredSessions(db: DB, now: Date, opts: { batchSize?: number } = {}): Promise<{ deleted: number }> {
  const expired = now.toISOString();
  const deleted = await deleteInBatches(opts.batchSize ?? SESSION_PURGE_BATCH, async (limit) => {
    const r = await db
      .deleteFrom("sessions")
      .where("id", "in", (eb) => eb.selectFrom("sessions").select("id").where("expires_at", "<=", expired).limit(limit))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  });
  return { deleted };
}

/** The actor a users row signs in as. */
export function toActor(user: {
  id: string;
  username: string;
  display_name: string;
  role: Actor["role"];
  agency: Actor["agency"];
  region_code: string | null;
  kindergarten_id: string | null;
  lead?: number;
  must_change_password?: number;
}): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    agency: user.agency,
    regionCode: user.region_code,
    kindergartenId: user.kindergarten_id,
    lead: user.lead === 1,
    mustChangePassword: user.must_change_password === 1,
  };
}
