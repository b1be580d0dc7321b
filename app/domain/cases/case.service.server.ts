/**
 * Inspection cases. Owns: one case per kindergarten + rule + term however
 * often a filing is (re-)evaluated (the unique dedupe_key); a case follows
 * the newest filing only (a retried job for an older one changes nothing);
 * severity only escalates automatically; a closed case is reopened by a
 * newer filing that fires again; a case still being worked whose rule no
 * longer flags the newest filing is marked as its reason gone (never decided
 * or closed by the system: markClearedCases), and unmarked when it fires
 * again; every change leaves a case_events row.
 *
 * openOrUpdateCasesForFlags does for a whole batch of flags exactly what
 * calling openOrUpdateCaseForFlag for each in turn does, with a fixed number
 * of statements: both share `decide`, the one place those rules live.
 */
import { deferAudits } from "~/domain/audit/audit.server";
import { newId } from "~/utils/ids";
import { sql, type Insertable, type Transaction } from "kysely";
import { isPostgres } from "~/db/locks";
import type { CaseStatus, Database, InspectionCasesTable, Severity } from "~/db/schema";
import { addWorkingDays, shanghaiDate } from "~/utils/working-days";
import { reopenedByEvidence, type SystemCaseEvent } from "./case-state.server";

/**
 * A flagged filing is a clue to verify: 市场监督管理行政处罚程序规定 Art. 18 gives
 * 15 working days from discovery to decide whether to open a case.
 */
export const CLUE_VERIFICATION_WORKING_DAYS = 15;

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, amber: 1, red: 2 };

/** Keys per IN list / rows per multi-row insert: well under SQLite's 32,766 and Postgres' 65,535 bound values. */
const CHUNK = 500;

export interface FlagForCase {
  kindergartenId: string;
  regionCode: string;
  ruleId: string;
  ruleVersion: number;
  term: string;
  filingId: string;
  /** The filing's version within its kindergarten: decides which filing is newer. */
  filingVersion: number;
  severity: Severity;
}

/** What the decision needs to know about a stored case. */
interface CaseState {
  id: string;
  severity: Severity;
  severity_rank: number;
  status: CaseStatus;
  assigned_to: string | null;
  version: number;
  /** The version of the case's filing; null when it has none. */
  filing_version: number | null;
  /** Set while a re-evaluation found the case's reason gone (markClearedCases). */
  flags_cleared_at: string | null;
}

interface CaseChange {
  set: {
    filing_id: string;
    severity?: Severity;
    severity_rank?: number;
    updated_at: string;
    flags_cleared_at?: null;
  } & Partial<ReturnType<typeof reopenedByEvidence>>;
  event: { kind: "reopened" | "flag_updated"; payload: Record<string, unknown> };
}

const dedupeKeyOf = (flag: FlagForCase) => `${flag.kindergartenId}|${flag.ruleId}|${flag.term}`;
const dueDateFrom = (now: Date) => addWorkingDays(shanghaiDate(now), CLUE_VERIFICATION_WORKING_DAYS).date;

/** What a flag does to an existing case: nothing (null), or an update and its event. */
function decide(existing: CaseState, flag: FlagForCase, at: string, dueDate: () => string): CaseChange | null {
  const currentVersion = existing.filing_version ?? 0;
  if (flag.filingVersion < currentVersion) return null;
  const newFiling = flag.filingVersion > currentVersion;
  const reopens = existing.status === "closed" && newFiling;
  const escalates = SEVERITY_RANK[flag.severity] > existing.severity_rank && (existing.status !== "closed" || reopens);
  // A case marked as its reason gone, flagged again (the same filing under another rule version or params, or a newer
  // filing): the mark goes, and the timeline says the reason is back.
  const returns = existing.flags_cleared_at !== null;
  if (!escalates && !newFiling && !returns) return null;
  return {
    set: {
      filing_id: flag.filingId,
      ...(escalates ? { severity: flag.severity, severity_rank: SEVERITY_RANK[flag.severity] } : {}),
      ...(reopens ? reopenedByEvidence(existing, shanghaiDate(new Date(at)), dueDate()) : {}),
      ...(returns ? { flags_cleared_at: null } : {}),
      updated_at: at,
    },
    event: {
      kind: reopens ? "reopened" : "flag_updated",
      payload: {
        ruleId: flag.ruleId,
        ruleVersion: flag.ruleVersion,
        filingId: flag.filingId,
        severity: flag.severity,
        previousSeverity: existing.severity,
        ...(returns ? { flagsReturned: true } : {}),
      },
    },
  };
}

/** The state of a case after a change (what reading it back would give). */
function applied(existing: CaseState, change: CaseChange, flag: FlagForCase): CaseState {
  return {
    id: existing.id,
    severity: change.set.severity ?? existing.severity,
    severity_rank: change.set.severity_rank ?? existing.severity_rank,
    status: change.set.status ?? existing.status,
    assigned_to: existing.assigned_to,
    version: change.set.version ?? existing.version,
    filing_version: flag.filingVersion,
    flags_cleared_at: change.set.flags_cleared_at === null ? null : existing.flags_cleared_at,
  };
}

function newCaseRow(id: string, key: string, flag: FlagForCase, at: string, dueDate: string): Insertable<InspectionCasesTable> {
  return {
    id,
    dedupe_key: key,
    kindergarten_id: flag.kindergartenId,
    region_code: flag.regionCode,
    rule_id: flag.ruleId,
    term: flag.term,
    filing_id: flag.filingId,
    severity: flag.severity,
    severity_rank: SEVERITY_RANK[flag.severity],
    status: "open",
    source: "rule",
    opened_at: at,
    due_date: dueDate,
    due_kind: "verify",
    updated_at: at,
    assigned_to: null,
  };
}

const openedPayload = (flag: FlagForCase) => ({ ruleId: flag.ruleId, ruleVersion: flag.ruleVersion, filingId: flag.filingId, severity: flag.severity });

function caseQuery(trx: Transaction<Database>) {
  return trx
    .selectFrom("inspection_cases as c")
    .leftJoin("fee_filings as f", "f.id", "c.filing_id")
    .select(["c.id", "c.dedupe_key", "c.severity", "c.severity_rank", "c.status", "c.assigned_to", "c.version", "c.flags_cleared_at", "f.version as filing_version"]);
}

export async function openOrUpdateCaseForFlag(
  trx: Transaction<Database>,
  flag: FlagForCase,
  now: Date,
): Promise<{ caseId: string; opened: boolean }> {
  const at = now.toISOString();
  const dedupeKey = dedupeKeyOf(flag);
  const existing = await caseQuery(trx).where("c.dedupe_key", "=", dedupeKey).executeTakeFirst();

  if (!existing) {
    const id = newId();
    const inserted = await trx
      .insertInto("inspection_cases")
      .values(newCaseRow(id, dedupeKey, flag, at, dueDateFrom(now)))
      // A concurrent evaluation may have opened it a moment ago; then we fall through to the update path.
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
      await addEvents(trx, [{ caseId: id, kind: "opened", payload: openedPayload(flag) }], at);
      return { caseId: id, opened: true };
    }
    return openOrUpdateCaseForFlag(trx, flag, now);
  }

  const change = decide(existing, flag, at, () => dueDateFrom(now));
  if (change) {
    await trx.updateTable("inspection_cases").set(change.set).where("id", "=", existing.id).execute();
    await addEvents(trx, [{ caseId: existing.id, ...change.event }], at);
  }
  return { caseId: existing.id, opened: false };
}

/**
 * openOrUpdateCaseForFlag for many flags, in order, with a fixed number of
 * statements: one read of the cases concerned (locked in id order on
 * Postgres: lockedCaseStates), one multi-row insert of the new cases (in key
 * order), one update per changed existing case, one multi-row insert of the
 * events. Same decisions, same rows, same events as flag by flag. A new
 * case that a concurrent transaction opened first (Postgres) falls back to
 * the flag-by-flag path for the flags of that case: its row is locked after
 * the others, out of the one order, which the caller's retry on a deadlock
 * covers (persistEvaluations).
 */
export async function openOrUpdateCasesForFlags(
  trx: Transaction<Database>,
  flags: readonly FlagForCase[],
  now: Date,
): Promise<{ caseId: string; opened: boolean }[]> {
  if (flags.length === 0) return [];
  const at = now.toISOString();
  let due: string | undefined;
  const dueDate = () => (due ??= dueDateFrom(now));

  const keys = [...new Set(flags.map(dedupeKeyOf))];
  const state = await lockedCaseStates(trx, keys);

  /** Per dedupe key: what flag-by-flag processing would write, in order. */
  interface Plan {
    insert?: Insertable<InspectionCasesTable>;
    updates: CaseChange["set"][];
    events: (SystemCaseEvent & { caseId: string })[];
    flagIndexes: number[];
  }
  const plans = new Map<string, Plan>();
  const out: { caseId: string; opened: boolean }[] = [];
  flags.forEach((flag, index) => {
    const key = dedupeKeyOf(flag);
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = { updates: [], events: [], flagIndexes: [] }));
    plan.flagIndexes.push(index);
    const existing = state.get(key);
    if (!existing) {
      const id = newId();
      plan.insert = newCaseRow(id, key, flag, at, dueDate());
      plan.events.push({ caseId: id, kind: "opened", payload: openedPayload(flag) });
      state.set(key, { id, severity: flag.severity, severity_rank: SEVERITY_RANK[flag.severity], status: "open", assigned_to: null, version: 1, filing_version: flag.filingVersion, flags_cleared_at: null });
      out.push({ caseId: id, opened: true });
      return;
    }
    const change = decide(existing, flag, at, dueDate);
    if (change) {
      // A case opened earlier in this batch is still only a planned insert: fold the change into it.
      if (plan.insert?.id === existing.id) Object.assign(plan.insert, change.set);
      else plan.updates.push(change.set);
      plan.events.push({ caseId: existing.id, ...change.event });
      state.set(key, applied(existing, change, flag));
    }
    out.push({ caseId: existing.id, opened: false });
  });

  // In key order: a concurrent writer of the same new cases waits on the first key both insert, never crosswise.
  const inserts = [...plans.values()].flatMap((p) => (p.insert ? [p.insert] : [])).sort((a, b) => compareText(a.dedupe_key, b.dedupe_key));
  const insertedKeys = new Set<string>();
  for (let i = 0; i < inserts.length; i += CHUNK) {
    const rows = await trx
      .insertInto("inspection_cases")
      .values(inserts.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .returning("dedupe_key")
      .execute();
    for (const r of rows) insertedKeys.add(r.dedupe_key);
  }

  const events: (SystemCaseEvent & { caseId: string })[] = [];
  const raced: Plan[] = [];
  for (const [key, plan] of plans) {
    if (plan.insert && !insertedKeys.has(key)) {
      raced.push(plan);
      continue;
    }
    if (!plan.insert) {
      const id = state.get(key)!.id;
      // Consecutive updates of one row leave what the last one set over what the earlier ones did.
      if (plan.updates.length > 0) await trx.updateTable("inspection_cases").set(Object.assign({}, ...plan.updates)).where("id", "=", id).execute();
    }
    events.push(...plan.events);
  }
  await addEvents(trx, events, at);

  // Opened concurrently by another transaction: redo this case's flags one by one against the stored row.
  for (const plan of raced) {
    for (const index of plan.flagIndexes) out[index] = await openOrUpdateCaseForFlag(trx, flags[index], now);
  }
  return out;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The stored state of the cases with these keys. On Postgres the rows are
 * locked as they are read, all in one statement in id order: every writer of
 * several cases takes them in that one order (an evaluation batch, a
 * complaint moved between cases), so two of them meet on their lowest common
 * case and one waits, instead of each holding a case the other updates next
 * (40P01). Read locked, the state the decisions start from is also the one
 * the updates write over. SQLite holds the database's write lock already.
 */
async function lockedCaseStates(trx: Transaction<Database>, keys: readonly string[]): Promise<Map<string, CaseState>> {
  const state = new Map<string, CaseState>();
  if (isPostgres(trx)) {
    const rows = await caseQuery(trx)
      .where(sql<boolean>`c.dedupe_key = any(${[...keys]}::text[])`)
      .orderBy("c.id")
      .forNoKeyUpdate(["c"])
      .execute();
    for (const row of rows) state.set(row.dedupe_key, row);
    return state;
  }
  for (let i = 0; i < keys.length; i += CHUNK) {
    for (const row of await caseQuery(trx).where("c.dedupe_key", "in", keys.slice(i, i + CHUNK)).execute()) state.set(row.dedupe_key, row);
  }
  return state;
}

async function addEvents(
  trx: Transaction<Database>,
  events: readonly (SystemCaseEvent & { caseId: string })[],
  at: string,
) {
  for (let i = 0; i < events.length; i += CHUNK) {
    await trx
      .insertInto("case_events")
      .values(
        events.slice(i, i + CHUNK).map((e) => ({ id: newId(), case_id: e.caseId, kind: e.kind, actor_id: null, payload: JSON.stringify(e.payload), created_at: at })),
      )
      .execute();
  }
  // The rules' own changes to cases are on the audit record too, as the system's: held back to the caller's final audit (deferAudits).
  deferAudits(
    trx,
    events.map((e) => ({ actorId: null, action: `case.${e.kind}`, entity: "inspection_case", entityId: e.caseId, detail: e.payload })),
    new Date(at),
  );
}

/**
 * What made a re-evaluation find a case's reason gone, as its timeline says it: the kindergarten's fee account
 * approved, its registry record changed, a re-evaluation run (a rule version, parameters or guidance prices), or the
 * filing evaluated itself (a new filing of the term when it is newer than the case's, else the same one again).
 */
export type ClearCause =
  | { kind: "account_approved"; accountId: string }
  | { kind: "kindergarten_changed" }
  | { kind: "reevaluation_run"; runId: string }
  | { kind: "evaluation" };

/** One filing as an evaluation left it, for the cases of its kindergarten and term. */
export interface EvaluatedForCases {
  kindergartenId: string;
  term: string;
  filingId: string;
  filingVersion: number;
  /** The rule ids applied (flagged or passed). */
  ruleIds: readonly string[];
  /** The rule ids whose flag opens or keeps a case (caseWorthySeverity). */
  caseWorthyRuleIds: ReadonlySet<string>;
  /** The rule ids that fired below the case threshold (a notice: R09's account awaiting review), with their version. */
  notices: ReadonlyMap<string, number>;
}

/** The states in which a case is still being worked: a decision already answers the case's reason. */
const WORKED_STATES: readonly CaseStatus[] = ["open", "in_progress", "awaiting_answer", "answered"];

/**
 * The rule cases still being worked whose rule no longer opens a case on their kindergarten's newest filing of the
 * term (it passed, or fired as a notice only), as these evaluations found: each gets `flags_cleared_at` and a
 * `flags_cleared` event saying which rule, on which filing, under which version, and by what change. Nothing else
 * changes: not the state, the assignee, the clock or the version an officer's open form was read at. An officer still
 * decides the case (未发现违法行为 or 轻微并已改正, then closes it): a flag gone today does not say what happened while it
 * held (fees paid into an unfiled account, charged above the cap), and closing is a decision the law gives a person
 * (程序规定 Art. 18–20), not the system.
 *
 * Left alone: a case whose rule was not applied to the newer filing (a version not in force on its date says nothing
 * of it), an older filing evaluated again after a newer one (as `decide` ignores it), a case already marked, one that
 * parents' complaints were linked to (its reason is not only the flag), and cases from complaints and spot checks.
 */
export async function markClearedCases(
  trx: Transaction<Database>,
  evaluated: readonly EvaluatedForCases[],
  cause: ClearCause,
  now: Date,
): Promise<string[]> {
  if (evaluated.length === 0) return [];
  const at = now.toISOString();
  // Per kindergarten and term, the newest filing evaluated (a batch may hold a term's filing twice).
  const newest = new Map<string, EvaluatedForCases>();
  for (const e of evaluated) {
    const key = `${e.kindergartenId}|${e.term}`;
    const seen = newest.get(key);
    if (!seen || e.filingVersion >= seen.filingVersion) newest.set(key, e);
  }
  const kgIds = [...new Set(evaluated.map((e) => e.kindergartenId))].sort(compareText);
  const candidates: Array<{ id: string; kindergarten_id: string; rule_id: string; term: string; severity: Severity; filing_id: string | null; filing_version: number | null }> = [];
  for (let i = 0; i < kgIds.length; i += CHUNK) {
    let query = trx
      .selectFrom("inspection_cases as c")
      .leftJoin("fee_filings as f", "f.id", "c.filing_id")
      .select(["c.id", "c.kindergarten_id", "c.rule_id", "c.term", "c.severity", "c.filing_id", "f.version as filing_version"])
      .where("c.kindergarten_id", "in", kgIds.slice(i, i + CHUNK))
      .where("c.source", "=", "rule")
      .where("c.status", "in", WORKED_STATES)
      .where("c.flags_cleared_at", "is", null)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("complaints as m").select("m.id").whereRef("m.kindergarten_id", "=", "c.kindergarten_id").whereRef("m.case_id", "=", "c.id"))),
      )
      .orderBy("c.id");
    // Locked as read (Postgres), in id order like every writer of several cases (lockedCaseStates).
    if (isPostgres(trx)) query = query.forNoKeyUpdate(["c"]);
    candidates.push(...(await query.execute()));
  }
  const cleared: Array<{ id: string; payload: Record<string, unknown> }> = [];
  for (const c of candidates) {
    const e = newest.get(`${c.kindergarten_id}|${c.term}`);
    if (!e || !e.ruleIds.includes(c.rule_id) || e.caseWorthyRuleIds.has(c.rule_id)) continue;
    const caseFilingVersion = c.filing_version ?? 0;
    if (e.filingVersion < caseFilingVersion) continue;
    const by: ClearCause | { kind: "new_filing" } = cause.kind === "evaluation" && e.filingVersion > caseFilingVersion ? { kind: "new_filing" } : cause;
    const notice = e.notices.get(c.rule_id);
    cleared.push({
      id: c.id,
      payload: {
        ruleId: c.rule_id,
        previousSeverity: c.severity,
        filingId: e.filingId,
        filingVersion: e.filingVersion,
        previousFilingId: c.filing_id,
        cause: by.kind,
        ...(by.kind === "account_approved" ? { accountId: by.accountId } : {}),
        ...(by.kind === "reevaluation_run" ? { runId: by.runId } : {}),
        // Still said as a notice (info): the case's page shows it among the filing's flags.
        ...(notice !== undefined ? { noticeRuleVersion: notice } : {}),
      },
    });
  }
  if (cleared.length === 0) return [];
  const ids = cleared.map((c) => c.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await trx.updateTable("inspection_cases").set({ flags_cleared_at: at, updated_at: at }).where("id", "in", ids.slice(i, i + CHUNK)).execute();
  }
  await addEvents(trx, cleared.map((c) => ({ caseId: c.id, kind: "flags_cleared" as const, payload: c.payload })), at);
  return ids;
}
