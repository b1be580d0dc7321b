/**
 * The safe-change flow for a guidance-price batch: preview the draft against
 * the active fee schedules of its region, then activate it together with a
 * re-evaluation run (in the activation's transaction). Who may: those who may
 * manage guidance prices for the batch's region; a batch outside it is "not
 * found", as elsewhere.
 */
import type { DB } from "~/db/client";
import type { GuidancePrice, GuidancePriceBatch } from "~/db/schema";
import { findBatch, listActiveReplacedBy, listBatchPrices } from "~/domain/guidance-prices/guidance-price.repo.server";
import { capFen, priceKey } from "~/domain/guidance-prices/guidance-price.schema";
import { guidanceManageScope } from "~/domain/guidance-prices/guidance-price.scope";
import { applyGuidanceBatch, changeableBatch, replaceGuidanceDraft } from "~/domain/guidance-prices/guidance-price.service.server";
import { fail, transact, type Result } from "~/domain/result";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { NO_PREVIEW, previewView, staleStoredPreviews, type PreviewView } from "./preview-jobs.server";
import { activateWithReevaluation, activationClaim } from "./activation.server";
import { listRuns, type RunSummary } from "./reevaluation.server";
import { coversRegion } from "~/domain/regions/region-scope";
import { shanghaiDate } from "~/utils/working-days";
import { countActiveFilingsFrom } from "./active-filings.server";

/** The preview only for a draft: an active or discarded batch has nothing left to preview. */
export interface GuidanceChangeView extends PreviewView {
  batch: GuidancePriceBatch & { region_name: string };
  /** Runs started by activating this batch. */
  runs: RunSummary[];
  /** The first and the last day its rows apply from: activation puts them in force from those days, not today. */
  appliesFrom: { first: string; last: string } | null;
  /**
   * Why the preview shows what it shows (a draft's preview only): of the filings compared, how many take effect on or
   * after the batch's first start day. A filing is judged by the prices in force on its own start day, so one that
   * starts earlier cannot be affected: a batch for next year previews 0 until such filings come in.
   */
  reach: { compared: number; onOrAfter: number; from: string } | null;
  /**
   * Rows that start before today (Shanghai), a draft's only: prices are announced before they apply (价格法 art. 24:
   * the department that sets a guidance price announces it), so a past start day is right only for a document
   * announced then and entered late.
   */
  pastStart: { rows: number; earliest: string; today: string } | null;
  /**
   * Rows whose ceiling (base price with its float) is below the one in force for the same combination, a draft's only,
   * with the deepest cut: a cut flags every filing above it from its start day, and a slip of the keyboard (90 for 900)
   * reads the same, while the preview may show nothing of it (no filing yet takes effect on or after its start).
   */
  lowered: { rows: number; deepest: { fromFen: number; toFen: number; percent: number } } | null;
}

async function manageableBatch(db: DB, actor: Actor, batchId: string): Promise<GuidancePriceBatch | null> {
  const scope = guidanceManageScope(actor);
  const batch = await findBatch(db, batchId);
  return batch && coversRegion(scope, batch.region_code) ? batch : null;
}

/** Null when the batch does not exist or is outside what the actor may manage. */
export async function guidanceChangeView(args: {
  db: DB;
  rules: RulesRuntime;
  actor: Actor;
  batchId: string;
  now?: Date;
}): Promise<GuidanceChangeView | null> {
  const { db, rules, actor, batchId } = args;
  const batch = await manageableBatch(db, actor, batchId);
  if (!batch) return null;
  const draft = batch.status === "draft";
  const [region, preview, runs, rows, replaced] = await Promise.all([
    db.selectFrom("regions").select("name").where("code", "=", batch.region_code).executeTakeFirst(),
    draft ? previewView({ db, rules, change: { kind: "guidance_batch", batchId }, actorId: actor.id }) : Promise.resolve(NO_PREVIEW),
    listRuns(db, { limit: 10, subjectId: batchId }),
    listBatchPrices(db, batchId),
    draft ? listActiveReplacedBy(db, batchId) : Promise.resolve([]),
  ]);
  const days = rows.map((r) => r.effective_from).sort();
  const appliesFrom = days.length ? { first: days[0]!, last: days[days.length - 1]! } : null;
  const reach =
    preview.preview && appliesFrom
      ? {
          compared: preview.preview.total,
          onOrAfter: await countActiveFilingsFrom(db, { regionCode: batch.region_code, from: appliesFrom.first }),
          from: appliesFrom.first,
        }
      : null;
  const today = shanghaiDate(args.now ?? new Date());
  const past = draft ? days.filter((d) => d < today) : [];
  const pastStart = past.length ? { rows: past.length, earliest: past[0]!, today } : null;
  return { batch: { ...batch, region_name: region?.name ?? batch.region_code }, ...preview, runs, appliesFrom, reach, pastStart, lowered: loweredCeilings(rows, replaced) };
}

function loweredCeilings(rows: GuidancePrice[], replaced: GuidancePrice[]): GuidanceChangeView["lowered"] {
  const inForce = new Map(replaced.map((r) => [priceKey(r), capFen(r.base_price_fen, r.max_float_bp)]));
  const cuts = rows.flatMap((r) => {
    const fromFen = inForce.get(priceKey(r));
    const toFen = capFen(r.base_price_fen, r.max_float_bp);
    return fromFen !== undefined && toFen < fromFen ? [{ fromFen, toFen }] : [];
  });
  if (cuts.length === 0) return null;
  const deepest = cuts.reduce((a, b) => (b.toFen / b.fromFen < a.toFen / a.fromFen ? b : a));
  // Floored: a cut to 0.01 yuan reads 99%, not a 100% that would say the ceiling is gone.
  return { rows: cuts.length, deepest: { ...deepest, percent: Math.floor((1 - deepest.toFen / deepest.fromFen) * 100) } };
}

/** Activates the draft batch and starts its re-evaluation run over the batch's region, in one transaction. */
export async function activateGuidanceChange(args: {
  db: DB;
  actor: Actor;
  batchId: string;
  /** The activation form's one-time key: a repeat gets the first activation's run. */
  submissionKey: unknown;
  /**
   * The draft's version the page previewed (the form's hidden field): a draft edited since is refused, so what is
   * activated is what the preview showed. Absent (null/undefined): any version, for callers without a page.
   */
  version?: unknown;
  now?: Date;
  requestId?: string | null;
}) {
  const { db, actor, batchId } = args;
  const now = args.now ?? new Date();
  const claimed = await activationClaim<Awaited<ReturnType<typeof applyGuidanceBatch>> & { runId: string }>(db, { actorId: actor.id, form: "guidance_activation", key: args.submissionKey, subjectId: batchId });
  if ("answer" in claimed) return claimed.answer;
  const found = await changeableBatch(db, actor, batchId);
  if (!found.ok) return found;
  let version: number | undefined;
  if (args.version !== undefined && args.version !== null) {
    version = typeof args.version === "string" && /^\d{1,15}$/.test(args.version) ? Number(args.version) : typeof args.version === "number" ? args.version : NaN;
    if (version !== found.batch.version) return fail("conflict", "guidance.batch.editedSincePreview");
  }
  const run = { reason: "guidance_prices" as const, subjectId: batchId, actorId: actor.id, now, change: { kind: "guidance_batch" as const, batchId } };
  return activateWithReevaluation(db, run, claimed.claim, (trx) => applyGuidanceBatch(trx, { actor, batchId, now, requestId: args.requestId, version }));
}

/**
 * Saves an edit of a draft batch: its rows replaced (replaceGuidanceDraft: version-checked, audited) and its stored
 * previews let go, in one transaction, so activation waits for a preview of the rows as edited. A refusal (invalid
 * rows, another officer's edit first, no longer a draft, outside the region) writes nothing. The same edit posted
 * twice (a double click without JavaScript) is answered as saved the second time (`repeated`), writing nothing more.
 */
export async function editGuidanceChange(args: {
  db: DB;
  actor: Actor;
  batchId: string;
  input: unknown;
  now?: Date;
  requestId?: string | null;
}): Promise<Result<{ batch: GuidancePriceBatch; rowCount: number; repeated?: true }>> {
  const { db, actor, batchId } = args;
  const now = args.now ?? new Date();
  return transact(db, async (trx) => {
    const edited = await replaceGuidanceDraft(trx, { actor, batchId, input: args.input, now, requestId: args.requestId });
    // The same edit posted twice changed the rows once: a preview asked for since its first sending still holds.
    if (!edited.repeated) await staleStoredPreviews(trx, { kind: "guidance_batch", batchId }, now);
    return { ok: true as const, ...edited };
  });
}
