import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { rulesOverview } from "~/domain/rules-config/rules-catalogue.server";
import { paramManageScope } from "~/domain/rules-config/rules-config.scope";
import { hasPermission } from "~/domain/users/actor";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useRuleLang, useT } from "~/utils/i18n";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { LegalBasisList } from "~/components/legal-basis-list";
import { Period, RuleFileCells, VersionStatus } from "~/components/rule-version";
import { SeverityBadges } from "~/components/severity-badge";

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
        <div className="table-wrap">
          <table className="responsive" data-testid="rules-in-force">
            <thead>
              <tr>
                <th>{t("rulesConfig.col.id")}</th>
                <th>{t("rulesConfig.col.title")}</th>
                <th>{t("rulesConfig.col.severity")}</th>
                <th>{t("rulesConfig.col.appliesTo")}</th>
                <th>{t("rulesConfig.col.legalBasis")}</th>
                <th>{t("rulesConfig.col.version")}</th>
                <th>{t("rulesConfig.col.period")}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.ruleId}>
                  <td data-label={t("rulesConfig.col.id")}>
                    <Link to={`/officer/rules/${r.ruleId}`}>{r.ruleId}</Link>
                  </td>
                  <td data-label={t("rulesConfig.col.title")}>
                    <Link to={`/officer/rules/${r.ruleId}`}>{(r.current?.title ?? r.latestTitle)[lang]}</Link>
                  </td>
                  {r.current ? (
                    <>
                      <td data-label={t("rulesConfig.col.severity")}>
                        <SeverityBadges severities={r.current.severities} />
                      </td>
                      <td data-label={t("rulesConfig.col.appliesTo")}>{t(`rulesConfig.appliesTo.${r.current.appliesTo}`)}</td>
                      <td data-label={t("rulesConfig.col.legalBasis")}>
                        <LegalBasisList basis={r.current.legalBasis} />
                      </td>
                      <td data-label={t("rulesConfig.col.version")}>{t("rulesConfig.version", { version: r.current.version })}</td>
                      <td data-label={t("rulesConfig.col.period")}>
                        {r.current.inForce ? <Period from={r.current.inForce.from} to={r.current.inForce.to} /> : "—"}
                      </td>
                    </>
                  ) : (
                    <td colSpan={5} className="muted">
                      {t("rulesConfig.rules.notInForce")}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel">
        <h2>{t("rulesConfig.rules.pending")}</h2>
        {pending.length === 0 ? (
          <p className="muted">{t("rulesConfig.rules.pendingNone")}</p>
        ) : (
          <div className="table-wrap">
            <table className="responsive" data-testid="rules-pending">
              <thead>
                <tr>
                  <th>{t("rulesConfig.col.id")}</th>
                  <th>{t("rulesConfig.col.version")}</th>
                  <th>{t("rulesConfig.col.title")}</th>
                  <th>{t("rulesConfig.col.file")}</th>
                  <th>{t("rulesConfig.col.filePeriod")}</th>
                  <th>{t("rulesConfig.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((v) => (
                  <tr key={`${v.ruleId}@${v.version}`}>
                    <td data-label={t("rulesConfig.col.id")}>
                      <Link to={`/officer/rules/${v.ruleId}?version=${v.version}`}>{v.ruleId}</Link>
                    </td>
                    <td data-label={t("rulesConfig.col.version")}>{t("rulesConfig.version", { version: v.version })}</td>
                    <td data-label={t("rulesConfig.col.title")}>{v.title[lang]}</td>
                    <RuleFileCells version={v} />
                    <td data-label={t("rulesConfig.col.status")}>
                      <VersionStatus status={v.status} />
                      {v.status === "scheduled" && v.inForce ? (
                        <>
                          {" "}
                          <Period from={v.inForce.from} to={v.inForce.to} />
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
