import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
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
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th>{t("fees.version")}</th>
                <th>{t("fees.term")}</th>
                <th>{t("fees.effectiveFrom")}</th>
                <th>{t("fees.status")}</th>
                <th>{t("fees.flags")}</th>
              </tr>
            </thead>
            <tbody>
              {filings.map((f) => (
                <tr key={f.id}>
                  <td data-label={t("fees.version")}>
                    <Link to={`/kindergarten/fees/${f.id}`}>v{f.version}</Link>
                  </td>
                  <td data-label={t("fees.term")}>{formatTerm(f.term, lang)}</td>
                  <td data-label={t("fees.effectiveFrom")}>{f.effective_from}</td>
                  <td data-label={t("fees.status")}>{t(`fees.status.${f.status}`)}</td>
                  <td data-label={t("fees.flags")}>
                    {f.status === "evaluated" ? <SeverityBadge severity={f.worstSeverity} /> : "…"}
                    {f.flagCount > 1 ? ` ×${f.flagCount}` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
