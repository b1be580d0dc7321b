/**
 * Reopening a case clears its escalation (escalated_at) since 2026-12-04: the escalation was of a clock the decision
 * stopped, and the reopened case's new clock is escalated anew if it passes. A case reopened before that kept the old
 * mark, so it showed as escalated (已上报), sat in the city's escalated queue and counted in the dashboard's 超期已上报,
 * and the sweep, which escalates only a case without the mark, could never escalate its new clock.
 *
 * Stale, precisely: escalated_at earlier than the case's latest `reopened` event. Every reopening writes that event
 * (an officer's, the sweep's for an unproven order, an overturned decision's, new evidence's), and the sweep writes
 * escalated_at only on a case without it, so a mark older than the latest reopening was set before it and kept
 * through it; one set after it (the new clock escalated) is kept. The escalated event stays on the timeline and in
 * the audit log, as after any reopening today. Neither the version (an escalation never bumps it: an officer's open
 * form stays valid) nor updated_at moves; the rows' triggers note the change for the kept views and statistics.
 *
 * Going down puts nothing back: the marks were wrong, and their instants stay in the escalated events.
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update inspection_cases
    set escalated_at = null
    where escalated_at is not null
      and escalated_at < (
        select max(e.created_at) from case_events e where e.case_id = inspection_cases.id and e.kind = 'reopened'
      )
  `.execute(db);
}

export async function down(): Promise<void> {}
