/**
 * What the officers read of public cases: the district's list with the
 * publication deadline of each draft (20 working days from the decision, the
 * days left counted like every other deadline), and one public case with
 * every revision, its timeline, the gate's findings on its current texts and
 * the steps this officer may take. Scoped: a case outside the officer's
 * region reads as not found.
 */
import type { DB } from "~/db/client";
import type { PublicCaseStatus } from "~/db/schema";
import { regionCodeBounds } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import { calendarKnown, shanghaiDate, workingDaysLeft } from "~/utils/working-days";
import { caseFacts, contentOf, decisionStands } from "./public-case-content.server";
import { DRAFT_LIST_MAX, EDITABLE_STATUSES, publicCaseContent, type DraftListView, type PublicationIntent, type PublicCaseContent } from "./public-case.schema";
import { currentTexts, gateHits, mayPublish, mayReadDraft, PUBLIC_CASE_ROW_COLUMNS } from "./public-case.service.server";

const VIEW_STATUSES: Record<DraftListView, PublicCaseStatus[]> = {
  open: ["draft", "returned", "pending_approval"],
  published: ["published"],
  withdrawn: ["withdrawn"],
};

export async function publicCaseDrafts(db: DB, actor: Actor, view: DraftListView, now = new Date()) {
  if (!actor.regionCode || !(mayReadDraft(actor, actor.regionCode))) return null;
  const bounds = regionCodeBounds(actor.regionCode);
  let query = db
    .selectFrom("public_cases as p")
    .innerJoin("kindergartens as k", "k.id", "p.kindergarten_id")
    .innerJoin("inspection_cases as c", "c.id", "p.case_id")
    .select(["p.id", "p.status", "p.rule_id", "p.decision_kind", "p.decided_on", "p.publish_due_on", "p.published_on", "p.withdrawn_at", "p.withdrawal_reason", "k.approved_name", "c.status as case_status"])
    .where("p.status", "in", VIEW_STATUSES[view]);
  query = "equals" in bounds ? query.where("p.region_code", "=", bounds.equals) : query.where("p.region_code", ">=", bounds.from).where("p.region_code", "<", bounds.before);
  const rows = await query.orderBy(view === "open" ? "p.publish_due_on" : "p.updated_at", view === "open" ? "asc" : "desc").orderBy("p.id").limit(DRAFT_LIST_MAX + 1).execute();
  const today = shanghaiDate(now);
  return {
    rows: rows.slice(0, DRAFT_LIST_MAX).map(({ case_status, ...r }) => {
      // A draft whose case was reopened waits for the case's new decision (publicCaseForOfficer), with no clock of its own.
      const onHold = VIEW_STATUSES.open.includes(r.status) && case_status !== "decided" && case_status !== "closed";
      // Only a draft still waits for publication; a published or withdrawn one has no clock.
      const waiting = VIEW_STATUSES.open.includes(r.status) && !onHold;
      return { ...r, onHold, daysLeft: waiting ? workingDaysLeft(today, r.publish_due_on) : null, overdue: waiting && r.publish_due_on < today, dueEstimated: !calendarKnown(r.publish_due_on) };
    }),
    more: rows.length > DRAFT_LIST_MAX,
  };
}

/** One public case for an officer of its district; null outside the officer's scope. */
export async function publicCaseForOfficer(db: DB, actor: Actor, id: string, now = new Date()) {
  if (id.length > 64) return null;
  const row = await db
    .selectFrom("public_cases as p")
    .innerJoin("kindergartens as k", "k.id", "p.kindergarten_id")
    .select([
      ...PUBLIC_CASE_ROW_COLUMNS.map((column) => `p.${column}` as const),
      "p.kindergarten_id",
      "k.approved_name as kindergarten_name",
      "p.rule_id",
      "p.publish_due_on",
      "p.published_on",
      "p.published_by",
      "p.withdraw_due_on",
      "p.withdrawn_at",
      "p.withdrawal_reason",
      "p.content",
    ])
    .where("p.id", "=", id)
    .executeTakeFirst();
  if (!row || !mayReadDraft(actor, row.region_code)) return null;

  const [texts, revisions, events, facts] = await Promise.all([
    currentTexts(db, row),
    db
      .selectFrom("public_case_revisions as r")
      .leftJoin("users as u", "u.id", "r.author_id")
      .select(["r.revision", "r.summary", "r.narrative", "r.complaint_excerpt", "r.created_at", "u.display_name as author"])
      .where("r.public_case_id", "=", row.id)
      .orderBy("r.revision", "desc")
      .execute(),
    db
      .selectFrom("public_case_events as e")
      .leftJoin("users as u", "u.id", "e.actor_id")
      .select(["e.id", "e.kind", "e.payload", "e.created_at", "u.display_name as actor"])
      .where("e.public_case_id", "=", row.id)
      .orderBy("e.created_at")
      .orderBy("e.id")
      .execute(),
    caseFacts(db, row.case_id),
  ]);
  const { authors, ...draft } = texts;
  const steps: PublicationIntent[] = [];
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(row.status);
  const own = row.submitted_by === actor.id || authors.includes(actor.id);
  const stands = decisionStands(facts, row);
  // A case reopened since the draft: nothing to write or approve until it is decided again (the drafting job then settles the draft).
  const onHold = !stands && (editable || row.status === "pending_approval");
  if (editable && !onHold && mayPublish(actor, "draft:publication:region", row.region_code)) steps.push("revise", "submit");
  if (row.status === "pending_approval" && !onHold && !own && mayPublish(actor, "publish:publication:region", row.region_code)) steps.push("approve", "return");
  if (row.status !== "withdrawn" && mayPublish(actor, "publish:publication:region", row.region_code)) steps.push("overturn");
  // A withdrawn case's content is cleared, and what it would read from the case as it is now is not what was published.
  const content: PublicCaseContent | null = row.content ? publicCaseContent.parse(JSON.parse(row.content)) : stands && row.status !== "withdrawn" ? contentOf(facts, draft) : null;
  const today = shanghaiDate(now);
  const timeline = events.map((e) => ({ ...e, payload: JSON.parse(e.payload) as Record<string, unknown> }));
  return {
    publicCase: {
      ...row,
      content: undefined,
      daysLeft: !onHold && (editable || row.status === "pending_approval") ? workingDaysLeft(today, row.publish_due_on) : null,
      // By date, as the list says it: the weekend after a Friday deadline is overdue with no working day since.
      overdue: row.publish_due_on < today,
      dueEstimated: !calendarKnown(row.publish_due_on),
    },
    /** The case was reopened after this draft's decision: the draft waits for the case's new decision. */
    onHold,
    texts: draft,
    hits: gateHits(draft),
    revisions,
    events: timeline,
    /** A withdrawn case read as a record: when it was published and by whose approval, when and why it was taken down, by whom. */
    record: row.status === "withdrawn" ? withdrawalRecord(row, timeline) : null,
    /** What the public reads (published) or would read (a draft, from the case as it is now). */
    preview: content,
    /** The approver is someone else: whoever wrote or submitted this draft is told so instead of an approve button. */
    ownDraft: own,
    /**
     * Awaiting review by someone this reader is not (they may draft but not publish): told so, instead of a page with
     * the texts read-only and no step, which said nothing of who moves the draft on.
     */
    awaitingApprover: row.status === "pending_approval" && !onHold && !own && !steps.includes("approve"),
    steps,
  };
}

type TimelineEvent = { kind: string; created_at: string; actor: string | null; payload: Record<string, unknown> };

/**
 * A withdrawn case's record, from its row and timeline: the day it was published (null: withdrawn before it ever
 * was) and who approved it; when it was withdrawn, why (expired, overturned, superseded), the overturn's grounds,
 * and who took it down (null: the system, the retention sweep or the drafting job).
 */
function withdrawalRecord(row: { published_on: string | null; withdrawn_at: string | null; withdrawal_reason: string | null }, timeline: readonly TimelineEvent[]) {
  const last = (kind: string) => [...timeline].reverse().find((e) => e.kind === kind);
  const withdrawn = last("withdrawn");
  const note = withdrawn?.payload.note;
  return {
    publishedOn: row.published_on,
    approvedBy: row.published_on ? (last("published")?.actor ?? null) : null,
    withdrawnAt: row.withdrawn_at,
    reason: row.withdrawal_reason,
    grounds: typeof note === "string" ? note : null,
    withdrawnBy: withdrawn?.actor ?? null,
  };
}
