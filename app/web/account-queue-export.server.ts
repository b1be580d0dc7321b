/**
 * The education office's account review queue as a file (`/officer/accounts/export.csv`, `export.xlsx`): the page's
 * tab and search (readAccountQueueQuery; the cursor ignored: every page), in the page's order, streamed chunk by chunk
 * (list-file.server.ts: CSV with a BOM and formula-like cells escaped, or a workbook whose identifiers are text cells),
 * at most ACCOUNT_EXPORT_MAX_ROWS filings, in the reader's language; audited once written (`account.export`, with its
 * format). Same permission and district as the page; a parameter the page would leave out, or a search it refuses, is
 * a 400 here: the file must hold what was asked for. The account is named by its last four digits, as every other
 * account message names it, never the whole number.
 */
import { accountQueueExport, recordAccountQueueExport, type QueueRow } from "~/domain/fee-accounts/fee-account.queries.server";
import type { ExportFormat } from "~/domain/audit/list-export.server";
import type { QueueStatus } from "~/domain/fee-accounts/fee-account.schema";
import { translate, type Lang } from "~/i18n";
import { shanghaiDate } from "~/utils/working-days";
import { readAccountQueueQuery } from "./account-queue-query.server";
import { requireActor } from "./auth.server";
import { getDb } from "./db.server";
import { getLang } from "./lang.server";
import { listFileResponse, type ListColumn } from "./list-file.server";
import { malformedQuery } from "./query.server";

/** An instant's day in Shanghai (YYYY-MM-DD): a filing at 07:00 in Beijing is of that day, not UTC's day before. */
const dayOf = (instant: string) => shanghaiDate(new Date(instant));

/** The columns: header message, width in the workbook and cell, the page's columns first (approvedName … flag), then what a sheet needs. */
function columns(lang: Lang, status: QueueStatus): Array<ListColumn<QueueRow>> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const approval = (a: QueueRow["approval"]): string => {
    if (!a) return "";
    if (a.kind === "replaces") return t("account.queue.approval.replaces", { last4: a.replacesLast4, to: a.endsOn });
    if (a.kind === "blocked") return t("account.queue.approval.blocked", { later: a.laterFrom });
    return t(`account.queue.approval.${a.kind}`);
  };
  return [
    { header: t("account.export.id"), width: 28, cell: (r) => r.id },
    { header: t("account.export.approvedName"), width: 30, cell: (r) => r.approvedName },
    { header: t("account.export.nameInUse"), width: 30, cell: (r) => r.kindergartenName ?? "" },
    { header: t("account.export.uscc"), width: 20, cell: (r) => r.uscc },
    { header: t("account.queue.region"), width: 10, cell: (r) => r.regionName },
    { header: t("account.bankName"), width: 24, cell: (r) => r.bankName },
    { header: t("account.accountName"), width: 30, cell: (r) => r.accountName },
    { header: t("account.export.last4"), width: 10, cell: (r) => r.accountLast4 },
    { header: t("account.status"), width: 10, cell: () => t(`account.status.${status}`) },
    { header: t("account.effectiveFrom"), width: 12, cell: (r) => r.effectiveFrom },
    { header: t("account.effectiveTo"), width: 12, cell: (r) => r.effectiveTo ?? "" },
    { header: t("account.export.filedOn"), width: 12, cell: (r) => dayOf(r.filedAt) },
    { header: t("account.export.reviewedOn"), width: 12, cell: (r) => (r.reviewedAt ? dayOf(r.reviewedAt) : "") },
    { header: t("account.reviewedBy"), width: 16, cell: (r) => r.reviewedBy ?? "" },
    { header: t("account.queue.flag"), width: 8, cell: (r) => (r.flagged ? t(`severity.${r.flagged}`) : "") },
    { header: t("account.export.flaggedRules"), width: 16, cell: (r) => r.flaggedRules.join(lang === "en" ? ", " : "、") },
    // What approving does, as the pending tab says it; empty on the other tabs.
    { header: t("account.queue.approval"), width: 40, cell: (r) => approval(r.approval) },
  ];
}

/** The loader of an export route, in `format`. */
export async function accountQueueExportResponse(request: Request, format: ExportFormat, requestId?: string): Promise<Response> {
  const actor = await requireActor(request, "read:account:region", "read:account:any");
  const { filters, ignored } = readAccountQueueQuery(request);
  if (ignored.length > 0) throw malformedQuery(ignored);
  const { status, q } = filters;
  const db = getDb();
  const now = new Date();
  const exported = await accountQueueExport(db, actor, { status, q }, now);
  if (!exported) throw new Response("Not found", { status: 404 });
  if (!exported.ok) throw malformedQuery(Object.keys(exported.fieldErrors));
  const lang = await getLang(request);
  return listFileResponse(format, {
    name: `account-filings-${status}-${actor.regionCode ?? "all"}-${shanghaiDate(now)}`,
    sheet: translate(lang, "account.queue.title"),
    columns: columns(lang, status),
    chunks: exported.chunks,
    record: (rows, complete) => recordAccountQueueExport({ db, actor, filters: { status, ...(q ? { q } : {}) }, format, rows, complete, requestId }),
    what: "account queue export",
    requestId,
  });
}
