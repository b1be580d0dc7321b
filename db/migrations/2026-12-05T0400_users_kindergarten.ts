/**
 * A kindergarten's accounts by kindergarten: the education office's page of a kindergarten's bookkeepers' accounts
 * (`/officer/kindergartens/:id/accounts`) reads them by `kindergarten_id`, which no index served, so a province's
 * 150,000 operators were walked in username order to find one kindergarten's one or two.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("users_kindergarten").on("users").columns(["kindergarten_id", "username"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_kindergarten").execute();
}
