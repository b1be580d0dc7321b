/**
 * The complaint itself (C05 refund, C06 forced service, by the kind the
 * parent chose) and the account paid into against the approved fee account
 * in force on the day paid (C04). Account numbers are compared by their
 * digits only (spaces, hyphens and full-width digits as people type them make
 * no difference), exactly, as the public account check compares them.
 */
import type { AccountFact, ComplaintFacts } from "../../types";
import { value, type FactDescriptors } from "../filing/descriptors";

/** C04 evidence: the two accounts side by side. */
export interface AccountPaidIntoCheck {
  /** The digits of the account the parent paid into. */
  accountPaidInto: string;
  /** The approved account in force on comparedOn, or nulls when none was. */
  bankName: string | null;
  accountName: string | null;
  accountNumber: string | null;
  matches: boolean | null;
}

export interface ComplaintContextFacts {
  complaintTrack: "complaint" | "report";
  complaintKind: string;
  receivedOn: string;
  learnedOn: string;
  paidOn: string | null;
  accountPaidIntoGiven: boolean;
  filedAccountInForce: boolean;
  /** null when there is nothing to compare (no account given, or none filed). */
  accountPaidIntoMatchesFiled: boolean | null;
  accountPaidIntoCheck: AccountPaidIntoCheck | null;
}

export const COMPLAINT_CONTEXT_FACTS: FactDescriptors<ComplaintContextFacts> = {
  complaintTrack: value("complaint (投诉: the complainant's own dispute) | report (举报: a suspected violation)."),
  complaintKind: value("The kind the parent chose: above_filed | not_on_schedule | prohibited_item | other_account | refund | forced_service | other."),
  receivedOn: value("The civil day (Asia/Shanghai) the complaint was received."),
  learnedOn: value("The day the parent says they learned of the charge."),
  paidOn: value("The day paid, or null when not given."),
  accountPaidIntoGiven: value("Whether the parent gave the account paid into."),
  filedAccountInForce: value("Whether an approved fee account was in force on comparedOn."),
  accountPaidIntoMatchesFiled: value("Whether the account paid into has the digits of the filed account in force on comparedOn; null when either is missing."),
  accountPaidIntoCheck: value("The account paid into and the filed account in force (bank, name, number), or null when no account was given."),
};

/** The digits of an account number as typed (NFKC turns full-width digits into digits). */
export const accountDigits = (raw: string) => raw.normalize("NFKC").replace(/\D+/g, "");

function checkPaidInto(paidInto: string, filed: AccountFact | null): AccountPaidIntoCheck {
  const digits = accountDigits(paidInto);
  return {
    accountPaidInto: digits,
    bankName: filed?.bankName ?? null,
    accountName: filed?.accountName ?? null,
    accountNumber: filed?.accountNumber ?? null,
    matches: filed ? accountDigits(filed.accountNumber) === digits : null,
  };
}

export function deriveComplaintContextFacts(facts: ComplaintFacts): ComplaintContextFacts {
  const given = facts.complaint.accountPaidInto !== null && accountDigits(facts.complaint.accountPaidInto).length > 0;
  const check = given ? checkPaidInto(facts.complaint.accountPaidInto!, facts.account) : null;
  return {
    complaintTrack: facts.complaint.track,
    complaintKind: facts.complaint.kind,
    receivedOn: facts.complaint.receivedOn,
    learnedOn: facts.complaint.learnedOn,
    paidOn: facts.complaint.paidOn,
    accountPaidIntoGiven: given,
    filedAccountInForce: facts.account !== null,
    accountPaidIntoMatchesFiled: check?.matches ?? null,
    accountPaidIntoCheck: check,
  };
}
