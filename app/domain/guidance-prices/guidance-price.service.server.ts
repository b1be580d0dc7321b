/**
 * Changing guidance prices. Owns their lifecycle: every change (a form edit
 * or a CSV import) becomes a DRAFT batch whose rows are status 'draft'; a
 * draft is either discarded or activated. Activation is the single place
 * where prices take effect: in one transaction the batch becomes active, its
 * rows become active and the active rows with the same key (region, nature,
 * grade, age band, category) become 'superseded' with superseded_at. Nothing
 * is deleted or edited in place, so the history of every key stays readable.
 * An import is all-or-nothing: every bad row is reported, and the batch is
 * created only when the whole file is valid. Every change writes an audit row
 * in its own transaction.
 */
import { ulid } from "ulid";
import type { Insertable, Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database, GuidancePriceBatch, GuidancePricesTable } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import type { Actor } from "~/domain/users/actor";
import { readGuidanceCsv, type Message } from "./guidance-price.csv.server";
import {
  activateDraftPrices,
  closeDraftBatch,
  findBatch,
  findExistingRegionCodes,
  insertBatch,
  insertPrices,
  listActiveReplacedBy,
  supersedePrices,
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

export type FieldErrors = Record<string, string[]>;

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

export type CreateDraftResult =
  | { ok: true; batchId: string; rowCount: number }
  | { ok: false; status: 400 | 403; fieldErrors: FieldErrors; formErrors: string[] };

export type ImportResult =
  | { ok: true; batchId: string; rowCount: number }
  | { ok: false; status: 400 | 403; fileErrors: Message[]; rowErrors: RowError[] };

export type BatchChangeResult =
  | { ok: true; batch: GuidancePriceBatch; activated: number; superseded: number }
  | { ok: false; status: 403 | 404 | 409; error: string };

export type AfterActivate = (trx: Transaction<Database>, batch: GuidancePriceBatch) => Promise<void>;

interface Common {
  db: DB;
  actor: Actor;
  now?: Date;
  requestId?: string | null;
}

/** zod path ["rows", 0, "grade"] → conform field name "rows[0].grade". */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((name, part) => {
    if (typeof part === "number") return `${name}[${part}]`;
    return name ? `${name}.${String(part)}` : String(part);
  }, "");
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
async function regionProblems(db: DB, scope: RegionScope, rows: readonly GuidancePriceRow[]): Promise<Array<string | null>> {
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
async function batchRegion(db: DB, rows: readonly GuidancePriceRow[]): Promise<string | null> {
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
    id: ulid(),
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

async function storeDraft(
  args: Common,
  rows: readonly GuidancePriceRow[],
  regionCode: string,
  audit: { action: string; detail: Record<string, unknown> },
): Promise<string> {
  const now = args.now ?? new Date();
  const at = now.toISOString();
  const batchId = ulid();
  await args.db.transaction().execute(async (trx) => {
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
  });
  return batchId;
}

/** The edit form: one or more changed rows become a new draft batch. */
export async function createGuidanceDraft(args: Common & { input: unknown }): Promise<CreateDraftResult> {
  const scope = guidanceManageScope(args.actor);
  if (scope.kind === "none") return { ok: false, status: 403, fieldErrors: {}, formErrors: ["guidance.forbidden"] };
  const parsed = draftBatchInput.safeParse(withoutBlanks(args.input));
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[fieldName(issue.path) || "form"] ??= []).push(issue.message);
    return { ok: false, status: 400, fieldErrors, formErrors: [] };
  }
  const rows = parsed.data.rows;
  const problems = await regionProblems(args.db, scope, rows);
  const fieldErrors: FieldErrors = {};
  problems.forEach((problem, index) => {
    if (problem) (fieldErrors[`rows[${index}].region_code`] ??= []).push(problem);
  });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, status: 400, fieldErrors, formErrors: [] };
  const regionCode = await batchRegion(args.db, rows);
  if (!regionCode) return { ok: false, status: 400, fieldErrors: {}, formErrors: ["guidance.batch.mixedRegions"] };
  const batchId = await storeDraft(args, rows, regionCode, { action: "guidance_batch.create", detail: { via: "form" } });
  return { ok: true, batchId, rowCount: rows.length };
}

/**
 * A CSV file becomes a draft batch, or nothing: every row is checked (schema,
 * region exists, within the actor's jurisdiction, no key twice in the file)
 * and every problem is reported with its line before anything is written.
 */
export async function importGuidanceCsv(
  args: Common & { file: string | Uint8Array; fileName?: string | null },
): Promise<ImportResult> {
  const scope = guidanceManageScope(args.actor);
  if (scope.kind === "none") return { ok: false, status: 403, fileErrors: [{ key: "guidance.forbidden" }], rowErrors: [] };
  const read = readGuidanceCsv(args.file, MAX_ROWS_PER_BATCH);
  if (!read.ok) return { ok: false, status: 400, fileErrors: read.fileErrors, rowErrors: [] };

  const errors = new Map<number, RowMessage[]>();
  const report = (line: number, message: RowMessage) => (errors.get(line) ?? errors.set(line, []).get(line)!).push(message);
  for (const e of read.rowErrors) e.messages.forEach((m) => report(e.line, m));

  const valid: Array<{ line: number; row: GuidancePriceRow }> = [];
  for (const record of read.records) {
    const parsed = guidancePriceRow.safeParse(record.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
        const value = column ? record.values[column as keyof typeof record.values] : undefined;
        report(record.line, { column, key: issue.message, ...(value !== undefined ? { value } : {}) });
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
  const problems = await regionProblems(
    args.db,
    scope,
    valid.map((v) => v.row),
  );
  problems.forEach((problem, i) => {
    if (problem) report(valid[i].line, { column: "region_code", key: problem, value: valid[i].row.region_code });
  });

  if (errors.size > 0) {
    const rowErrors = [...errors.entries()].sort(([a], [b]) => a - b).map(([line, messages]) => ({ line, messages }));
    return { ok: false, status: 400, fileErrors: [], rowErrors };
  }
  const rows = valid.map((v) => v.row);
  const regionCode = await batchRegion(args.db, rows);
  if (!regionCode) return { ok: false, status: 400, fileErrors: [{ key: "guidance.batch.mixedRegions" }], rowErrors: [] };
  const batchId = await storeDraft(args, rows, regionCode, {
    action: "guidance_batch.import",
    detail: { via: "csv", fileName: args.fileName ?? null },
  });
  return { ok: true, batchId, rowCount: rows.length };
}

/** Loads a batch the actor may change, or says why not. */
async function changeableBatch(
  db: DB,
  actor: Actor,
  batchId: string,
): Promise<{ ok: true; batch: GuidancePriceBatch } | { ok: false; status: 403 | 404 | 409; error: string }> {
  const scope = guidanceManageScope(actor);
  if (scope.kind === "none") return { ok: false, status: 403, error: "guidance.forbidden" };
  const batch = await findBatch(db, batchId);
  // A batch outside the actor's jurisdiction is "not found" for them, as cases are.
  if (!batch || !coversRegion(scope, batch.region_code)) return { ok: false, status: 404, error: "guidance.batch.notFound" };
  if (batch.status !== "draft") return { ok: false, status: 409, error: "guidance.batch.notDraft" };
  return { ok: true, batch };
}

/**
 * The single place a guidance-price batch takes effect. In one transaction:
 * the batch becomes active, the active rows it replaces become superseded,
 * its rows become active, the audit row is written and `afterActivate` runs
 * (the re-evaluation enqueues its outbox row there, so it happens exactly
 * when the activation does, or not at all).
 */
export async function activateGuidanceBatch(
  args: Common & { batchId: string; afterActivate?: AfterActivate },
): Promise<BatchChangeResult> {
  const { db, actor, batchId } = args;
  const now = args.now ?? new Date();
  const at = now.toISOString();
  const found = await changeableBatch(db, actor, batchId);
  if (!found.ok) return found;
  try {
    return await db.transaction().execute(async (trx) => {
      // The conditional update claims the batch: a concurrent activation or discard finds it no longer a draft.
      const claimed = await closeDraftBatch(trx, batchId, { status: "active", activated_by: actor.id, activated_at: at });
      if (claimed !== 1) throw new BatchConflict();
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
      if (args.afterActivate) await args.afterActivate(trx, batch);
      return { ok: true as const, batch, activated, superseded };
    });
  } catch (err) {
    if (err instanceof BatchConflict) return { ok: false, status: 409, error: "guidance.batch.notDraft" };
    throw err;
  }
}

/** A draft that will not be used: the batch is marked discarded, its draft rows stay as the record of the proposal. */
export async function discardGuidanceBatch(args: Common & { batchId: string }): Promise<BatchChangeResult> {
  const { db, actor, batchId } = args;
  const now = args.now ?? new Date();
  const found = await changeableBatch(db, actor, batchId);
  if (!found.ok) return found;
  try {
    return await db.transaction().execute(async (trx) => {
      const claimed = await closeDraftBatch(trx, batchId, { status: "discarded" });
      if (claimed !== 1) throw new BatchConflict();
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
  } catch (err) {
    if (err instanceof BatchConflict) return { ok: false, status: 409, error: "guidance.batch.notDraft" };
    throw err;
  }
}

class BatchConflict extends Error {
  constructor() {
    super("guidance batch is no longer a draft");
  }
}
