/**
 * An officer's file of a list in the audit log (the case queue's, the account review queue's, the complaint queue's,
 * the bookkeepers' accounts overview's), written once the file was sent whole or broke off: who, for which district,
 * under which filters, how many rows, whether the row cap cut it. One shape, so the log reads every export alike.
 */
import type { DB } from "~/db/client";
import type { AuditAction, AuditEntity } from "./audit-actions";
import type { AuditDetail } from "./audit-details";
import { recordAudit } from "./audit.server";

/** The file's format: CSV, or an Excel workbook whose identifiers stay text (a USCC is no number there). */
export type ExportFormat = "csv" | "xlsx";

/** What the route knows once its file is done. */
export interface ListExportDone {
  db: DB;
  /** The officer or administrator (users/ imports audit/, so the actor by the fields read here). */
  actor: { id: string; regionCode: string | null };
  rows: number;
  complete: boolean;
  requestId?: string | null;
  now?: Date;
}

export function recordListExport(done: ListExportDone, what: { action: AuditAction; entity: AuditEntity; maxRows: number; detail: AuditDetail }): Promise<void> {
  const { db, actor, rows, complete, requestId, now } = done;
  return recordAudit(
    db,
    {
      actorId: actor.id,
      action: what.action,
      entity: what.entity,
      entityId: actor.regionCode ?? "*",
      detail: { ...what.detail, rows, limited: rows >= what.maxRows, complete },
      requestId,
    },
    now,
  );
}
