/**
 * What officers read of complaints: the queue of their district (city,
 * everywhere for admin), most urgent first, with the legal clock of each in
 * working days; and one complaint with everything needed to handle it
 * (contact details, items, evidence, triage findings, timeline, deadline,
 * the actions its state allows). Scope is part of every query: a complaint
 * of another district is simply not found.
 *
 * Urgency is the deadline running now (due_on, kept by every action and the
 * sweep); days left and due-soon/overdue are computed for today when read,
 * so the page is right even between two sweeps.
 */
import { sql } from "kysely";
import type { DB } from "~/db/client";
import type { ComplaintDueKind, ComplaintDueState, ComplaintKind, ComplaintStatus, ComplaintTrack } from "~/db/schema";
import { casesOfKindergarten } from "~/domain/cases/case-from-complaint.server";
import { caseRuleTitles } from "~/domain/cases/case.queries.server";
import { KINDERGARTEN_SEARCH_MAX } from "~/domain/kindergartens/officer-search";
import { inRegionOf, searchedKindergartens, searchRefusal } from "~/domain/officer-search/kindergarten-search.server";
import { invalid, type Message, type Result } from "~/domain/result";
import { recordListExport, type ExportFormat, type ListExportDone } from "~/domain/audit/list-export.server";
import { regionPrefix, scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { readEvidence } from "~/domain/evidence/evidence.service.server";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";
import { neighbourPositions, pagePosition } from "~/utils/page-position";
import { calendarKnown, dueWithinBefore, shanghaiDate, workingDaysLeft } from "~/utils/working-days";
import { currentDeadline, DUE_SOON_WORKING_DAYS, dueState } from "./complaint-clock";
import { clockStateOf } from "./complaint-state";
import { readRefundClaims } from "./complaint-intake.server";
import { kindergartenReference } from "./complaint-kindergarten.server";
import { complaintFindings, type ComplaintFinding } from "./complaint-triage.server";
import { complaintInScope, mayExtendVerification, mayHandle } from "./complaint-handling.server";
import {
  ALL_STATUSES,
  COMPLAINT_EXPORT_CHUNK_ROWS,
  COMPLAINT_EXPORT_MAX_ROWS,
  HANDLING_INTENTS,
  OPEN_STATUSES,
  QUEUE_PAGE_SIZE,
  type HandlingIntent,
  type QueueStateFilter,
} from "./complaint-handling.schema";

/** A deadline far beyond any real one: finished complaints (no clock) sort last. */
const NO_DEADLINE = "9999-12-31";
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export interface QueueFilters {
  state?: QueueStateFilter;
  track?: ComplaintTrack;
  kind?: ComplaintKind;
  /**
   * A kindergarten id (a link from its page), or the officers' search of a kindergarten within the scope, as the case
   * queue reads it (searchedKindergartens: words of either name, a USCC or its beginning, a region named among the
   * words searched within it); too many words refused (`kindergartenRefused`).
   */
  kindergarten?: string;
  overdue?: boolean;
  /** The next page's cursor; `before` (the previous page's) is read only without it. */
  after?: string;
  before?: string;
}

export interface QueueRow {
  id: string;
  trackingNo: string;
  track: ComplaintTrack;
  kind: ComplaintKind;
  status: ComplaintStatus;
  kindergartenId: string;
  kindergartenName: string;
  /** The kindergarten's USCC (the export's; the page names it by its name). */
  uscc: string;
  regionName: string;
  receivedAt: string;
  deadline: { kind: ComplaintDueKind; dueOn: string; calendarComplete: boolean; workingDaysLeft: number; state: ComplaintDueState } | null;
  /** The day it was finished (closed, rejected, transferred …), null while open (the export's). */
  finishedOn: string | null;
  caseId: string | null;
}

function complaintScope(actor: Actor): RegionScope {
  return scopeFor(actor, "read:complaint:any", "read:complaint:region");
}

/** A row's place in the queue's order: its sort key (due key, id). */
type RowKey = { due: string; id: string };

/**
 * Cursor: a row's sort key (due date, id), opaque to the page (utils/keyset-cursor), and, as the case queue's cursors
 * do, where the page it leads to begins in the view (1-based, for 第 51–100 条，共 N 条) when known. A cursor without it
 * (a link written before it was carried) still reads.
 */
function decodeQueueCursor(text: string | undefined): { key: RowKey; position: number | null } | null {
  const value = decodeCursor(text);
  if (!value || (value.length !== 2 && value.length !== 3)) return null;
  const [due, id, position] = value;
  if (typeof due !== "string" || typeof id !== "string" || due.length > 10) return null;
  if (position === undefined) return { key: { due, id }, position: null };
  return typeof position === "number" && Number.isSafeInteger(position) && position >= 1 ? { key: { due, id }, position } : null;
}

function encodeQueueCursor(key: RowKey, position: number | null): string {
  return encodeCursor(position ? [key.due, key.id, position] : [key.due, key.id]);
}

/** The sort key: the running deadline, finished complaints last. */
const dueKey = sql<string>`coalesce(${sql.ref("c.due_on")}, ${NO_DEADLINE})`;

/** Every complaint with its kindergarten: the queue's rows before its district and filters narrow them. */
const complaintsWithKindergarten = (db: DB) => db.selectFrom("complaints as c").innerJoin("kindergartens as k", "k.id", "c.kindergarten_id");
type QueueComplaints = ReturnType<typeof complaintsWithKindergarten>;

/**
 * The complaints of the actor's district under the queue's filters other than the state and overdue (the tabs'
 * counts are of these), and the kindergarten search refused, when it has too many words: the list is read without
 * it, and the page says so at the kindergarten box (as the case queue does). With the search's outcome (`searched`: where it searched). Null for an actor without the scope.
 */
async function filteredComplaints(db: DB, actor: Actor, filters: QueueFilters) {
  const scope = complaintScope(actor);
  if (scope.kind === "none") return null;
  let base = complaintsWithKindergarten(db);
  if (scope.kind === "region") base = base.where("c.region_code", "like", `${regionPrefix(scope.regionCode)}%`);
  if (filters.track) base = base.where("c.track", "=", filters.track);
  if (filters.kind) base = base.where("c.kind", "=", filters.kind);
  const kg = filters.kindergarten?.trim() || undefined;
  const byId = kg !== undefined && ULID.test(kg.toUpperCase());
  const kindergartenRefused: Message | null = byId ? null : searchRefusal(kg);
  // The kindergartens the search names in the queue's scope, as the case queue finds them, and among the kindergartens
  // of the scope's complaints: one transferred in about a kindergarten registered elsewhere is found by its name too.
  const searched = await searchedKindergartens(
    db,
    scope.kind === "region" ? { kind: "region", regionCode: scope.regionCode } : { kind: "all" },
    byId || kindergartenRefused ? undefined : kg,
    (within) => db.selectFrom("complaints as held").select("held.kindergarten_id").where((eb) => eb.and(inRegionOf("held.region_code", within))),
  );
  if (kg && byId) base = base.where("c.kindergarten_id", "=", kg.toUpperCase());
  else if (searched.kindergartens !== null) {
    // Nothing found: no complaint is (an empty IN list is no SQL).
    base = searched.kindergartens.length === 0 ? base.where(sql<boolean>`1 = 0`) : base.where("c.kindergarten_id", "in", searched.kindergartens);
  }
  return { base, kindergartenRefused, searched };
}

/** The filtered complaints of the state tab (open: every open state) and, when asked, only those overdue on `today`. */
function ofState(base: QueueComplaints, filters: QueueFilters, today: string): QueueComplaints {
  const state = filters.state ?? "open";
  let query = base;
  if (state === "open") query = query.where("c.status", "in", [...OPEN_STATUSES]);
  else if (state !== "all") query = query.where("c.status", "=", state);
  if (filters.overdue) query = query.where("c.status", "in", [...OPEN_STATUSES]).where("c.due_on", "<", today);
  return query;
}

/**
 * At most `limit` of the complaints, the running deadline first, after the row (due key, id) `after` (keyset); or
 * (`backward`) the last `limit` before it, last first: the same order turned, so the previous page is read as the
 * next one is, never by an offset.
 */
function readQueueRows(query: QueueComplaints, after: RowKey | null, limit: number, backward = false) {
  const [beyond, order] = backward ? (["<", "desc"] as const) : ([">", "asc"] as const);
  const page = after ? query.where((eb) => eb.or([eb(dueKey, beyond, after.due), eb.and([eb(dueKey, "=", after.due), eb("c.id", beyond, after.id)])])) : query;
  return page
    .innerJoin("regions as r", "r.code", "c.region_code")
    .select([
      "c.id",
      "c.tracking_no",
      "c.track",
      "c.kind",
      "c.status",
      "c.kindergarten_id",
      "c.received_at",
      "c.due_on",
      "c.due_kind",
      "c.finished_on",
      "c.case_id",
      "k.name_in_use",
      "k.uscc",
      "r.name as region_name",
    ])
    .select(dueKey.as("due_key"))
    .orderBy(dueKey, order)
    .orderBy("c.id", order)
    .limit(limit)
    .execute();
}
type ReadRow = Awaited<ReturnType<typeof readQueueRows>>[number];

const keyOf = (r: ReadRow): RowKey => ({ due: String(r.due_key), id: r.id });

/**
 * A page of the view and its neighbours' keys (the next page is after its last row, the previous before its first),
 * as the case queue reads its pages (case-queue.server.ts readRows); `after` wins over `before`. The previous page is
 * `QUEUE_PAGE_SIZE + 1` rows read backwards from its cursor and turned back: a page and its next page's previous page
 * are the same rows. Fewer means the beginning is reached: the page is then the first page as it reads now (full,
 * though complaints were received or finished meanwhile), with no previous page.
 */
async function readPage(query: QueueComplaints, cursor: { after: RowKey } | { before: RowKey } | null) {
  const forward = async (after: RowKey | null) => {
    const rows = await readQueueRows(query, after, QUEUE_PAGE_SIZE + 1);
    const page = rows.slice(0, QUEUE_PAGE_SIZE);
    return {
      page,
      next: rows.length > QUEUE_PAGE_SIZE && page.length > 0 ? keyOf(page[page.length - 1]!) : null,
      // After a row, a row was before this page: its previous page is before its first row.
      prev: after && page.length > 0 ? keyOf(page[0]!) : null,
      first: after === null,
    };
  };
  if (!cursor) return forward(null);
  if ("after" in cursor) return forward(cursor.after);
  const rows = await readQueueRows(query, cursor.before, QUEUE_PAGE_SIZE + 1, true);
  if (rows.length <= QUEUE_PAGE_SIZE) return forward(null);
  const page = rows.slice(0, QUEUE_PAGE_SIZE).reverse();
  return { page, next: keyOf(page[page.length - 1]!), prev: keyOf(page[0]!), first: false };
}

/**
 * How many complaints the view holds, from the counts already read for the tabs (no count of its own): its state
 * tab's count (open: the open states', all: every state's); with 仅看已超期, the overdue ones of that tab's states
 * (none on a finished state's tab: no clock runs for them).
 */
function viewTotal(filters: QueueFilters, byStatus: Record<ComplaintStatus, number>, overdueByStatus: Record<ComplaintStatus, number>): number {
  const state = filters.state ?? "open";
  const counted = filters.overdue ? overdueByStatus : byStatus;
  const statuses: readonly ComplaintStatus[] = state === "open" ? OPEN_STATUSES : state === "all" ? ALL_STATUSES : [state];
  return statuses.reduce((n, s) => n + counted[s], 0);
}

/** A read complaint as the queue shows it, its deadline's working days counted for `today`. */
function toQueueRow(r: ReadRow, today: string): QueueRow {
  return {
    id: r.id,
    trackingNo: r.tracking_no,
    track: r.track,
    kind: r.kind,
    status: r.status,
    kindergartenId: r.kindergarten_id,
    kindergartenName: r.name_in_use,
    uscc: r.uscc,
    regionName: r.region_name,
    receivedAt: r.received_at,
    deadline:
      r.due_on && r.due_kind && (OPEN_STATUSES as readonly string[]).includes(r.status)
        ? { kind: r.due_kind, dueOn: r.due_on, calendarComplete: calendarKnown(r.due_on), workingDaysLeft: workingDaysLeft(today, r.due_on), state: dueState(today, r.due_on) }
        : null,
    finishedOn: r.finished_on,
    caseId: r.case_id,
  };
}

/** The queue: null when the actor may not read complaints at all. */
export async function complaintQueue(db: DB, actor: Actor, filters: QueueFilters, now: Date = new Date()) {
  const filtered = await filteredComplaints(db, actor, filters);
  if (!filtered) return null;
  const { base, kindergartenRefused, searched } = filtered;
  const today = shanghaiDate(now);
  // due_soon as the sweep and the page count it (dueStateOn).
  const soonBefore = dueWithinBefore(today, DUE_SOON_WORKING_DAYS);

  // Counts per state and of the clock (per open state: an overdue view's total is read from them), under the same
  // filters except state and overdue.
  const [byStatus, clock] = await Promise.all([
    base.select(["c.status", (eb) => eb.fn.countAll<number | string>().as("n")]).groupBy("c.status").execute(),
    base
      .where("c.status", "in", [...OPEN_STATUSES])
      .where("c.due_on", "is not", null)
      .select((eb) => [
        "c.status",
        eb.fn.sum<number | string | null>(eb.case().when("c.due_on", "<", today).then(1).else(0).end()).as("overdue"),
        eb.fn
          .sum<number | string | null>(eb.case().when(eb.and([eb("c.due_on", ">=", today), eb("c.due_on", "<", soonBefore)])).then(1).else(0).end())
          .as("due_soon"),
      ])
      .groupBy("c.status")
      .execute(),
  ]);
  const perStatus = () => Object.fromEntries(ALL_STATUSES.map((s) => [s, 0])) as Record<ComplaintStatus, number>;
  const counts = perStatus();
  for (const r of byStatus) counts[r.status] = Number(r.n);
  const open = OPEN_STATUSES.reduce((n, s) => n + counts[s], 0);
  const overdueByStatus = perStatus();
  let dueSoon = 0;
  for (const r of clock) {
    overdueByStatus[r.status] = Number(r.overdue ?? 0);
    dueSoon += Number(r.due_soon ?? 0);
  }
  const overdue = OPEN_STATUSES.reduce((n, s) => n + overdueByStatus[s], 0);

  const after = decodeQueueCursor(filters.after);
  const before = after ? null : decodeQueueCursor(filters.before);
  const cursor = after ? { after: after.key } : before ? { before: before.key } : null;
  const { page, next, prev, first } = await readPage(ofState(base, filters, today), cursor);
  const total = viewTotal(filters, counts, overdueByStatus);
  const position = pagePosition(first, next === null, (after ?? before)?.position ?? null, page.length, total);
  const carry = neighbourPositions(position, QUEUE_PAGE_SIZE);
  return {
    today,
    kindergartenRefused,
    /** The region the search's other words were searched in, when nothing was found as typed (the page says so). */
    searchWithin: searched.searchWithin,
    /** The search named more kindergartens than are read (KINDERGARTEN_SEARCH_MAX): the complaints of those only. */
    searchTruncated: (searched.kindergartens?.length ?? 0) >= KINDERGARTEN_SEARCH_MAX,
    counts: { ...counts, open, overdue, dueSoon },
    rows: page.map((r) => toQueueRow(r, today)),
    next: next ? encodeQueueCursor(next, carry.next) : null,
    /** The previous page's cursor (`before`); null on the first page. */
    prev: prev ? encodeQueueCursor(prev, carry.prev) : null,
    firstPage: first,
    /** How many complaints the view holds (viewTotal), and which of them the page shows when known (pagePosition). */
    total,
    position,
  };
}

/**
 * The queue under its filters as the export holds it: every page in the page's order (the cursor ignored),
 * COMPLAINT_EXPORT_CHUNK_ROWS complaints a statement (keyset), at most COMPLAINT_EXPORT_MAX_ROWS; null without the
 * scope, as the page. A kindergarten search the page refuses (too many words) is invalid here: the page shows the
 * list without it and says so, a file must hold the complaints asked for. The rows are the page's (QueueRow): no
 * complainant's name or contact, which only the complaint's own page shows. The caller records it with
 * `recordComplaintQueueExport` once written.
 */
export async function complaintQueueExport(
  db: DB,
  actor: Actor,
  filters: QueueFilters,
  now: Date = new Date(),
): Promise<Result<{ chunks: AsyncGenerator<QueueRow[]> }> | null> {
  const filtered = await filteredComplaints(db, actor, filters);
  if (!filtered) return null;
  if (filtered.kindergartenRefused) return invalid({ kg: [filtered.kindergartenRefused] });
  const today = shanghaiDate(now);
  const query = ofState(filtered.base, filters, today);
  const chunks = (async function* () {
    let after: RowKey | null = null;
    let sent = 0;
    while (sent < COMPLAINT_EXPORT_MAX_ROWS) {
      const size = Math.min(COMPLAINT_EXPORT_CHUNK_ROWS, COMPLAINT_EXPORT_MAX_ROWS - sent);
      const rows = await readQueueRows(query, after, size);
      if (rows.length > 0) yield rows.map((r) => toQueueRow(r, today));
      sent += rows.length;
      if (rows.length < size) return;
      after = keyOf(rows[rows.length - 1]!);
    }
  })();
  return { ok: true, chunks };
}

/** The export in the audit log: its filters, the kindergarten box's words under the search's key (a kindergarten's name or id, never a person's). */
export function recordComplaintQueueExport(done: ListExportDone & { filters: QueueFilters; format: ExportFormat }): Promise<void> {
  const { after: _after, before: _before, kindergarten, ...filters } = done.filters;
  const detail = { format: done.format, filters: { ...filters, ...(kindergarten ? { q: kindergarten } : {}) } };
  return recordListExport(done, { action: "complaint.export", entity: "complaint", maxRows: COMPLAINT_EXPORT_MAX_ROWS, detail });
}

/** The actions the page offers for a complaint in this state (the domain decides again on post). */
export function actionsFor(row: { track: ComplaintTrack; status: ComplaintStatus; verification_extended: number }, actor: Actor): HandlingIntent[] {
  const c = row.track === "complaint";
  const allowed: Record<HandlingIntent, boolean> = {
    accept: c && row.status === "received",
    reject: c && row.status === "received",
    transfer: row.status === "received",
    extend: !c && row.status === "received" && row.verification_extended === 0 && mayExtendVerification(actor),
    start_mediation: c && row.status === "accepted",
    record_outcome: c && (row.status === "accepted" || row.status === "mediating"),
    decide: !c && row.status === "received",
    link_case: row.status !== "closed",
    reply: row.status !== "closed",
    close: row.status === "mediation_ended" || row.status === "case_opened" || row.status === "no_case",
  };
  return HANDLING_INTENTS.filter((i) => allowed[i]);
}

/**
 * The filed items a complaint's findings name (`filedName`), by code and filed name with the catalogue's English name:
 * the items of the schedules the findings compared against (`schedule.filingId`: C01, C02, C05) and the catalogue's
 * entries of the codes the evidence rows carry (C06 records no schedule). FlagExplanation gives an English reader the
 * English name of a row's filed item from them, as on the filing and case pages; the parent's own words stay as written.
 */
async function itemsNamedByFindings(db: DB, findings: readonly ComplaintFinding[]): Promise<Array<{ code: string; name: string; name_en: string }>> {
  const filingIds = new Set<string>();
  const codes = new Set<string>();
  for (const { outcome } of findings) {
    const schedule = outcome.details.schedule as { filingId?: unknown } | null | undefined;
    if (typeof schedule?.filingId === "string") filingIds.add(schedule.filingId);
    for (const value of Object.values(outcome.details)) {
      if (!Array.isArray(value)) continue;
      for (const row of value) if (row && typeof row === "object" && typeof (row as { code?: unknown }).code === "string") codes.add((row as { code: string }).code);
    }
  }
  const [filed, catalogue] = await Promise.all([
    filingIds.size === 0
      ? Promise.resolve([])
      : db
          .selectFrom("fee_items as i")
          .innerJoin("fee_item_types as t", "t.code", "i.code")
          .select(["i.code", "i.name", "t.name_en"])
          .where("i.filing_id", "in", [...filingIds])
          .execute(),
    codes.size === 0 ? Promise.resolve([]) : db.selectFrom("fee_item_types").select(["code", "name_zh as name", "name_en"]).where("code", "in", [...codes]).execute(),
  ]);
  return [...filed, ...catalogue.filter((c) => !filed.some((f) => f.code === c.code))];
}

/** One complaint for the officer's page: null outside the actor's scope. */
export async function complaintForOfficer(db: DB, actor: Actor, complaintId: string, now: Date = new Date()) {
  const row = await complaintInScope(db, actor, complaintId);
  if (!row) return null;
  const today = shanghaiDate(now);
  const [kindergarten, region, items, evidence, events, flags, linkedCase, { cases, unfinished: unfinishedCases }, districts] = await Promise.all([
    db
      .selectFrom("kindergartens as k")
      .innerJoin("regions as r", "r.code", "k.region_code")
      .select(["k.id", "k.approved_name", "k.name_in_use", "k.uscc", "k.address", "k.region_code", "r.name as region_name"])
      .where("k.id", "=", row.kindergarten_id)
      .executeTakeFirstOrThrow(),
    db.selectFrom("regions").select(["code", "name"]).where("code", "=", row.region_code).executeTakeFirst(),
    db.selectFrom("complaint_items").select(["name", "amount_fen", "unit"]).where("complaint_id", "=", row.id).orderBy("position").execute(),
    db
      .selectFrom("complaint_evidence as ce")
      .innerJoin("evidence_files as e", "e.id", "ce.evidence_id")
      .select(["e.id", "e.original_name", "e.media_type", "e.byte_size", "ce.party", "ce.created_at"])
      .where("ce.complaint_id", "=", row.id)
      .orderBy("ce.created_at")
      .orderBy("e.id")
      .execute(),
    db
      .selectFrom("complaint_events as ev")
      .leftJoin("users as u", "u.id", "ev.actor_id")
      .select(["ev.id", "ev.kind", "ev.party", "ev.payload", "ev.public", "ev.created_at", "u.display_name as actor_name"])
      .where("ev.complaint_id", "=", row.id)
      .orderBy("ev.created_at")
      .orderBy("ev.id")
      .limit(500)
      .execute(),
    complaintFindings(db, row.id),
    row.case_id
      ? db.selectFrom("inspection_cases").select(["id", "rule_id", "term", "status", "severity", "source"]).where("id", "=", row.case_id).executeTakeFirst()
      : Promise.resolve(undefined),
    casesOfKindergarten(db, row.kindergarten_id),
    db.selectFrom("regions").select(["code", "name"]).where("level", "=", "district").where("code", "!=", row.region_code).orderBy("code").limit(500).execute(),
  ]);
  // The cases are named by their rules' titles (or the words of a case no rule opened), not by rule ids.
  const [titles, flaggedItems] = await Promise.all([
    caseRuleTitles(db, [...cases.map((k) => k.rule_id), ...(linkedCase ? [linkedCase.rule_id] : [])]),
    itemsNamedByFindings(db, flags),
  ]);
  const titled = <C extends { rule_id: string }>(k: C) => ({ ...k, title: titles.get(k.rule_id) ?? null });
  const deadline = currentDeadline(clockStateOf(row));
  const canHandle = mayHandle(actor, row.region_code);
  return {
    today,
    complaint: {
      id: row.id,
      trackingNo: row.tracking_no,
      // What the kindergarten calls it (never the tracking number): a call from the kindergarten names this one.
      kindergartenReference: kindergartenReference(row.id),
      track: row.track,
      kind: row.kind,
      status: row.status,
      version: row.version,
      anonymous: row.anonymous === 1,
      // The officer handles the complaint and may call the complainant (Art. 9); an anonymous report has none.
      // Erased once the retention after the complaint was finished ran out (complaint-contact-retention.server.ts).
      contact: row.anonymous === 1 || row.contact_erased_at !== null ? null : { name: row.contact_name, phone: row.contact_phone, address: row.contact_address },
      contactErasedOn: row.contact_erased_at === null ? null : shanghaiDate(new Date(row.contact_erased_at)),
      shareContact: row.share_contact === 1,
      publishConsent: row.publish_consent === 1,
      narrative: row.narrative,
      refundClaims: readRefundClaims(row.refund_claims),
      paidOn: row.paid_on,
      learnedOn: row.learned_on,
      accountPaidInto: row.account_paid_into,
      receivedAt: row.received_at,
      clockFrom: row.clock_from,
      regionCode: row.region_code,
      regionName: region?.name ?? row.region_code,
      verificationExtended: row.verification_extended === 1,
      acceptedOn: row.accepted_on,
      decidedOn: row.decided_on,
      mediationEndedOn: row.mediation_ended_on,
      mediationOutcome: row.mediation_outcome,
      refundAgreedFen: row.refund_agreed_fen,
      rejectionGround: row.rejection_ground,
      lastReplyOn: row.last_reply_on,
      triagedAt: row.triaged_at,
    },
    kindergarten: {
      id: kindergarten.id,
      approvedName: kindergarten.approved_name,
      nameInUse: kindergarten.name_in_use,
      uscc: kindergarten.uscc,
      address: kindergarten.address,
      regionName: kindergarten.region_name,
    },
    items: items.map((i) => ({ name: i.name, amountFen: i.amount_fen, unit: i.unit })),
    evidence: evidence.map((e) => ({ id: e.id, name: e.original_name, mediaType: e.media_type, bytes: e.byte_size, party: e.party, at: e.created_at })),
    // The triage findings, each with its facts and legal basis (scope checked above).
    flags,
    /** The filed items the findings' evidence names, with the catalogue's English name (FlagExplanation's `items`). */
    flaggedItems,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      party: e.party,
      public: e.public === 1,
      at: e.created_at,
      actorName: e.actor_name,
      payload: parseJson(e.payload) as Record<string, unknown>,
    })),
    deadline: deadline
      ? { kind: deadline.kind, dueOn: deadline.dueOn, calendarComplete: deadline.calendarComplete, workingDaysLeft: workingDaysLeft(today, deadline.dueOn), state: dueState(today, deadline.dueOn) }
      : null,
    linkedCase: linkedCase ? titled(linkedCase) : null,
    // The day each was opened tells apart cases of one rule and term (several complaints' leads in a term read alike).
    cases: cases.map((k) => ({ ...titled(k), openedOn: shanghaiDate(new Date(k.opened_at)) })),
    /** The kindergarten's cases still being worked, all of them: more than `cases` lists when it is cut. */
    unfinishedCases,
    districts,
    canHandle,
    actions: canHandle ? actionsFor(row, actor) : [],
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** An evidence file of a complaint, for an officer who may read the complaint; null otherwise. */
export async function complaintEvidence(db: DB, store: EvidenceStore, actor: Actor, complaintId: string, evidenceId: string) {
  const row = await complaintInScope(db, actor, complaintId);
  if (!row || evidenceId.length > 64) return null;
  const link = await db
    .selectFrom("complaint_evidence")
    .select("evidence_id")
    .where("complaint_id", "=", row.id)
    .where("evidence_id", "=", evidenceId)
    .executeTakeFirst();
  return link ? readEvidence(db, store, link.evidence_id) : null;
}
