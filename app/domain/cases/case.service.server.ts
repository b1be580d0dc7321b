/**
 * Inspection cases. Owns: one case per kindergarten + rule + term however
 * often a filing is (re-)evaluated (the unique dedupe_key); a case follows
 * the newest filing only (a retried job for an older one changes nothing);
 * severity only escalates automatically; a closed case is reopened by a
 * newer filing that fires again; every change leaves a case_events row.
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
}

interface CaseChange {
  set: {
    filing_id: string;
    severity?: Severity;
    severity_rank?: number;
    updated_at: string;
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
  if (!escalates && !newFiling) return null;
  return {
    set: {
      filing_id: flag.filingId,
      ...(escalates ? { severity: flag.severity, severity_rank: SEVERITY_RANK[flag.severity] } : {}),
      ...(reopens ? reopenedByEvidence(existing, shanghaiDate(new Date(at)), dueDate()) : {}),
      updated_at: at,
    },
    event: {
      kind: reopens ? "reopened" : "flag_updated",
      payload: { ruleId: flag.ruleId, ruleVersion: flag.ruleVersion, filingId: flag.filingId, severity: flag.severity, previousSeverity: existing.severity },
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
    .select(["c.id", "c.dedupe_key", "c.severity", "c.severity_rank", "c.status", "c.assigned_to", "c.version", "f.version as filing_version"]);
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
      state.set(key, { id, severity: flag.severity, severity_rank: SEVERITY_RANK[flag.severity], status: "open", assigned_to: null, version: 1, filing_version: flag.filingVersion });
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
