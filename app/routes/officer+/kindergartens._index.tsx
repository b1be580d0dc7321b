import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { listKindergartensInScope } from "~/domain/rules-config/rule-library.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { registryScope } from "~/domain/registry/registry.server";

const LIMIT = 200;

export const meta = pageTitle("rulesConfig.kgs.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:kindergarten:region", "read:kindergarten:any");
  const q = readQuery(request, z.object({ q: queryParam.search(100) })).q ?? "";
  const rows = await listKindergartensInScope({ db: getDb(), actor, q, limit: LIMIT + 1 });
  return { q, kindergartens: rows.slice(0, LIMIT), more: rows.length > LIMIT, limit: LIMIT, keepsRegistry: registryScope(actor).kind !== "none" };
}

export default function Kindergartens() {
  const { q, kindergartens, more, limit, keepsRegistry } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("rulesConfig.kgs.title")}</h1>
      <p className="muted">{t("rulesConfig.kgs.intro")}</p>
      {keepsRegistry ? (
        <p>
          <Link to="/officer/kindergartens/new">{t("registry.new.link")}</Link>
          {" · "}
          <Link to="/officer/kindergartens/import">{t("registry.import.link")}</Link>
        </p>
      ) : null}
      <Form method="get" className="inline">
        <label htmlFor="kg-q">{t("rulesConfig.kgs.search")}</label> <input id="kg-q" name="q" defaultValue={q} type="search" />{" "}
        <button type="submit" className="secondary">
          {t("rulesConfig.kgs.submit")}
        </button>
      </Form>
      {kindergartens.length === 0 ? (
        <p>{t("rulesConfig.kgs.none")}</p>
      ) : (
        <DataTable
          rows={kindergartens}
          rowKey={(k) => k.id}
          columns={[
            {
              id: "name",
              header: t("rulesConfig.kg.approvedName"),
              key: true,
              cell: (k) => <Link to={`/officer/kindergartens/${k.id}`}>{k.approved_name}</Link>,
            },
            { id: "region", header: t("rulesConfig.kg.region"), cell: (k) => k.region_name },
            { id: "nature", header: t("rulesConfig.kg.nature"), cell: (k) => t(`nature.${k.nature}`) },
            { id: "status", header: t("rulesConfig.kg.status"), cell: (k) => t(`rulesConfig.kg.status.${k.status}`) },
          ]}
        />
      )}
      {more ? <p className="muted">{t("rulesConfig.kgs.limited", { count: limit })}</p> : null}
    </section>
  );
}
