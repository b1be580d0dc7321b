import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ruleDetail } from "~/domain/rules-config/rules-catalogue.server";
import { paramManageScope } from "~/domain/rules-config/rules-config.scope";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { useT } from "~/utils/i18n";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { EffectiveParamCells, LegalBasisList, ParamValue, Period, RuleFileCells, SeverityBadges, useRuleLang, VersionStatus } from "~/components/rules-ui";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:rules:any");
  const detail = await ruleDetail({ db: getDb(), rules: getRulesRuntime(), actor, ruleId: params.ruleId ?? "", today: shanghaiDate() });
  if (!detail) throw new Response("Not found", { status: 404 });
  const { version: asked } = readQuery(request, z.object({ version: queryParam.positiveInt() }));
  const shown = detail.versions.find((v) => v.version === asked) ?? detail.shown;
  return { ...detail, shown, canManageParams: paramManageScope(actor).kind !== "none" };
}

export default function RuleDetail() {
  const { ruleId, shown, versions, effective, overlays, problem, canManageParams } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useRuleLang();
  const typeOf = (name: string) => versions.flatMap((v) => v.params).find((p) => p.name === name)?.type ?? "string";
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/rules">← {t("rulesConfig.rule.back")}</Link>
        </p>
        <h1>
          {ruleId} {shown.title[lang]}
        </h1>
        <p>
          <SeverityBadges severities={shown.severities} /> · {t(`rulesConfig.appliesTo.${shown.appliesTo}`)} ·{" "}
          {t("rulesConfig.rule.eventType", { type: shown.eventType })}
        </p>
        <p className="muted">
          {t("rulesConfig.rule.shown", { version: shown.version, status: t(`rulesConfig.status.${shown.status}`) })}{" "}
          <code>{shown.file}</code>
        </p>
        {problem ? (
          <div className="form-error" role="alert">
            {t("rulesConfig.problem", { problem })}
          </div>
        ) : null}

        <h2>{t("rulesConfig.rule.description")}</h2>
        <p>{shown.description[lang]}</p>

        <h2>{t("rulesConfig.rule.message")}</h2>
        <blockquote>{shown.message[lang]}</blockquote>
        <p className="muted">{t("rulesConfig.rule.messageHint")}</p>

        <h2>{t("rulesConfig.rule.legalBasis")}</h2>
        <LegalBasisList basis={shown.legalBasis} />

        <h2>{t("rulesConfig.rule.params")}</h2>
        {shown.params.length === 0 ? (
          <p className="muted">{t("rulesConfig.rule.noParams")}</p>
        ) : (
          <div className="table-wrap">
            <table className="responsive" data-testid="rule-params">
              <thead>
                <tr>
                  <th>{t("rulesConfig.param.col.name")}</th>
                  <th>{t("rulesConfig.param.col.type")}</th>
                  <th>{t("rulesConfig.param.col.default")}</th>
                  <th>{t("rulesConfig.param.col.bounds")}</th>
                  <th>{t("rulesConfig.param.col.description")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.params.map((p) => (
                  <tr key={p.name}>
                    <td data-label={t("rulesConfig.param.col.name")}>
                      <code>{p.name}</code>
                    </td>
                    <td data-label={t("rulesConfig.param.col.type")}>{t(`rulesConfig.type.${p.type}`)}</td>
                    <td data-label={t("rulesConfig.param.col.default")}>
                      <ParamValue type={p.type} value={p.defaultValue} />
                    </td>
                    <td data-label={t("rulesConfig.param.col.bounds")}>
                      {[
                        p.min !== null ? t("rulesConfig.param.min", { min: p.min }) : null,
                        p.max !== null ? t("rulesConfig.param.max", { max: p.max }) : null,
                        p.enum ? t("rulesConfig.param.enum", { values: p.enum.join("、") }) : null,
                      ]
                        .filter(Boolean)
                        .join("，") || "—"}
                    </td>
                    <td data-label={t("rulesConfig.param.col.description")}>{p.description[lang]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <h2>{t("rulesConfig.rule.conditions")}</h2>
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th>{t("rulesConfig.cond.col.name")}</th>
                <th>{t("rulesConfig.cond.col.fact")}</th>
                <th>{t("rulesConfig.cond.col.operator")}</th>
                <th>{t("rulesConfig.cond.col.threshold")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.conditions.map((c) => (
                <tr key={c.name}>
                  <td data-label={t("rulesConfig.cond.col.name")}>
                    <code>{c.name}</code>
                  </td>
                  <td data-label={t("rulesConfig.cond.col.fact")}>
                    <code>{c.path ? `${c.fact} ${c.path}` : c.fact}</code>
                  </td>
                  <td data-label={t("rulesConfig.cond.col.operator")}>
                    <code>{c.operator}</code>
                  </td>
                  <td data-label={t("rulesConfig.cond.col.threshold")}>
                    {c.param ? t("rulesConfig.rule.paramRef", { param: c.param }) : <code>{JSON.stringify(c.value)}</code>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {effective ? (
        <section className="panel">
          <h2>{t("rulesConfig.rule.effective", { region: effective.regionName })}</h2>
          {effective.rule.params.length === 0 ? (
            <p className="muted">{t("rulesConfig.rule.noParams")}</p>
          ) : (
            <div className="table-wrap">
              <table className="responsive" data-testid="effective-params">
                <thead>
                  <tr>
                    <th>{t("rulesConfig.param.col.name")}</th>
                    <th>{t("rulesConfig.param.col.value")}</th>
                    <th>{t("rulesConfig.param.col.source")}</th>
                    <th>{t("rulesConfig.param.col.default")}</th>
                  </tr>
                </thead>
                <tbody>
                  {effective.rule.params.map((p) => (
                    <tr key={p.name}>
                      <EffectiveParamCells param={p} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      <section className="panel">
        <h2>{t("rulesConfig.rule.overlays")}</h2>
        {overlays.length === 0 ? (
          <p className="muted">{t("rulesConfig.rule.noOverlays")}</p>
        ) : (
          <ul>
            {overlays.map((o) => (
              <li key={o.setId}>
                {o.regionName}（{t(`rulesConfig.level.${o.level}`)}）：
                {Object.keys(o.params).length === 0
                  ? t("rulesConfig.params.emptySet")
                  : Object.entries(o.params).map(([name, value], i) => (
                      <span key={name}>
                        {i > 0 ? "；" : ""}
                        <code>{name}</code> = <ParamValue type={typeOf(name)} value={value} />
                      </span>
                    ))}
                {o.note ? <span className="muted"> · {o.note}</span> : null}
                {canManageParams ? (
                  <>
                    {" "}
                    <Link to={`/officer/changes/parameters/${o.setId}`}>{t("rulesConfig.params.open")}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel">
        <h2>{t("rulesConfig.rule.versions")}</h2>
        <div className="table-wrap">
          <table className="responsive" data-testid="rule-versions">
            <thead>
              <tr>
                <th>{t("rulesConfig.col.version")}</th>
                <th>{t("rulesConfig.col.file")}</th>
                <th>{t("rulesConfig.col.filePeriod")}</th>
                <th>{t("rulesConfig.col.activation")}</th>
                <th>{t("rulesConfig.col.period")}</th>
                <th>{t("rulesConfig.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <td data-label={t("rulesConfig.col.version")}>
                    {v.version === shown.version ? (
                      t("rulesConfig.version", { version: v.version })
                    ) : (
                      <Link to={`?version=${v.version}`}>{t("rulesConfig.rule.viewVersion", { version: v.version })}</Link>
                    )}
                  </td>
                  <RuleFileCells version={v} />
                  <td data-label={t("rulesConfig.col.activation")}>
                    {v.activation ? <Period from={v.activation.activeFrom} to={v.activation.activeTo} /> : "—"}
                  </td>
                  <td data-label={t("rulesConfig.col.period")}>{v.inForce ? <Period from={v.inForce.from} to={v.inForce.to} /> : "—"}</td>
                  <td data-label={t("rulesConfig.col.status")}>
                    <VersionStatus status={v.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
