import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { AccountHistory, AccountPeriod, CertificateLink, accountFlagsId, accountStateKey } from "~/components/account-history";
import { AccountChecksSummary } from "~/components/account-summary";
import { FlagExplanation } from "~/components/flag-explanation";
import { confirmFirst } from "~/components/forms";
import { CivilDate, Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { lastFour, RETURN_REASON_MAX } from "~/domain/fee-accounts/fee-account.schema";
import { accountForOfficer } from "~/domain/fee-accounts/fee-account.queries.server";
import { reviewAccount } from "~/domain/fee-accounts/fee-account.service.server";
import type { Message } from "~/domain/result";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { reloadAfterConflict } from "~/utils/versioned-form";
import { Fact } from "~/components/facts";

export const meta = pageTitle("account.review.title");

/**
 * A filing decided meanwhile (another tab, a colleague: 409) is read again, so the page shows the decision and who
 * made it instead of the form as it was; a refusal of the form itself (400) leaves the page as it is.
 */
export const shouldRevalidate = reloadAfterConflict;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:region", "read:account:any");
  const view = await accountForOfficer(getDb(), actor, params.accountId ?? "");
  // Another district's filing is "not found", as cases are.
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

type ActionAnswer = {
  done: { status: "approved" | "returned"; effectiveFrom: string } | null;
  error: Message | null;
  noteError: Message | null;
  /** What the officer typed, sent back with a refusal: the form shows it again (without JavaScript too), or, decided meanwhile, says it was not saved. */
  note: string | null;
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "review:account:region");
  const form = await readForm(request);
  const note = form.get("note");
  const result = await reviewAccount({
    db: getDb(),
    actor,
    accountId: params.accountId ?? "",
    input: { decision: form.get("decision"), note: note ?? undefined },
    requestId: context?.requestId,
  });
  if (!result.ok) {
    return failureData<ActionAnswer>(result, {
      done: null,
      error: result.formErrors[0] ?? null,
      noteError: result.fieldErrors.note?.[0] ?? null,
      note: typeof note === "string" && note.trim() !== "" ? note : null,
    });
  }
  return data<ActionAnswer>({ done: { status: result.status, effectiveFrom: result.effectiveFrom }, error: null, noteError: null, note: null });
}

export default function AccountReview() {
  const view = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const [noteLength, setNoteLength] = useState(answer?.note?.length ?? 0);
  const { account, kindergarten, today } = view;
  // What approval would do, as reviewAccount decides it (planApproval): never worked out again here.
  const approval = view.approval;
  const ended = approval?.ok && approval.ends ? view.accounts.find((a) => a.id === approval.ends!.id) : undefined;
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/accounts">← {t("account.queue.title")}</Link>
        </p>
        <h1>
          {t("account.review.title")} · <Link to={`/officer/kindergartens/${kindergarten.id}`}>{kindergarten.approvedName}</Link>
        </h1>
        <p className="muted">
          {kindergarten.regionName} · {t(accountStateKey(account, today))}
        </p>
        <dl className="grid cols-3" data-testid="account-detail">
          <Fact label={t("account.bankName")}>
            {account.bankName} {account.branchName}
          </Fact>
          <Fact label={t("account.accountName")}>{account.accountName}</Fact>
          <Fact label={t("account.accountNumber")} className="mono">
            {account.accountNumber}
          </Fact>
          <Fact label={t("account.cnapsCode")}>{account.cnapsCode ?? "—"}</Fact>
          <Fact label={t("account.effectiveFrom")}>
            <AccountPeriod status={account.status} from={account.effectiveFrom} to={account.effectiveTo} today={today} />
          </Fact>
          <Fact label={t("account.filedAt")}>
            <Instant value={account.filedAt} />
          </Fact>
          <Fact label={t("account.evidence")}>{view.evidence ? <CertificateLink href={`/officer/accounts/${account.id}/evidence`}>{view.evidence.name}</CertificateLink> : "—"}</Fact>
          {view.decision ? (
            <>
              <Fact label={t("account.reviewedBy")} testId="account-reviewed-by">
                {view.decision.by ?? "—"}
              </Fact>
              <Fact label={t("account.reviewedAt")}>
                <Instant value={view.decision.at} />
              </Fact>
            </>
          ) : null}
          {account.reviewNote ? <Fact label={t("account.reviewNote")}>{account.reviewNote}</Fact> : null}
        </dl>
        {account.flags.length > 0 ? (
          // The history below links this filing's badge here, and does not explain the same flags a second time.
          <div id={accountFlagsId(account.id)} data-testid="review-flags">
            {account.flags.map((f) => (
              <FlagExplanation key={f.ruleId} outcome={f} audience="officer" accountStatus={account.status} />
            ))}
          </div>
        ) : null}

        {answer?.done ? (
          <p className="notice" role="status">
            {answer.done.status === "approved" ? <Interpolate id="account.review.done.approved" vars={{ from: <CivilDate value={answer.done.effectiveFrom} /> }} /> : t("account.review.done.returned")}
          </p>
        ) : null}
        {answer?.error ? (
          <p className="form-error" role="alert">
            {t(answer.error.key, answer.error.vars)}
          </p>
        ) : null}
        {answer?.note && account.status !== "pending" ? (
          <div className="notice" data-testid="review-note-unsaved">
            <p>{t("account.review.noteUnsaved")}</p>
            <p className="prewrap">{answer.note}</p>
          </div>
        ) : null}

        {account.status === "pending" && view.canReview ? (
          <Form
            method="post"
            data-testid="review-form"
            onSubmit={(event) => {
              // Approval takes effect (and ends the account it replaces) and cannot be undone: asked first. A return is not.
              const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
              if (submitter?.value === "approve") confirmFirst(t("account.review.confirmApprove"))(event);
            }}
          >
            <h2>{t("account.review.title")}</h2>
            {approval && !approval.ok ? (
              <p className="form-error" role="alert" data-testid="review-blocked">
                <Interpolate id="account.review.blocked" vars={{ later: <CivilDate value={approval.laterFrom} />, from: <CivilDate value={approval.effectiveFrom} /> }} />
              </p>
            ) : approval?.ok && approval.ends ? (
              <p className="muted" data-testid="review-plan">
                <Interpolate
                  id="account.review.endsPrevious"
                  vars={{ from: <CivilDate value={approval.effectiveFrom} />, to: <CivilDate value={approval.ends.effectiveTo} />, last4: ended ? lastFour(ended.accountNumber) : "" }}
                />
              </p>
            ) : approval?.ok ? (
              <p className="muted" data-testid="review-plan">
                <Interpolate id="account.review.startsOn" vars={{ from: <CivilDate value={approval.effectiveFrom} /> }} />
              </p>
            ) : null}
            <div className="field">
              <label htmlFor="review-note">
                {t("account.review.reason")} / {t("account.review.note")}
              </label>
              <textarea
                id="review-note"
                name="note"
                rows={3}
                maxLength={RETURN_REASON_MAX}
                aria-describedby="review-note-count review-note-error"
                defaultValue={answer?.note ?? undefined}
                onChange={(event) => setNoteLength(event.currentTarget.value.length)}
              />
              {/* The browser cuts a longer text at the limit without a word (a pasted reason loses its end): said here. */}
              <p id="review-note-count" className={noteLength >= RETURN_REASON_MAX ? "field-error" : "muted"} data-testid="review-note-count">
                {noteLength >= RETURN_REASON_MAX
                  ? t("account.review.noteFull", { max: RETURN_REASON_MAX })
                  : noteLength > 0
                    ? t("account.review.noteCount", { n: noteLength, max: RETURN_REASON_MAX })
                    : t("account.review.noteMax", { max: RETURN_REASON_MAX })}
              </p>
              {answer?.noteError ? (
                <p id="review-note-error" className="field-error">
                  {t(answer.noteError.key, answer.noteError.vars)}
                </p>
              ) : null}
            </div>
            <p className="actions">
              {/* Not offered when approval cannot be given: the sentence above says why. */}
              {approval?.ok !== false ? (
                <>
                  <button className="primary" type="submit" name="decision" value="approve" disabled={busy}>
                    {t("account.review.approve")}
                  </button>{" "}
                </>
              ) : null}
              <button className="secondary" type="submit" name="decision" value="return" disabled={busy}>
                {t("account.review.return")}
              </button>
            </p>
          </Form>
        ) : account.status === "pending" ? (
          <p className="muted">{t("account.review.readOnly")}</p>
        ) : null}
      </section>
      <section className="panel">
        <h2>{t("account.history")}</h2>
        <AccountHistory accounts={view.accounts} today={today} explainedAbove={account.id} evidenceHref={(id) => `/officer/accounts/${id}/evidence`} detailHref={(id) => `/officer/accounts/${id}`} audience="officer" />
        <AccountChecksSummary mismatches={view.mismatches} flags={view.flags} accountStatus={view.latestStatus} />
      </section>
    </>
  );
}
