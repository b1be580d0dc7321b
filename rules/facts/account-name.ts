/**
 * The one comparison of a fee account's name with the kindergarten's approved
 * name, used by the filing rule R09 and the account rule A01 alike: a bank
 * prints the registered name, and filers type brackets and spaces in
 * whatever width their input method gives, so those differences are not a
 * mismatch.
 */
import type { AccountFact } from "../types";

/** The filed account's name against the approved name, as shown in explanations. */
export interface AccountNameCheck {
  bankName: string;
  branchName: string;
  accountName: string;
  approvedName: string;
  /** Both names after NFKC (full-width letters, digits and brackets to half-width), trimming and removing all spaces: what is compared. */
  normalisedAccountName: string;
  normalisedApprovedName: string;
  matches: boolean;
}

/** NFKC (（）→ (), full-width letters and digits), then every space (incl. U+3000) removed: for comparing names. */
export function normaliseEntityName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, "");
}

export function checkAccountName(account: AccountFact, approvedName: string): AccountNameCheck {
  const normalisedAccountName = normaliseEntityName(account.accountName);
  const normalisedApprovedName = normaliseEntityName(approvedName);
  return {
    bankName: account.bankName,
    branchName: account.branchName,
    accountName: account.accountName,
    approvedName,
    normalisedAccountName,
    normalisedApprovedName,
    matches: normalisedAccountName === normalisedApprovedName,
  };
}
