/**
 * The one comparison of a fee account's name with the kindergarten's approved
 * name, used by the filing rule R09 and the account rule A01 alike: a bank
 * prints the registered name, and filers type brackets and spaces in
 * whatever width their input method gives, so those differences are not a
 * mismatch. The names are compared as `normaliseEntityName` gives them
 * (text-normalisation.ts: NFKC, traditional → simplified, no spaces,
 * zero-width characters or interpuncts; brackets and case kept).
 */
import type { AccountFact } from "../types";
import { normaliseEntityName } from "./text-normalisation";

export { normaliseEntityName };

/** The filed account's name against the approved name, as shown in explanations. */
export interface AccountNameCheck {
  bankName: string;
  branchName: string;
  accountName: string;
  approvedName: string;
  /** Both names after normaliseEntityName (NFKC, simplified, no spaces, zero-width characters or interpuncts): what is compared. */
  normalisedAccountName: string;
  normalisedApprovedName: string;
  matches: boolean;
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
