import { datedWords } from "~/components/instant";
import { listOf } from "~/i18n";
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CaseTodo } from "~/components/case-todo";
import publicStyles from "~/components/public-kindergarten.css";
import { FeeScheduleSection, MaskedAccountSection } from "~/components/public-kindergarten";
import { SeverityBadge } from "~/components/severity-badge";
import { VersionStandingText } from "~/components/version-standing";
import { kindergartenCases } from "~/domain/cases/case-kindergarten.server";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { operatorTodo, type OperatorTodo } from "~/domain/operator-todo/operator-todo.server";
import { getOperatorKindergarten, listOwnFilings } from "~/domain/filings/filing.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { getRulesRuntime } from "~/web/rules.server";
import { useLang, useT } from "~/utils/i18n";
import { formatTerm } from "~/utils/term";
import { pageTitle } from "~/utils/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

export const meta = pageTitle("fees.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:filing:own");
  const db = getDb();
  const [kindergarten, filings, disclosure, cases, todo] = await Promise.all([
    getOperatorKindergarten(db, actor),
    listOwnFilings(db, actor),
    // What parents see of this kindergarten: the operator checks it here (null when it is not public).
    actor.kindergartenId ? kindergartenDisclosure(db, actor.kindergartenId) : null,
    kindergartenCases(db, actor),
    operatorTodo(db, getRulesRuntime(), actor),
  ]);
  if (!kindergarten) throw new Response("Not found", { status: 404 });
  // The authority's notices waiting for this kindergarten come first on its home page.
  const waiting = (cases ?? []).filter((c): c is typeof c & { todo: NonNullable<typeof c.todo> } => c.todo !== null);
  return { kindergarten, filings, disclosure, waiting, todo };
}

export default function FeeFilings() {
  const { kindergarten, filings, disclosure, waiting, todo } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <>
      {waiting.length > 0 ? (
        <section className="panel notice" data-testid="cases-waiting">
          <h2>
            <Link to="/kindergarten/cases">{t("caseAnswer.listTitle")}</Link> · {t("caseAnswer.waiting", { count: waiting.length })}
          </h2>
          <ul>
            {waiting.map((c) => (
              <li key={c.id}>
                <Link to={`/kindergarten/cases/${c.id}`}>{c.title ? (lang === "en" ? c.title.en : c.title.zh) : c.ruleId}</Link> ·{" "}
                <CaseTodo todo={c.todo} answerDueOn={c.answerDueOn} followUpDueOn={c.followUpDueOn} />
                {c.overdue ? <span className="badge red"> {t("caseAnswer.overdue")}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Under the notices it is the rest of what waits ("其他待办"); alone, it is all of it. */}
      <TodoPanel todo={todo} alone={waiting.length === 0} />
      <section className="panel">
        <h1>
          {t("fees.title")} · {kindergarten.name_in_use}
        </h1>
        <p className="muted">
          {kindergarten.region_name} · {t(`nature.${kindergarten.nature}`)} · {kindergarten.uscc}
        </p>
        <p>
          <Link className="primary" to="/kindergarten/fees/new">{t("fees.new")}</Link>
        </p>
        {filings.length === 0 ? (
          <p>{t("fees.none")}</p>
        ) : (
          <DataTable
            testId="filings"
            rows={filings}
            rowKey={(f) => f.id}
            columns={[
              { id: "version", header: t("fees.version"), key: true, cell: (f) => <Link to={`/kindergarten/fees/${f.id}`}>{t("fees.versionNo", { version: f.version })}</Link> },
              { id: "term", header: t("fees.term"), key: true, cell: (f) => formatTerm(f.term, lang) },
              { id: "effectiveFrom", header: t("fees.effectiveFrom"), cell: (f) => f.effective_from },
              { id: "status", header: t("fees.status"), cell: (f) => t(`fees.status.${f.status}`) },
              // Checked says nothing of whether its fees are charged: a corrected version never was.
              { id: "standing", header: t("fees.standing"), key: true, cell: (f) => <VersionStandingText standing={f.standing} /> },
              {
                id: "flags",
                header: t("fees.flags"),
                key: true,
                cell: (f) =>
                  f.status !== "evaluated" ? (
                    "…"
                  ) : f.redCount + f.amberCount === 0 ? (
                    <SeverityBadge severity={null} />
                  ) : (
                    <>
                      {f.redCount > 0 ? <span className="badge red">{t("fees.flagCount.red", { count: f.redCount })}</span> : null}{" "}
                      {f.amberCount > 0 ? <span className="badge amber">{t("fees.flagCount.amber", { count: f.amberCount })}</span> : null}
                    </>
                  ),
              },
            ]}
          />
        )}
      </section>
      <section className="panel" data-testid="public-preview">
        <h2>{t("disclosure.preview.title")}</h2>
        {disclosure ? (
          <p>
            {t("disclosure.preview.intro")} <Link to={`/kindergartens/${kindergarten.id}`}>{t("disclosure.preview.open")}</Link> ·{" "}
            {/* The paper for the gate and the cashier, with the code that opens the account check. */}
            <Link to={`/kindergartens/${kindergarten.id}/notice`} data-testid="fee-notice-link">
              {t("feeNotice.link")}
            </Link>
          </p>
        ) : (
          <p>{t("disclosure.preview.notPublic")}</p>
        )}
      </section>
      {disclosure ? (
        <>
          <FeeScheduleSection title={t("disclosure.inForce.title")} schedule={disclosure.inForce} none={t("disclosure.inForce.none")} />
          <FeeScheduleSection title={t("disclosure.next.title")} schedule={disclosure.next} none={t("disclosure.next.none")} />
          <MaskedAccountSection account={disclosure.account} upcoming={disclosure.upcomingAccount} />
        </>
      ) : null}
    </>
  );
}

/** The rest of what waits for the bookkeeper, each line a link to where it is done. */
function TodoPanel({ todo, alone }: { todo: OperatorTodo; alone: boolean }) {
  const t = useT();
  const lang = useLang();
  const lines: Array<{ to: string; text: string }> = [];
  if (todo.complaintsToAnswer > 0) lines.push({ to: "/kindergarten/complaints", text: t("todo.complaints", { n: todo.complaintsToAnswer }) });
  if (todo.mealFundMissing.length > 0)
    lines.push({ to: "/kindergarten/meal-fund", text: t("todo.mealFundMissing", { n: todo.mealFundMissing.length, months: listOf(todo.mealFundMissing.slice(0, 3), lang) + (todo.mealFundMissing.length > 3 ? "…" : "") }) });
  if (todo.mealFundFlagged > 0) lines.push({ to: "/kindergarten/meal-fund#meal-fund-flags", text: t("todo.mealFundFlagged", { n: todo.mealFundFlagged }) });
  if (todo.account) lines.push({ to: "/kindergarten/account", text: t(`todo.account.${todo.account}`) });
  if (lines.length === 0) return null;
  return (
    <section className="panel notice" data-testid="operator-todo">
      <h2>{t(alone ? "todo.titleAlone" : "todo.title")}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line.text}>
            <Link to={line.to}>{datedWords(line.text)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
