/**
 * The complaint queue as CSV (`/officer/complaints/export.csv`): the page's filters (readComplaintQueueQuery; the
 * cursor ignored: every page), in the page's order, streamed chunk by chunk through csvStream (UTF-8 with a BOM, CRLF,
 * papaparse, formula-like cells escaped), at most COMPLAINT_EXPORT_MAX_ROWS complaints, in the reader's language;
 * audited once written (`complaint.export`). Same permission and district as the page; a parameter the page would
 * leave out, or a kindergarten search it refuses, is a 400 here: the file must hold what was asked for.
 *
 * What the page shows and no more of a person: the tracking number and the record's id, the kindergarten, the district, track and kind,
 * state, dates and the running deadline. Never the complainant's name, phone, address or narrative (PIPL: only what
 * the procedure needs; they stay on the complaint's own page, for the officer handling it). Complaints are handled by
 * the district's office, not assigned to an officer: the linked case (which is assigned) is named by its id.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { complaintDueWords } from "~/components/complaint-due";
import { complaintQueueExport, recordComplaintQueueExport, type QueueRow } from "~/domain/complaints/complaint-queue.queries.server";
import { translate, type Lang } from "~/i18n";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "~/web/auth.server";
import { readComplaintQueueQuery } from "~/web/complaint-queue-query.server";
import { auditedCsvStream, csvResponse, type CsvCell } from "~/web/csv-stream.server";
import { getDb } from "~/web/db.server";
import { getLang } from "~/web/lang.server";
import { malformedQuery } from "~/web/query.server";

/** The columns: header message and cell, the page's columns first, then what a sheet needs (dates as YYYY-MM-DD). */
function columns(lang: Lang): Array<{ header: string; cell: (r: QueueRow) => CsvCell }> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  return [
    { header: t("handling.queue.trackingNo"), cell: (r) => r.trackingNo },
    // The record's own id, as the complaint's page is addressed (/officer/complaints/<id>).
    { header: t("handling.export.id"), cell: (r) => r.id },
    { header: t("handling.queue.kindergarten"), cell: (r) => r.kindergartenName },
    { header: t("handling.export.uscc"), cell: (r) => r.uscc },
    { header: t("handling.queue.region"), cell: (r) => r.regionName },
    { header: t("handling.filter.track"), cell: (r) => t(`handling.trackName.${r.track}`) },
    { header: t("handling.filter.kind"), cell: (r) => t(`handling.kind.${r.kind}`) },
    { header: t("handling.filter.state"), cell: (r) => t(`handling.status.${r.status}`) },
    // The Shanghai day: a complaint at 07:00 in Beijing was received that day, not UTC's day before.
    { header: t("handling.export.receivedOn"), cell: (r) => shanghaiDate(new Date(r.receivedAt)) },
    { header: t("handling.export.dueKind"), cell: (r) => (r.deadline ? t(`handling.dueKind.${r.deadline.kind}`) : "") },
    { header: t("handling.export.dueOn"), cell: (r) => r.deadline?.dueOn ?? "" },
    { header: t("handling.export.dueWords"), cell: (r) => (r.deadline ? complaintDueWords(t, r.deadline) : "") },
    { header: t("handling.export.finishedOn"), cell: (r) => r.finishedOn ?? "" },
    { header: t("handling.export.caseId"), cell: (r) => r.caseId ?? "" },
  ];
}

export async function loader({ request, context }: LoaderFunctionArgs) {
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
  const requestId = context?.requestId as string | undefined;
  const cols = columns(lang);
  const body = auditedCsvStream(
    cols.map((c) => c.header),
    exported.chunks,
    (r) => cols.map((c) => c.cell(r)),
    (rows, complete) => recordComplaintQueueExport({ db, actor, filters, rows, complete, requestId }),
    { what: "complaint queue export", requestId },
  );
  return csvResponse(body, `complaints-${actor.regionCode ?? "all"}-${shanghaiDate(now)}.csv`);
}
