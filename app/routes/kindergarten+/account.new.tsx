import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useCheckedFiles } from "~/components/checked-files";
import { FieldError, FormErrors, InputField, keepFocusOnPress, SubmissionKeyInput } from "~/components/forms";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import { accountFilingInput, accountFilingOn } from "~/domain/fee-accounts/fee-account.schema";
import { operatorAccounts, refilingDraft } from "~/domain/fee-accounts/fee-account.queries.server";
import { fileAccount } from "~/domain/fee-accounts/fee-account.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { getEvidenceStore, readFormWithHeldEvidence } from "~/web/evidence.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { getRulesRuntime } from "~/web/rules.server";
import { encodeMessage } from "~/i18n";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

const MB = EVIDENCE_MAX_BYTES / 1024 / 1024;

export const meta = pageTitle("account.fileNew");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "file:account:own");
  const view = await operatorAccounts(getDb(), actor);
  if (!view) throw new Response("Not found", { status: 404 });
  return {
    kindergarten: view.kindergarten,
    hasPending: view.hasPending,
    today: view.today,
    latestApprovedStart: view.latestApprovedStart,
    // After a return the form starts from the returned filing, with its reason above it; after a withdrawal, from
    // the withdrawn one (withdrawn to correct a mistake: the rest need not be typed again).
    draft: refilingDraft(view),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "file:account:own");
  // A certificate too large is told by the domain under its field, beside the fields as typed; only a body over
  // every route's ceiling is refused whole, and that is still the evidence field's problem, not a bare 413.
  const read = await readFormWithHeldEvidence(request);
  if (!read.ok) return data({ result: null, evidenceError: encodeMessage({ key: "account.evidence.tooLarge", vars: { mb: MB } }) }, { status: 413 });
  const { form: formData, evidence } = read;
  // The form's shape, for the reply; the domain judges the post (dates included) with its own clock and records.
  const submission = parseWithZod(formData, { schema: accountFilingInput });
  const result = await fileAccount({
    db: getDb(),
    rules: getRulesRuntime(),
    store: getEvidenceStore(),
    actor,
    kindergartenId: String(formData.get("kindergartenId") ?? ""),
    // The raw payload: the domain parses it again with the same schema, it is the authority.
    input: submission.payload,
    evidence,
    submissionKey: formData.get(SUBMISSION_KEY_FIELD),
    requestId: context?.requestId,
  });
  if (!result.ok) return failureData(result, { result: submission.reply(conformErrors(result)), evidenceError: null });
  // A repeat of the same submission (same key) gets the same redirect.
  return redirect("/kindergarten/account?saved=1");
}

export default function NewAccount() {
  const { kindergarten, hasPending, today, latestApprovedStart, draft, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  // The certificate, checked as it is chosen; the server's message about a refused one goes once another is chosen.
  const certificate = useCheckedFiles({
    max: 1,
    tooLargeKey: "account.evidence.tooLarge",
    serverSaid: actionData?.evidenceError ? [actionData.evidenceError] : (lastResult?.error?.evidence ?? undefined),
    reply: actionData,
  });
  const failed = lastResult?.status === "error" || Boolean(actionData?.evidenceError);
  const schema = useMemo(() => accountFilingOn({ today, latestApprovedStart }), [today, latestApprovedStart]);
  const [form, fields] = useForm({
    id: "account",
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    // The server's schema and messages, its dates checked against what the loader read: every mistake at once.
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    defaultValue: draft
      ? {
          bankName: draft.bankName,
          branchName: draft.branchName,
          accountName: draft.accountName,
          accountNumber: draft.accountNumber,
          cnapsCode: draft.cnapsCode,
          effectiveFrom: draft.effectiveFrom,
        }
      : { accountName: kindergarten.approvedName, effectiveFrom: today },
  });
  return (
    <section className="panel">
      <p>
        <Link to="/kindergarten/account">← {t("account.back")}</Link>
      </p>
      <h1>
        {t(draft ? "account.fileAgain" : "account.fileNew")} · {kindergarten.nameInUse}
      </h1>
      {hasPending ? <p className="form-error">{t("account.pendingNote")}</p> : null}
      {draft?.from === "returned" ? (
        <div className="form-error" role="alert" data-testid="account-returned">
          <p>
            <strong>{t("account.returnReason")}</strong>
            {t("text.colon")}
            {draft.reviewNote}
          </p>
          <p>{t("account.new.returned")}</p>
          {draft.returnedAccountName !== null ? (
            <p data-testid="account-name-replaced">
              {t("account.new.nameReplaced", { approved: kindergarten.approvedName, filed: draft.returnedAccountName })}{" "}
              <a href={`#${fields.accountName.id}`}>{t("account.new.nameCheck")}</a>
            </p>
          ) : null}
        </div>
      ) : draft?.from === "withdrawn" ? (
        <p className="notice" role="status" data-testid="account-withdrawn-draft">
          {t("account.new.withdrawn")}
        </p>
      ) : null}
      <FormErrors form={form} failed={failed} />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <input type="hidden" name="kindergartenId" value={kindergarten.id} />
        <SubmissionKeyInput fresh={submissionKey} sent={lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]} errors={form.errors} />
        <div className="grid cols-2">
          <InputField field={fields.bankName} label={t("account.bankName")} />
          <InputField field={fields.branchName} label={t("account.branchName")} />
          <InputField field={fields.accountName} label={t("account.accountName")} hint={t("account.nameHint", { name: kindergarten.approvedName })} />
          <InputField field={fields.accountNumber} label={t("account.accountNumber")} inputMode="numeric" hint={t("account.numberHint")} />
          <InputField field={fields.cnapsCode} label={t("account.cnapsCode")} inputMode="numeric" hint={t("account.cnapsHint")} />
          <InputField field={fields.effectiveFrom} label={t("account.effectiveFrom")} type="date" hint={
              latestApprovedStart !== null && latestApprovedStart >= today
                ? <Interpolate id="account.effectiveHintAfter" vars={{ date: <CivilDate value={latestApprovedStart} /> }} />
                : t("account.effectiveHint")
            }
          />
        </div>
        <div className="field">
          <label htmlFor="account-evidence">{t("account.evidence")}</label>
          <input
            id="account-evidence"
            name="evidence"
            type="file"
            accept={EVIDENCE_ACCEPT}
            required
            aria-describedby="account-evidence-error"
            {...certificate.inputProps}
          />
          <p className="muted">{t("account.evidenceHint", { mb: MB })}</p>
          {/* After a refused post the file is still in the field with JavaScript, gone without. */}
          {failed && certificate.count === 0 ? (
            <p className="muted" data-testid="evidence-again">
              {t("account.evidence.again")}
            </p>
          ) : draft ? (
            <p className="muted">{t(draft.from === "returned" ? "account.new.evidenceAgain" : "account.new.evidenceAgainWithdrawn")}</p>
          ) : null}
          <FieldError field={{ errorId: "account-evidence-error", errors: certificate.errors }} />
        </div>
        <button className="primary" type="submit" disabled={busy || hasPending || certificate.hold} onMouseDown={keepFocusOnPress}>
          {t("account.submit")}
        </button>
      </Form>
    </section>
  );
}
