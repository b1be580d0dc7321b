/**
 * Complainants' contact details are kept for a retention after the complaint is finished, then erased
 * (PIPL Art. 19; app/domain/complaints/complaint-contact-retention.server.ts):
 * - `finished_on`: the Shanghai day the complaint was finished: rejected (不予受理) or closed. Both are final: the
 *   procedure allows nothing after closing, and after a rejection only a reply or a case link, neither of which
 *   changes the state. Backfilled from what earlier releases kept: a rejection's day is `decided_on`; a closing was
 *   recorded by its event alone (`closed`, the latest if several), and, lacking one, by the row's last change.
 * - `contact_erased_at`: the instant the retention sweep erased the contact details (null: not erased).
 * - `complaints_contact_retention`: the finished complaints not yet erased, by the day they were finished: what the
 *   sweep walks (partial, `contact_erased_at IS NULL`, written literally in the sweep's query as SQLite requires).
 * Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  // An instant's Shanghai day (UTC+8, no daylight saving).
  const shanghaiDay = (expr: string) =>
    pg ? `to_char((${expr})::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')` : `date(${expr}, '+8 hours')`;
  await db.schema.alterTable("complaints").addColumn("finished_on", "text").execute();
  await db.schema.alterTable("complaints").addColumn("contact_erased_at", "text").execute();
  await sql`update complaints set finished_on = decided_on where status = 'rejected'`.execute(db);
  await sql
    .raw(
      `update complaints set finished_on = coalesce(
         (select ${shanghaiDay("max(e.created_at)")} from complaint_events e where e.complaint_id = complaints.id and e.kind = 'closed'),
         ${shanghaiDay("complaints.updated_at")}
       ) where status = 'closed'`,
    )
    .execute(db);
  await db.schema
    .createIndex("complaints_contact_retention")
    .on("complaints")
    .columns(["finished_on", "id"])
    .where(sql.ref("contact_erased_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("complaints_contact_retention").execute();
  await db.schema.alterTable("complaints").dropColumn("contact_erased_at").execute();
  await db.schema.alterTable("complaints").dropColumn("finished_on").execute();
}
