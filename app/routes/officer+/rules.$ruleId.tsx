import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ruleDetail } from "~/domain/rules-config/rule-library.server";
import { paramManageScope } from "~/domain/rules-config/rules-config.scope";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useRuleLang, useT } from "~/utils/i18n";
import { conditionStatement, factLabel, operatorWords, shapedLines, thresholdWords } from "~/utils/flag-words";
import { datedWords } from "~/components/instant";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { DataTable, spanRest } from "~/components/data-table";
import { ParamName, ParamValue, useEffectiveParamColumns } from "~/components/param-value";
import { LegalBasisList } from "~/components/legal-basis-list";
import { Period, useRuleFileColumns, VersionStatus } from "~/components/rule-version";
import { SeverityBadges } from "~/components/severity-badge";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("rulesConfig.rules.title");

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
  const uiLang = useLang();
  const effectiveColumns = useEffectiveParamColumns<NonNullable<typeof effective>["rule"]["params"][number]>((p) => p);
  const fileColumns = useRuleFileColumns<(typeof versions)[number]>((v) => v);
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
          <DataTable
            testId="rule-params"
            rows={shown.params}
            rowKey={(p) => p.name}
            columns={[
              {
                id: "name",
                header: t("rulesConfig.param.col.name"),
                key: true,
                cell: (p) => (
                  <>
                    <ParamName name={p.name} />
                    {p.policySource ? (
                      <>
                        {" "}
                        <span className="badge amber" data-testid="param-policy" title={t("rulesConfig.param.policyHint")}>
                          {t("rulesConfig.param.policy")}
                        </span>
                      </>
                    ) : null}
                  </>
                ),
              },
              { id: "type", header: t("rulesConfig.param.col.type"), cell: (p) => t(`rulesConfig.type.${p.type}`) },
              { id: "default", header: t("rulesConfig.param.col.default"), cell: (p) => <ParamValue type={p.type} value={p.defaultValue} /> },
              {
                id: "bounds",
                header: t("rulesConfig.param.col.bounds"),
                cell: (p) =>
                  [
                    p.min !== null ? t("rulesConfig.param.min", { min: p.min }) : null,
                    p.max !== null ? t("rulesConfig.param.max", { max: p.max }) : null,
                    p.enum ? t("rulesConfig.param.enum", { values: p.enum.join("、") }) : null,
                  ]
                    .filter(Boolean)
                    .join("，") || "—",
              },
              {
                id: "description",
                header: t("rulesConfig.param.col.description"),
                cell: (p) => (
                  <>
                    {p.description[lang]}
                    {p.policySource ? (
                      <p className="muted" data-testid="param-policy-source">
                        {t("rulesConfig.param.policySource", { source: p.policySource[lang] })}
                      </p>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        )}

        <h2>{t("rulesConfig.rule.conditions")}</h2>
        <DataTable
          testId="rule-conditions"
          // As they combine: alternatives under "满足以下任一条件：", numbered, the heading spanning the row.
          rows={shapedLines(shown.conditions, shown.conditionTree, uiLang)}
          rowKey={(_, i) => String(i)}
          rowProps={(line) => ({ "data-depth": String(line.depth) })}
          columns={[
            {
              id: "name",
              header: t("rulesConfig.cond.col.name"),
              key: true,
              // The condition in words, as a flag's conditions read: not the rule file's names (guidedPriceNature, in).
              cell: (line) => (line.item ? `${line.lead}${conditionStatement(line.item, uiLang)}` : spanRest(`${line.lead}${line.heading}`)),
            },
            {
              id: "fact",
              header: t("rulesConfig.cond.col.fact"),
              cell: ({ item: c }) => (c ? factLabel(c.fact, uiLang) : null),
            },
            {
              id: "operator",
              header: t("rulesConfig.cond.col.operator"),
              cell: ({ item: c }) => (c ? operatorWords(c.operator, uiLang) : null),
            },
            {
              id: "threshold",
              header: t("rulesConfig.cond.col.threshold"),
              cell: ({ item: c }) =>
                !c ? null : c.param ? (
                  t("rulesConfig.rule.paramRef", { param: c.param })
                ) : (
                  <span data-testid="condition-value">{datedWords(thresholdWords(c.fact, null, c.value, uiLang))}</span>
                ),
            },
          ]}
        />
      </section>

      {effective ? (
        <section className="panel">
          <h2>{t("rulesConfig.rule.effective", { region: effective.regionName })}</h2>
          {effective.rule.params.length === 0 ? (
            <p className="muted">{t("rulesConfig.rule.noParams")}</p>
          ) : (
            <DataTable testId="effective-params" rows={effective.rule.params} rowKey={(p) => p.name} columns={effectiveColumns} />
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
                {o.regionName}（{t(`rulesConfig.level.${o.level}`)}）{t("text.colon")}
                {Object.keys(o.params).length === 0
                  ? t("rulesConfig.params.emptySet")
                  : Object.entries(o.params).map(([name, value], i) => (
                      <span key={name}>
                        {i > 0 ? "；" : ""}
                        <ParamName name={name} /> = <ParamValue type={typeOf(name)} value={value} />
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
        <DataTable
          testId="rule-versions"
          rows={versions}
          rowKey={(v) => String(v.version)}
          columns={[
            {
              id: "version",
              header: t("rulesConfig.col.version"),
              key: true,
              cell: (v) =>
                v.version === shown.version ? (
                  t("rulesConfig.version", { version: v.version })
                ) : (
                  <Link to={`?version=${v.version}`}>{t("rulesConfig.rule.viewVersion", { version: v.version })}</Link>
                ),
            },
            ...fileColumns,
            {
              id: "activation",
              header: t("rulesConfig.col.activation"),
              cell: (v) => (v.activation ? <Period from={v.activation.activeFrom} to={v.activation.activeTo} /> : "—"),
            },
            { id: "period", header: t("rulesConfig.col.period"), cell: (v) => (v.inForce ? <Period from={v.inForce.from} to={v.inForce.to} /> : "—") },
            { id: "status", header: t("rulesConfig.col.status"), cell: (v) => <VersionStatus status={v.status} /> },
          ]}
        />
      </section>
    </>
  );
}
