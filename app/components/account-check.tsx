/**
 * "先核验，再缴费": the form a parent fills in on a phone before paying, and
 * the answer in words. It posts to /kindergartens/<id>/check-account with a
 * fetcher and shows the answer under the button; without JavaScript the post
 * loads that route's page, which renders this form with the answer
 * (`serverReply`). The input is checked here first, as the server checks it,
 * so a typo does not spend one of the client's limited checks.
 */
import { Link, useFetcher, type ShouldRevalidateFunction } from "@remix-run/react";
import { useId, useState, type FormEvent } from "react";
import { ACCOUNT_NAME_MAX_CHARS, parseAccountCheckInput, type AccountCheckAnswer } from "~/domain/account-checks/account-check.schema";
import { ACCOUNT_NUMBER_MAX } from "~/domain/fee-accounts/fee-account.schema";
import { encodeMessage } from "~/i18n";
import { useLang, useT } from "~/utils/i18n";
import { joinMessages } from "~/components/forms";

/** What the check route answers: the answer, field messages (i18n keys as strings), or a limit reached. */
export type AccountCheckReply =
  | { outcome: "answered"; answer: AccountCheckAnswer }
  | { outcome: "invalid"; fieldErrors: Record<string, string[]> }
  | { outcome: "limited"; scope: "client" | "kindergarten"; retryAfterSeconds: number };

export function accountCheckPath(kindergartenId: string): string {
  return `/kindergartens/${encodeURIComponent(kindergartenId)}/check-account`;
}

/**
 * For the `shouldRevalidate` of a route that shows AccountCheckForm: a check
 * changes nothing the page shows (a mismatch only queues a job), so its data
 * is not loaded again after each one.
 */
export const notAfterAccountCheck: ShouldRevalidateFunction = ({ formAction, defaultShouldRevalidate }) =>
  formAction !== undefined && /\/check-account$/.test(formAction) ? false : defaultShouldRevalidate;

export function AccountCheckForm({ kindergartenId, serverReply }: { kindergartenId: string; serverReply?: AccountCheckReply }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const fetcher = useFetcher<AccountCheckReply>();
  const [localErrors, setLocalErrors] = useState<Record<string, string[]> | null>(null);
  // An answer is about the number it was given: once the parent edits the fields, it is no longer shown.
  const [edited, setEdited] = useState(false);
  const busy = fetcher.state !== "idle";
  const reply = busy || edited ? undefined : (fetcher.data ?? serverReply);
  const fieldErrors = localErrors ?? (reply?.outcome === "invalid" ? reply.fieldErrors : {});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const parsed = parseAccountCheckInput({ accountNumber: form.get("accountNumber"), accountName: form.get("accountName") });
    if (!parsed.ok) {
      event.preventDefault();
      setLocalErrors(Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, messages]) => [field, messages.map(encodeMessage)])));
      // Refused in the browser: the parent is taken to the field to correct (the button pressed said nothing).
      const first = parsed.fieldErrors.accountNumber ? "accountNumber" : "accountName";
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setLocalErrors(null);
    setEdited(false);
  }

  const field = (name: "accountNumber" | "accountName") => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": fieldErrors[name] ? true : undefined,
    "aria-describedby": `${id}-${name}-hint ${id}-${name}-error`,
  });
  const errorOf = (name: "accountNumber" | "accountName") =>
    fieldErrors[name] ? (
      <p id={`${id}-${name}-error`} className="field-error">
        {joinMessages(fieldErrors[name].map((m) => t(m)), lang)}
      </p>
    ) : null;

  return (
    <div className="account-check">
      <fetcher.Form method="post" action={accountCheckPath(kindergartenId)} noValidate onSubmit={onSubmit} onChange={() => setEdited(true)}>
        <div className="field">
          <label htmlFor={`${id}-accountNumber`}>{t("accountCheck.accountNumber")}</label>
          <input {...field("accountNumber")} type="text" inputMode="numeric" autoComplete="off" maxLength={ACCOUNT_NUMBER_MAX * 2} required />
          <p id={`${id}-accountNumber-hint`} className="muted">
            {t("accountCheck.accountNumber.hint")}
          </p>
          {errorOf("accountNumber")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-accountName`}>{t("accountCheck.accountName")}</label>
          <input {...field("accountName")} type="text" autoComplete="off" maxLength={ACCOUNT_NAME_MAX_CHARS} />
          <p id={`${id}-accountName-hint`} className="muted">
            {t("accountCheck.accountName.hint")}
          </p>
          {errorOf("accountName")}
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("accountCheck.checking") : t("accountCheck.submit")}
        </button>
      </fetcher.Form>
      <div aria-live="polite">{reply ? <AccountCheckReplyView reply={reply} kindergartenId={kindergartenId} /> : null}</div>
      <p className="muted small">{t("accountCheck.privacy")}</p>
    </div>
  );
}

function AccountCheckReplyView({ reply, kindergartenId }: { reply: AccountCheckReply; kindergartenId: string }) {
  const t = useT();
  if (reply.outcome === "invalid") return null; // shown at the fields
  if (reply.outcome === "limited") {
    const minutes = Math.ceil(reply.retryAfterSeconds / 60);
    return (
      <p className="form-error" role="alert">
        {t(reply.scope === "client" ? "accountCheck.limited.client" : "accountCheck.limited.kindergarten", { minutes })}
      </p>
    );
  }
  const { verdict, nameMatches, filed } = reply.answer;
  const account = filed
    ? t("accountCheck.filedAccount", { bank: filed.bankName, branch: filed.branchName, name: filed.accountName, last4: filed.last4 })
    : "";
  if (verdict === "match") {
    return (
      <div className="check-answer go">
        <p>
          <strong>{t("accountCheck.match", { account })}</strong>
        </p>
        {nameMatches === false && filed ? <p>{t("accountCheck.match.nameDiffers", { name: filed.accountName })}</p> : null}
        {nameMatches === true ? <p>{t("accountCheck.match.nameMatches")}</p> : null}
      </div>
    );
  }
  return (
    <div className="check-answer stop">
      <p>
        <strong>{t(verdict === "mismatch" ? "accountCheck.mismatch" : "accountCheck.noAccount")}</strong>
      </p>
      {filed ? <p>{t("accountCheck.mismatch.filed", { account })}</p> : null}
      <p>
        {/* Asked to pay into another account: the complaint form, that kind already chosen, for this kindergarten. */}
        <Link to={`/complaints/new?kindergarten=${encodeURIComponent(kindergartenId)}&kind=other_account`}>{t("accountCheck.report")}</Link>
      </p>
      <p>{t("accountCheck.priceComplaint")}</p>
    </div>
  );
}
