/**
 * Re-evaluation runs: after a change is activated, every active fee schedule it
 * can affect is evaluated again under the rules now in force, batch by batch,
 * with its progress on a reevaluation_runs row.
 *
 * A run has a scope (reevaluation_runs.region_code): a guidance-price batch or
 * a regional parameter set re-evaluates the kindergartens at or below its
 * region (changeScope, the preview's own scope, so the preview's count is the
 * run's total); a rule version, the rules new in a release (activated at
 * start-up, released-rules.server.ts) or a manual run, null: everywhere. Nothing
 * outside the scope can change: a filing's facts read only its own
 * kindergarten and the guidance prices and parameter overlays along its own
 * region chain (district → city → province), and a batch's or set's rows lie
 * at or below its region. So a city's batch reaches its districts (those
 * without their own price use the city's), and a district's batch reaches no
 * other district.
 *
 * The same scope says which stored change previews a run makes stale
 * (overlappingRunSince, preview-jobs.server.ts): only those whose own scope
 * overlaps the run's, since nothing outside the run's scope changed.
 *
 * Invariants:
 * - A run starts in the activation's own transaction (startReevaluation), so
 *   the change and its run commit together or not at all.
 * - A batch is one outbox row `reevaluation.batch` { runId, afterCursor }.
 *   Its flags, cases, the run's counters and cursor, and the outbox row of
 *   the next batch are written in ONE transaction. A crash before the commit
 *   leaves nothing behind (the retry redoes the batch); a crash after it
 *   leaves the run advanced, and the retried payload then finds the run's
 *   cursor moved on and does nothing. So counts are never doubled and no
 *   batch is skipped.
 * - The cursor advance is a compare-and-set on (cursor, processed): of two
 *   deliveries of the same batch running at once, one commits, the other
 *   rolls back whole.
 * - The cursor is the last kindergarten id done (active filings are walked
 *   in kindergarten id order, see active-filings.server.ts). A scoped run
 *   walks the same order with the other regions left out, so its cursor is
 *   the last kindergarten id done within the scope, and every batch of the
 *   run (a retry, a prefetch, a resumed one) reads the scope from the run's
 *   row, never from its payload: the keyset, the compare-and-set and the
 *   staleness checks are unchanged.
 * - "Flagged" means at least one case-worthy flag (isFlagged). Newly
 *   flagged / cleared compare the filing's stored current flags (those
 *   stamped with its evaluated_at) with the new ones.
 */
import type { Insertable, Transaction } from "kysely";
import { newId } from "~/utils/ids";
import type { DB } from "~/db/client";
import type { Database, ReevaluationRun, ReevaluationRunKindergartensTable, Severity } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { SEVERITY_RANK } from "~/domain/cases/case.service.server";
import { evaluationPool, sqliteFileOf, type EvaluationPool } from "~/domain/filings/evaluation-pool.server";
import {
  CASE_THRESHOLD,
  isFlagged,
  computeEvaluations,
  persistEvaluations,
  type StorableEvaluation,
} from "~/domain/filings/evaluate.server";
import { buildFilingFactsBatch } from "~/domain/filings/facts.server";
import { loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { DEAD_LETTER_AT, enqueue } from "~/domain/outbox/outbox.server";
import { parsePayload } from "~/domain/outbox/topics";
import { regionAndAncestors, regionCodeBounds } from "~/domain/regions/region-scope";
import { countActiveFilings, listActiveFilingRows, type ActiveFilingRow } from "./active-filings.server";

export type ReevaluationReason = ReevaluationRun["reason"];

export const DEFAULT_REEVALUATION_BATCH = 500;

const IN_CHUNK = 900;
/** Rows of reevaluation_run_kindergartens per statement: three values each, well within a statement's bind limit. */
const CHANGES_PER_INSERT = 300;
const MAX_ERROR_LENGTH = 1000;

export class ReevaluationRunNotFoundError extends Error {
  constructor(readonly runId: string) {
    super(`re-evaluation run ${runId} not found`);
    this.name = "ReevaluationRunNotFoundError";
  }
}

/** Another delivery of the same batch committed first: this one rolls back and does nothing. */
class BatchAlreadyDone extends Error {
  constructor() {
    super("re-evaluation batch already done");
    this.name = "BatchAlreadyDone";
  }
}

/**
 * Records a pending run and enqueues its first batch, in the caller's
 * transaction (the activation's). Returns the run id. `regionCode` is the
 * run's scope (the change's, changeScope); without it the run is national.
 */
export async function startReevaluation(
  trx: Transaction<Database> | DB,
  args: { reason: ReevaluationReason; subjectId: string | null; actorId: string | null; now: Date; regionCode?: string | null },
): Promise<string> {
  const id = newId();
  const at = args.now.toISOString();
  const regionCode = args.regionCode ?? null;
  const total = await countActiveFilings(trx, { regionCode });
  await trx
    .insertInto("reevaluation_runs")
    .values({
      id,
      reason: args.reason,
      subject_id: args.subjectId,
      status: "pending",
      total,
      processed: 0,
      newly_flagged: 0,
      cleared: 0,
      cursor: null,
      region_code: regionCode,
      error: null,
      created_by: args.actorId,
      created_at: at,
      started_at: null,
      finished_at: null,
    })
    .execute();
  await enqueue(trx, "reevaluation.batch", { runId: id, afterCursor: null }, args.now);
  await recordAudit(
    trx,
    {
      actorId: args.actorId,
      action: "reevaluation.start",
      entity: "reevaluation_run",
      entityId: id,
      detail: { reason: args.reason, subjectId: args.subjectId, regionCode, total },
    },
    args.now,
  );
  return id;
}

export interface BatchOutcome {
  /** False when the payload was stale (batch already done, or the run finished): nothing was written. */
  ran: boolean;
  processed: number;
  newlyFlagged: number;
  cleared: number;
  done: boolean;
}

const CASE_SEVERITIES = (Object.keys(SEVERITY_RANK) as Severity[]).filter((s) => SEVERITY_RANK[s] >= SEVERITY_RANK[CASE_THRESHOLD]);

/** The filings among these whose stored current flags include a case-worthy one. */
async function flaggedNow(db: DB, filingIds: string[]): Promise<Set<string>> {
  const flagged = new Set<string>();
  for (let i = 0; i < filingIds.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom("rule_results as r")
      .innerJoin("fee_filings as f", "f.id", "r.filing_id")
      .select("r.filing_id")
      .distinct()
      .where("r.filing_id", "in", filingIds.slice(i, i + IN_CHUNK))
      .whereRef("r.evaluated_at", "=", "f.evaluated_at")
      .where("r.severity", "in", CASE_SEVERITIES)
      .execute();
    for (const r of rows) flagged.add(r.filing_id);
  }
  return flagged;
}

/** What a batch evaluates: its page of active filings, which of them are flagged now, and the new evaluations. */
interface BatchWork {
  page: ActiveFilingRow[];
  flaggedBefore: Set<string>;
  evaluations: StorableEvaluation[];
}

/** A batch whose reads are done and whose evaluations are under way. */
interface StartedBatch {
  afterCursor: string | null;
  page: ActiveFilingRow[];
  work: Promise<BatchWork>;
}

/**
 * Read a batch's page (within the run's scope) and stored flags and start
 * evaluating it. Resolves once this connection's reads are done, with the
 * evaluations under way: in this thread, or on the pool (whose workers read
 * the facts themselves from a SQLite file, or get them from here).
 */
async function startBatch(
  ctx: { db: DB; rules: RulesRuntime },
  run: Pick<ReevaluationRun, "region_code">,
  afterCursor: string | null,
  batchSize: number,
  pool: EvaluationPool | null,
): Promise<StartedBatch> {
  const { db, rules } = ctx;
  const page = await listActiveFilingRows(db, { afterKindergartenId: afterCursor, limit: batchSize, regionCode: run.region_code });
  const ids = page.map((r) => r.filingId);
  if (!pool) {
    const [flaggedBefore, evaluations] = await Promise.all([flaggedNow(db, ids), computeEvaluations(ctx, ids)]);
    return { afterCursor, page, work: Promise.resolve({ page, flaggedBefore, evaluations }) };
  }
  const [flaggedBefore, state, file] = await Promise.all([flaggedNow(db, ids), loadRulesState(db, rules.library), sqliteFileOf(db)]);
  const evaluations = file
    ? pool.evaluateStored(rules, state, file, ids)
    : pool.evaluate(rules, state, await buildFilingFactsBatch(db, ids));
  const work = evaluations.then((evaluations) => ({ page, flaggedBefore, evaluations }));
  work.catch(() => undefined); // a prefetched batch may never be awaited; its failure is met when it is
  return { afterCursor, page, work };
}

/**
 * The next batches of a run, read before this batch writes and evaluated on
 * the pool while it does (PREFETCH_DEPTH of them, so the workers always have
 * the next one queued). Their rows (the next kindergartens' filings, their
 * stored flags, the rules) are not among those the batches before them
 * write, so reading them a moment early reads what reading them after those
 * commits would. Used only by the call for exactly that run, cursor and
 * batch size, and only while fresh; anything else reads afresh.
 */
let prefetched: {
  db: DB;
  rules: RulesRuntime;
  runId: string;
  batchSize: number;
  at: number;
  /** Consecutive batches: the first starts after the cursor of the call that takes them. */
  queue: StartedBatch[];
} | null = null;
const PREFETCH_DEPTH = 2;
const PREFETCH_MAX_AGE_MS = 30_000;
/** Below this many filings a batch is evaluated in this thread: a worker round trip would not pay. */
const POOL_MIN_BATCH = 100;

function takePrefetched(
  ctx: { db: DB; rules: RulesRuntime },
  runId: string,
  afterCursor: string | null,
  batchSize: number,
): StartedBatch[] {
  const p = prefetched;
  prefetched = null;
  if (!p || p.db !== ctx.db || p.rules !== ctx.rules || p.runId !== runId || p.batchSize !== batchSize) return [];
  if (Date.now() - p.at > PREFETCH_MAX_AGE_MS || p.queue[0]?.afterCursor !== afterCursor) return [];
  return p.queue;
}

/**
 * The `reevaluation.batch` job: the next page of active filings in the run's
 * scope after payload.afterCursor, evaluated under the rules in force and stored, the run
 * advanced and the next batch enqueued, all in one transaction. A stale
 * payload (the run's cursor has moved on, or the run is finished) is a no-op.
 *
 * With an evaluation pool (worker threads), the engine runs off this thread
 * and the next batch is read and handed to it before this one is written.
 */
export async function runReevaluationBatch(
  ctx: { db: DB; rules: RulesRuntime; now?: Date },
  payload: { runId: string; afterCursor: string | null },
  batchSize = DEFAULT_REEVALUATION_BATCH,
): Promise<BatchOutcome> {
  const { db } = ctx;
  const skipped: BatchOutcome = { ran: false, processed: 0, newlyFlagged: 0, cleared: 0, done: false };
  const run = await getRun(db, payload.runId);
  if (!run) throw new ReevaluationRunNotFoundError(payload.runId);
  if (run.status === "done" || run.status === "failed") return { ...skipped, done: run.status === "done" };
  if (run.cursor !== payload.afterCursor) return skipped;

  const now = ctx.now ?? new Date();
  const at = now.toISOString();
  const pool = batchSize >= POOL_MIN_BATCH ? evaluationPool() : null;
  try {
    const queue = takePrefetched(ctx, run.id, payload.afterCursor, batchSize);
    // A prefetched batch that failed is simply redone here.
    let work = await queue.shift()?.work.catch(() => undefined);
    work ??= await (await startBatch(ctx, run, payload.afterCursor, batchSize, pool)).work;
    const { page, flaggedBefore, evaluations } = work;
    const newlyFlaggedIds: string[] = [];
    const clearedIds: string[] = [];
    /** The kindergartens whose flagged state changed, for the run's page (reevaluation_run_kindergartens). */
    const changed: Insertable<ReevaluationRunKindergartensTable>[] = [];
    for (const e of evaluations) {
      const was = flaggedBefore.has(e.facts.filing.id);
      const is = isFlagged(e);
      if (was === is) continue;
      (is ? newlyFlaggedIds : clearedIds).push(e.facts.filing.id);
      changed.push({ run_id: run.id, change: is ? "flagged" : "cleared", kindergarten_id: e.facts.kindergarten.id });
    }
    const newlyFlagged = newlyFlaggedIds.length;
    const cleared = clearedIds.length;
    const done = page.length < batchSize;
    const cursor = page.length > 0 ? page[page.length - 1].kindergartenId : payload.afterCursor;
    const processed = run.processed + evaluations.length;

    if (pool && !done) {
      // Keep the next batches queued on the pool while this one is written.
      let last: { afterCursor: string | null; page: ActiveFilingRow[] } = { afterCursor: payload.afterCursor, page };
      for (const q of queue) last = q;
      while (queue.length < PREFETCH_DEPTH && last.page.length === batchSize) {
        const next = await startBatch(ctx, run, last.page[last.page.length - 1].kindergartenId, batchSize, pool).catch(() => null);
        if (!next) break;
        queue.push(next);
        last = next;
      }
      if (queue.length > 0) prefetched = { db, rules: ctx.rules, runId: run.id, batchSize, at: Date.now(), queue };
    }

    await persistEvaluations({ db, rules: ctx.rules, now }, evaluations, {
      cause: { kind: "reevaluation_run", runId: run.id },
      afterPersist: async (trx) => {
        let claim = trx
          .updateTable("reevaluation_runs")
          .set({
            status: done ? "done" : "running",
            processed,
            newly_flagged: run.newly_flagged + newlyFlagged,
            cleared: run.cleared + cleared,
            cursor,
            error: null,
            started_at: run.started_at ?? at,
            finished_at: done ? at : null,
            // The count at the start was an estimate (kindergartens open and close meanwhile); at the end it is exact.
            ...(done ? { total: processed } : {}),
          })
          .where("id", "=", run.id)
          .where("status", "in", ["pending", "running"])
          .where("processed", "=", run.processed);
        claim = payload.afterCursor === null ? claim.where("cursor", "is", null) : claim.where("cursor", "=", payload.afterCursor);
        const result = await claim.executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw new BatchAlreadyDone();
        for (let i = 0; i < changed.length; i += CHANGES_PER_INSERT) {
          await trx.insertInto("reevaluation_run_kindergartens").values(changed.slice(i, i + CHANGES_PER_INSERT)).execute();
        }
        if (!done) await enqueue(trx, "reevaluation.batch", { runId: run.id, afterCursor: cursor }, now);
      },
      // The batch on the record once: the kindergartens it covered and the filings whose flagged state changed.
      auditAs: ({ flagsByFiling, casesByFiling }) => [
        {
          actorId: null,
          action: "reevaluation.batch",
          entity: "reevaluation_run",
          entityId: run.id,
          detail: {
            afterCursor: payload.afterCursor,
            cursor,
            evaluated: evaluations.length,
            newlyFlagged: newlyFlaggedIds.map((filing) => ({ filing, flags: flagsByFiling.get(filing) ?? [], cases: casesByFiling.get(filing) ?? [] })),
            cleared: clearedIds,
          },
        },
      ],
    });
    return { ran: true, processed: evaluations.length, newlyFlagged, cleared, done };
  } catch (err) {
    if (err instanceof BatchAlreadyDone) return skipped;
    await recordBatchError(db, run, payload.afterCursor, err);
    throw err;
  }
}

/** Shows the last failure on the run while the job layer retries (cleared by the next successful batch). */
async function recordBatchError(db: DB, run: ReevaluationRun, afterCursor: string | null, err: unknown): Promise<void> {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  let update = db
    .updateTable("reevaluation_runs")
    .set({ error: text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text })
    .where("id", "=", run.id)
    .where("status", "in", ["pending", "running"]);
  update = afterCursor === null ? update.where("cursor", "is", null) : update.where("cursor", "=", afterCursor);
  await update.execute().catch(() => undefined);
}

/**
 * A run started after `after` (an ISO instant) whose scope overlaps `scope`, or null: a change activated since then
 * that may change what is judged somewhere in `scope`. Two scopes overlap when either is national or one region lies
 * within the other (by code prefix, as the walk reads them): a run in 海曙区 overlaps 海曙区, 宁波市, 浙江省 and the
 * national scope; a run in 宁波市 or 浙江省 overlaps each of their districts too; a run in 江北区 or 杭州市 does not
 * overlap 海曙区. A run with no scope recorded is national: a rule version's, a release's new rules', a manual one, and every run from before
 * scopes were recorded (2026-12-05), so those overlap everything.
 */
export async function overlappingRunSince(db: DB | Transaction<Database>, after: string, scope: { regionCode: string | null }): Promise<string | null> {
  let query = db.selectFrom("reevaluation_runs").select("id").where("created_at", ">", after);
  const code = scope.regionCode;
  if (code !== null) {
    const bounds = regionCodeBounds(code);
    query = query.where((eb) =>
      eb.or([
        // National: overlaps everything.
        eb("region_code", "is", null),
        // The scope's own region or one above it (its city, its province).
        eb("region_code", "in", regionAndAncestors(code)),
        // A region below the scope's (a district of a city's or a province's scope).
        "equals" in bounds
          ? eb("region_code", "=", bounds.equals)
          : eb.and([eb("region_code", ">=", bounds.from), eb("region_code", "<", bounds.before)]),
      ]),
    );
  }
  return (await query.limit(1).executeTakeFirst())?.id ?? null;
}

export async function getRun(db: DB, runId: string): Promise<ReevaluationRun | null> {
  return (await db.selectFrom("reevaluation_runs").selectAll().where("id", "=", runId).executeTakeFirst()) ?? null;
}

/**
 * A run whose next batch the job layer gave up on (its outbox row
 * dead-lettered: retries exhausted, or a permanent failure): it does not
 * advance by itself until that row is put back in line (run-recovery.server.ts).
 */
export interface RunStall {
  /** The dead-lettered `reevaluation.batch` outbox row: the batch after the run's cursor. */
  outboxId: string;
  /** Why its last attempt failed. */
  error: string | null;
  attempts: number;
}

/** The stalled ones among these runs, by run id. */
export async function runStalls(db: DB, runs: readonly Pick<ReevaluationRun, "id" | "status" | "cursor">[]): Promise<Map<string, RunStall>> {
  const stalls = new Map<string, RunStall>();
  const open = new Map(runs.filter((r) => r.status === "pending" || r.status === "running").map((r) => [r.id, r]));
  if (open.size === 0) return stalls;
  // Dead-lettered rows are few (outbox_pending index); payloads are matched parsed, not as text.
  const rows = await db
    .selectFrom("outbox")
    .select(["id", "payload", "last_error", "attempts"])
    .where("processed_at", "is", null)
    .where("available_at", "=", DEAD_LETTER_AT)
    .where("topic", "=", "reevaluation.batch")
    .execute();
  for (const row of rows) {
    let payload;
    try {
      payload = parsePayload("reevaluation.batch", row.payload);
    } catch {
      continue; // a mangled row is no run's batch
    }
    const run = open.get(payload.runId);
    if (run && payload.afterCursor === run.cursor) stalls.set(run.id, { outboxId: row.id, error: row.last_error, attempts: row.attempts });
  }
  return stalls;
}

/**
 * A run with who started it, its scope's name (null: national, or a code no longer in the regions table), the document
 * of the change that started it and whether it is stalled. The document is a guidance batch's source document (the
 * price notice the officer entered) or a parameter set's basis (依据与说明, required, asked for as its document number);
 * null for other changes, which record none.
 */
export type RunSummary = ReevaluationRun & {
  created_by_name: string | null;
  region_name: string | null;
  subject_document: string | null;
  stall: RunStall | null;
};

function runSummaries(db: DB) {
  return db
    .selectFrom("reevaluation_runs as r")
    .leftJoin("users as u", "u.id", "r.created_by")
    .leftJoin("regions as g", "g.code", "r.region_code")
    .leftJoin("guidance_price_batches as b", (join) => join.onRef("b.id", "=", "r.subject_id").on("r.reason", "=", "guidance_prices"))
    .leftJoin("rule_parameter_sets as p", (join) => join.onRef("p.id", "=", "r.subject_id").on("r.reason", "=", "rule_parameters"))
    .selectAll("r")
    .select((eb) => ["u.display_name as created_by_name", "g.name as region_name", eb.fn.coalesce("b.source_document", "p.note").as("subject_document")]);
}

async function withStalls(db: DB, runs: Omit<RunSummary, "stall">[]): Promise<RunSummary[]> {
  const stalls = await runStalls(db, runs);
  return runs.map((r) => ({ ...r, stall: stalls.get(r.id) ?? null }));
}

/** Recent runs, newest first; `subjectId` narrows to the runs of one change (a guidance batch …). */
export async function listRuns(db: DB, opts: { limit: number; subjectId?: string }): Promise<RunSummary[]> {
  let query = runSummaries(db).orderBy("r.created_at", "desc").orderBy("r.id", "desc").limit(opts.limit);
  if (opts.subjectId) query = query.where("r.subject_id", "=", opts.subjectId);
  return withStalls(db, await query.execute());
}

/** A run with who started it and whether it is stalled, for the progress page. */
export async function getRunSummary(db: DB, runId: string): Promise<RunSummary | null> {
  const row = await runSummaries(db).where("r.id", "=", runId).executeTakeFirst();
  return row ? (await withStalls(db, [row]))[0] : null;
}

/** Whole percent done, 100 once finished. */
export function runPercent(run: Pick<ReevaluationRun, "status" | "processed" | "total">): number {
  if (run.status === "done") return 100;
  if (run.total <= 0) return 0;
  return Math.min(99, Math.floor((run.processed / run.total) * 100));
}

/** What a list of a change's runs shows of each. */
export function runListItem(run: RunSummary) {
  return {
    id: run.id,
    status: run.status,
    stalled: run.stall !== null,
    created_at: run.created_at,
    processed: run.processed,
    total: run.total,
    percent: runPercent(run),
    scope: runScope(run),
  };
}

/** What a page shows of a run's scope: the region's name (its code when unnamed), or null for national (全国). */
export function runScope(run: Pick<RunSummary, "region_code" | "region_name">): { regionCode: string; regionName: string } | null {
  return run.region_code === null ? null : { regionCode: run.region_code, regionName: run.region_name ?? run.region_code };
}
