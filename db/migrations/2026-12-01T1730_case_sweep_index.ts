/**
 * The deadline sweep's index, (due_state, due_date) until now, with the id
 * (its keyset order) and what it filters on (due_kind, escalated_at): the
 * sweep now walks one stored state at a time along it
 * (app/domain/cases/case-sweep.server.ts) and decides which entries are
 * candidates from the index alone. Before, one walk over the three states
 * read every case due before the window's end, closed ones included: on a
 * million cases, 15 s a run when nothing had changed. Same name, longer key:
 * the other readers of its prefix are served as before.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_due").execute();
  await db.schema.createIndex("inspection_cases_due").on("inspection_cases").columns(["due_state", "due_date", "id", "due_kind", "escalated_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_due").execute();
  await db.schema.createIndex("inspection_cases_due").on("inspection_cases").columns(["due_state", "due_date"]).execute();
}
