import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ruleActivationOverview } from "~/domain/changes/rule-version-change.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useRuleLang, useT } from "~/utils/i18n";
import { getRulesRuntime } from "~/web/rules.server";
import { DataTable } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import { Period, useRuleFileColumns, VersionStatus } from "~/components/rule-version";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("rulesConfig.admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "activate:rule-version:any");
  return ruleActivationOverview({ db: getDb(), rules: getRulesRuntime() });
}

export default function AdminRuleVersions() {
  const { today, rules, problem } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useRuleLang();
  // One row per version; the rule is named on its first.
  const rows = rules.flatMap((rule) => rule.versions.map((version, i) => ({ rule, version, first: i === 0 })));
  const fileColumns = useRuleFileColumns<(typeof rows)[number]>((row) => row.version);
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
      <DataTable
        testId="rule-versions-admin"
        rows={rows}
        rowKey={({ version: v }) => `${v.ruleId}@${v.version}`}
        columns={[
          {
            id: "title",
            header: t("rulesConfig.col.title"),
            key: true,
            cell: ({ rule, first }) =>
              first ? (
                <Link to={`/officer/rules/${rule.ruleId}`}>
                  {rule.ruleId} {(rule.current?.title ?? rule.latestTitle)[lang]}
                </Link>
              ) : null,
          },
          { id: "version", header: t("rulesConfig.col.version"), key: true, cell: ({ version: v }) => t("rulesConfig.version", { version: v.version }) },
          ...fileColumns,
          {
            id: "status",
            header: t("rulesConfig.col.status"),
            cell: ({ version: v }) => (
              <>
                <VersionStatus status={v.status} /> {v.inForce ? <Period from={v.inForce.from} to={v.inForce.to} /> : null}
              </>
            ),
          },
          {
            id: "from",
            header: t("rulesConfig.admin.from"),
            cell: ({ version: v }) =>
              v.status === "not_activated" ? (
                <Form method="get" action={`/officer/changes/rule-versions/${v.ruleId}/${v.version}`} className="inline">
                  <input
                    aria-label={`${v.ruleId} ${t("rulesConfig.version", { version: v.version })} ${t("rulesConfig.admin.from")}`}
                    name="from"
                    type="date"
                    defaultValue={v.earliest}
                    min={v.earliest}
                    required
                  />{" "}
                  <button type="submit" className="secondary">
                    {t("rulesConfig.admin.preview")}
                  </button>
                </Form>
              ) : v.activation ? (
                // The day its activation put it in force from (rule_activations.active_from), as the rule's page says it.
                <CivilDate value={v.activation.activeFrom} />
              ) : (
                "—"
              ),
          },
        ]}
      />
    </section>
  );
}
