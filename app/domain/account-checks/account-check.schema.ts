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

export type AccountCheckVerdict = "match" | "mismatch" | "no_account";

/** The filed account as the public page shows it: of the number, the last four digits only. */
export interface FiledAccount {
  bankName: string;
  branchName: string;
  accountName: string;
  last4: string;
}

/**
 * The answer has this one shape whatever the outcome. `filed` is the account
 * in force (null when none is); `nameMatches` compares a typed name with the
 * filed one (null when no name was typed or no account is filed). Nothing in
 * it depends on how close a wrong number came to the filed one.
 */
export interface AccountCheckAnswer {
  verdict: AccountCheckVerdict;
  nameMatches: boolean | null;
  filed: FiledAccount | null;
}
