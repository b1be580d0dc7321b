/**
 * The inspection cases the kindergarten was notified of: what waits for an
 * answer or a proof comes first, with its date.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { Instant } from "~/components/instant";
import { CaseTodo } from "~/components/case-todo";
import { kindergartenCases } from "~/domain/cases/case-kindergarten.server";
import { useLang, useT } from "~/utils/i18n";
import { formatTerm } from "~/utils/term";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("caseAnswer.listTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:own");
  const cases = await kindergartenCases(getDb(), actor);
  if (!cases) throw new Response("Not found", { status: 404 });
  return { cases };
}

export default function KindergartenCases() {
  const { cases } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <section className="panel">
      <h1>{t("caseAnswer.listTitle")}</h1>
      <p className="muted">{t("caseAnswer.listIntro")}</p>
      {cases.length === 0 ? (
        <p data-testid="cases-empty">{t("caseAnswer.none")}</p>
      ) : (
        <DataTable
          testId="kindergarten-cases"
          rows={cases}
          rowKey={(c) => c.id}
          columns={[
            {
              id: "title",
              header: t("queue.rule"),
              key: true,
              cell: (c) => <Link to={`/kindergarten/cases/${c.id}`}>{c.title ? (lang === "en" ? c.title.en : c.title.zh) : c.ruleId}</Link>,
            },
            { id: "term", header: t("case.term"), cell: (c) => formatTerm(c.term, lang) },
            { id: "status", header: t("fees.status"), cell: (c) => t(`case.status.${c.status}`) },
            { id: "notified", header: t("case.event.kindergarten_notified"), cell: (c) => <Instant value={c.notifiedAt} /> },
            {
              id: "todo",
              header: t("caseAnswer.todoOrDecision"),
              cell: (c) => (
                <>
                  {c.todo === "answer" || c.todo === "proof"
                    ? <CaseTodo todo={c.todo} answerDueOn={c.answerDueOn} followUpDueOn={c.followUpDueOn} />
                    : c.decisionKind
                        ? t(`case.decisionKind.${c.decisionKind}`)
                        : "—"}
                  {c.overdue ? <> <span className="badge red">{t("caseAnswer.overdue")}</span></> : null}
                  {c.reasonGone ? (
                    <span className="badge" data-testid="case-reason-gone-mark">
                      {" "}
                      {t("caseAnswer.reasonGone.mark")}
                    </span>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
