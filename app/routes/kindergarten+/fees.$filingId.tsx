import { listOf } from "~/i18n";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { FeeItemsTable } from "~/components/fee-items-table";
import { datedText } from "~/components/instant";
import { FlagExplanation } from "~/components/flag-explanation";
import { RefundScheduleTable } from "~/components/refund-schedule";
import { VersionStandingText } from "~/components/version-standing";
import { getOwnFiling } from "~/domain/filings/filing.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { getRulesRuntime } from "~/web/rules.server";
import { useLang, useRuleLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";
import { usePoll } from "~/utils/use-poll";
import { formatTerm } from "~/utils/term";
import { ruleVersionLabel } from "~/utils/flag-words";
import { pageTitle } from "~/utils/page-title";
import { clearFormDraft, filingDraftKey } from "~/utils/form-draft";
import { useEffect } from "react";
import { Fact } from "~/components/facts";

export const meta = pageTitle("fees.detail");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:filing:own");
  const found = await getOwnFiling(getDb(), actor, params.filingId ?? "", new Date(), getRulesRuntime().library);
  if (!found) throw new Response("Not found", { status: 404 });
  return found;
}

export default function FilingDetail() {
  const { filing, correction, remedy, standing, items, flags, evaluatedRules, refundSchedule, accountStatus } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const text = useRuleLang();
  const [params] = useSearchParams();
  const pending = filing.status === "submitted";
  // The rules run in the background; poll until they have, so the operator sees the outcome without reloading.
  // Only `pending` may speak of the check running: the "filed" notice stays while ?saved=1 is in the URL,
  // which is after the check has finished too.
  usePoll(pending);
  // Filed (or found already filed): the schedule this browser kept while it was typed is on the server now.
  const filed = Boolean(params.get("saved") || params.get("unchanged"));
  useEffect(() => {
    if (filed) clearFormDraft(filingDraftKey(filing.kindergarten_id));
  }, [filed, filing.kindergarten_id]);
  return (
    <section className="panel">
      <p>
        <Link to="/kindergarten/fees">← {t("fees.back")}</Link>
      </p>
      <h1>
        {t("fees.detail")} {t("fees.versionNo", { version: filing.version })} · {formatTerm(filing.term, lang)}
      </h1>
      {params.get("saved") ? <p className="notice" role="status">{t("fees.saved")}</p> : null}
      {params.get("unchanged") ? (
        <p className="notice" role="status" data-testid="filing-unchanged">
          {t("fees.unchanged", { version: filing.version })}
        </p>
      ) : null}
      <p className="muted">
        {datedText([`${t("fees.effectiveFrom")} `, { date: filing.effective_from }, ` · ${t("fees.publishedOn")} `, { date: filing.published_on }, ` · ${t(`fees.status.${filing.status}`)}`])}
      </p>
      {/* "Checked" says nothing of whether its fees are charged: where this version stands, as the list says it. */}
      <p data-testid="filing-standing">
        {t("fees.standing")}
        {t("text.colon")}
        <VersionStandingText standing={standing} />
      </p>
      {/* The way to act on what the rules found (or on a mistake seen here): not only "← list" and its "new term" button. */}
      {correction ? (
        <div data-testid="filing-correction">
          <p className="muted">{t("fees.correct.hint", { version: correction.nextVersion })}</p>
          <p>
            <Link className="primary" to={`/kindergarten/fees/new?term=${encodeURIComponent(correction.term)}`}>
              {t("fees.correct.link")}
            </Link>
          </p>
        </div>
      ) : null}
      <h2>{t("fees.items")}</h2>
      <FeeItemsTable items={items} marks />
      <h2>{t("fees.disclosure")}</h2>
      <dl className="grid cols-2" data-testid="filed-texts">
        {(
          [
            ["fees.pricingBasis", filing.pricing_basis],
            ["fees.complaintChannel", filing.complaint_channel],
            ["fees.waiverDeduction", filing.waiver_deduction_fen > 0 ? formatFen(filing.waiver_deduction_fen, lang) : ""],
            ["fees.appliesToEnrolled", t(filing.applies_to_enrolled ? "evidence.yes" : "evidence.no")],
            ["fees.note", filing.note],
          ] as const
        ).map(([label, value]) => (
          <Fact key={label} label={t(label)} className="prewrap">
            {value || "—"}
          </Fact>
        ))}
      </dl>
      <h2>{t("refund.filed.title")}</h2>
      {refundSchedule && refundSchedule.length > 0 ? (
        <RefundScheduleTable schedule={refundSchedule} testId="refund-schedule" />
      ) : (
        <p className="muted">{t("refund.filed.none")}</p>
      )}
      {filing.refund_rules ? <p className="prewrap">{filing.refund_rules}</p> : null}
      <h2>{t("fees.flags")}</h2>
      {pending ? (
        <p className="notice" role="status" data-testid="evaluation-pending">
          {t("fees.pending")}
        </p>
      ) : flags.length === 0 ? (
        <p className="badge ok">{t("fees.noFlags")}</p>
      ) : (
        flags.map((r) => <FlagExplanation key={`${r.rule_id}@${r.rule_version}`} outcome={r.outcome} audience="kindergarten" remedy={remedy} items={items} accountStatus={accountStatus} />)
      )}
      {pending ? null : (
        // Each rule by its title, its version after it (a bookkeeper knows no rule codes; officers' pages keep them).
        <p className="muted" data-testid="checked-rules">
          {t("fees.checkedRules", {
            count: evaluatedRules.length,
            rules: listOf(
              evaluatedRules.map((r) => (r.title ? t("fees.checkedRule", { title: r.title[text], version: r.version }) : ruleVersionLabel(r.ruleId, r.version, lang))),
              lang,
            ),
          })}
        </p>
      )}
    </section>
  );
}
