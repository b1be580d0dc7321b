/** R15's findings on the meal-fund accounts of the officer's district (education officers; admins everywhere), newest first. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { FlagExplanation } from "~/components/flag-explanation";
import { Instant } from "~/components/instant";
import { officerMealFundFlags } from "~/domain/meal-fund/meal-fund.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readQuery } from "~/web/query.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("mealFund.officer.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:meal-fund:region", "read:meal-fund:any");
  const { after } = readQuery(request, z.object({ after: queryParam.text(40) }));
  const page = await officerMealFundFlags(getDb(), actor, { after });
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export default function OfficerMealFundFlags() {
  const { rows, next } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("mealFund.officer.title")}</h1>
      <p className="muted">{t("mealFund.officer.intro")}</p>
      {rows.length === 0 ? <p>{t("mealFund.officer.empty")}</p> : null}
      {rows.map((r) => (
        <div key={r.id} data-testid="meal-fund-flag" data-kindergarten={r.kindergartenId}>
          <h2>
            <Link to={`/officer/kindergartens/${r.kindergartenId}`}>{r.kindergartenName}</Link> · {r.month}
          </h2>
          <p className="muted">
            {t("mealFund.officer.evaluatedAt")} <Instant value={r.evaluatedAt} />
          </p>
          <FlagExplanation outcome={r.outcome} audience="officer" />
        </div>
      ))}
      {next ? (
        <p>
          <Link to={`?after=${next}`}>{t("mealFund.officer.more")} →</Link>
        </p>
      ) : null}
    </section>
  );
}
