/**
 * "先核验，再缴费": what a parent types and what the check answers. Client-safe,
 * so the form checks the input the same way before spending one of the
 * client's rate-limited checks on a typo.
 */
import { ACCOUNT_NUMBER_MAX, ACCOUNT_NUMBER_MIN, compactAccountNumber } from "~/domain/fee-accounts/fee-account.schema";
import { addFieldError, hasErrors, message, type FieldErrors } from "~/domain/result";

/** As long as a filed account's name may be. */
export const ACCOUNT_NAME_MAX_CHARS = 100;

export interface AccountCheckInput {
  /** The account number's digits, as compared and digested. */
  digits: string;
  /** The payee name as typed (trimmed), or null when none was given. */
  name: string | null;
}

/**
 * The posted fields, checked: every problem as a field message (i18n key),
 * nothing else looked at. The number is read as a filing reads it
 * (compactAccountNumber: full-width digits from a Chinese input method are
 * digits, spaces and hyphens between groups go) and must then be 8–30 ASCII
 * digits, the length a filed account may have.
 */
export function parseAccountCheckInput(raw: { accountNumber: unknown; accountName: unknown }): { ok: true; input: AccountCheckInput } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const digits = typeof raw.accountNumber === "string" ? compactAccountNumber(raw.accountNumber) : "";
  if (digits === "") addFieldError(errors, "accountNumber", message("accountCheck.accountNumber.required"));
  else if (!/^[0-9]+$/.test(digits) || digits.length < ACCOUNT_NUMBER_MIN || digits.length > ACCOUNT_NUMBER_MAX) {
    addFieldError(errors, "accountNumber", message("accountCheck.accountNumber.invalid", { min: ACCOUNT_NUMBER_MIN, max: ACCOUNT_NUMBER_MAX }));
  }
  const name = typeof raw.accountName === "string" ? raw.accountName.trim() : "";
  if ([...name].length > ACCOUNT_NAME_MAX_CHARS) addFieldError(errors, "accountName", message("accountCheck.accountName.tooLong", { max: ACCOUNT_NAME_MAX_CHARS }));
  if (hasErrors(errors)) return { ok: false, fieldErrors: errors };
  return { ok: true, input: { digits, name: name === "" ? null : name } };
}

/**
 * "match": the approved account in force today. "upcoming": an approved
 * account that takes effect later (a kindergarten tells its parents about a
 * new account in advance): the kindergarten's, but fees go to the account in
 * force until then; not a mismatch. "ended": an approved account whose period
 * has ended (replaced by a newer one): the kindergarten's once, not the account
 * to pay into now; recorded as a mismatch, since a kindergarten still handing
 * out its closed account is what A02 looks for (docs/decisions.md,
 * 2026-12-04). "mismatch": none of these (an account is in force).
 * "no_account": none of these, and none is in force.
 */
export type AccountCheckVerdict = "match" | "upcoming" | "ended" | "mismatch" | "no_account";

/** The filed account as the public page shows it: of the number, the last four digits only. */
export interface FiledAccount {
  bankName: string;
  branchName: string;
  accountName: string;
  last4: string;
}

/** An approved account that takes effect after today, masked like the one in force, with its first day. */
export interface UpcomingAccount extends FiledAccount {
  effectiveFrom: string;
}

/**
 * The answer has this one shape whatever the outcome. `filed` is the account
 * in force (null when none is); `upcoming` the approved account taking effect
 * later (the one checked when the verdict is "upcoming", else the next one;
 * null when there is none): both are on the public page already.
 * `nameMatches` compares a typed name with the filed name of the account the
 * verdict is about: the upcoming one for "upcoming", else the one in force
 * (null when no name was typed or there is no such account). `checkedLast4`
 * is the last four digits of the number typed, so the answer says which
 * number it is about. `endedOn` is, for "ended", the last day the checked
 * account was the kindergarten's (null for every other verdict). Nothing in it
 * depends on how close a wrong number came to a filed one.
 */
export interface AccountCheckAnswer {
  verdict: AccountCheckVerdict;
  nameMatches: boolean | null;
  filed: FiledAccount | null;
  upcoming: UpcomingAccount | null;
  endedOn: string | null;
  checkedLast4: string;
}
