import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listKindergartensInScope } from "~/domain/rules-config/rules-catalogue.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { useT } from "~/utils/i18n";

const LIMIT = 200;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:kindergarten:region", "read:kindergarten:any");
  const q = readQuery(request, z.object({ q: queryParam.search(100) })).q ?? "";
  const rows = await listKindergartensInScope({ db: getDb(), actor, q, limit: LIMIT + 1 });
  return { q, kindergartens: rows.slice(0, LIMIT), more: rows.length > LIMIT, limit: LIMIT };
}

export default function Kindergartens() {
  const { q, kindergartens, more, limit } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("rulesConfig.kgs.title")}</h1>
      <p className="muted">{t("rulesConfig.kgs.intro")}</p>
      <Form method="get" className="inline">
        <label htmlFor="kg-q">{t("rulesConfig.kgs.search")}</label> <input id="kg-q" name="q" defaultValue={q} type="search" />{" "}
        <button type="submit" className="secondary">
          {t("rulesConfig.kgs.submit")}
        </button>
      </Form>
      {kindergartens.length === 0 ? (
        <p>{t("rulesConfig.kgs.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th>{t("rulesConfig.kg.approvedName")}</th>
                <th>{t("rulesConfig.kg.region")}</th>
                <th>{t("rulesConfig.kg.nature")}</th>
                <th>{t("rulesConfig.kg.status")}</th>
              </tr>
            </thead>
            <tbody>
              {kindergartens.map((k) => (
                <tr key={k.id}>
                  <td data-label={t("rulesConfig.kg.approvedName")}>
                    <Link to={`/officer/kindergartens/${k.id}`}>{k.approved_name}</Link>
                  </td>
                  <td data-label={t("rulesConfig.kg.region")}>{k.region_name}</td>
                  <td data-label={t("rulesConfig.kg.nature")}>{t(`nature.${k.nature}`)}</td>
                  <td data-label={t("rulesConfig.kg.status")}>{t(`rulesConfig.kg.status.${k.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more ? <p className="muted">{t("rulesConfig.kgs.limited", { count: limit })}</p> : null}
    </section>
  );
}
