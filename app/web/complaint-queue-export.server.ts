/**
 * The complaint queue as a file (`/officer/complaints/export.csv`, `export.xlsx`): the page's filters
 * (readComplaintQueueQuery; the cursor ignored: every page), in the page's order, streamed chunk by chunk
 * (list-file.server.ts: CSV with a BOM and formula-like cells escaped, or a workbook whose identifiers are text cells),
 * at most COMPLAINT_EXPORT_MAX_ROWS complaints, in the reader's language; audited once written (`complaint.export`,
 * with its format). Same permission and district as the page; a parameter the page would leave out, or a kindergarten
 * search it refuses, is a 400 here: the file must hold what was asked for.
 *
 * What the page shows and no more of a person: the tracking number and the record's id, the kindergarten, the district, track and kind,
 * state, dates and the running deadline. Never the complainant's name, phone, address or narrative (PIPL: only what
 * the procedure needs; they stay on the complaint's own page, for the officer handling it). Complaints are handled by
 * the district's office, not assigned to an officer: the linked case (which is assigned) is named by its id.
 */
import { complaintDueWords } from "~/components/complaint-due";
import type { ExportFormat } from "~/domain/audit/list-export.server";
import { complaintQueueExport, recordComplaintQueueExport, type QueueRow } from "~/domain/complaints/complaint-queue.queries.server";
import { translate, type Lang } from "~/i18n";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "./auth.server";
import { readComplaintQueueQuery } from "./complaint-queue-query.server";
import { getDb } from "./db.server";
import { getLang } from "./lang.server";
import { listFileResponse, type ListColumn } from "./list-file.server";
import { malformedQuery } from "./query.server";

/** The columns: header message, width in the workbook and cell, the page's columns first, then what a sheet needs (dates as YYYY-MM-DD). */
function columns(lang: Lang): Array<ListColumn<QueueRow>> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  return [
    { header: t("handling.queue.trackingNo"), width: 18, cell: (r) => r.trackingNo },
    // The record's own id, as the complaint's page is addressed (/officer/complaints/<id>).
    { header: t("handling.export.id"), width: 28, cell: (r) => r.id },
    { header: t("handling.queue.kindergarten"), width: 30, cell: (r) => r.kindergartenName },
    { header: t("handling.export.uscc"), width: 20, cell: (r) => r.uscc },
    { header: t("handling.queue.region"), width: 10, cell: (r) => r.regionName },
    { header: t("handling.filter.track"), width: 8, cell: (r) => t(`handling.trackName.${r.track}`) },
    { header: t("handling.filter.kind"), width: 20, cell: (r) => t(`handling.kind.${r.kind}`) },
    { header: t("handling.filter.state"), width: 12, cell: (r) => t(`handling.status.${r.status}`) },
    // The Shanghai day: a complaint at 07:00 in Beijing was received that day, not UTC's day before.
    { header: t("handling.export.receivedOn"), width: 12, cell: (r) => shanghaiDate(new Date(r.receivedAt)) },
    { header: t("handling.export.dueKind"), width: 14, cell: (r) => (r.deadline ? t(`handling.dueKind.${r.deadline.kind}`) : "") },
    { header: t("handling.export.dueOn"), width: 12, cell: (r) => r.deadline?.dueOn ?? "" },
    { header: t("handling.export.dueWords"), width: 16, cell: (r) => (r.deadline ? complaintDueWords(t, r.deadline) : "") },
    { header: t("handling.export.finishedOn"), width: 12, cell: (r) => r.finishedOn ?? "" },
    { header: t("handling.export.caseId"), width: 28, cell: (r) => r.caseId ?? "" },
  ];
}

/** The loader of an export route, in `format`. */
export async function complaintQueueExportResponse(request: Request, format: ExportFormat, requestId?: string): Promise<Response> {
  const actor = await requireActor(request, "read:complaint:region", "read:complaint:any");
  const { filters: asked, ignored } = readComplaintQueueQuery(request);
  if (ignored.length > 0) throw malformedQuery(ignored);
  const { after: _after, before: _before, ...filters } = asked;
  const db = getDb();
  const now = new Date();
  const exported = await complaintQueueExport(db, actor, filters, now);
  if (!exported) throw new Response("Not found", { status: 404 });
  if (!exported.ok) throw malformedQuery(Object.keys(exported.fieldErrors));
  const lang = await getLang(request);
  return listFileResponse(format, {
    name: `complaints-${actor.regionCode ?? "all"}-${shanghaiDate(now)}`,
    sheet: translate(lang, "handling.queue.title"),
    columns: columns(lang),
    chunks: exported.chunks,
    record: (rows, complete) => recordComplaintQueueExport({ db, actor, filters, format, rows, complete, requestId }),
    what: "complaint queue export",
    requestId,
  });
}
