/**
 * What the screens read about fee accounts, scoped to the actor: the
 * operator's own filings, the review queue of an officer's district, one
 * filing with its kindergarten's history, and the account summary on the
 * officer's kindergarten page. Out-of-scope records read as absent.
 */
import { sql } from "kysely";
import type { DB } from "~/db/client";
import { KINDERGARTEN_SEARCH_MAX } from "~/domain/kindergartens/officer-search";
import type { AccountStatus } from "~/db/schema";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { readEvidence } from "~/domain/evidence/evidence.service.server";
import { KINDERGARTEN_REGION_COLUMN, RULE_TEXT_COLUMNS, storedOutcome } from "~/domain/flags/stored-flags.server";
import { searchedKindergartens, searchRefusal, type SearchScope } from "~/domain/officer-search/kindergarten-search.server";
import type { LeadingRegion } from "~/domain/regions/leading-region";
import { regionNames } from "~/domain/regions/region.queries.server";
import { invalid, type Message, type Result } from "~/domain/result";
import { recordListExport, type ExportFormat, type ListExportDone } from "~/domain/audit/list-export.server";
import { coversRegion, regionPrefix, scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { normaliseEntityName } from "~/rules/facts/account-name";
import { normaliseForMatching } from "~/rules/facts/text-normalisation";
import type { RuleOutcome } from "~/rules/types";
import { shanghaiDate } from "~/utils/working-days";
import { addDays } from "~/utils/civil-date";
import { approvalStart, latestApprovedStart, planApproval, startsAfterApproved, type ApprovalPlan } from "./account-approval";
import { isInForce } from "./account-period";
import { ACCOUNT_EXPORT_CHUNK_ROWS, ACCOUNT_EXPORT_MAX_ROWS, lastFour, type AccountFilingInput, type QueueStatus } from "./fee-account.schema";
import { mismatchCounts, mismatchWindowStart } from "./account-rules.server";

export interface AccountView {
  id: string;
  kindergartenId: string;
  status: AccountStatus;
  bankName: string;
  branchName: string;
  accountName: string;
  accountNumber: string;
  cnapsCode: string | null;
  filedAt: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  reviewedAt: string | null;
  reviewNote: string;
  evidenceId: string | null;
  /** Approved and in force today. */
  inForce: boolean;
  /** Flags of the account rules when it was filed (A01). */
  flags: RuleOutcome[];
}

const ACCOUNT_COLUMNS = [
  "a.id",
  "a.kindergarten_id",
  "a.status",
  "a.bank_name",
  "a.branch_name",
  "a.account_name",
  "a.account_number",
  "a.cnaps_code",
  "a.filed_at",
  "a.effective_from",
  "a.effective_to",
  "a.reviewed_at",
  "a.review_note",
  "a.evidence_id",
] as const;

type AccountRow = {
  id: string;
  kindergarten_id: string;
  status: AccountStatus;
  bank_name: string;
  branch_name: string;
  account_name: string;
  account_number: string;
  cnaps_code: string | null;
  filed_at: string;
  effective_from: string;
  effective_to: string | null;
  reviewed_at: string | null;
  review_note: string;
  evidence_id: string | null;
};

/** The stored flags of these accounts (their own, from filing), newest evaluation per account. */
async function flagsOfAccounts(db: DB, accountIds: string[]): Promise<Map<string, RuleOutcome[]>> {
  const out = new Map<string, RuleOutcome[]>();
  if (accountIds.length === 0) return out;
  const rows = await db
    .selectFrom("account_flags as f")
    .innerJoin("rule_texts as t", (j) => j.onRef("t.rule_id", "=", "f.rule_id").onRef("t.version", "=", "f.rule_version"))
    .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
    .select(["f.account_id", "f.rule_id", "f.rule_version", "f.severity", "f.explanation", "f.evaluated_at", ...RULE_TEXT_COLUMNS, KINDERGARTEN_REGION_COLUMN])
    .where("f.account_id", "in", accountIds)
    .orderBy("f.evaluated_at", "desc")
    .orderBy("f.rule_id")
    .execute();
  const newest = new Map<string, string>();
  for (const row of rows) {
    const id = row.account_id!;
    if (!newest.has(id)) newest.set(id, row.evaluated_at);
    if (row.evaluated_at !== newest.get(id)) continue;
    (out.get(id) ?? out.set(id, []).get(id)!).push(storedOutcome(row));
  }
  return out;
}

async function toViews(db: DB, rows: AccountRow[], today: string): Promise<AccountView[]> {
  const flags = await flagsOfAccounts(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    kindergartenId: r.kindergarten_id,
    status: r.status,
    bankName: r.bank_name,
    branchName: r.branch_name,
    accountName: r.account_name,
    accountNumber: r.account_number,
    cnapsCode: r.cnaps_code,
    filedAt: r.filed_at,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    reviewedAt: r.reviewed_at,
    reviewNote: r.review_note,
    evidenceId: r.evidence_id,
    inForce: r.status === "approved" && isInForce(r, today),
    flags: flags.get(r.id) ?? [],
  }));
}

/** A kindergarten's account filings, newest first: the order of its history, whose first is its latest filing. */
function newestFilingsOf(db: DB, kindergartenId: string) {
  return db.selectFrom("bank_accounts as a").where("a.kindergarten_id", "=", kindergartenId).orderBy("a.filed_at", "desc").orderBy("a.id", "desc");
}

/** Every filing of a kindergarten, newest first: the history operators and officers read. */
async function accountsOf(db: DB, kindergartenId: string, today: string): Promise<AccountView[]> {
  const rows = await newestFilingsOf(db, kindergartenId).select(ACCOUNT_COLUMNS).execute();
  return toViews(db, rows, today);
}

/**
 * The state of a kindergarten's latest account filing, the first of its history (null: none filed): what the
 * account page's button follows (nextFilingAction), for the pages whose advice names that button (R09's on a fee filing).
 */
export async function latestAccountStatus(db: DB, kindergartenId: string): Promise<AccountStatus | null> {
  const latest = await newestFilingsOf(db, kindergartenId).select("a.status").limit(1).executeTakeFirst();
  return latest?.status ?? null;
}

export interface OperatorAccounts {
  kindergarten: { id: string; approvedName: string; nameInUse: string };
  accounts: AccountView[];
  hasPending: boolean;
  /** The latest start of an approved account: a new filing must take effect after it (null: none approved). */
  latestApprovedStart: string | null;
  today: string;
}

/** The operator's own kindergarten's filings (null for an actor without one). */
export async function operatorAccounts(db: DB, actor: Actor, now = new Date()): Promise<OperatorAccounts | null> {
  if (!hasPermission(actor, "read:account:own") || !actor.kindergartenId) return null;
  const kg = await db
    .selectFrom("kindergartens")
    .select(["id", "approved_name", "name_in_use"])
    .where("id", "=", actor.kindergartenId)
    .executeTakeFirst();
  if (!kg) return null;
  const today = shanghaiDate(now);
  const accounts = await accountsOf(db, kg.id, today);
  return {
    kindergarten: { id: kg.id, approvedName: kg.approved_name, nameInUse: kg.name_in_use },
    accounts,
    hasPending: accounts.some((a) => a.status === "pending"),
    latestApprovedStart: latestApprovedStart(accounts.filter((a) => a.status === "approved").map((a) => ({ effective_from: a.effectiveFrom }))),
    today,
  };
}

/**
 * What the next filing starts from after a return or a withdrawal: that filing's values, and a return's reason (its
 * file is not carried over).
 */
export type RefilingDraft = Omit<AccountFilingInput, "cnapsCode"> & {
  /** Returned by the reviewer, or withdrawn by the operator (a mistake seen before the review). */
  from: "returned" | "withdrawn";
  cnapsCode: string;
  /** A return's reason; null for a withdrawn filing. */
  reviewNote: string | null;
  /**
   * The returned filing's account name when the return was about it (returnConcernsAccountName): the draft's
   * account name is then the kindergarten's approved name, and the page says so, naming what was filed. Else null.
   */
  returnedAccountName: string | null;
};

/** The account rule that compares the filed account name with the approved name (A01), fired at filing. */
const ACCOUNT_NAME_RULE = "A01";

/**
 * Words of a return's reason about the account's name, on its matching form (normaliseForMatching: simplified, no
 * spaces or punctuation): 户名 (账户户名, 开户户名), or 名称 but not a bank's or branch's (银行名称, 支行名称, 开户行名称,
 * 网点名称). Returns are recorded as free text only (bank_accounts.review_note), so this is what the reason can tell.
 */
const NAME_IN_REASON = /户名|(?<![行点])名称/u;

/**
 * Whether a returned filing was returned because of its account name: its reason speaks of the name, or A01 fired
 * on it at filing (the name differs from the approved name: the likeliest reason for a return, whatever the
 * reviewer wrote), and the filed name does differ from the approved name as A01 compares them (rules/facts/account-name.ts; otherwise
 * there is nothing to put in its place).
 */
export function returnConcernsAccountName(returned: Pick<AccountView, "reviewNote" | "flags" | "accountName">, approvedName: string): boolean {
  if (normaliseEntityName(returned.accountName) === normaliseEntityName(approvedName)) return false;
  return NAME_IN_REASON.test(normaliseForMatching(returned.reviewNote)) || returned.flags.some((f) => f.ruleId === ACCOUNT_NAME_RULE && f.fired);
}

/**
 * The operator's latest filing as the next one's draft when it was returned, or withdrawn (the page invites a
 * withdrawal to correct a mistyped number: the rest need not be typed again), else null. Its date moves to the
 * first day the form accepts: not before today (approvalStart) and after the latest approved account's start.
 *
 * Returned because of its account name, the draft holds the kindergarten's approved name in its place, not the
 * name that was returned (it would be sent back again unchanged) nor an empty box: a fee account must be in the
 * kindergarten's own name (A01), so the approved name is the name a correct filing carries, and retyping a long
 * registered name by hand is how the wrong one was typed. The page says the name was replaced and shows what was
 * filed, so a bookkeeper whose bank holds the account under another name sees it and files the right account.
 */
export function refilingDraft(view: OperatorAccounts): RefilingDraft | null {
  const latest = view.accounts[0];
  if (latest?.status !== "returned" && latest?.status !== "withdrawn") return null;
  const start = approvalStart(latest.effectiveFrom, view.today);
  const effectiveFrom = startsAfterApproved(start, view.latestApprovedStart) ? start : addDays(view.latestApprovedStart!, 1);
  const returned = latest.status === "returned";
  const nameReturned = returned && returnConcernsAccountName(latest, view.kindergarten.approvedName);
  return {
    from: latest.status,
    reviewNote: returned ? latest.reviewNote : null,
    bankName: latest.bankName,
    branchName: latest.branchName,
    accountName: nameReturned ? view.kindergarten.approvedName : latest.accountName,
    accountNumber: latest.accountNumber,
    cnapsCode: latest.cnapsCode ?? "",
    effectiveFrom,
    returnedAccountName: nameReturned ? latest.accountName : null,
  };
}

const accountScope = (actor: Actor): RegionScope => scopeFor(actor, "read:account:any", "read:account:region");

/** Whether the actor may approve or return filings of kindergartens in `regionCode`. */
export function canReviewIn(actor: Actor, regionCode: string): boolean {
  return hasPermission(actor, "review:account:region") && actor.regionCode !== null && coversRegion({ kind: "region", regionCode: actor.regionCode }, regionCode);
}

export const QUEUE_PAGE = 50;

export interface QueueRow {
  id: string;
  kindergartenId: string;
  /** The approved name: what A01 compares the account name with, and what the review page is headed by. */
  approvedName: string;
  /** The name in use, when it differs from the approved name (null otherwise). */
  kindergartenName: string | null;
  /** The kindergarten's USCC (the export's; the page names it by its names). */
  uscc: string;
  regionName: string;
  bankName: string;
  accountName: string;
  /** The number's last four digits, as every other account message names a filed account (the export's). */
  accountLast4: string;
  filedAt: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  reviewedAt: string | null;
  /** Who decided it (the reviewer's display name), for the returned and approved lists. */
  reviewedBy: string | null;
  /** The most severe flag at filing (A01), if any. */
  flagged: "amber" | "red" | "info" | null;
  /** The rules that flagged it at filing (A01), so the list says why, not only how severe. */
  flaggedRules: string[];
  /**
   * For a pending filing, what approving it today does, as the review page says it (planApproval): the kindergarten's
   * first account, one that ends no other (the earlier ones ended), the replacement of the account ending in
   * `replacesLast4` (used until `endsOn`), or impossible. Null for the other lists.
   */
  approval:
    | { kind: "first" }
    | { kind: "endsNone" }
    | { kind: "replaces"; replacesLast4: string; endsOn: string }
    | { kind: "blocked"; laterFrom: string }
    | null;
}

export interface AccountQueue {
  rows: QueueRow[];
  next: string | null;
  canReview: boolean;
  total: number;
  today: string;
  /** The search the rows are of (null: none, or refused). */
  q: string | null;
  /** A search refused (too many words: searchRefusal), as typed, with why: the rows are read without it. */
  searchRefused: { q: string; error: Message } | null;
  /** The region the search's other words were searched in, when nothing was found as typed (the page says so). */
  searchWithin: LeadingRegion | null;
  /** The search named more kindergartens than are read (KINDERGARTEN_SEARCH_MAX): the filings of those only. */
  searchTruncated: boolean;
}

/** Every filing with its kindergarten: the queue's rows before its state, district and search narrow them. */
const filingsWithKindergarten = (db: DB) => db.selectFrom("bank_accounts as a").innerJoin("kindergartens as k", "k.id", "a.kindergarten_id");
type QueueFilings = ReturnType<typeof filingsWithKindergarten>;

/**
 * The filings of one tab of the queue (`status`) in the actor's district, narrowed by the search `q` to the
 * kindergartens it names within the district, by name or USCC, as the case queue's search does
 * (searchedKindergartens: at most KINDERGARTEN_SEARCH_MAX of them, so the filter is one bounded IN list); a search of
 * too many words (searchRefusal) is refused and the filings read without it. What the page and its export both read;
 * null for an actor without the scope.
 */
async function queueFilings(db: DB, actor: Actor, opts: { status: QueueStatus; q?: string }) {
  const scope = accountScope(actor);
  if (scope.kind === "none") return null;
  const refusal = searchRefusal(opts.q);
  const searchRefused = refusal && opts.q ? { q: opts.q, error: refusal } : null;
  const q = opts.q && !searchRefused ? opts.q : null;
  const searchScope: SearchScope = scope.kind === "all" ? { kind: "all" } : { kind: "region", regionCode: scope.regionCode };
  const searched = await searchedKindergartens(db, searchScope, q ?? undefined);
  let query: QueueFilings = filingsWithKindergarten(db).where("a.status", "=", opts.status);
  if (scope.kind === "region") query = query.where("k.region_code", "like", `${regionPrefix(scope.regionCode)}%`);
  if (searched.kindergartens !== null) {
    // Nothing found: no filing is (an empty IN list is no SQL).
    query = searched.kindergartens.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where("a.kindergarten_id", "in", searched.kindergartens);
  }
  return { query, q, searchRefused, searched };
}

/** The pending tab is first come, first reviewed (oldest filed first); the others newest first. */
const ascendingTab = (status: QueueStatus) => status === "pending";

/** At most `limit` of the filings in the tab's order, after the filing (filed_at, id) `after` (keyset). */
function readQueueRows(filings: QueueFilings, ascending: boolean, after: { filed_at: string; id: string } | null, limit: number) {
  let page = filings
    .leftJoin("users as reviewer", "reviewer.id", "a.reviewed_by")
    .select([
      "a.id",
      "a.kindergarten_id",
      "k.approved_name",
      "k.name_in_use",
      "k.uscc",
      "k.region_code",
      "a.bank_name",
      "a.account_name",
      "a.account_number",
      "a.filed_at",
      "a.effective_from",
      "a.effective_to",
      "a.reviewed_at",
      "reviewer.display_name as reviewer_name",
    ]);
  if (after) {
    page = page.where((eb) =>
      ascending
        ? eb.or([eb("a.filed_at", ">", after.filed_at), eb.and([eb("a.filed_at", "=", after.filed_at), eb("a.id", ">", after.id)])])
        : eb.or([eb("a.filed_at", "<", after.filed_at), eb.and([eb("a.filed_at", "=", after.filed_at), eb("a.id", "<", after.id)])]),
    );
  }
  return page
    .orderBy("a.filed_at", ascending ? "asc" : "desc")
    .orderBy("a.id", ascending ? "asc" : "desc")
    .limit(limit)
    .execute();
}

/** Read filings as the queue shows them: their flags at filing, their region's name and (pending) what approving does on `today`. */
async function toQueueRows(db: DB, shown: Awaited<ReturnType<typeof readQueueRows>>, ascending: boolean, today: string): Promise<QueueRow[]> {
  const flags = await flagsOfAccounts(db, shown.map((r) => r.id));
  const names = await regionNames(db, shown.map((r) => r.region_code));
  const approved = new Map<string, Array<{ id: string; effective_from: string; effective_to: string | null; account_number: string }>>();
  if (ascending && shown.length > 0) {
    const rows = await db
      .selectFrom("bank_accounts")
      .select(["id", "kindergarten_id", "effective_from", "effective_to", "account_number"])
      .where("status", "=", "approved")
      .where("kindergarten_id", "in", [...new Set(shown.map((r) => r.kindergarten_id))])
      .execute();
    for (const r of rows) (approved.get(r.kindergarten_id) ?? approved.set(r.kindergarten_id, []).get(r.kindergarten_id)!).push(r);
  }
  const approvalOf = (r: (typeof shown)[number]): QueueRow["approval"] => {
    if (!ascending) return null;
    const others = approved.get(r.kindergarten_id) ?? [];
    const plan = planApproval(others, r.effective_from, today);
    if (!plan.ok) return { kind: "blocked", laterFrom: plan.laterFrom };
    if (!plan.ends) return { kind: others.length === 0 ? "first" : "endsNone" };
    const ended = others.find((a) => a.id === plan.ends!.id)!;
    return { kind: "replaces", replacesLast4: lastFour(ended.account_number), endsOn: plan.ends.effectiveTo };
  };
  const rank = { info: 0, amber: 1, red: 2 } as const;
  return shown.map((r) => ({
    id: r.id,
    kindergartenId: r.kindergarten_id,
    approvedName: r.approved_name,
    kindergartenName: r.name_in_use && r.name_in_use !== r.approved_name ? r.name_in_use : null,
    uscc: r.uscc,
    regionName: names.get(r.region_code) ?? r.region_code,
    bankName: r.bank_name,
    accountName: r.account_name,
    accountLast4: lastFour(r.account_number),
    filedAt: r.filed_at,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    reviewedAt: r.reviewed_at,
    reviewedBy: r.reviewer_name ?? null,
    flagged: (flags.get(r.id) ?? []).map((o) => o.severity!).sort((a, b) => rank[b] - rank[a])[0] ?? null,
    flaggedRules: [...new Set((flags.get(r.id) ?? []).map((o) => o.ruleId))].sort(),
    approval: approvalOf(r),
  }));
}

/**
 * Account filings in the actor's district by state and search (queueFilings), oldest filed first for the pending
 * queue (first come, first reviewed) and newest first otherwise; a keyset page of QUEUE_PAGE (`after`: the last
 * row's id). The count and the keyset are of the search's filings.
 */
export async function accountQueue(db: DB, actor: Actor, opts: { status: QueueStatus; after?: string; q?: string }): Promise<AccountQueue | null> {
  const filings = await queueFilings(db, actor, opts);
  if (!filings) return null;
  const { query, q, searchRefused, searched } = filings;
  const ascending = ascendingTab(opts.status);
  const total = Number((await query.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow()).n);
  const cursor = opts.after ? await db.selectFrom("bank_accounts").select(["filed_at", "id"]).where("id", "=", opts.after).executeTakeFirst() : undefined;
  const rows = await readQueueRows(query, ascending, cursor ?? null, QUEUE_PAGE + 1);
  const shown = rows.slice(0, QUEUE_PAGE);
  const today = shanghaiDate();
  return {
    rows: await toQueueRows(db, shown, ascending, today),
    next: rows.length > QUEUE_PAGE ? shown[shown.length - 1].id : null,
    canReview: hasPermission(actor, "review:account:region"),
    total,
    // The day a pending filing's requested start is read against (AccountPeriod).
    today,
    q,
    searchRefused,
    searchWithin: searched.searchWithin,
    searchTruncated: (searched.kindergartens?.length ?? 0) >= KINDERGARTEN_SEARCH_MAX,
  };
}

/**
 * The queue's tab under its search as the export holds it: every page in the page's order, ACCOUNT_EXPORT_CHUNK_ROWS
 * filings a statement (keyset), at most ACCOUNT_EXPORT_MAX_ROWS; null without the scope, as the page. A search the page
 * refuses (too many words) is invalid here: the page shows the tab without it and says so, a file must hold the
 * filings asked for. The caller records it with `recordAccountQueueExport` once written.
 */
export async function accountQueueExport(
  db: DB,
  actor: Actor,
  opts: { status: QueueStatus; q?: string },
  now: Date = new Date(),
): Promise<Result<{ chunks: AsyncGenerator<QueueRow[]> }> | null> {
  const filings = await queueFilings(db, actor, opts);
  if (!filings) return null;
  if (filings.searchRefused) return invalid({ q: [filings.searchRefused.error] });
  const { query } = filings;
  const ascending = ascendingTab(opts.status);
  const today = shanghaiDate(now);
  const chunks = (async function* () {
    let after: { filed_at: string; id: string } | null = null;
    let sent = 0;
    while (sent < ACCOUNT_EXPORT_MAX_ROWS) {
      const size = Math.min(ACCOUNT_EXPORT_CHUNK_ROWS, ACCOUNT_EXPORT_MAX_ROWS - sent);
      const rows = await readQueueRows(query, ascending, after, size);
      if (rows.length > 0) yield await toQueueRows(db, rows, ascending, today);
      sent += rows.length;
      if (rows.length < size) return;
      after = rows[rows.length - 1]!;
    }
  })();
  return { ok: true, chunks };
}

/** The export in the audit log: its tab and search. */
export function recordAccountQueueExport(done: ListExportDone & { filters: { status: QueueStatus; q?: string }; format: ExportFormat }): Promise<void> {
  return recordListExport(done, { action: "account.export", entity: "bank_account", maxRows: ACCOUNT_EXPORT_MAX_ROWS, detail: { format: done.format, filters: done.filters } });
}

export interface MismatchSummary {
  windowDays: number;
  count: number;
  distinctAccounts: number;
  /**
   * The last four digits of the numbers checked within the window, most checked first (at most
   * MISMATCH_LAST4_SHOWN): all a mismatch keeps of a number, and how every other account message names one.
   */
  last4s: string[];
  total: number;
  lastAt: string | null;
}

export interface KindergartenAccounts {
  kindergarten: { id: string; approvedName: string; nameInUse: string; regionCode: string; regionName: string; status: string };
  accounts: AccountView[];
  /**
   * The state of the latest filing, the first of `accounts` (latestAccountStatus's, without a second read; null: none):
   * the flags' advice names the account page's button by it (nextFilingAction).
   */
  latestStatus: AccountStatus | null;
  mismatches: MismatchSummary;
  /**
   * The kindergarten's current kindergarten-wide account flags: A02 (parents' mismatching checks), and A01 when the
   * account in force no longer bears the approved name (the account rules run again after a registry change).
   */
  flags: RuleOutcome[];
  canReview: boolean;
  today: string;
}

/** Numbers named in the mismatch summary at most: the rest are counted (distinctAccounts), not named. */
export const MISMATCH_LAST4_SHOWN = 10;

/** The last four digits of the numbers parents checked within the window, most checked first (one per number: its digest). */
async function mismatchLast4s(db: DB, kindergartenId: string, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom("account_check_mismatches")
    .select((eb) => ["account_digest", eb.fn.max("account_last4").as("last4"), eb.fn.countAll<number | string>().as("n")])
    .where("kindergarten_id", "=", kindergartenId)
    .where("checked_at", ">=", mismatchWindowStart(today))
    .groupBy("account_digest")
    .orderBy("n", "desc")
    .orderBy("account_digest")
    .limit(MISMATCH_LAST4_SHOWN)
    .execute();
  return rows.map((r) => r.last4 as string);
}

/** A kindergarten's account history, parents' mismatching checks and account flags, for an officer in scope. */
export async function kindergartenAccounts(db: DB, actor: Actor, kindergartenId: string, now = new Date()): Promise<KindergartenAccounts | null> {
  const scope = accountScope(actor);
  const kg = await db
    .selectFrom("kindergartens")
    .select(["id", "approved_name", "name_in_use", "region_code", "status"])
    .where("id", "=", kindergartenId)
    .executeTakeFirst();
  if (!kg || !coversRegion(scope, kg.region_code)) return null;
  const today = shanghaiDate(now);
  const [accounts, window, last4s, totals, flagRows, names] = await Promise.all([
    accountsOf(db, kg.id, today),
    mismatchCounts(db, kg.id, today),
    mismatchLast4s(db, kg.id, today),
    db
      .selectFrom("account_check_mismatches")
      .select((eb) => [eb.fn.countAll<number | string>().as("n"), eb.fn.max("checked_at").as("last")])
      .where("kindergarten_id", "=", kg.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("account_flags as f")
      .innerJoin("rule_texts as t", (j) => j.onRef("t.rule_id", "=", "f.rule_id").onRef("t.version", "=", "f.rule_version"))
      .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
      .select(["f.rule_id", "f.rule_version", "f.severity", "f.explanation", ...RULE_TEXT_COLUMNS, KINDERGARTEN_REGION_COLUMN])
      .where("f.kindergarten_id", "=", kg.id)
      .where("f.account_id", "is", null)
      .orderBy("f.rule_id")
      .execute(),
    regionNames(db, [kg.region_code]),
  ]);
  return {
    kindergarten: {
      id: kg.id,
      approvedName: kg.approved_name,
      nameInUse: kg.name_in_use,
      regionCode: kg.region_code,
      regionName: names.get(kg.region_code) ?? kg.region_code,
      status: kg.status,
    },
    accounts,
    latestStatus: accounts[0]?.status ?? null,
    mismatches: { ...window, last4s, total: Number(totals.n), lastAt: (totals.last as string | null) ?? null },
    flags: flagRows.map(storedOutcome),
    canReview: canReviewIn(actor, kg.region_code),
    today,
  };
}

export interface AccountDetail extends KindergartenAccounts {
  account: AccountView;
  /** Who decided a filing no longer pending (the reviewer's display name) and when; null while pending or withdrawn. */
  decision: { by: string | null; at: string } | null;
  evidence: { id: string; mediaType: string; name: string; byteSize: number } | null;
  /** For a pending filing: what approving it today would do (planApproval, as reviewAccount decides), or that it cannot. */
  approval: ApprovalPlan | null;
}

/** One filing for an officer in scope, with its kindergarten's history. */
export async function accountForOfficer(db: DB, actor: Actor, accountId: string, now = new Date()): Promise<AccountDetail | null> {
  const row = await db
    .selectFrom("bank_accounts as a")
    .leftJoin("users as reviewer", "reviewer.id", "a.reviewed_by")
    .select(["a.kindergarten_id", "a.evidence_id", "a.reviewed_at", "reviewer.display_name as reviewer_name"])
    .where("a.id", "=", accountId)
    .executeTakeFirst();
  if (!row) return null;
  const summary = await kindergartenAccounts(db, actor, row.kindergarten_id, now);
  const account = summary?.accounts.find((a) => a.id === accountId);
  if (!summary || !account) return null;
  const evidence = row.evidence_id
    ? await db.selectFrom("evidence_files").select(["id", "media_type", "original_name", "byte_size"]).where("id", "=", row.evidence_id).executeTakeFirst()
    : undefined;
  const others = summary.accounts
    .filter((a) => a.status === "approved" && a.id !== account.id)
    .map((a) => ({ id: a.id, effective_from: a.effectiveFrom, effective_to: a.effectiveTo }));
  return {
    ...summary,
    account,
    decision: row.reviewed_at ? { by: row.reviewer_name ?? null, at: row.reviewed_at } : null,
    evidence: evidence ? { id: evidence.id, mediaType: evidence.media_type, name: evidence.original_name, byteSize: evidence.byte_size } : null,
    approval: account.status === "pending" ? planApproval(others, account.effectiveFrom, summary.today) : null,
  };
}

/**
 * An account filing's evidence file, for its kindergarten's operator or an
 * officer in scope; null otherwise (a stranger learns nothing, not even that
 * the filing exists).
 */
export async function accountEvidence(db: DB, store: EvidenceStore, actor: Actor, accountId: string) {
  const row = await db
    .selectFrom("bank_accounts as a")
    .innerJoin("kindergartens as k", "k.id", "a.kindergarten_id")
    .select(["a.kindergarten_id", "a.evidence_id", "k.region_code"])
    .where("a.id", "=", accountId)
    .executeTakeFirst();
  if (!row?.evidence_id) return null;
  const own = hasPermission(actor, "read:account:own") && actor.kindergartenId === row.kindergarten_id;
  if (!own && !coversRegion(accountScope(actor), row.region_code)) return null;
  return readEvidence(db, store, row.evidence_id);
}
