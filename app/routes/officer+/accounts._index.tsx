import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AccountPeriod } from "~/components/account-history";
import { DataTable } from "~/components/data-table";
import { IgnoredParams } from "~/components/filter-select";
import { CivilDate, Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { SeverityBadge } from "~/components/severity-badge";
import { accountQueue, type QueueRow } from "~/domain/fee-accounts/fee-account.queries.server";
import { QUEUE_STATUSES } from "~/domain/fee-accounts/fee-account.schema";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readFilters } from "~/web/query.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("account.queue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:region", "read:account:any");
  const { filters, ignored, unknown } = readFilters(request, z.object({ status: queryParam.oneOf(QUEUE_STATUSES), after: queryParam.text(40) }));
  const { status = "pending", after } = filters;
  const queue = await accountQueue(getDb(), actor, { status, after });
  if (!queue) throw new Response("Not found", { status: 404 });
  // Not "status": Remix reads a loader object's top-level status as the HTTP status of a ?_data answer.
  return { ...queue, state: status, ignored, unknown };
}

/** The list's filter by its label, for the notice of a value left out. */
const PARAM_LABELS = { status: "account.status" };

function QueueApproval({ approval }: { approval: QueueRow["approval"] }) {
  const t = useT();
  if (!approval) return <>—</>;
  if (approval.kind === "replaces") {
    return <Interpolate id="account.queue.approval.replaces" vars={{ last4: approval.replacesLast4, to: <CivilDate value={approval.endsOn} /> }} />;
  }
  if (approval.kind === "blocked") {
    return (
      <span className="form-error">
        <Interpolate id="account.queue.approval.blocked" vars={{ later: <CivilDate value={approval.laterFrom} /> }} />
      </span>
    );
  }
  return <>{t(`account.queue.approval.${approval.kind}`)}</>;
}

export default function AccountQueue() {
  const { rows, next, total, state: status, canReview, today, ignored, unknown } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("account.queue.title")}</h1>
      <p className="muted">{canReview ? t("account.queue.intro") : t("account.review.readOnly")}</p>
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="account-queue-ignored" />
      <nav className="tabs" aria-label={t("account.status")}>
        {QUEUE_STATUSES.map((s) => (
          <Link key={s} to={`?status=${s}`} aria-current={s === status ? "page" : undefined}>
            {t(`account.status.${s}`)}
          </Link>
        ))}
      </nav>
      <p className="muted">{t("account.queue.count", { n: total })}</p>
      {rows.length === 0 ? (
        <p>{t("account.queue.empty")}</p>
      ) : (
        <DataTable
          testId="account-queue"
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              id: "kg",
              header: t("account.queue.kindergarten"),
              key: true,
              // The approved name, as the review page is headed and as A01 compares the account name; the name in use beside it.
              cell: (r) => (
                <>
                  <Link to={`/officer/accounts/${r.id}`}>{r.approvedName}</Link>
                  {r.kindergartenName ? <span className="muted"> {t("account.queue.nameInUse", { name: r.kindergartenName })}</span> : null}
                </>
              ),
            },
            { id: "region", header: t("account.queue.region"), cell: (r) => r.regionName },
            { id: "bank", header: t("account.bankName"), cell: (r) => r.bankName },
            { id: "name", header: t("account.accountName"), cell: (r) => r.accountName },
            { id: "from", header: t("account.effectiveFrom"), cell: (r) => <AccountPeriod status={status} from={r.effectiveFrom} to={r.effectiveTo} today={today} /> },
            { id: "filed", header: t("account.filedAt"), cell: (r) => <Instant value={r.filedAt} /> },
            ...(status === "pending"
              ? [
                  {
                    id: "approval",
                    header: t("account.queue.approval"),
                    // What approval does, as the review page says it: a replacement ends an account parents pay into.
                    cell: (r: (typeof rows)[number]) => <QueueApproval approval={r.approval} />,
                  },
                ]
              : [
                  {
                    id: "reviewed",
                    header: t("account.reviewedAt"),
                    cell: (r: (typeof rows)[number]) => (r.reviewedAt ? <Instant value={r.reviewedAt} /> : "—"),
                  },
                  { id: "reviewer", header: t("account.reviewedBy"), cell: (r: (typeof rows)[number]) => r.reviewedBy ?? "—" },
                ]),
            {
              id: "flag",
              header: t("account.queue.flag"),
              // The rule beside the colour: A01 (the name) is a different question from anything else a rule may raise.
              cell: (r) =>
                r.flagged ? (
                  <>
                    <SeverityBadge severity={r.flagged} /> {r.flaggedRules.join("、")}
                  </>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      )}
      {next ? (
        <p>
          <Link to={`?status=${status}&after=${next}`}>{t("account.queue.more")} →</Link>
        </p>
      ) : null}
    </section>
  );
}
