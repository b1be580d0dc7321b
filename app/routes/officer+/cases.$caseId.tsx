import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FlagExplanation } from "~/components/flag-explanation";
import { SeverityBadge } from "~/components/severity-badge";
import { getCaseForActor } from "~/domain/cases/case.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useT } from "~/utils/i18n";
import { FeeItemsTable } from "~/components/fee-items-table";
import { formatTerm } from "~/utils/term";
import { Instant } from "~/components/instant";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  // Out-of-region cases are "not found", so ids of other districts reveal nothing.
  const found = await getCaseForActor({ db: getDb(), actor, caseId: params.caseId ?? "" });
  if (!found) throw new Response("Not found", { status: 404 });
  return found;
}

export default function CaseDetail() {
  const { case: c, flags, events, items, filing, flaggedItems } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <section className="panel">
      <p>
        <Link to="/officer/cases">← {t("queue.title")}</Link>
      </p>
      <h1>
        {t("case.title")} · {c.name_in_use} <SeverityBadge severity={c.severity} />
      </h1>
      <dl className="grid cols-3">
        <div>
          <dt className="muted">{t("case.kindergarten")}</dt>
          <dd>
            <Link to={`/officer/kindergartens/${c.kindergarten_id}`}>{c.approved_name}</Link> · {c.region_name}
          </dd>
        </div>
        <div>
          <dt className="muted">{t("case.uscc")}</dt>
          <dd>{c.uscc}</dd>
        </div>
        <div>
          <dt className="muted">{t("case.nature")}</dt>
          <dd>{t(`nature.${c.nature}`)}</dd>
        </div>
        <div>
          <dt className="muted">{t("case.term")}</dt>
          <dd>{formatTerm(c.term, lang)}</dd>
        </div>
        {filing ? (
          <div>
            <dt className="muted">{t("case.filing")}</dt>
            <dd>
              {/* Officers have no filing page: the kindergarten's page shows its filings' context, and the items are below. */}
              <Link to={`/officer/kindergartens/${c.kindergarten_id}`}>
                {t("case.filingText", { version: filing.version, from: filing.effective_from })}
              </Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="muted">{t("case.due")}</dt>
          <dd>{c.due_date}</dd>
        </div>
        <div>
          <dt className="muted">{t("fees.status")}</dt>
          <dd>{t(`case.status.${c.status}`)}</dd>
        </div>
      </dl>

      <h2>{t("case.reasons")}</h2>
      {flags.map((f) => (
        <FlagExplanation key={`${f.rule_id}@${f.rule_version}`} outcome={f.outcome} />
      ))}

      {flaggedItems.length > 0 ? (
        <>
          <h2>{t("case.flaggedItems")}</h2>
          <FeeItemsTable items={flaggedItems} testId="flagged-items" />
        </>
      ) : null}

      <h2>{t("case.items")}</h2>
      <FeeItemsTable items={items} testId="filing-items" />

      <h2>{t("case.timeline")}</h2>
      <ol className="timeline">
        {events.map((e) => (
          <li key={e.id}>
            <Instant value={e.created_at} /> ·{" "}
            {t(`case.event.${e.kind}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}
