/**
 * When each account last signed in (`users.last_signed_in_at`, an instant; null: never since the account was opened),
 * written by the sign-in itself in its transaction (app/domain/users/auth.server.ts). The education office's overview
 * of its kindergartens' bookkeepers' accounts (`/officer/operator-accounts`) reads it: which accounts were opened and
 * never used, and when each was last used. Sessions cannot tell it: expired ones are purged hourly.
 *
 * Existing accounts take their latest sign-in from the audit log (`login` entries, one per sign-in since the log
 * began, found along `audit_log_entity (entity, entity_id)`); an account with none stays null.
 *
 * The `users` triggers of 2026-12-04T0400 do not watch this column: a sign-in bumps no kept page's version. On
 * Postgres every pending migration runs in one transaction and users' read-version flush trigger is deferred
 * (2026-12-04T0500): constraints are made immediate around the alter and the backfill, so an earlier migration's
 * pending events on users cannot refuse the alter, and this one's update leaves none pending for a later alter.
 * Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`set constraints all immediate`.execute(db);
  await db.schema.alterTable("users").addColumn("last_signed_in_at", "text").execute();
  await sql`
    UPDATE users SET last_signed_in_at = (
      SELECT max(a.created_at) FROM audit_log a WHERE a.entity = 'user' AND a.entity_id = users.id AND a.action = 'login'
    )`.execute(db);
  if (isPostgres(db)) await sql`set constraints all deferred`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("last_signed_in_at").execute();
}
