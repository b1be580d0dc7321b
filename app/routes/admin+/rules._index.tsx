import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { earliestActiveFrom } from "~/domain/rules-config/rule-activations.server";
import { rulesOverview } from "~/domain/rules-config/rules-catalogue.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useRuleLang, useT } from "~/utils/i18n";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { Period, RuleFileCells, VersionStatus } from "~/components/rule-version";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "activate:rule-version:any");
  const rules = getRulesRuntime();
  const overview = await rulesOverview({ db: getDb(), rules, today: shanghaiDate() });
  return {
    ...overview,
    rules: overview.rules.map((r) => ({
      ...r,
      versions: r.versions.map((v) => {
        const def = rules.catalogue.find((d) => d.id === v.ruleId && d.version === v.version)!;
        return { ...v, earliest: earliestActiveFrom(def) };
      }),
    })),
  };
}

export default function AdminRuleVersions() {
  const { today, rules, problem } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useRuleLang();
  const activatable = rules.some((r) => r.versions.some((v) => v.status === "not_activated"));
  return (
    <section className="panel">
      <p>
        <Link to="/officer/rules">← {t("rulesConfig.rule.back")}</Link>
      </p>
      <h1>{t("rulesConfig.admin.title")}</h1>
      <p className="muted">{t("rulesConfig.admin.intro")}</p>
      <p className="muted">{t("rulesConfig.rules.today", { today })}</p>
      {problem ? (
        <div className="form-error" role="alert">
          {t("rulesConfig.problem", { problem })}
        </div>
      ) : null}
      {activatable ? null : <p>{t("rulesConfig.admin.allActive")}</p>}
      <div className="table-wrap">
        <table className="responsive" data-testid="rule-versions-admin">
          <thead>
            <tr>
              <th>{t("rulesConfig.col.title")}</th>
              <th>{t("rulesConfig.col.version")}</th>
              <th>{t("rulesConfig.col.file")}</th>
              <th>{t("rulesConfig.col.filePeriod")}</th>
              <th>{t("rulesConfig.col.status")}</th>
              <th>{t("rulesConfig.admin.from")}</th>
            </tr>
          </thead>
          <tbody>
            {rules.flatMap((r) =>
              r.versions.map((v, i) => (
                <tr key={`${v.ruleId}@${v.version}`}>
                  <td data-label={t("rulesConfig.col.title")}>
                    {i === 0 ? (
                      <Link to={`/officer/rules/${r.ruleId}`}>
                        {r.ruleId} {(r.current?.title ?? r.latestTitle)[lang]}
                      </Link>
                    ) : null}
                  </td>
                  <td data-label={t("rulesConfig.col.version")}>{t("rulesConfig.version", { version: v.version })}</td>
                  <RuleFileCells version={v} />
                  <td data-label={t("rulesConfig.col.status")}>
                    <VersionStatus status={v.status} /> {v.inForce ? <Period from={v.inForce.from} to={v.inForce.to} /> : null}
                  </td>
                  <td data-label={t("rulesConfig.admin.from")}>
                    {v.status === "not_activated" ? (
                      <Form method="get" action={`/officer/changes/rule-versions/${v.ruleId}/${v.version}`} className="inline">
                        <input
                          aria-label={`${v.ruleId} ${t("rulesConfig.version", { version: v.version })} ${t("rulesConfig.admin.from")}`}
                          name="from" type="date" defaultValue={v.earliest} min={v.earliest} required />{" "}
                        <button type="submit" className="secondary">
                          {t("rulesConfig.admin.preview")}
                        </button>
                      </Form>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
