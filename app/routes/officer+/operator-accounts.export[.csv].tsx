/**
 * The overview of the region's bookkeepers' accounts as CSV (`/officer/operator-accounts/export.csv`), with the page's
 * filters and order (the cursor ignored: every page), streamed chunk by chunk through csvStream (UTF-8 with a BOM, CRLF,
 * papaparse, formula-like cells escaped), at most OVERVIEW_EXPORT_MAX_ROWS kindergartens, in the reader's language;
 * audited once written (`user.export_operators`). Usernames and states, never display names. Same permission and scope
 * as the page.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { OVERVIEW_CSV_COLUMNS } from "~/domain/users/operator-account-overview.schema";
import { operatorAccountOverviewExport, recordOverviewExport, type OverviewAccount, type OverviewRow } from "~/domain/users/operator-account-overview.queries.server";
import { translate, type Lang } from "~/i18n";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "~/web/auth.server";
import { auditedCsvStream, csvResponse, type CsvCell } from "~/web/csv-stream.server";
import { getDb } from "~/web/db.server";
import { getLang } from "~/web/lang.server";
import { readOverviewQuery } from "~/web/operator-account-overview-query.server";

function accountWords(lang: Lang, a: OverviewAccount): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const words = [
    a.active ? t("users.status.active") : t("users.status.inactive"),
    a.active && a.mustChangePassword ? t("users.status.mustChange") : null,
    a.lastSignedInOn ? t("accountOverview.account.lastSignedIn", { day: a.lastSignedInOn }) : t("accountOverview.neverSignedIn"),
  ].filter(Boolean);
  return `${a.username}${lang === "en" ? ": " : "："}${words.join(lang === "en" ? ", " : "，")}`;
}

function cells(lang: Lang, r: OverviewRow): CsvCell[] {
  const byColumn: Record<(typeof OVERVIEW_CSV_COLUMNS)[number], CsvCell> = {
    uscc: r.uscc,
    approvedName: r.approvedName,
    region: r.regionName,
    kindergartenStatus: translate(lang, `rulesConfig.kg.status.${r.status}`),
    accounts: r.counts.total,
    activeAccounts: r.counts.active,
    neverSignedIn: r.counts.neverSignedIn,
    mustChange: r.counts.mustChange,
    deactivated: r.counts.deactivated,
    lastSignedInOn: r.lastSignedInOn ?? "",
    usernames: r.accounts.map((a) => accountWords(lang, a)).join(lang === "en" ? "; " : "；"),
  };
  return OVERVIEW_CSV_COLUMNS.map((c) => byColumn[c]);
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:operator-account:region", "manage:user:any");
  // The page's filters and order as the page reads them: what it could not read (or a region outside the scope) is left out.
  const { filters: asked } = readOverviewQuery(request);
  const db = getDb();
  const lang = await getLang(request);
  const requestId = context?.requestId as string | undefined;
  const { filters, chunks } = operatorAccountOverviewExport(db, actor, asked);
  const body = auditedCsvStream(
    OVERVIEW_CSV_COLUMNS.map((c) => translate(lang, `accountOverview.csv.${c}`)),
    chunks,
    (r) => cells(lang, r),
    (rows, complete) => recordOverviewExport({ db, actor, filters, rows, complete, requestId }),
    { what: "operator accounts export", requestId },
  );
  const name = `operator-accounts-${filters.region ?? actor.regionCode ?? "all"}-${shanghaiDate()}.csv`;
  return csvResponse(body, name);
}
