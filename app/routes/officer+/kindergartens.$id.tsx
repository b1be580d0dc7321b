import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { kindergartenParams } from "~/domain/rules-config/rule-library.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useRuleLang, useT } from "~/utils/i18n";
import { formatTerm } from "~/utils/term";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { DataTable } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { useEffectiveParamColumns } from "~/components/param-value";
import { AccountHistory } from "~/components/account-history";
import { AccountChecksSummary } from "~/components/account-summary";
import { kindergartenAccounts } from "~/domain/fee-accounts/fee-account.queries.server";
import { kindergartenMealFundFlags } from "~/domain/meal-fund/meal-fund.queries.server";
import { FlagExplanation } from "~/components/flag-explanation";
import { pageTitle } from "~/utils/page-title";
import { registryScope } from "~/domain/registry/registry.server";
import { registryHistory } from "~/domain/registry/registry.queries.server";
import { RegistryHistory } from "~/components/registry-history";
import { DoneNotice } from "~/components/done-notice";
import { accountScope } from "~/domain/users/actor";
import { Fact } from "~/components/facts";

export const meta = pageTitle("rulesConfig.kg.basics");

/** What the registry's forms answer with (kindergartens.new, kindergartens.$id_.edit). */
const DONE = { registered: "registry.registered", replayed: "registry.replayed", saved: "registry.saved", unchanged: "registry.edit.noChange" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:kindergarten:region", "read:kindergarten:any");
  const asOf = readQuery(request, z.object({ asOf: queryParam.date() })).asOf ?? shanghaiDate();
  const [view, account, mealFund, history] = await Promise.all([
    kindergartenParams({ db: getDb(), rules: getRulesRuntime(), actor, kindergartenId: params.id ?? "", asOf }),
    kindergartenAccounts(getDb(), actor, params.id ?? ""),
    // Education officers (and admins) only: null for the others, and the section is left out.
    kindergartenMealFundFlags(getDb(), actor, params.id ?? ""),
    registryHistory(getDb(), actor, params.id ?? ""),
  ]);
  // Another region's kindergarten is "not found", as cases are.
  if (!view) throw new Response("Not found", { status: 404 });
  return { ...view, account, mealFund, history: history ?? { changes: [], regionNames: {} }, keepsRegistry: registryScope(actor).kind !== "none", keepsAccounts: accountScope(actor).kind !== "none" };
}

export default function KindergartenParams() {
  const { kindergarten: kg, regions, latestFiling, asOf, rules, problem, account, mealFund, history, keepsRegistry, keepsAccounts } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useRuleLang();
  const uiLang = useLang();
  // One row per effective param (the rule named on its first), or one row for a rule without params.
  type Rule = (typeof rules)[number];
  type Row = { rule: Rule; param: Rule["params"][number] | null; first: boolean };
  const rows = rules.flatMap((rule): Row[] =>
    rule.params.length === 0 ? [{ rule, param: null, first: true }] : rule.params.map((param, i) => ({ rule, param, first: i === 0 })),
  );
  const paramColumns = useEffectiveParamColumns<Row>((row) => row.param, t("rulesConfig.kg.noParams"), true);
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/kindergartens">← {t("rulesConfig.kg.back")}</Link>
        </p>
        <h1>{kg.approved_name}</h1>
        <DoneNotice messages={DONE} />
        <h2>{t("rulesConfig.kg.basics")}</h2>
        {keepsRegistry || keepsAccounts ? (
          <p className="actions">
            {keepsRegistry ? <Link to={`/officer/kindergartens/${kg.id}/edit`}>{t("registry.edit.link")}</Link> : null}
            {/* The education office keeps its kindergartens' bookkeepers' accounts (manage:operator-account:region). */}
            {keepsAccounts ? (
              <Link to={`/officer/kindergartens/${kg.id}/accounts`} data-testid="operator-accounts-link">
                {t("operatorAccounts.link")}
              </Link>
            ) : null}
          </p>
        ) : null}
        <dl className="grid cols-3">
          <Fact label={t("rulesConfig.kg.uscc")}>{kg.uscc}</Fact>
          <Fact label={t("rulesConfig.kg.nameInUse")}>{kg.name_in_use}</Fact>
          <Fact label={t("rulesConfig.kg.nature")}>{t(`nature.${kg.nature}`)}</Fact>
          <Fact label={t("rulesConfig.kg.grade")}>{t(`guidance.grade.${kg.grade}`)}</Fact>
          <Fact label={t("rulesConfig.kg.region")}>
            {regions.map((r) => r.name).join(" / ")} <span className="muted">({kg.region_code})</span>
          </Fact>
          <Fact label={t("rulesConfig.kg.status")}>{t(`rulesConfig.kg.status.${kg.status}`)}</Fact>
          <Fact label={t("rulesConfig.kg.address")}>{kg.address}</Fact>
          <Fact label={t("rulesConfig.kg.latestFiling")}>
            {latestFiling
              ? <Interpolate id="rulesConfig.kg.latestFilingText" vars={{ term: formatTerm(latestFiling.term, uiLang), version: latestFiling.version, from: <CivilDate value={latestFiling.effectiveFrom} /> }} />
              : t("rulesConfig.kg.noFiling")}
            {/* The filing's items, refund rules and history are on the kindergarten's public page (not for a closed one). */}
            {latestFiling && kg.status !== "closed" ? (
              <>
                {" · "}
                <Link to={`/kindergartens/${kg.id}`} data-testid="public-page">
                  {t("rulesConfig.kg.publicPage")}
                </Link>
              </>
            ) : null}
            {/* The notice for the gate: printable without a filing too (it then says there is none), never for a closed one (404). */}
            {kg.status !== "closed" ? (
              <>
                {" · "}
                <Link to={`/kindergartens/${kg.id}/notice`} data-testid="fee-notice-link">
                  {t("feeNotice.link")}
                </Link>
              </>
            ) : null}
          </Fact>
        </dl>
        <h3>{t("registry.history.title")}</h3>
        <RegistryHistory changes={history.changes} regionNames={history.regionNames} />
      </section>

      {/* Officers open a kindergarten's page for its account: its history and the parents' checks before the rules' parameters. */}
      {account ? (
        <section className="panel" data-testid="kindergarten-account">
          <h2>{t("account.officer.section")}</h2>
          {account.accounts.length === 0 ? (
            <p>{t("account.none")}</p>
          ) : (
            <AccountHistory
              accounts={account.accounts}
              today={account.today}
              evidenceHref={(id) => `/officer/accounts/${id}/evidence`}
              detailHref={(id) => `/officer/accounts/${id}`}
              audience="officer"
            />
          )}
          <AccountChecksSummary mismatches={account.mismatches} flags={account.flags} accountStatus={account.latestStatus} />
        </section>
      ) : null}
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
        <DataTable
          testId="kindergarten-params"
          rows={rows}
          rowKey={(row) => `${row.rule.ruleId}.${row.param?.name ?? ""}`}
          rowProps={(row) => (row.param ? { "data-rule": row.rule.ruleId, "data-param": row.param.name, "data-source": row.param.source } : { "data-rule": row.rule.ruleId })}
          columns={[
            {
              id: "rule",
              header: t("rulesConfig.col.title"),
              key: true,
              cell: ({ rule, first }) =>
                first ? (
                  <>
                    <Link to={`/officer/rules/${rule.ruleId}`}>{rule.ruleId}</Link> {rule.title[lang]}{" "}
                    <span className="muted">{t("rulesConfig.version", { version: rule.version })}</span>
                  </>
                ) : null,
            },
            ...paramColumns,
          ]}
        />
      </section>
      {mealFund ? (
        <section className="panel" data-testid="kindergarten-meal-fund">
          <h2>{t("mealFund.officer.title")}</h2>
          {mealFund.length === 0 ? <p>{t("mealFund.officer.kgEmpty")}</p> : null}
          {mealFund.map((f) => (
            <div key={`${f.month}-${f.outcome.ruleId}`}>
              <h3>{f.month}</h3>
              <FlagExplanation outcome={f.outcome} audience="officer" />
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
