/**
 * The kindergarten's complaints in mediation (投诉举报处理暂行办法 Art. 16–22):
 * the operator sees a 投诉 once the authority has taken it into mediation,
 * never a 举报 and never who filed it unless the complainant agreed.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { Instant } from "~/components/instant";
import { kindergartenComplaints } from "~/domain/complaints/complaint-kindergarten.server";
import { useT } from "~/utils/i18n";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("complaintAnswer.listTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:complaint:own");
  const complaints = await kindergartenComplaints(getDb(), actor);
  if (!complaints) throw new Response("Not found", { status: 404 });
  return { complaints };
}

export default function KindergartenComplaints() {
  const { complaints } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("complaintAnswer.listTitle")}</h1>
      <p className="muted">{t("complaintAnswer.listIntro")}</p>
      {complaints.length === 0 ? (
        <p data-testid="complaints-empty">{t("complaintAnswer.none")}</p>
      ) : (
        <DataTable
          testId="kindergarten-complaints"
          rows={complaints}
          rowKey={(c) => c.id}
          columns={[
            { id: "no", header: t("complaintAnswer.trackingNo"), key: true, cell: (c) => <Link to={`/kindergarten/complaints/${c.id}`}>{c.reference}</Link> },
            { id: "kind", header: t("complaintAnswer.kind"), cell: (c) => t(`complaint.kind.${c.kind}`) },
            { id: "status", header: t("complaintAnswer.status"), cell: (c) => t(`complaint.status.${c.status}`) },
            { id: "received", header: t("complaintAnswer.receivedAt"), cell: (c) => <Instant value={c.receivedAt} /> },
            { id: "answered", header: t("complaintAnswer.answered"), cell: (c) => t(c.answered ? "complaintAnswer.answered.yes" : c.status === "mediating" ? "complaintAnswer.answered.no" : "complaintAnswer.answered.ended") },
          ]}
        />
      )}
    </section>
  );
}
