/**
 * The education office's account review queue as CSV (`/officer/accounts/export.csv`): the page's tab and search
 * (readAccountQueueQuery; the cursor ignored: every page), in the page's order, streamed chunk by chunk through
 * csvStream (UTF-8 with a BOM, CRLF, papaparse, formula-like cells escaped), at most ACCOUNT_EXPORT_MAX_ROWS filings,
 * in the reader's language; audited once written (`account.export`). Same permission and district as the page; a
 * parameter the page would leave out, or a search it refuses, is a 400 here: the file must hold what was asked for.
 * The account is named by its last four digits, as every other account message names it, never the whole number.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { accountQueueExport, recordAccountQueueExport, type QueueRow } from "~/domain/fee-accounts/fee-account.queries.server";
import type { QueueStatus } from "~/domain/fee-accounts/fee-account.schema";
import { translate, type Lang } from "~/i18n";
import { shanghaiDate } from "~/utils/working-days";
import { readAccountQueueQuery } from "~/web/account-queue-query.server";
import { requireActor } from "~/web/auth.server";
import { auditedCsvStream, csvResponse, type CsvCell } from "~/web/csv-stream.server";
import { getDb } from "~/web/db.server";
import { getLang } from "~/web/lang.server";
import { malformedQuery } from "~/web/query.server";

/** An instant's day in Shanghai (YYYY-MM-DD): a filing at 07:00 in Beijing is of that day, not UTC's day before. */
const dayOf = (instant: string) => shanghaiDate(new Date(instant));

/** The columns: header message and cell, the page's columns first (approvedName … flag), then what a sheet needs. */
function columns(lang: Lang, status: QueueStatus): Array<{ header: string; cell: (r: QueueRow) => CsvCell }> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const approval = (a: QueueRow["approval"]): string => {
    if (!a) return "";
    if (a.kind === "replaces") return t("account.queue.approval.replaces", { last4: a.replacesLast4, to: a.endsOn });
    if (a.kind === "blocked") return t("account.queue.approval.blocked", { later: a.laterFrom });
    return t(`account.queue.approval.${a.kind}`);
  };
  return [
    { header: t("account.export.id"), cell: (r) => r.id },
    { header: t("account.export.approvedName"), cell: (r) => r.approvedName },
    { header: t("account.export.nameInUse"), cell: (r) => r.kindergartenName ?? "" },
    { header: t("account.export.uscc"), cell: (r) => r.uscc },
    { header: t("account.queue.region"), cell: (r) => r.regionName },
    { header: t("account.bankName"), cell: (r) => r.bankName },
    { header: t("account.accountName"), cell: (r) => r.accountName },
    { header: t("account.export.last4"), cell: (r) => r.accountLast4 },
    { header: t("account.status"), cell: () => t(`account.status.${status}`) },
    { header: t("account.effectiveFrom"), cell: (r) => r.effectiveFrom },
    { header: t("account.effectiveTo"), cell: (r) => r.effectiveTo ?? "" },
    { header: t("account.export.filedOn"), cell: (r) => dayOf(r.filedAt) },
    { header: t("account.export.reviewedOn"), cell: (r) => (r.reviewedAt ? dayOf(r.reviewedAt) : "") },
    { header: t("account.reviewedBy"), cell: (r) => r.reviewedBy ?? "" },
    { header: t("account.queue.flag"), cell: (r) => (r.flagged ? t(`severity.${r.flagged}`) : "") },
    { header: t("account.export.flaggedRules"), cell: (r) => r.flaggedRules.join(lang === "en" ? ", " : "、") },
    // What approving does, as the pending tab says it; empty on the other tabs.
    { header: t("account.queue.approval"), cell: (r) => approval(r.approval) },
  ];
}

export async function loader({ request, context }: LoaderFunctionArgs) {
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
  const requestId = context?.requestId as string | undefined;
  const cols = columns(lang, status);
  const body = auditedCsvStream(
    cols.map((c) => c.header),
    exported.chunks,
    (r) => cols.map((c) => c.cell(r)),
    (rows, complete) => recordAccountQueueExport({ db, actor, filters: { status, ...(q ? { q } : {}) }, rows, complete, requestId }),
    { what: "account queue export", requestId },
  );
  return csvResponse(body, `account-filings-${status}-${actor.regionCode ?? "all"}-${shanghaiDate(now)}.csv`);
}
