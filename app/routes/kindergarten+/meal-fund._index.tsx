/** The operator's meal-fund months (学前教育法 Art. 69 ¶1): state against the due date, the latest revision, R15's findings. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import { FlagExplanation } from "~/components/flag-explanation";
import { operatorMealFund } from "~/domain/meal-fund/meal-fund.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { getRulesRuntime } from "~/web/rules.server";
import { isMealFundMonth } from "~/domain/meal-fund/meal-fund.schema";
import type { Lang } from "~/i18n";
import { formatMonthShort } from "~/utils/instant";
import { formatFen } from "~/utils/money";
import { useLang, useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("mealFund.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:meal-fund:own");
  const view = await operatorMealFund(getDb(), getRulesRuntime(), actor);
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

/** After a filing identical to the month's current revision (?unchanged=YYYY-MM&revision=N): nothing was stored. */
function unchangedNotice(search: URLSearchParams): { month: string; revision: number } | null {
  const month = search.get("unchanged");
  const revision = Number(search.get("revision"));
  return isMealFundMonth(month) && Number.isInteger(revision) && revision >= 1 ? { month, revision } : null;
}

/** "2026年10月" / "Oct 2026". */
function formatYearMonth(month: string, lang: Lang): string {
  const [year, m] = [month.slice(0, 4), Number(month.slice(5, 7))];
  return lang === "en" ? `${formatMonthShort(m, lang)} ${year}` : `${year}年${formatMonthShort(m, lang)}`;
}

export default function OperatorMealFund() {
  const { kindergarten, months } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const [search] = useSearchParams();
  const flagged = months.filter((m) => m.flags.length > 0);
  const unchanged = unchangedNotice(search);
  const saved = search.get("saved");
  return (
    <section className="panel">
      <h1>
        {t("mealFund.title")} · {kindergarten.nameInUse}
      </h1>
      {unchanged ? (
        <p className="notice" role="status" data-testid="meal-fund-unchanged">
          {t("mealFund.unchanged", { month: formatYearMonth(unchanged.month, lang), revision: unchanged.revision })}
        </p>
      ) : saved ? (
        // The month filed, named: the list has twelve, and nothing else marks the one just sent.
        <p className="notice" role="status" data-testid="meal-fund-saved">
          {isMealFundMonth(saved) ? t("mealFund.savedMonth", { month: formatYearMonth(saved, lang) }) : t("mealFund.saved")}
        </p>
      ) : null}
      <p className="muted">{t("mealFund.intro")}</p>
      <p>
        <Link className="primary" to="/kindergarten/meal-fund/new">
          {t("mealFund.fileNew")}
        </Link>
      </p>
      {months.length === 0 ? (
        <p>{t("mealFund.none")}</p>
      ) : (
        <DataTable
          testId="meal-fund-months"
          rows={months}
          rowKey={(m) => m.month}
          columns={[
            { id: "month", header: t("mealFund.month"), key: true, cell: (m) => m.month },
            { id: "due", header: t("mealFund.dueDate"), cell: (m) => (m.dueDate ? <CivilDate value={m.dueDate} /> : "—") },
            { id: "state", header: t("mealFund.state"), cell: (m) => <span data-state={m.state}>{t(`mealFund.state.${m.state}`)}</span> },
            { id: "filed", header: t("mealFund.filedOn"), cell: (m) => (m.account ? <CivilDate value={m.account.firstFiledOn} /> : "—") },
            { id: "income", header: t("mealFund.incomeShort"), numeric: true, cell: (m) => (m.account ? formatFen(m.account.incomeFen, lang) : "—") },
            { id: "spending", header: t("mealFund.spendingShort"), numeric: true, cell: (m) => (m.account ? formatFen(m.account.spendingFen, lang) : "—") },
            { id: "revision", header: t("mealFund.revision"), cell: (m) => (m.account ? t("mealFund.revisionOf", { revision: m.account.revision }) : "—") },
            {
              id: "action",
              header: t("mealFund.action"),
              cell: (m) => <Link to={`/kindergarten/meal-fund/new?month=${m.month}`}>{m.account ? t("mealFund.correct") : t("mealFund.file")}</Link>,
            },
          ]}
        />
      )}
      {flagged.length > 0 ? (
        <>
          {/* The home page's to-do ("…个月的账目有核查提示") links here: below twelve months, far down on a phone. */}
          <h2 id="meal-fund-flags">{t("mealFund.flags")}</h2>
          {flagged.map((m) => (
            <div key={m.month}>
              <h3>{m.month}</h3>
              {m.flags.map((f) => (
                <FlagExplanation key={f.ruleId} outcome={f} audience="kindergarten" />
              ))}
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}
