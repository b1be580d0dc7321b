/**
 * The case queue as a file (`/officer/cases/export.csv`, `export.xlsx`): the
 * queue's own query parameters (an invalid one, or a district outside the
 * actor's scope, is a 400: an export must not hold other cases than were
 * asked for), `export:case:region` or `export:case:any`,
 * and the rows streamed as the domain reads them, chunk by chunk (keyset,
 * EXPORT_CHUNK_ROWS at a time, EXPORT_MAX_ROWS at most), never the whole
 * result in memory:
 *
 * - CSV: through csvStream (csv-stream.server.ts): UTF-8 with a BOM, CRLF
 *   lines, papaparse per chunk, formula-like cells escaped;
 * - XLSX: through xlsxStream (xlsx-stream.server.ts): exceljs's streaming
 *   writer, identifiers as text cells, the writer waiting for the client.
 *
 * The columns: the case as the queue shows it (its deadline's days left or
 * overdue in the page's words, caseDueWords), then its decision in the
 * export's language (kind, date, legal basis, the penalty article, its document
 * number (a penalty's decision number, or the notice number another decision's
 * notice was drawn under),
 * a penalty's kind (fine or warning), amount, families, the order's date, the
 * authority referred to) and when it
 * was closed. A case no rule opened (complaints, spot checks) is named by its
 * source in the rule column, not by its internal id.
 *
 * Once the file is written (or the client broke off), one audit row
 * `case.export` with the filters, the format and the row count.
 */
import { caseDueWords } from "~/components/case-due";
import type { ExportFormat } from "~/domain/audit/list-export.server";
import { caseExportChunks, recordCaseExport, type QueueRow } from "~/domain/cases/case-queue.server";
import { readQueueQuery } from "~/domain/cases/case-queue.schema";
import { caseRuleIds } from "~/domain/cases/case.queries.server";
import { RULELESS_CASE_SOURCES } from "~/domain/cases/case-sources";
import { sanctionOf } from "~/domain/cases/case-work.schema";
import { translate, type Lang } from "~/i18n";
import { formatTerm } from "~/utils/term";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "./auth.server";
import { getDb } from "./db.server";
import { getLang } from "./lang.server";
import { listFileResponse, type ListColumn } from "./list-file.server";
import { getRulesRuntime } from "./rules.server";

/** A field of the decision's detail (case-work.server.ts planDecision), if it is of the type it is stored as. */
const detailText = (r: QueueRow, field: string) => (typeof r.decision?.detail[field] === "string" ? (r.decision.detail[field] as string) : "");
const detailNumber = (r: QueueRow, field: string) => (typeof r.decision?.detail[field] === "number" ? (r.decision.detail[field] as number) : null);

/** The columns of an export on the officer's day `today`: header key, width in the sheet, and the cell of a row. */
function columns(lang: Lang, today: string): Array<ListColumn<QueueRow>> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const text = lang === "en" ? "en" : "zh";
  return [
    { header: t("queue.export.id"), width: 28, cell: (r) => r.id },
    { header: t("queue.kindergarten"), width: 30, cell: (r) => r.kindergartenName },
    { header: t("case.uscc"), width: 20, cell: (r) => r.uscc },
    { header: t("queue.region"), width: 10, cell: (r) => r.regionName },
    // A case no rule opened is named by its source ("投诉举报", "双随机抽查"), not by its internal id.
    { header: t("queue.rule"), width: 12, cell: (r) => (Object.hasOwn(RULELESS_CASE_SOURCES, r.ruleId) ? t(`case.source.${RULELESS_CASE_SOURCES[r.ruleId]}`) : r.ruleId) },
    { header: t("queue.export.ruleTitle"), width: 30, cell: (r) => r.ruleTitle?.[text] ?? "" },
    { header: t("case.term"), width: 16, cell: (r) => formatTerm(r.term, lang) },
    { header: t("queue.severity"), width: 8, cell: (r) => t(`severity.${r.severity}`) },
    { header: t("fees.status"), width: 14, cell: (r) => t(`case.status.${r.status}`) },
    { header: t("queue.source"), width: 12, cell: (r) => t(`case.source.${r.source}`) },
    { header: t("case.assignee"), width: 20, cell: (r) => r.assigneeName ?? t("case.unassigned") },
    { header: t("queue.opened"), width: 12, cell: (r) => r.openedAt.slice(0, 10) },
    { header: t("queue.due"), width: 12, cell: (r) => r.due?.dueOn ?? "" },
    { header: t("queue.export.dueKind"), width: 16, cell: (r) => (r.due ? t(`case.clock.${r.due.kind}`).replace(/（.*$|\s\(.*$/, "") : "") },
    // The queue's own words (caseDueWords), not a count: a case overdue by date with no working day since (the
    // weekend after a Friday deadline) has 0 working days left, and a 0 there read as "not overdue".
    { header: t("queue.export.daysLeft"), width: 16, cell: (r) => (r.due ? caseDueWords(t, today, r.due).words : "") },
    { header: t("queue.export.dayUnit"), width: 10, cell: (r) => (r.due ? t(`queue.export.unit.${r.due.unit}`) : "") },
    { header: t("queue.export.dueState"), width: 10, cell: (r) => (r.due ? t(r.dueState === "ok" ? "queue.dueState.ok" : `case.dueState.${r.dueState}`) : "") },
    { header: t("queue.export.escalatedAt"), width: 12, cell: (r) => r.escalatedAt?.slice(0, 10) ?? "" },
    { header: t("case.decision"), width: 20, cell: (r) => (r.decision ? t(`case.decisionKind.${r.decision.kind}`) : "") },
    // A penalty's own date (the decision document's), as the published case gives it; otherwise the day it was recorded.
    { header: t("queue.export.decidedOn"), width: 12, cell: (r) => (r.decision ? detailText(r, "decisionDate") || (r.decision.decidedOn ?? "") : "") },
    { header: t("case.field.basis"), width: 40, cell: (r) => (r.decision?.basis ? t(`case.basis.${r.decision.basis}`) : "") },
    { header: t("case.field.article"), width: 30, cell: (r) => (detailText(r, "article") ? t("case.decision.article", { article: t(`case.article.${detailText(r, "article")}`) }) : "") },
    // The decision's document number as the case page shows it (文书编号): a penalty's own decision number, or the
    // number an order's or another decision's notice was drawn from its authority's series (责改, 责退 …).
    { header: t("notice.numberLabel"), width: 24, cell: (r) => detailText(r, "documentNo") || detailText(r, "noticeNo") },
    // A penalty's kind, which says what its amount is: a fine, or with a warning the illegal gains confiscated (or none).
    { header: t("queue.export.sanction"), width: 10, cell: (r) => (r.decision && sanctionOf(r.decision.kind, r.decision.detail) ? t(`case.sanction.${sanctionOf(r.decision.kind, r.decision.detail)}`) : "") },
    // Yuan as a number (a refund's total, a fine, or the illegal gains confiscated), so a sheet sums it; empty when none.
    { header: t("queue.export.amount"), width: 14, cell: (r) => (detailNumber(r, "amountFen") === null ? "" : detailNumber(r, "amountFen")! / 100) },
    { header: t("case.field.families"), width: 10, cell: (r) => detailNumber(r, "families") ?? "" },
    { header: t("case.field.byDate"), width: 12, cell: (r) => detailText(r, "byDate") },
    { header: t("case.field.authority"), width: 20, cell: (r) => detailText(r, "authority") },
    { header: t("queue.export.closedOn"), width: 12, cell: (r) => r.closedOn ?? "" },
  ];
}

/** The loader of an export route: the file of the queue under the URL's filters, as of `now`. */
export async function caseExportResponse(request: Request, format: ExportFormat, requestId?: string | null, now: Date = new Date()): Promise<Response> {
  const actor = await requireActor(request, "export:case:region", "export:case:any");
  const { filters, ignored } = readQueueQuery(new URL(request.url).searchParams, caseRuleIds(getRulesRuntime().library));
  const refuse = (names: readonly string[]) =>
    new Response(`查询参数无效 · Malformed query parameter: ${names.join(", ")}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (ignored.length > 0) throw refuse(ignored);
  const db = getDb();
  // One instant for the rows' days left, the words read from them and the file's name.
  const today = shanghaiDate(now);
  const exported = await caseExportChunks(db, actor, filters, now);
  // A district outside the actor's scope is invalid as a malformed parameter is: the file would hold other cases.
  if (!exported.ok) throw exported.kind === "invalid" ? refuse(Object.keys(exported.fieldErrors)) : new Response("Forbidden", { status: 403 });
  const lang = await getLang(request);
  // The officer's day (Asia/Shanghai): an export at 07:00 in Beijing is of that day, not of UTC's day before.
  return listFileResponse(format, {
    name: `cases-${today}`,
    sheet: translate(lang, "queue.title"),
    columns: columns(lang, today),
    chunks: exported.chunks,
    record: (rows, complete) => recordCaseExport({ db, actor, filters, format, rows, complete, requestId }),
    what: "case export",
    requestId,
  });
}
