/**
 * Where a change preview is computed. A change whose scope holds few active
 * fee schedules (a district's guidance batch) is previewed in the request, as
 * the page loads. A larger one (a rule version is national: minutes of work)
 * is previewed by a job (`preview.compute`) and its result kept in
 * change_previews; the page shows that it is being computed, polls, and then
 * shows the stored result with the time it was computed.
 *
 * Invariants:
 * - One preview in the making per change: asking again while one is pending
 *   returns it (the request and its outbox row are written in one
 *   transaction).
 * - A stored preview is used only while nothing activated since it was asked
 *   for can change what it shows. What it shows is every active fee schedule
 *   in its scope (changeScope: a batch's or a set's region and below, or
 *   national for a rule version) judged twice, by the guidance prices,
 *   parameter overlays and rule versions in force there, and with the draft.
 *   Those change only by an activation (guidance prices, parameters, rule
 *   versions, and a rule new in a release, activated at start-up:
 *   released-rules.server.ts), and every activation starts a re-evaluation
 *   run over the change's own scope in the same transaction. So a run started after the
 *   request whose scope overlaps the preview's (overlappingRunSince: either
 *   national, or one region within the other) makes the preview stale and a
 *   new one is asked for; a run elsewhere (江北区's batch, for a preview of
 *   海曙区's) leaves it current, since nothing it shows changed. A run with no
 *   scope recorded (a rule version's, a release's new rules', a manual one,
 *   any from before scopes were recorded) is national: it makes every stored
 *   preview stale.
 * - A stored preview is the active fee schedules as they stood when it was
 *   computed (the page shows when): a filing submitted, or a kindergarten
 *   registered or closed, after that does not make it stale. The activation's
 *   run walks the fee schedules as they are then, so nothing filed meanwhile
 *   escapes the change.
 * - A draft guidance batch's rows can be edited (replaceGuidanceDraft): the
 *   edit marks the draft's stored previews failed in its own transaction
 *   (staleStoredPreviews), so the page asks for a new one and offers
 *   activation only once it is there; a job computing the old rows meanwhile
 *   finds its row no longer pending and stores nothing.
 * - The job is idempotent: a preview already done or failed is left alone. A
 *   preview whose change is no longer a draft by then (discarded, activated)
 *   fails for good.
 */
import { newId } from "~/utils/ids";
import type { DB } from "~/db/client";
import type { Transaction } from "kysely";
import type { Database } from "~/db/schema";
import type { ChangePreviewsTable } from "~/db/schema";
import { enqueue } from "~/domain/outbox/outbox.server";
import { getEnv } from "~/utils/env.server";
import type { DraftChange, RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { countActiveFilings } from "./active-filings.server";
import { previewChange, changeScope, type ChangePreview } from "./preview.server";
import { overlappingRunSince } from "./reevaluation.server";

/**
 * Up to this many active fee schedules in scope, a preview is computed in the
 * request (about a second); PREVIEW_INLINE_LIMIT overrides it.
 */
export function inlinePreviewLimit(): number {
  return getEnv().PREVIEW_INLINE_LIMIT;
}

export type PreviewState =
  | { status: "done"; preview: ChangePreview; /** When a stored preview was computed; null: just now, in this request. */ computedAt: string | null }
  | { status: "computing"; total: number; requestedAt: string; /** Why the last attempt failed (the job retries). */ lastError: string | null };

export function changeKey(change: DraftChange): string {
  switch (change.kind) {
    case "guidance_batch":
      return `guidance_batch:${change.batchId}`;
    case "parameter_set":
      return `parameter_set:${change.setId}`;
    case "rule_version":
      return `rule_version:${change.ruleId}@${change.version}@${change.activeFrom}`;
  }
}

type StoredPreviewRow = Pick<ChangePreviewsTable, "id" | "status" | "total" | "result" | "error" | "requested_at" | "finished_at">;

function stateOf(row: StoredPreviewRow): PreviewState {
  if (row.status === "done") return { status: "done", preview: JSON.parse(row.result!) as ChangePreview, computedAt: row.finished_at };
  return { status: "computing", total: row.total, requestedAt: row.requested_at, lastError: row.error };
}

/**
 * The preview of a draft change: computed now when its scope is small,
 * otherwise the stored one, asked for (a job) when there is none that is
 * current.
 */
export async function previewOf(args: {
  db: DB;
  rules: RulesRuntime;
  change: DraftChange;
  actorId: string | null;
  inlineLimit?: number;
  now?: Date;
}): Promise<PreviewState> {
  const { db, rules, change } = args;
  const scope = await changeScope(db, change);
  const total = await countActiveFilings(db, { regionCode: scope.regionCode });
  if (total <= (args.inlineLimit ?? inlinePreviewLimit())) {
    return { status: "done", preview: await previewChange({ db, rules, change }), computedAt: null };
  }
  const now = args.now ?? new Date();
  const key = changeKey(change);
  return db.transaction().execute(async (trx) => {
    const latest = await trx
      .selectFrom("change_previews")
      .select(["id", "status", "total", "result", "error", "requested_at", "finished_at"])
      .where("change_key", "=", key)
      .orderBy("requested_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst();
    if (latest) {
      if (latest.status === "pending") return stateOf(latest);
      // Current unless a change activated since its request reaches into its scope.
      if (latest.status === "done" && (await overlappingRunSince(trx, latest.requested_at, scope)) === null) return stateOf(latest);
    }
    const id = newId();
    const requestedAt = now.toISOString();
    await trx
      .insertInto("change_previews")
      .values({
        id,
        change_key: key,
        change: JSON.stringify(change),
        status: "pending",
        total,
        result: null,
        error: null,
        requested_by: args.actorId,
        requested_at: requestedAt,
        finished_at: null,
      })
      .execute();
    await enqueue(trx, "preview.compute", { previewId: id }, now);
    return { status: "computing", total, requestedAt, lastError: null } as const;
  });
}

/**
 * The `preview.compute` job: compute the preview and store it. A preview that
 * is no longer pending (done, failed, or computed by another delivery) is
 * left alone; a failure is stored on the row and rethrown (the job retries).
 */
export async function computeStoredPreview(ctx: { db: DB; rules: RulesRuntime; now?: () => Date }, previewId: string): Promise<boolean> {
  const { db } = ctx;
  const row = await db.selectFrom("change_previews").select(["id", "status", "change"]).where("id", "=", previewId).executeTakeFirst();
  if (!row || row.status !== "pending") return false;
  const change = JSON.parse(row.change) as DraftChange;
  const clock = ctx.now ?? (() => new Date());
  const fail = (error: string, status: "pending" | "failed") =>
    db
      .updateTable("change_previews")
      .set({ error, status, finished_at: status === "failed" ? clock().toISOString() : null })
      .where("id", "=", previewId)
      .where("status", "=", "pending")
      .execute();
  // Discarded or activated meanwhile: there is nothing left to preview.
  if (!(await isOpenDraft(db, change))) {
    await fail("DraftChangeNotFoundError: the change is no longer a draft", "failed");
    return false;
  }
  let preview: ChangePreview;
  try {
    preview = await previewChange({ db, rules: ctx.rules, change });
  } catch (err) {
    await fail(err instanceof Error ? `${err.name}: ${err.message}` : String(err), "pending");
    throw err;
  }
  const done = await db
    .updateTable("change_previews")
    .set({ status: "done", result: JSON.stringify(preview), error: null, finished_at: clock().toISOString() })
    .where("id", "=", previewId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** A preview as the change pages show it: the result, or that it is being computed, and when it was. */
export interface PreviewView {
  preview: ChangePreview | null;
  previewComputing: { total: number; requestedAt: string; lastError: string | null } | null;
  /** A stored preview's computation time; null when computed in this request. */
  previewComputedAt: string | null;
}

export async function previewView(args: Parameters<typeof previewOf>[0]): Promise<PreviewView> {
  const state = await previewOf(args);
  if (state.status === "done") return { preview: state.preview, previewComputing: null, previewComputedAt: state.computedAt };
  const { total, requestedAt, lastError } = state;
  return { preview: null, previewComputing: { total, requestedAt, lastError }, previewComputedAt: null };
}

/** No preview: the change is not a draft (any more). */
export const NO_PREVIEW: PreviewView = { preview: null, previewComputing: null, previewComputedAt: null };

/** Whether the change is still a draft: its batch or set not activated or discarded, its rule version not activated. */
async function isOpenDraft(db: DB, change: DraftChange): Promise<boolean> {
  switch (change.kind) {
    case "guidance_batch":
      return (await db.selectFrom("guidance_price_batches").select("status").where("id", "=", change.batchId).executeTakeFirst())?.status === "draft";
    case "parameter_set":
      return (await db.selectFrom("rule_parameter_sets").select("status").where("id", "=", change.setId).executeTakeFirst())?.status === "draft";
    case "rule_version":
      return !(await db
        .selectFrom("rule_activations")
        .select("id")
        .where("rule_id", "=", change.ruleId)
        .where("version", "=", change.version)
        .executeTakeFirst());
  }
}

/** Why a stored preview was let go by an edit of its draft (the row's error, as a failed job's is written). */
export const DRAFT_EDITED_ERROR = "DraftEditedError: the draft was edited after this preview was asked for";

/**
 * In the transaction of an edit of the draft: its stored previews, pending or done, stop counting (marked failed),
 * so the next look at the change asks for a preview of the draft as it now is. The number let go.
 */
export async function staleStoredPreviews(trx: Transaction<Database>, change: DraftChange, now: Date): Promise<number> {
  const result = await trx
    .updateTable("change_previews")
    .set({ status: "failed", error: DRAFT_EDITED_ERROR, finished_at: now.toISOString() })
    .where("change_key", "=", changeKey(change))
    .where("status", "in", ["pending", "done"])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
