/**
 * User administration (app/domain/users/user-admin.server.ts):
 *
 * - `must_change_password`: 1 after an administrator set a temporary password (a reset, or a new account made by the
 *   administrator or a generated password on the command line). The user is sent to /account/password after signing
 *   in and can use nothing else until the password is changed, which sets it back to 0. Existing users: 0.
 * - `users_username_lower`: usernames are unique whatever their case ("Admin" and "admin" are one user). The domain
 *   stores usernames in lower case and compares `lower(username)`; this index keeps two concurrent creations of
 *   "Haishu.Market" and "haishu.market" from both succeeding, and serves the sign-in's look-up. Fails on a database
 *   that already holds two usernames differing only in case: rename one first.
 *
 * The `users` triggers of 2026-12-04T0400 bump the kept officer pages' `users` version only when a column they watch
 * changes; `must_change_password` is not one of them: no kept page shows it (a user who must change the password is
 * never served a kept page: app/web/shared-reads.server.ts).
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("users_username_lower").on("users").unique().expression(sql`lower(username)`).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_username_lower").execute();
  await db.schema.alterTable("users").dropColumn("must_change_password").execute();
}
