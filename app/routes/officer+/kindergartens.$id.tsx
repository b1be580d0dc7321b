import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { kindergartenParams } from "~/domain/rules-config/rules-catalogue.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { useT } from "~/utils/i18n";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { EffectiveParamCells, useRuleLang } from "~/components/rules-ui";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:kindergarten:region", "read:kindergarten:any");
  const asOf = readQuery(request, z.object({ asOf: queryParam.date() })).asOf ?? shanghaiDate();
  const view = await kindergartenParams({ db: getDb(), rules: getRulesRuntime(), actor, kindergartenId: params.id ?? "", asOf });
  // Another region's kindergarten is "not found", as cases are.
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

export default function KindergartenParams() {
  const { kindergarten: kg, regions, latestFiling, asOf, rules, problem } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useRuleLang();
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/kindergartens">← {t("rulesConfig.kg.back")}</Link>
        </p>
        <h1>{kg.approved_name}</h1>
        <h2>{t("rulesConfig.kg.basics")}</h2>
        <dl className="grid cols-3">
          <div>
            <dt className="muted">{t("rulesConfig.kg.uscc")}</dt>
            <dd>{kg.uscc}</dd>
          </div>
          <div>
            <dt className="muted">{t("rulesConfig.kg.nameInUse")}</dt>
            <dd>{kg.name_in_use}</dd>
          </div>
          <div>
            <dt className="muted">{t("rulesConfig.kg.nature")}</dt>
            <dd>{t(`nature.${kg.nature}`)}</dd>
          </div>
          <div>
            <dt className="muted">{t("rulesConfig.kg.grade")}</dt>
            <dd>{t(`guidance.grade.${kg.grade}`)}</dd>
          </div>
          <div>
            <dt className="muted">{t("rulesConfig.kg.region")}</dt>
            <dd>
              {regions.map((r) => r.name).join(" / ")} <span className="muted">({kg.region_code})</span>
            </dd>
          </div>
          <div>
            <dt className="muted">{t("rulesConfig.kg.status")}</dt>
            <dd>{t(`rulesConfig.kg.status.${kg.status}`)}</dd>
          </div>
          <div>
            <dt className="muted">{t("rulesConfig.kg.address")}</dt>
            <dd>{kg.address}</dd>
          </div>
          <div>
            <dt className="muted">{t("rulesConfig.kg.latestFiling")}</dt>
            <dd>
              {latestFiling
                ? t("rulesConfig.kg.latestFilingText", { term: latestFiling.term, version: latestFiling.version, from: latestFiling.effectiveFrom })
                : t("rulesConfig.kg.noFiling")}
            </dd>
          </div>
        </dl>
      </section>

      <section className="panel">
        <h2>{t("rulesConfig.kg.params")}</h2>
        <p className="muted">{t("rulesConfig.kg.paramsIntro", { code: kg.region_code })}</p>
        <Form method="get" className="inline">
          <label htmlFor="as-of">{t("rulesConfig.kg.asOf")}</label> <input id="as-of" name="asOf" type="date" defaultValue={asOf} />{" "}
          <button type="submit" className="secondary">
            {t("rulesConfig.kg.asOfSubmit")}
          </button>
        </Form>
        {problem ? (
          <div className="form-error" role="alert">
            {t("rulesConfig.problem", { problem })}
          </div>
        ) : null}
        <div className="table-wrap">
          <table className="responsive" data-testid="kindergarten-params">
            <thead>
              <tr>
                <th>{t("rulesConfig.col.title")}</th>
                <th>{t("rulesConfig.param.col.name")}</th>
                <th>{t("rulesConfig.param.col.value")}</th>
                <th>{t("rulesConfig.param.col.source")}</th>
                <th>{t("rulesConfig.param.col.default")}</th>
              </tr>
            </thead>
            <tbody>
              {rules.flatMap((r) => {
                const rule = (
                  <>
                    <Link to={`/officer/rules/${r.ruleId}`}>{r.ruleId}</Link> {r.title[lang]}{" "}
                    <span className="muted">{t("rulesConfig.version", { version: r.version })}</span>
                  </>
                );
                if (r.params.length === 0) {
                  return [
                    <tr key={r.ruleId}>
                      <td data-label={t("rulesConfig.col.title")}>{rule}</td>
                      <td colSpan={4} className="muted">
                        {t("rulesConfig.kg.noParams")}
                      </td>
                    </tr>,
                  ];
                }
                return r.params.map((p, i) => (
                  <tr key={`${r.ruleId}.${p.name}`} data-rule={r.ruleId} data-param={p.name} data-source={p.source}>
                    <td data-label={t("rulesConfig.col.title")}>{i === 0 ? rule : null}</td>
                    <EffectiveParamCells param={p} title={p.description[lang]} />
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
