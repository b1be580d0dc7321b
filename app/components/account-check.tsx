/**
 * "先核验，再缴费": the form a parent fills in on a phone before paying, and
 * the answer in words. It posts to /kindergartens/<id>/check-account with a
 * fetcher and shows the answer under the button; without JavaScript the post
 * loads that route's page, which renders this form with the answer
 * (`serverReply`) and the fields as they were typed. The input is checked here first, as the server checks it,
 * so a typo does not spend one of the client's limited checks.
 */
import { Link, useFetcher, type ShouldRevalidateFunction } from "@remix-run/react";
import { useId, useState, type FormEvent } from "react";
import { ACCOUNT_NAME_MAX_CHARS, parseAccountCheckInput, type AccountCheckAnswer, type FiledAccount } from "~/domain/account-checks/account-check.schema";
import { ACCOUNT_PAID_INTO_PARAM, accountPaidIntoFromLink } from "~/domain/complaints/complaint.schema";
import { ACCOUNT_NUMBER_INPUT_MAX } from "~/domain/fee-accounts/fee-account.schema";
import { encodeMessage } from "~/i18n";
import { useLang, useT } from "~/utils/i18n";
import { joinMessages, useRefusedFieldFocus } from "~/components/forms";
import { CivilDate } from "~/components/instant";
import { useHydrated } from "~/utils/use-hydrated";
import { Interpolate } from "~/components/interpolate";

/** The two fields as the parent typed them, sent back so a page rendered without JavaScript shows them again. */
export interface TypedFields {
  accountNumber: string;
  accountName: string;
}

/**
 * What the check route answers: the answer, field messages (i18n keys as
 * strings), or a limit reached. The first two carry the fields as typed; a
 * limited check does not (it is refused before the form is read).
 */
export type AccountCheckReply =
  | { outcome: "answered"; answer: AccountCheckAnswer; typed: TypedFields }
  | { outcome: "invalid"; fieldErrors: Record<string, string[]>; typed: TypedFields }
  | { outcome: "limited"; scope: "client" | "kindergarten"; retryAfterSeconds: number };

/**
 * The posted fields to send back as typed: text only (anything else is
 * empty), no longer than the inputs let anyone type, so the reply stays small
 * whatever was posted.
 */
export function typedFields(accountNumber: unknown, accountName: unknown): TypedFields {
  const clip = (value: unknown, max: number) => (typeof value === "string" ? [...value].slice(0, max).join("") : "");
  return { accountNumber: clip(accountNumber, ACCOUNT_NUMBER_INPUT_MAX), accountName: clip(accountName, ACCOUNT_NAME_MAX_CHARS * 2) };
}

export function accountCheckPath(kindergartenId: string): string {
  return `/kindergartens/${encodeURIComponent(kindergartenId)}/check-account`;
}

/**
 * The complaint form for this kindergarten with "another account" chosen and the number just checked in its
 * 实际缴入的收款账号 (as digits: the form reads it with its own rules, complaints.new), so the parent who was asked to
 * pay into it does not type it again.
 */
export function otherAccountComplaintPath(kindergartenId: string, checkedNumber: string): string {
  const query = new URLSearchParams({ kindergarten: kindergartenId, kind: "other_account" });
  const digits = accountPaidIntoFromLink(checkedNumber);
  if (digits) query.set(ACCOUNT_PAID_INTO_PARAM, digits);
  return `/complaints/new?${query}`;
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
  // Without JavaScript the post renders the page anew: its fields start from what was typed.
  const typed = serverReply && serverReply.outcome !== "limited" ? serverReply.typed : undefined;
  const fieldErrors = localErrors ?? (reply?.outcome === "invalid" ? reply.fieldErrors : {});
  // Refused without JavaScript (the check's own page): it comes back with focus on the first field to correct.
  const refusedFocus = useRefusedFieldFocus(serverReply?.outcome === "invalid" ? serverReply.fieldErrors : null, ["accountNumber", "accountName"]);
  // Answered there, the answer takes the focus: it is under the form, below the fold of a small phone, and the page
  // otherwise came back as it was before the post (with JavaScript it comes in place, beside the button pressed).
  const answerFocus = useHydrated() || serverReply?.outcome !== "answered" ? {} : { tabIndex: -1, autoFocus: true };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // One check at a time: the button says so (aria-disabled) but is not disabled, which would drop the focus of a
    // keyboard or a screen reader on it to the page's start.
    if (busy) {
      event.preventDefault();
      return;
    }
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
    autoFocus: refusedFocus === name ? true : undefined,
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
          <input
            {...field("accountNumber")}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={ACCOUNT_NUMBER_INPUT_MAX}
            defaultValue={typed?.accountNumber}
            required
          />
          <p id={`${id}-accountNumber-hint`} className="muted">
            {t("accountCheck.accountNumber.hint")}
          </p>
          {errorOf("accountNumber")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-accountName`}>{t("accountCheck.accountName")}</label>
          <input {...field("accountName")} type="text" autoComplete="off" maxLength={ACCOUNT_NAME_MAX_CHARS} defaultValue={typed?.accountName} />
          <p id={`${id}-accountName-hint`} className="muted">
            {t("accountCheck.accountName.hint")}
          </p>
          {errorOf("accountName")}
        </div>
        <button type="submit" className="primary" aria-disabled={busy ? true : undefined}>
          {busy ? t("accountCheck.checking") : t("accountCheck.submit")}
        </button>
      </fetcher.Form>
      {/*
        The answer comes without a navigation: a status region, on the page before any answer (a region inserted with
        its words is not reliably read), read whole when it changes (atomic: the number checked with its verdict). It
        empties while a check is on its way, so the same answer twice is said twice. A limit reached is an alert
        instead, beside it and not inside it (an alert inside a live region is said twice).
      */}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="account-check-answer" {...answerFocus}>
        {reply && reply.outcome !== "limited" ? <AccountCheckReplyView reply={reply} kindergartenId={kindergartenId} /> : null}
      </div>
      {reply?.outcome === "limited" ? <AccountCheckReplyView reply={reply} kindergartenId={kindergartenId} /> : null}
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
  const { verdict, nameMatches, filed, upcoming, endedOn, checkedLast4 } = reply.answer;
  const account = filed ? describeAccount(t, filed) : "";
  // Which number the answer is about: the parent may have checked several.
  const checked = (
    <p className="muted" data-testid="account-checked">
      {t("accountCheck.checked", { last4: checkedLast4 })}
    </p>
  );
  if (verdict === "match") {
    return (
      <div className="check-answer go">
        {checked}
        <p>
          <strong>{t("accountCheck.match", { account })}</strong>
        </p>
        {nameMatches === false && filed ? <p>{t("accountCheck.match.nameDiffers", { name: filed.accountName })}</p> : null}
        {nameMatches === true ? <p>{t("accountCheck.match.nameMatches")}</p> : null}
        {upcoming ? (
          <p>
            <Interpolate id="accountCheck.upcoming.also" vars={{ account: describeAccount(t, upcoming), date: <CivilDate value={upcoming.effectiveFrom} /> }} />
          </p>
        ) : null}
      </div>
    );
  }
  if (verdict === "upcoming" && upcoming) {
    return (
      <div className="check-answer later">
        {checked}
        <p>
          <strong>
            <Interpolate id="accountCheck.upcoming" vars={{ account: describeAccount(t, upcoming), date: <CivilDate value={upcoming.effectiveFrom} /> }} />
          </strong>
        </p>
        <p>
          <Interpolate id={filed ? "accountCheck.upcoming.until" : "accountCheck.upcoming.noneUntil"} vars={{ account, date: <CivilDate value={upcoming.effectiveFrom} /> }} />
        </p>
        {nameMatches === false ? <p>{t("accountCheck.match.nameDiffers", { name: upcoming.accountName })}</p> : null}
        {nameMatches === true ? <p>{t("accountCheck.match.nameMatches")}</p> : null}
      </div>
    );
  }
  return (
    <div className="check-answer stop">
      {checked}
      <p>
        <strong>
          {verdict === "ended" && endedOn ? (
            // The kindergarten's former account: said so, with its last day, rather than "not the filed account".
            <Interpolate id={filed ? "accountCheck.ended" : "accountCheck.ended.none"} vars={{ date: <CivilDate value={endedOn} /> }} />
          ) : (
            t(verdict === "mismatch" ? "accountCheck.mismatch" : "accountCheck.noAccount")
          )}
        </strong>
      </p>
      {filed ? <p>{t("accountCheck.mismatch.filed", { account })}</p> : null}
      {upcoming ? (
        <p>
          <Interpolate id="accountCheck.upcoming.also" vars={{ account: describeAccount(t, upcoming), date: <CivilDate value={upcoming.effectiveFrom} /> }} />
        </p>
      ) : null}
      <p>
        {/* Asked to pay into another account: the complaint form for this kindergarten, that kind chosen, this number in it. */}
        <Link className="tap" to={otherAccountComplaintPath(kindergartenId, reply.typed.accountNumber)}>
          {t("accountCheck.report")}
        </Link>
      </p>
      <p>{t("accountCheck.priceComplaint")}</p>
    </div>
  );
}

function describeAccount(t: (key: string, vars?: Record<string, string | number>) => string, account: FiledAccount): string {
  return t("accountCheck.filedAccount", { bank: account.bankName, branch: account.branchName, name: account.accountName, last4: account.last4 });
}
