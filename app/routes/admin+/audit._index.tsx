/**
 * The audit log for the admin: newest first, filtered by action, entity,
 * entity id, actor and days (all in the URL), a page at a time, with the
 * chain's head (app/domain/audit/). Verifying the whole chain is a command
 * (`npm run audit:verify`), not a page: it reads every entry.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { Instant } from "~/components/instant";
import { auditLogPage } from "~/domain/audit/audit-log.queries.server";
import { useT } from "~/utils/i18n";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readFilters } from "~/web/query.server";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  // Built here, not at the module's top: query.server is not in the browser's bundle of this route.
  const auditQuery = z.object({
    action: queryParam.text(64),
    entity: queryParam.text(64),
    entityId: queryParam.text(64),
    actor: queryParam.text(64),
    from: queryParam.date(),
    to: queryParam.date(),
    before: queryParam.text(200),
  });
  await requireActor(request, "read:audit:any");
  const { filters, ignored } = readFilters(request, auditQuery);
  return { ...(await auditLogPage(getDb(), filters)), filters, ignored };
}

export default function AuditLog() {
  const { rows, next, head, filters, ignored } = useLoaderData<typeof loader>();
  const t = useT();
  const { before: _before, ...kept } = filters;
  const search = (extra: Record<string, string>) => `?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(kept).filter(([, v]) => v)) as Record<string, string>), ...extra })}`;
  const field = (name: keyof typeof kept, type = "text") => (
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
      {ignored.length > 0 ? (
        <p className="form-error" role="alert" data-testid="audit-ignored">
          {t("query.ignored", { names: ignored.join(", ") })}
        </p>
      ) : null}
      <Form method="get" className="filters grid cols-3" data-testid="audit-filters">
        {field("action")}
        {field("entity")}
        {field("entityId")}
        {field("actor")}
        {field("from", "date")}
        {field("to", "date")}
        <div className="field">
          <button type="submit">{t("audit.filter.apply")}</button> <Link to="/admin/audit">{t("audit.filter.reset")}</Link>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <DataTable
          testId="audit-log"
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { id: "time", header: t("audit.col.time"), key: true, cell: (r) => <Instant value={r.createdAt} /> },
            { id: "seq", header: t("audit.col.seq"), numeric: true, cell: (r) => (r.seq === null ? t("audit.beforeChain") : r.seq) },
            { id: "actor", header: t("audit.col.actor"), cell: (r) => r.actor ?? t("audit.system") },
            { id: "action", header: t("audit.col.action"), key: true, cell: (r) => <code>{r.action}</code> },
            { id: "entity", header: t("audit.col.entity"), cell: (r) => `${r.entity} ${r.entityId}` },
            { id: "detail", header: t("audit.col.detail"), cell: (r) => <code className="wrap">{r.detail}</code> },
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
