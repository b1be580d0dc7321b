/**
 * The re-triage sweep (scheduled by jobs/schedules.ts): a complaint's
 * findings are computed once, by the job of its receipt, under the rules
 * in force then. A rule version switched (a correction of the past included)
 * or a regional param changed since would leave the officer reading findings
 * the rules no longer give, and R18 would not see a cluster its new window
 * or threshold makes. So the complaints still in hand (neither rejected nor
 * closed) whose triage was judged under other rules than those in force now
 * (complaints.triage_rules_key against complaintRulesKey) are triaged again:
 * findings replaced, R18's case opened or updated as the triage job does.
 *
 * Idempotent: a complaint triaged under the rules in force is skipped, and a
 * triage replaces its findings, so a repeated or concurrent run changes
 * nothing more. Complaints never triaged are the intake job's (its outbox
 * row), not this sweep's. Read a page at a time in id order; the event loop
 * gets a turn every slice of work (a web process may run it embedded).
 */
import type { DB } from "~/db/client";
import { loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { eventLoopSlicer } from "~/utils/event-loop";
import { shanghaiDate } from "~/utils/working-days";
import { complaintRulesKey, triageComplaint } from "./complaint-triage.server";

export const RETRIAGE_SWEEP_PAGE = 500;

export async function retriageComplaints(db: DB, rules: RulesRuntime, now = new Date(), opts: { pageSize?: number } = {}): Promise<{ retriaged: number }> {
  const pageSize = opts.pageSize ?? RETRIAGE_SWEEP_PAGE;
  const state = await loadRulesState(db, rules.library);
  const slice = eventLoopSlicer();
  let retriaged = 0;
  let after = "";
  for (;;) {
    const page = await db
      .selectFrom("complaints as c")
      .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
      .select(["c.id", "c.received_at", "c.paid_on", "c.triage_rules_key", "k.region_code"])
      .where("c.status", "not in", ["rejected", "closed"])
      .where("c.triaged_at", "is not", null)
      .where("c.id", ">", after)
      .orderBy("c.id")
      .limit(pageSize)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    for (const c of page) {
      await slice();
      const receivedOn = shanghaiDate(new Date(c.received_at));
      if (c.triage_rules_key === complaintRulesKey(rules, state, c.region_code, receivedOn, c.paid_on ?? receivedOn)) continue;
      await triageComplaint(db, rules, c.id, now, state);
      retriaged += 1;
    }
    if (page.length < pageSize) break;
  }
  return { retriaged };
}
