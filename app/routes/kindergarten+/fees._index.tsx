import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { SeverityBadge } from "~/components/severity-badge";
import { getOperatorKindergarten, listOwnFilings } from "~/domain/filings/filing.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useT } from "~/utils/i18n";
import { formatTerm } from "~/utils/term";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:filing:own");
  const db = getDb();
  const [kindergarten, filings] = await Promise.all([getOperatorKindergarten(db, actor), listOwnFilings(db, actor)]);
  if (!kindergarten) throw new Response("Not found", { status: 404 });
  return { kindergarten, filings };
}

export default function FeeFilings() {
  const { kindergarten, filings } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <section className="panel">
      <h1>
        {t("fees.title")} · {kindergarten.name_in_use}
      </h1>
      <p className="muted">
        {kindergarten.region_name} · {t(`nature.${kindergarten.nature}`)} · {kindergarten.uscc}
      </p>
      <p>
        <Link className="primary" to="/kindergarten/fees/new">{t("fees.new")}</Link>
      </p>
      {filings.length === 0 ? (
        <p>{t("fees.none")}</p>
      ) : (
        <DataTable
          rows={filings}
          rowKey={(f) => f.id}
          columns={[
            { id: "version", header: t("fees.version"), key: true, cell: (f) => <Link to={`/kindergarten/fees/${f.id}`}>v{f.version}</Link> },
            { id: "term", header: t("fees.term"), key: true, cell: (f) => formatTerm(f.term, lang) },
            { id: "effectiveFrom", header: t("fees.effectiveFrom"), cell: (f) => f.effective_from },
            { id: "status", header: t("fees.status"), cell: (f) => t(`fees.status.${f.status}`) },
            {
              id: "flags",
              header: t("fees.flags"),
              key: true,
              cell: (f) =>
                f.status !== "evaluated" ? (
                  "…"
                ) : f.redCount + f.amberCount === 0 ? (
                  <SeverityBadge severity={null} />
                ) : (
                  <>
                    {f.redCount > 0 ? <span className="badge red">{t("fees.flagCount.red", { count: f.redCount })}</span> : null}{" "}
                    {f.amberCount > 0 ? <span className="badge amber">{t("fees.flagCount.amber", { count: f.amberCount })}</span> : null}
                  </>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
