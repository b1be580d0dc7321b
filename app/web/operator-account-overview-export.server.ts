/**
 * The overview of the region's bookkeepers' accounts as a file (`/officer/operator-accounts/export.csv`, `export.xlsx`),
 * with the page's filters and order (the cursor ignored: every page), streamed chunk by chunk (list-file.server.ts: CSV
 * with a BOM, CRLF, formula-like cells escaped, or a workbook whose USCCs are text cells), at most
 * OVERVIEW_EXPORT_MAX_ROWS kindergartens, in the reader's language; audited once written (`user.export_operators`, with
 * its format). Usernames and states, never display names. Same permission and scope as the page.
 */
import type { ExportFormat } from "~/domain/audit/list-export.server";
import { OVERVIEW_CSV_COLUMNS } from "~/domain/users/operator-account-overview.schema";
import { operatorAccountOverviewExport, recordOverviewExport, type OverviewAccount, type OverviewRow } from "~/domain/users/operator-account-overview.queries.server";
import { translate, type Lang } from "~/i18n";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "./auth.server";
import type { CsvCell } from "./csv-stream.server";
import { getDb } from "./db.server";
import { getLang } from "./lang.server";
import { listFileResponse } from "./list-file.server";
import { readOverviewQuery } from "./operator-account-overview-query.server";

type Column = (typeof OVERVIEW_CSV_COLUMNS)[number];

function accountWords(lang: Lang, a: OverviewAccount): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const words = [
    a.active ? t("users.status.active") : t("users.status.inactive"),
    a.active && a.mustChangePassword ? t("users.status.mustChange") : null,
    a.lastSignedInOn ? t("accountOverview.account.lastSignedIn", { day: a.lastSignedInOn }) : t("accountOverview.neverSignedIn"),
  ].filter(Boolean);
  return `${a.username}${lang === "en" ? ": " : "："}${words.join(lang === "en" ? ", " : "，")}`;
}

/** Widths in the workbook (characters). */
const WIDTHS: Record<Column, number> = {
  uscc: 20,
  approvedName: 30,
  region: 10,
  kindergartenStatus: 10,
  accounts: 8,
  activeAccounts: 8,
  neverSignedIn: 8,
  mustChange: 8,
  deactivated: 8,
  lastSignedInOn: 12,
  usernames: 60,
};

function columns(lang: Lang) {
  const cell: Record<Column, (r: OverviewRow) => CsvCell> = {
    uscc: (r) => r.uscc,
    approvedName: (r) => r.approvedName,
    region: (r) => r.regionName,
    kindergartenStatus: (r) => translate(lang, `rulesConfig.kg.status.${r.status}`),
    accounts: (r) => r.counts.total,
    activeAccounts: (r) => r.counts.active,
    neverSignedIn: (r) => r.counts.neverSignedIn,
    mustChange: (r) => r.counts.mustChange,
    deactivated: (r) => r.counts.deactivated,
    lastSignedInOn: (r) => r.lastSignedInOn ?? "",
    usernames: (r) => r.accounts.map((a) => accountWords(lang, a)).join(lang === "en" ? "; " : "；"),
  };
  return OVERVIEW_CSV_COLUMNS.map((c) => ({ header: translate(lang, `accountOverview.csv.${c}`), width: WIDTHS[c], cell: cell[c] }));
}

/** The loader of an export route, in `format`. */
export async function operatorAccountOverviewExportResponse(request: Request, format: ExportFormat, requestId?: string): Promise<Response> {
  const actor = await requireActor(request, "manage:operator-account:region", "manage:user:any");
  // The page's filters and order as the page reads them: what it could not read (or a region outside the scope) is left out.
  const { filters: asked } = readOverviewQuery(request);
  const db = getDb();
  const lang = await getLang(request);
  const { filters, chunks } = operatorAccountOverviewExport(db, actor, asked);
  return listFileResponse(format, {
    name: `operator-accounts-${filters.region ?? actor.regionCode ?? "all"}-${shanghaiDate()}`,
    sheet: translate(lang, "accountOverview.sheet"),
    columns: columns(lang),
    chunks,
    record: (rows, complete) => recordOverviewExport({ db, actor, filters, format, rows, complete, requestId }),
    what: "operator accounts export",
    requestId,
  });
}
