/**
 * Changing guidance prices. Owns their lifecycle: every change (a form edit
 * or a CSV import) becomes a DRAFT batch whose rows are status 'draft'; a
 * draft is either discarded or activated. Activation (applyGuidanceBatch) is
 * the single place where prices take effect: inside the transaction of the
 * safe-change flow (changes/guidance-change.server.ts, which adds the
 * re-evaluation run) the batch becomes active, its rows become active and the
 * active rows with the same key (region, nature, grade, age band, category)
 * become 'superseded' with superseded_at. Nothing
 * is deleted or edited in place, so the history of every key stays readable;
 * the one exception is a draft's own rows, which an edit of the draft
 * (replaceGuidanceDraft) replaces whole, version-checked and audited: a
 * proposal not yet in force, never an active price.
 * An import is all-or-nothing: every bad row is reported, and the batch is
 * created only when the whole file is valid. Every change writes an audit row
 * in its own transaction.
 */
import { newId } from "~/utils/ids";
import { z } from "zod";
import type { Insertable, Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database, GuidancePriceBatch, GuidancePricesTable } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import type { AuditAction } from "~/domain/audit/audit-actions";
import type { Actor } from "~/domain/users/actor";
import { readGuidanceCsv } from "./guidance-price.csv.server";
import {
  activateDraftPrices,
  bumpDraftBatch,
  closeDraftBatch,
  deleteDraftPrices,
  findBatch,
  findExistingRegionCodes,
  insertBatch,
  insertPrices,
  lastDraftEditors,
  listActiveReplacedBy,
  listBatchPrices,
  supersedePrices,
  type Handle,
} from "./guidance-price.repo.server";
import {
  draftBatchInput,
  guidancePriceRow,
  MAX_ROWS_PER_BATCH,
  priceKey,
  type GuidancePriceRow,
} from "./guidance-price.schema";
import { guidanceManageScope } from "./guidance-price.scope";
import { commonRegion, coversRegion, type RegionScope } from "~/domain/regions/region-scope";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";
import {
  addFieldError,
  fail,
  hasErrors,
  invalid,
  issuesToFieldErrors,
  message,
  Refusal,
  transact,
  type Failure,
  type FieldErrors,
  type Message,
  type Result,
} from "~/domain/result";

/** One message about one cell (column) or the whole row, with the offending value when there is one. */
export interface RowMessage extends Message {
  column?: string;
  value?: string;
}

export interface RowError {
  /** As a spreadsheet shows it: the header is line 1. */
  line: number;
  messages: RowMessage[];
}

export type CreateDraftResult = Result<Replayable<{ batchId: string; rowCount: number }>>;

/** A refused import says what is wrong with the file (formErrors) and with each line (rowErrors). */
export type ImportResult = Result<Replayable<{ batchId: string; rowCount: number }>, Failure & { rowErrors: RowError[] }>;

export type BatchChangeResult = Result<{ batch: GuidancePriceBatch; activated: number; superseded: number }>;

interface Common {
  db: DB;
  actor: Actor;
  now?: Date;
  requestId?: string | null;
}

/** Form posts carry empty fields as ""; like conform (and the CSV reader), treat them as absent. */
function withoutBlanks(input: unknown): unknown {
  if (!input || typeof input !== "object" || !Array.isArray((input as { rows?: unknown }).rows)) return input;
  const rows = (input as { rows: unknown[] }).rows.map((row) =>
    row && typeof row === "object"
      ? Object.fromEntries(Object.entries(row).filter(([, v]) => !(typeof v === "string" && v.trim() === "")))
      : row,
  );
  return { ...(input as object), rows };
}

/** Region existence and jurisdiction for validated rows: what zod cannot know. */
async function regionProblems(db: Handle, scope: RegionScope, rows: readonly Pick<GuidancePriceRow, "region_code">[]): Promise<Array<string | null>> {
  const existing = await findExistingRegionCodes(
    db,
    rows.map((r) => r.region_code),
  );
  return rows.map((row) => {
    if (!existing.has(row.region_code)) return "guidance.region.unknown";
    if (!coversRegion(scope, row.region_code)) return "guidance.region.outOfScope";
    return null;
  });
}

/** The batch's region: the most specific stored region containing every row. */
async function batchRegion(db: Handle, rows: readonly GuidancePriceRow[]): Promise<string | null> {
  const common = commonRegion(rows.map((r) => r.region_code));
  if (!common) return null;
  const exists = await findExistingRegionCodes(db, [common]);
  return exists.has(common) ? common : null;
}

function batchSourceDocument(rows: readonly GuidancePriceRow[]): string {
  const joined = [...new Set(rows.map((r) => r.source_document))].join("；");
  return joined.length > 200 ? `${joined.slice(0, 199)}…` : joined;
}

function toPriceRow(row: GuidancePriceRow, batchId: string, createdAt: string): Insertable<GuidancePricesTable> {
  return {
    id: newId(),
    region_code: row.region_code,
    nature: row.nature,
    grade: row.grade,
    age_band: row.age_band,
    category: row.category,
    base_price_fen: row.base_price_yuan,
    max_float_bp: row.max_float_percent,
    effective_from: row.effective_from,
    effective_to: row.effective_to ?? null,
    source_document: row.source_document,
    created_at: createdAt,
    batch_id: batchId,
    status: "draft",
    superseded_at: null,
  };
}

/** The draft batch, its rows and the audit row, in the caller's transaction (the one that claimed the submission key). */
async function storeDraft(
  trx: Transaction<Database>,
  args: Common,
  rows: readonly GuidancePriceRow[],
  regionCode: string,
  audit: { action: Extract<AuditAction, "guidance_batch.create" | "guidance_batch.import">; detail: Record<string, unknown> },
): Promise<string> {
  const now = args.now ?? new Date();
  const at = now.toISOString();
  const batchId = newId();
  await insertBatch(trx, {
    id: batchId,
    region_code: regionCode,
    source_document: batchSourceDocument(rows),
    status: "draft",
    row_count: rows.length,
    created_by: args.actor.id,
    created_at: at,
    activated_by: null,
    activated_at: null,
  });
  await insertPrices(
    trx,
    rows.map((row) => toPriceRow(row, batchId, at)),
  );
  await recordAudit(
    trx,
    {
      actorId: args.actor.id,
      action: audit.action,
      entity: "guidance_price_batch",
      entityId: batchId,
      detail: { regionCode, rows: rows.length, ...audit.detail },
      requestId: args.requestId,
    },
    now,
  );
  return batchId;
}

/**
 * The edit form: one or more changed rows become a new draft batch, once per
 * submission key (a repeat answers with the first batch, `replayed`).
 */
export async function createGuidanceDraft(args: Common & { input: unknown; submissionKey: unknown }): Promise<CreateDraftResult> {
  const scope = guidanceManageScope(args.actor);
  if (scope.kind === "none") return fail("forbidden", "guidance.forbidden");
  const claimed = submissionClaim({ actorId: args.actor.id, form: "guidance_draft", key: args.submissionKey, content: args.input });
  if (!claimed.ok) return claimed;
  const parsed = draftBatchInput.safeParse(withoutBlanks(args.input));
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const rows = parsed.data.rows;
  return submitOnce<{ batchId: string; rowCount: number }>(args.db, claimed.claim, async (trx) => {
    const problems = await regionProblems(trx, scope, rows);
    const fieldErrors: FieldErrors = {};
    problems.forEach((problem, index) => {
      if (problem) addFieldError(fieldErrors, `rows[${index}].region_code`, message(problem));
    });
    if (hasErrors(fieldErrors)) return invalid(fieldErrors);
    const regionCode = await batchRegion(trx, rows);
    if (!regionCode) return invalid({}, [message("guidance.batch.mixedRegions")]);
    const batchId = await storeDraft(trx, args, rows, regionCode, { action: "guidance_batch.create", detail: { via: "form" } });
    return { ok: true, batchId, rowCount: rows.length };
  });
}

type ImportFailure = Failure & { rowErrors: RowError[] };

/**
 * A CSV file becomes a draft batch, or nothing: every row is checked (schema,
 * region exists, within the actor's jurisdiction, no key twice in the file)
 * and every problem is reported with its line before anything is written.
 * Once per submission key: a repeat of the same upload answers with the
 * first batch (`replayed`).
 */
export async function importGuidanceCsv(
  args: Common & { file: string | Uint8Array; fileName?: string | null; submissionKey: unknown },
): Promise<ImportResult> {
  const scope = guidanceManageScope(args.actor);
  if (scope.kind === "none") return { ...fail("forbidden", "guidance.forbidden"), rowErrors: [] };
  const claimed = submissionClaim({
    actorId: args.actor.id,
    form: "guidance_import",
    key: args.submissionKey,
    content: { file: args.file, fileName: args.fileName ?? null },
  });
  if (!claimed.ok) return { ...claimed, rowErrors: [] };
  const read = readGuidanceCsv(args.file, MAX_ROWS_PER_BATCH);
  if (!read.ok) return { ...invalid({}, read.fileErrors), rowErrors: [] };

  const errors = new Map<number, RowMessage[]>();
  const report = (line: number, message: RowMessage) => (errors.get(line) ?? errors.set(line, []).get(line)!).push(message);
  for (const e of read.rowErrors) e.messages.forEach((m) => report(e.line, m));

  const valid: Array<{ line: number; row: GuidancePriceRow }> = [];
  /** Rows refused for other columns whose region code is well-formed: its jurisdiction is checked too, in the same answer. */
  const otherwiseInvalid: Array<{ line: number; row: Pick<GuidancePriceRow, "region_code"> }> = [];
  for (const record of read.records) {
    const parsed = guidancePriceRow.safeParse(record.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
        // Quoted as the file writes it: a date column's cell is read rewritten (2027/13/01 as 2027-13-01).
        const value = column ? record.written[column as keyof typeof record.written] : undefined;
        report(record.line, { column, key: issue.message, ...(value !== undefined ? { value } : {}) });
      }
      const region = record.values.region_code;
      if (typeof region === "string" && /^\d{6}$/.test(region) && !parsed.error.issues.some((i) => i.path[0] === "region_code")) {
        otherwiseInvalid.push({ line: record.line, row: { region_code: region } });
      }
      continue;
    }
    valid.push({ line: record.line, row: parsed.data });
  }

  const firstLineOf = new Map<string, number>();
  for (const { line, row } of valid) {
    const key = priceKey(row);
    const first = firstLineOf.get(key);
    if (first === undefined) firstLineOf.set(key, line);
    else report(line, { key: "guidance.csv.duplicateOf", vars: { line: first } });
  }

  const result = await submitOnce<{ batchId: string; rowCount: number }, ImportFailure>(args.db, claimed.claim, async (trx) => {
    // Every row's region in one answer: an officer fixing the other columns is not sent back a second time for it.
    const checked = [...valid, ...otherwiseInvalid];
    const problems = await regionProblems(
      trx,
      scope,
      checked.map((v) => v.row),
    );
    problems.forEach((problem, i) => {
      if (problem) report(checked[i].line, { column: "region_code", key: problem, value: checked[i].row.region_code });
    });
    if (errors.size > 0) {
      const rowErrors = [...errors.entries()].sort(([a], [b]) => a - b).map(([line, messages]) => ({ line, messages }));
      return { ...invalid({}), rowErrors };
    }
    const rows = valid.map((v) => v.row);
    const regionCode = await batchRegion(trx, rows);
    if (!regionCode) return { ...invalid({}, [message("guidance.batch.mixedRegions")]), rowErrors: [] };
    const batchId = await storeDraft(trx, args, rows, regionCode, {
      action: "guidance_batch.import",
      detail: { via: "csv", fileName: args.fileName ?? null },
    });
    return { ok: true, batchId, rowCount: rows.length };
  });
  // A refusal of the key itself (used with another file) has no row errors.
  return result.ok || "rowErrors" in result ? result : { ...result, rowErrors: [] };
}

/** A batch the actor may change (a draft within their region), or why not; outside the region it is "not found". */
export async function changeableBatch(db: DB, actor: Actor, batchId: string): Promise<Result<{ batch: GuidancePriceBatch }>> {
  const scope = guidanceManageScope(actor);
  if (scope.kind === "none") return fail("forbidden", "guidance.forbidden");
  const batch = await findBatch(db, batchId);
  if (!batch || !coversRegion(scope, batch.region_code)) return fail("not_found", "guidance.batch.notFound");
  if (batch.status !== "draft") return fail("conflict", "guidance.batch.notDraft");
  return { ok: true, batch };
}

const notDraftAnyMore = () => new Refusal(fail("conflict", "guidance.batch.notDraft"));

/**
 * The single place a guidance-price batch takes effect, inside the caller's
 * transaction (the safe-change flow adds its re-evaluation run to it, so both
 * happen or neither): the batch becomes active, the active rows it replaces
 * become superseded, its rows become active and the audit row is written.
 * Throws a Refusal when the batch stopped being a draft meanwhile.
 */
export async function applyGuidanceBatch(
  trx: Transaction<Database>,
  args: {
    actor: Actor;
    batchId: string;
    now: Date;
    requestId?: string | null;
    /** The draft's version its preview showed: an edit since then refuses the activation (absent: any version). */
    version?: number;
  },
): Promise<{ batch: GuidancePriceBatch; activated: number; superseded: number }> {
  const { actor, batchId, now } = args;
  const at = now.toISOString();
  // The conditional update claims the batch: a concurrent activation or discard finds it no longer a draft, a
  // concurrent edit at another version than the one previewed.
  const claimed = await closeDraftBatch(trx, batchId, { status: "active", activated_by: actor.id, activated_at: at }, args.version);
  if (claimed !== 1) {
    const current = args.version !== undefined ? await findBatch(trx, batchId) : undefined;
    throw current?.status === "draft" ? new Refusal(fail("conflict", "guidance.batch.editedSincePreview")) : notDraftAnyMore();
  }
  const replaced = await listActiveReplacedBy(trx, batchId);
  const superseded = await supersedePrices(trx, replaced, at);
  const activated = await activateDraftPrices(trx, batchId);
  const batch = (await findBatch(trx, batchId))!;
  await recordAudit(
    trx,
    {
      actorId: actor.id,
      action: "guidance_batch.activate",
      entity: "guidance_price_batch",
      entityId: batchId,
      detail: { regionCode: batch.region_code, activated, superseded, supersededIds: replaced.map((r) => r.id) },
      requestId: args.requestId,
    },
    now,
  );
  return { batch, activated, superseded };
}

/** A draft that will not be used: the batch is marked discarded, its draft rows stay as the record of the proposal. */
export async function discardGuidanceBatch(args: Common & { batchId: string }): Promise<BatchChangeResult> {
  const { db, actor, batchId } = args;
  const now = args.now ?? new Date();
  const found = await changeableBatch(db, actor, batchId);
  if (!found.ok) return found;
  return transact(db, async (trx) => {
    const claimed = await closeDraftBatch(trx, batchId, { status: "discarded" });
    if (claimed !== 1) throw notDraftAnyMore();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "guidance_batch.discard",
        entity: "guidance_price_batch",
        entityId: batchId,
        detail: { regionCode: found.batch.region_code, rows: found.batch.row_count },
        requestId: args.requestId,
      },
      now,
    );
    const batch = (await findBatch(trx, batchId))!;
    return { ok: true as const, batch, activated: 0, superseded: 0 };
  });
}

/** The version an edit was made from: the edit form's hidden field. */
const editVersion = z.object({ version: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/**
 * An edit made from an older version than the draft's. When every version since was saved by the same officer (an
 * older tab of theirs, or one of two sendings of their own that raced), "someone else saved it" would send them
 * looking for a colleague: they are told it was theirs. Without the version it was made from, who is not known.
 */
async function staleDraft(trx: Transaction<Database>, batch: GuidancePriceBatch, actor: Actor, fromVersion: number | null): Promise<Refusal> {
  const since = fromVersion === null ? 0 : batch.version - fromVersion;
  const editors = since > 0 ? await lastDraftEditors(trx, batch.id, since) : [];
  const own = editors.length === since && since > 0 && editors.every((editor) => editor === actor.id);
  return new Refusal(fail("conflict", own ? "guidance.batch.staleOwn" : "guidance.batch.stale"));
}

/** A price row's content, as the draft stores it and as a form's row would store it: what makes two drafts' rows alike. */
const rowContent = (r: Pick<Insertable<GuidancePricesTable>, "region_code" | "nature" | "grade" | "age_band" | "category" | "base_price_fen" | "max_float_bp" | "effective_from" | "effective_to" | "source_document">) =>
  JSON.stringify([r.region_code, r.nature, r.grade, r.age_band, r.category, r.base_price_fen, r.max_float_bp, r.effective_from, r.effective_to ?? null, r.source_document]);

/**
 * Whether an edit made from `fromVersion` is the one edit the draft has had since: the draft is one version on and
 * holds exactly the posted rows (in any order). That is the same form posted twice (a double click without
 * JavaScript, a reload that posts again): its first sending saved it, so the second is answered as saved, not as
 * refused, and writes nothing more.
 */
async function savedAlready(trx: Transaction<Database>, batch: GuidancePriceBatch, fromVersion: number, input: unknown): Promise<boolean> {
  if (batch.status !== "draft" || batch.version !== fromVersion + 1) return false;
  const parsed = draftBatchInput.safeParse(withoutBlanks(input));
  if (!parsed.success || parsed.data.rows.length !== batch.row_count) return false;
  const posted = parsed.data.rows.map((row) => rowContent(toPriceRow(row, batch.id, ""))).sort();
  const stored = (await listBatchPrices(trx, batch.id)).map(rowContent).sort();
  return posted.length === stored.length && posted.every((row, i) => row === stored[i]);
}

/**
 * The edit of a draft batch, inside the caller's transaction (changes/guidance-change.server.ts, which also makes
 * the draft's stored previews stale in it): the draft's rows are replaced whole by the form's, checked as a new
 * draft's are (the same schema, region and jurisdiction, one region for the batch), and its version raised by one.
 * An edit made from another version than the draft's (another officer saved first) is refused, as is one of a batch
 * that is no longer a draft: an active batch never changes, a new batch replaces it. Outside the actor's region the
 * batch is "not found". Every refusal is thrown as a Refusal, so nothing of the edit is written. The same edit posted
 * again once its first sending is saved (savedAlready) is answered `repeated`, writing nothing.
 */
export async function replaceGuidanceDraft(
  trx: Transaction<Database>,
  args: { actor: Actor; batchId: string; input: unknown; now: Date; requestId?: string | null },
): Promise<{ batch: GuidancePriceBatch; rowCount: number; repeated?: true }> {
  const { actor, batchId, now } = args;
  const scope = guidanceManageScope(actor);
  if (scope.kind === "none") throw new Refusal(fail("forbidden", "guidance.forbidden"));
  const found = await findBatch(trx, batchId);
  if (!found || !coversRegion(scope, found.region_code)) throw new Refusal(fail("not_found", "guidance.batch.notFound"));
  if (found.status !== "draft") throw notDraftAnyMore();
  const version = editVersion.safeParse(args.input);
  // A post without the version it was made from cannot be told from one made from an older draft.
  if (!version.success) throw await staleDraft(trx, found, actor, null);
  const repeated = { batch: found, rowCount: found.row_count, repeated: true as const };
  if (version.data.version !== found.version) {
    if (await savedAlready(trx, found, version.data.version, args.input)) return repeated;
    throw await staleDraft(trx, found, actor, version.data.version);
  }
  const parsed = draftBatchInput.safeParse(withoutBlanks(args.input));
  if (!parsed.success) throw new Refusal(invalid(issuesToFieldErrors(parsed.error.issues)));
  const rows = parsed.data.rows;
  const problems = await regionProblems(trx, scope, rows);
  const fieldErrors: FieldErrors = {};
  problems.forEach((problem, index) => {
    if (problem) addFieldError(fieldErrors, `rows[${index}].region_code`, message(problem));
  });
  if (hasErrors(fieldErrors)) throw new Refusal(invalid(fieldErrors));
  const regionCode = await batchRegion(trx, rows);
  if (!regionCode) throw new Refusal(invalid({}, [message("guidance.batch.mixedRegions")]));
  const claimed = await bumpDraftBatch(trx, batchId, found.version, {
    region_code: regionCode,
    source_document: batchSourceDocument(rows),
    row_count: rows.length,
  });
  if (claimed !== 1) {
    // Activated or discarded meanwhile, or edited first by the same post sent twice (its first sending, in a
    // transaction of its own) or by someone else: say which.
    const now2 = await findBatch(trx, batchId);
    if (now2?.status !== "draft") throw notDraftAnyMore();
    if (await savedAlready(trx, now2, version.data.version, args.input)) return { batch: now2, rowCount: now2.row_count, repeated: true };
    throw await staleDraft(trx, now2, actor, version.data.version);
  }
  const previousRows = await deleteDraftPrices(trx, batchId);
  const at = now.toISOString();
  await insertPrices(
    trx,
    rows.map((row) => toPriceRow(row, batchId, at)),
  );
  const batch = (await findBatch(trx, batchId))!;
  await recordAudit(
    trx,
    {
      actorId: actor.id,
      action: "guidance_batch.edit",
      entity: "guidance_price_batch",
      entityId: batchId,
      detail: { regionCode, rows: rows.length, previousRows, version: batch.version },
      requestId: args.requestId,
    },
    now,
  );
  return { batch, rowCount: rows.length };
}
