import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { SeverityBadge } from "~/components/severity-badge";
import { listCaseQueue } from "~/domain/cases/case.queries.server";
import { regionName } from "~/domain/regions/region.queries.server";
import { hasPermission } from "~/domain/users/actor";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useRuleLang, useT } from "~/utils/i18n";
import { formatTerm } from "~/utils/term";
import { readQuery } from "~/web/query.server";
import { z } from "zod";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const db = getDb();
  // The cursor is base64url; the domain restarts from the first page on one it cannot read.
  const { after } = readQuery(request, z.object({ after: z.string().max(500).regex(/^[A-Za-z0-9_-]*$/).optional() }));
  const cursor = after || null;
  const [queue, scope] = await Promise.all([
    listCaseQueue({ db, actor, cursor }),
    hasPermission(actor, "read:case:any") || !actor.regionCode ? null : regionName(db, actor.regionCode),
  ]);
  return { ...queue, scope, paged: Boolean(cursor) };
}

export default function CaseQueue() {
  const { cases, nextCursor, scope, paged } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const text = useRuleLang();
  return (
    <section className="panel">
      <h1>{t("queue.title")}</h1>
      {scope ? <p className="muted">{t("queue.scope", { region: scope })}</p> : null}
      {cases.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <DataTable
          rows={cases}
          rowKey={(c) => c.id}
          columns={[
            { id: "severity", header: t("queue.severity"), key: true, cell: (c) => <SeverityBadge severity={c.severity} /> },
            {
              id: "kindergarten",
              header: t("queue.kindergarten"),
              key: true,
              cell: (c) => <Link to={`/officer/cases/${c.id}`}>{c.kindergarten_name}</Link>,
            },
            { id: "region", header: t("queue.region"), cell: (c) => c.region_name },
            { id: "rule", header: t("queue.rule"), cell: (c) => (c.rule_title ? `${c.rule_id} ${c.rule_title[text]}` : c.rule_id) },
            { id: "term", header: t("case.term"), cell: (c) => formatTerm(c.term, lang) },
            { id: "due", header: t("queue.due"), key: true, cell: (c) => c.due_date },
            { id: "status", header: t("fees.status"), cell: (c) => t(`case.status.${c.status}`) },
          ]}
        />
      )}
      <div className="pager">
        {paged ? <Link to="/officer/cases">{t("queue.first")}</Link> : null}
        {nextCursor ? <Link to={`/officer/cases?after=${nextCursor}`}>{t("queue.next")} →</Link> : null}
      </div>
    </section>
  );
}
