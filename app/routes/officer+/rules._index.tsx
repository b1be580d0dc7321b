import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ReactNode } from "react";
import { Link, useLoaderData } from "@remix-run/react";
import { rulesOverview } from "~/domain/rules-config/rule-library.server";
import { paramManageScope } from "~/domain/rules-config/rules-config.scope";
import { hasPermission } from "~/domain/users/actor";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useRuleLang, useT } from "~/utils/i18n";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { LegalBasisList } from "~/components/legal-basis-list";
import { DataTable, spanRest } from "~/components/data-table";
import { Period, useRuleFileColumns, VersionStatus } from "~/components/rule-version";
import { SeverityBadges } from "~/components/severity-badge";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("rulesConfig.rules.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:rules:any");
  const overview = await rulesOverview({ db: getDb(), rules: getRulesRuntime(), today: shanghaiDate() });
  return {
    ...overview,
    canManageParams: paramManageScope(actor).kind !== "none",
    canActivateVersions: hasPermission(actor, "activate:rule-version:any"),
    canSeeKindergartens: hasPermission(actor, "read:kindergarten:region") || hasPermission(actor, "read:kindergarten:any"),
  };
}

export default function RulesCatalogue() {
  const { today, rules, pending, problem, canManageParams, canActivateVersions, canSeeKindergartens } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useRuleLang();
  const fileColumns = useRuleFileColumns<(typeof pending)[number]>((v) => v);
  type Current = NonNullable<(typeof rules)[number]["current"]>;
  // The in-force columns; a rule not in force has one "not in force" cell across them instead.
  const inForce = (render: (c: Current) => ReactNode) => (r: (typeof rules)[number]) => (r.current ? render(r.current) : null);
  return (
    <>
      <section className="panel">
        <h1>{t("rulesConfig.rules.title")}</h1>
        <p className="muted">{t("rulesConfig.rules.intro")}</p>
        <p className="muted">{t("rulesConfig.rules.today", { today })}</p>
        <p>
          {canSeeKindergartens ? <Link to="/officer/kindergartens">{t("rulesConfig.rules.kindergartens")}</Link> : null}
          {canManageParams ? (
            <>
              {" · "}
              <Link to="/officer/changes/parameters">{t("rulesConfig.rules.manageParams")}</Link>
            </>
          ) : null}
          {canActivateVersions ? (
            <>
              {" · "}
              <Link to="/admin/rules">{t("rulesConfig.rules.adminVersions")}</Link>
            </>
          ) : null}
        </p>
        {problem ? (
          <div className="form-error" role="alert">
            {t("rulesConfig.problem", { problem })}
          </div>
        ) : null}
        <h2>{t("rulesConfig.rules.inForce")}</h2>
        <DataTable
          testId="rules-in-force"
          rows={rules}
          rowKey={(r) => r.ruleId}
          columns={[
            { id: "id", header: t("rulesConfig.col.id"), key: true, cell: (r) => <Link to={`/officer/rules/${r.ruleId}`}>{r.ruleId}</Link> },
            {
              id: "title",
              header: t("rulesConfig.col.title"),
              key: true,
              cell: (r) => <Link to={`/officer/rules/${r.ruleId}`}>{(r.current?.title ?? r.latestTitle)[lang]}</Link>,
            },
            {
              id: "severity",
              header: t("rulesConfig.col.severity"),
              cell: (r) => (r.current ? <SeverityBadges severities={r.current.severities} /> : spanRest(t("rulesConfig.rules.notInForce"))),
            },
            { id: "appliesTo", header: t("rulesConfig.col.appliesTo"), cell: inForce((c) => t(`rulesConfig.appliesTo.${c.appliesTo}`)) },
            { id: "legalBasis", header: t("rulesConfig.col.legalBasis"), cell: inForce((c) => <LegalBasisList basis={c.legalBasis} />) },
            { id: "version", header: t("rulesConfig.col.version"), cell: inForce((c) => t("rulesConfig.version", { version: c.version })) },
            {
              id: "period",
              header: t("rulesConfig.col.period"),
              cell: inForce((c) => (c.inForce ? <Period from={c.inForce.from} to={c.inForce.to} /> : "—")),
            },
          ]}
        />
      </section>

      <section className="panel">
        <h2>{t("rulesConfig.rules.pending")}</h2>
        {pending.length === 0 ? (
          <p className="muted">{t("rulesConfig.rules.pendingNone")}</p>
        ) : (
          <DataTable
            testId="rules-pending"
            rows={pending}
            rowKey={(v) => `${v.ruleId}@${v.version}`}
            columns={[
              {
                id: "id",
                header: t("rulesConfig.col.id"),
                key: true,
                cell: (v) => <Link to={`/officer/rules/${v.ruleId}?version=${v.version}`}>{v.ruleId}</Link>,
              },
              { id: "version", header: t("rulesConfig.col.version"), key: true, cell: (v) => t("rulesConfig.version", { version: v.version }) },
              { id: "title", header: t("rulesConfig.col.title"), cell: (v) => v.title[lang] },
              ...fileColumns,
              {
                id: "status",
                header: t("rulesConfig.col.status"),
                cell: (v) => (
                  <>
                    <VersionStatus status={v.status} />
                    {v.status === "scheduled" && v.inForce ? (
                      <>
                        {" "}
                        <Period from={v.inForce.from} to={v.inForce.to} />
                      </>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
