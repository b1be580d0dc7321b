/**
 * The account fact registry (appliesTo "account"): what the account rules may
 * name, and `deriveAccountFacts`, which computes it once per evaluation from
 * the raw `AccountFacts` the domain gathers. A01 reads the name check of the
 * account under review, A03 its CNAPS code's bank against the bank named; A02
 * reads what parents' account checks found.
 */
import { assertCivilDate } from "../../dates";
import type { AccountFacts, Nature } from "../../types";
import { checkAccountName, type AccountNameCheck } from "../account-name";
import { checkCnapsBank, type CnapsBankCheck } from "../bank-codes";
import { value, type FactDescriptor, type FactDescriptors } from "../filing/descriptors";

export interface DerivedAccountFacts {
  kindergartenNature: Nature;
  kindergartenApprovedName: string;
  accountFiled: boolean;
  accountNameMatchesApprovedName: boolean | null;
  accountNameCheck: AccountNameCheck | null;
  cnapsBankMatchesFiledBank: boolean | null;
  cnapsBankCheck: CnapsBankCheck | null;
  mismatchCheckCount: number;
  mismatchDistinctAccounts: number;
  mismatchWindowDays: number;
}

const DESCRIPTORS: FactDescriptors<DerivedAccountFacts> = {
  kindergartenNature: value("The kindergarten's nature: public | inclusive_private | nonprofit_private | forprofit_private."),
  kindergartenApprovedName: value("The kindergarten's approved (registered) name."),
  accountFiled: value("Whether an account is evaluated: a filing under review or the approved account in force."),
  accountNameMatchesApprovedName: value(
    "Whether the account's name equals the approved name after normalisation (NFKC, spaces removed); null without an account.",
  ),
  accountNameCheck: value("The account (bank, branch, name) with both names as compared; null without an account."),
  cnapsBankMatchesFiledBank: value(
    "Whether the CNAPS code's first three digits are a bank-category code of the bank named (bank-codes.ts); null without a code, an account or a bank the table knows.",
  ),
  cnapsBankCheck: value("The account's CNAPS code, the bank its first three digits name and the bank filed with their codes; null when not judged."),
  mismatchCheckCount: value("Parents' account checks that did not match the account in force, within mismatchWindowDays."),
  mismatchDistinctAccounts: value("How many different account numbers those mismatching checks typed."),
  mismatchWindowDays: value("The window the mismatching checks are counted over, in days ending on the evaluation day."),
};

export const ACCOUNT_FACTS: Readonly<Record<string, FactDescriptor>> = DESCRIPTORS;

export function deriveAccountFacts(facts: AccountFacts): DerivedAccountFacts {
  assertCivilDate(facts.evaluatedOn, "facts.evaluatedOn");
  const nameCheck = facts.account ? checkAccountName(facts.account, facts.kindergarten.approvedName) : null;
  const cnapsCheck = facts.account ? checkCnapsBank(facts.account) : null;
  return {
    kindergartenNature: facts.kindergarten.nature,
    kindergartenApprovedName: facts.kindergarten.approvedName,
    accountFiled: facts.account !== null,
    accountNameMatchesApprovedName: nameCheck?.matches ?? null,
    accountNameCheck: nameCheck,
    cnapsBankMatchesFiledBank: cnapsCheck?.matches ?? null,
    cnapsBankCheck: cnapsCheck,
    mismatchCheckCount: facts.mismatchChecks.count,
    mismatchDistinctAccounts: facts.mismatchChecks.distinctAccounts,
    mismatchWindowDays: facts.mismatchChecks.windowDays,
  };
}
