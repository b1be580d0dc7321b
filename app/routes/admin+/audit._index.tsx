/**
 * The audit log for the admin: newest first, filtered by action, entity,
 * entity id, actor and days (all in the URL), a page at a time, with the
 * chain's head (app/domain/audit/). Actions and entities are shown in words,
 * the action's code beside it for support staff, each entry's object by what
 * it is (a kindergarten's name, a username …: audit-objects.server.ts), linked
 * where the admin may open it, and chosen from lists
 * (audit-actions.ts): a code the log does not know in the URL is ignored and
 * said so. 校验审计链 starts a verification of the whole chain (a POST): the
 * request only records it, a job walks the chain a stretch at a time
 * (audit-verification.server.ts), and the page shows the latest one's progress
 * or result, polling while it runs. `npm run audit:verify` does the same walk
 * from the command line, in the same words (audit-chain-report.ts).
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { Instant } from "~/components/instant";
import {
  AUDIT_ACTION_FILTERS,
  AUDIT_ENTITIES,
  AUDIT_FAMILIES,
  AUDIT_FAMILY_NAMES,
  AUDIT_SINGLE_ACTIONS,
  isAuditAction,
  isAuditEntity,
  type AuditAction,
} from "~/domain/audit/audit-actions";
import { auditLogPage, type AuditDetailShown } from "~/domain/audit/audit-log.queries.server";
import { chainBreakMessage } from "~/domain/audit/audit-chain-report";
import { latestAuditVerification, startAuditVerification, type AuditVerificationView } from "~/domain/audit/audit-verification.server";
import { Fact } from "~/components/facts";
import { usePoll } from "~/utils/use-poll";
import { errorData, unknownIntent } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import type { AuditObjectPage } from "~/domain/audit/audit-objects.server";
import { hasPermission, type Actor, type Permission } from "~/domain/users/actor";
import { useT } from "~/utils/i18n";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { getLang } from "~/web/lang.server";
import { getRulesRuntime } from "~/web/rules.server";
import { queryParam, readFilters } from "~/web/query.server";
import { pageTitle } from "~/utils/page-title";
import { IgnoredParams } from "~/components/filter-select";

export const meta = pageTitle("audit.title");

/**
 * Where an entry's object opens, and the permission that page asks: linked only for a reader who holds it. The log's
 * readers (read:audit:any) are the administrators, whose grants are everywhere's (:any), so a page kept to a district
 * (a publication draft's) is not linked; a public case, once published, is everyone's.
 */
const OBJECT_PAGES: Record<AuditObjectPage, { may: Permission | null; path: (id: string) => string }> = {
  user: { may: "manage:user:any", path: (id) => `/admin/users/${id}` },
  kindergarten: { may: "read:kindergarten:any", path: (id) => `/officer/kindergartens/${id}` },
  case: { may: "read:case:any", path: (id) => `/officer/cases/${id}` },
  complaint: { may: "read:complaint:any", path: (id) => `/officer/complaints/${id}` },
  account: { may: "read:account:any", path: (id) => `/officer/accounts/${id}` },
  spot_check: { may: "read:case:any", path: (id) => `/officer/spot-checks/${id}` },
  guidance_batch: { may: "read:guidance-price:any", path: (id) => `/officer/guidance-prices/batches/${id}` },
  fee_item: { may: "manage:catalogue:any", path: (code) => `/officer/catalogue/${encodeURIComponent(code)}` },
  parameter_set: { may: "manage:rule-params:any", path: (id) => `/officer/changes/parameters/${id}` },
  rule: { may: "read:rules:any", path: (ruleId) => `/officer/rules/${ruleId}` },
  run: { may: "read:reevaluation:any", path: (id) => `/officer/changes/runs/${id}` },
  public_case: { may: null, path: (id) => `/cases/${id}` },
  regions: { may: "manage:region:any", path: () => "/admin/regions" },
};

function objectLink(actor: Actor, opens: { page: AuditObjectPage; id: string } | null): string | null {
  if (!opens) return null;
  const { may, path } = OBJECT_PAGES[opens.page];
  return may === null || hasPermission(actor, may) ? path(opens.id) : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  // Built here, not at the module's top: query.server is not in the browser's bundle of this route.
  const auditQuery = z.object({
    action: queryParam.oneOf(AUDIT_ACTION_FILTERS),
    entity: queryParam.oneOf(AUDIT_ENTITIES),
    entityId: queryParam.text(64),
    actor: queryParam.text(64),
    from: queryParam.date(),
    to: queryParam.date(),
    before: queryParam.text(200),
  });
  const actor = await requireActor(request, "read:audit:any");
  const { filters, ignored, unknown } = readFilters(request, auditQuery);
  const { rows, ...page } = await auditLogPage(getDb(), filters, await getLang(request), getRulesRuntime().library);
  const shown = rows.map(({ object, ...row }) => ({ ...row, object: object && { name: object.name, href: objectLink(actor, object.opens) } }));
  const verification = await latestAuditVerification(getDb());
  return { ...page, rows: shown, filters, ignored, unknown, verification };
}

/** 校验审计链: the log's readers start a verification; one already running is said to be (409). */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "read:audit:any");
  if ((await readForm(request)).get("intent") !== "verify") return unknownIntent();
  const result = await startAuditVerification(getDb(), { actorId: actor.id, requestId: context?.requestId as string | undefined });
  if (!result.ok) return errorData(result);
  return redirect("/admin/audit");
}

export default function AuditLog() {
  const { rows, next, head, filters, ignored, unknown, verification } = useLoaderData<typeof loader>();
  const t = useT();
  const { before: _before, ...kept } = filters;
  const search = (extra: Record<string, string>) => `?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(kept).filter(([, v]) => v)) as Record<string, string>), ...extra })}`;
  const field = (name: "entityId" | "actor" | "from" | "to", type = "text") => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{t(`audit.filter.${name}`)}</label>
      <input id={`audit-${name}`} name={name} type={type} defaultValue={kept[name] ?? ""} maxLength={64} />
    </div>
  );
  return (
    <section className="panel">
      <h1>{t("audit.title")}</h1>
      <p className="muted">{t("audit.intro")}</p>
      {head ? (
        <p className="muted" data-testid="audit-head">
          {t("audit.chain", { seq: head.seq, hash: head.hash.slice(0, 16) })}
        </p>
      ) : null}
      <ChainVerification verification={verification} />
      <IgnoredParams names={ignored} unknown={unknown} testId="audit-ignored" />
      <Form method="get" className="filters grid cols-3" data-testid="audit-filters">
        <div className="field">
          <label htmlFor="audit-action">{t("audit.filter.action")}</label>
          <select id="audit-action" name="action" defaultValue={kept.action ?? ""}>
            <option value="">{t("audit.filter.anyAction")}</option>
            {AUDIT_SINGLE_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`audit.action.${action}`)}
              </option>
            ))}
            {AUDIT_FAMILY_NAMES.map((family) => (
              <optgroup key={family} label={t(`audit.family.${family}`)}>
                <option value={`${family}.`}>{t("audit.filter.family", { family: t(`audit.family.${family}`) })}</option>
                {AUDIT_FAMILIES[family].map((action) => (
                  <option key={action} value={action}>
                    {t(`audit.action.${action}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t("audit.filter.entity")}</label>
          <select id="audit-entity" name="entity" defaultValue={kept.entity ?? ""}>
            <option value="">{t("audit.filter.anyEntity")}</option>
            {AUDIT_ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {t(`audit.entity.${entity}`)}
              </option>
            ))}
          </select>
        </div>
        {field("entityId")}
        {field("actor")}
        {field("from", "date")}
        {field("to", "date")}
        <div className="field">
          <button type="submit" className="secondary">{t("audit.filter.apply")}</button> <Link to="/admin/audit">{t("audit.filter.reset")}</Link>
        </div>
      </Form>
      {rows.length === 0 ? (
        // Dates typed the wrong way round match nothing: said, with the range turned, rather than "no entries".
        kept.from && kept.to && kept.to < kept.from ? (
          <p className="notice warning" data-testid="audit-range-reversed">
            {t("audit.rangeReversed", { from: kept.from, to: kept.to })} <Link to={search({ from: kept.to, to: kept.from })}>{t("audit.rangeSwap", { from: kept.from, to: kept.to })}</Link>
          </p>
        ) : (
          <p>{t("audit.empty")}</p>
        )
      ) : (
        <DataTable
          testId="audit-log"
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { id: "time", header: t("audit.col.time"), key: true, cell: (r) => <Instant value={r.createdAt} /> },
            { id: "seq", header: t("audit.col.seq"), numeric: true, cell: (r) => (r.seq === null ? t("audit.beforeChain") : r.seq) },
            { id: "actor", header: t("audit.col.actor"), cell: (r) => r.actor ?? t("audit.system") },
            {
              id: "action",
              header: t("audit.col.action"),
              key: true,
              // An entry written under a code no longer listed (renamed since) is shown by its code alone.
              cell: (r) =>
                isAuditAction(r.action) ? (
                  <>
                    {t(`audit.action.${r.action}`)} <code className="audit-code muted">{r.action}</code>
                  </>
                ) : (
                  <code>{r.action}</code>
                ),
            },
            {
              id: "entity",
              header: t("audit.col.entity"),
              // The object in words, linked where the reader may open it, its id beside for support staff (the filter
              // takes it); an id no record answers, as it is.
              cell: (r) => (
                <>
                  {isAuditEntity(r.entity) ? t(`audit.entity.${r.entity}`) : r.entity}{" "}
                  {r.object ? (
                    <>
                      {r.object.href ? <Link to={r.object.href}>{r.object.name}</Link> : r.object.name}
                      {r.object.name === r.entityId ? null : (
                        <>
                          {" "}
                          <code className="audit-code muted wrap">{r.entityId}</code>
                        </>
                      )}
                    </>
                  ) : (
                    <code className="wrap">{r.entityId}</code>
                  )}
                </>
              ),
            },
            { id: "detail", header: t("audit.col.detail"), cell: (r) => <AuditDetail detail={r.detail} /> },
          ]}
        />
      )}
      <div className="pager">
        {filters.before ? <Link to={search({})}>{t("audit.first")}</Link> : null}
        {next ? (
          <Link to={search({ before: next })} data-testid="audit-next">
            {`${t("audit.next")} →`}
          </Link>
        ) : null}
      </div>
    </section>
  );
}

/**
 * An entry's detail as its fields, key: value, in words and bounded by the query (shownDetail): a key the code
 * writes by its label, its code in the tooltip for support staff; a key no longer written by itself.
 */
function AuditDetail({ detail }: { detail: AuditDetailShown }) {
  const t = useT();
  if ("text" in detail) return <code className="wrap">{detail.text}</code>;
  if (detail.fields.length === 0) return null;
  return (
    <>
      <dl className="audit-detail">
        {detail.fields.map(({ key, label, value }) => (
          <div key={key}>
            <dt title={label ? key : undefined}>{label ?? key}</dt>
            <dd>
              <code className="wrap">{value}</code>
            </dd>
          </div>
        ))}
      </dl>
      {detail.more > 0 ? <p className="audit-detail muted">{t("audit.detail.more", { n: detail.more })}</p> : null}
    </>
  );
}

/** A verification's result, audited with its head and outcome (audit-verification.server.ts). */
const VERIFIED_ACTION: AuditAction = "audit_chain.verified";

/**
 * 审计链校验: the button, and the latest verification in words: its progress while it runs (the page polls), or
 * whether the chain held and where it broke (the command line's words), the head to keep elsewhere, when and by whom;
 * and the way to every earlier result (when did it last hold, before it broke?), the log filtered to them.
 */
function ChainVerification({ verification: v }: { verification: AuditVerificationView | null }) {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const running = v?.status === "running" && !v.stalled;
  usePoll(running, 2000);
  return (
    <section className="audit-verification" data-testid="audit-verification" aria-labelledby="audit-verification-title">
      <h2 id="audit-verification-title">{t("audit.verify.title")}</h2>
      <p className="muted">{t("audit.verify.intro")}</p>
      {v === null ? (
        <p data-testid="audit-verification-result">{t("audit.verify.none")}</p>
      ) : (
        <>
          <p role="status" aria-live="polite" data-testid="audit-verification-result" className={v.status === "broken" ? "form-error" : v.status === "holds" ? "notice" : undefined}>
            {v.status === "running"
              ? t("audit.verify.inProgress", { checked: v.checked, total: v.head.seq })
              : v.status === "holds"
                ? t("audit.verify.holds", { seq: v.head.seq, checked: v.checked })
                : v.status === "broken" && v.broken
                  ? t("audit.verify.broken", { what: t(chainBreakMessage(v.broken).key, chainBreakMessage(v.broken).vars) })
                  : t("audit.verify.abandoned")}
          </p>
          {v.stalled ? <p className="form-error">{t("audit.verify.stalled")}</p> : running ? <p className="muted">{t("audit.verify.polling")}</p> : null}
          {v.beforeChain ? <p className="muted">{t("audit.verify.beforeChain", { n: v.beforeChain })}</p> : null}
          <dl className="grid cols-3">
            <Fact label={t("audit.verify.head")} testId="audit-verification-head">
              {t("audit.verify.headValue", { seq: v.head.seq })} <code className="wrap">{v.head.hash}</code>
            </Fact>
            <Fact label={t("audit.verify.chainSince")}>
              <Instant value={v.head.chainStartedAt} />
            </Fact>
            <Fact label={t("audit.verify.requestedBy")}>{v.requestedBy ?? t("audit.system")}</Fact>
            <Fact label={t("audit.verify.startedAt")}>
              <Instant value={v.startedAt} />
            </Fact>
            <Fact label={t("audit.verify.finishedAt")}>{v.finishedAt ? <Instant value={v.finishedAt} /> : "—"}</Fact>
          </dl>
          {/* The panel keeps the latest only; each result is audited with its head, so the log lists them all. */}
          <p>
            <Link to={`/admin/audit?action=${VERIFIED_ACTION}`} data-testid="audit-verification-history">
              {t("audit.verify.history")}
            </Link>
          </p>
        </>
      )}
      {actionData?.error ? (
        <p className="form-error" role="alert" data-testid="audit-verification-error">
          {t(actionData.error.key, actionData.error.vars)}
        </p>
      ) : null}
      <Form method="post">
        <button type="submit" name="intent" value="verify" className="primary" disabled={busy || running}>
          {t("audit.verify.start")}
        </button>
      </Form>
    </section>
  );
}
