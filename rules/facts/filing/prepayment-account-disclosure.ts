/**
 * R08–R10: how fees are collected and published. R08 reads the billing units
 * of the guided items (no prepayment beyond a semester); R09 compares the
 * filed fee account's name with the kindergarten's approved name; R10 checks
 * that what the kindergarten must publish is there: the fee items with
 * their standards, its nature, the refund rules and the pricing basis (each
 * R10 version names the ones its texts ask for, from disclosureGapFields),
 * and every service or 代收 item's content.
 */
import type { FeeUnit, FilingFacts, Nature, PendingAccountFact } from "../../types";
import { checkAccountName, type AccountNameCheck } from "../account-name";
import { list, value, type FactDescriptors } from "./descriptors";
import { isGuided, isServiceOrAgency, itemRef, type ItemRef } from "./fee-items";

/** The disclosure texts R10 checks, with their labels for messages. */
const DISCLOSURE_FIELDS = [
  { field: "pricingBasis", zh: "收费依据", en: "pricing basis" },
  { field: "refundRules", zh: "退费办法", en: "refund rules" },
  { field: "complaintChannel", zh: "投诉渠道", en: "complaint channel" },
] as const;
type DisclosureField = (typeof DISCLOSURE_FIELDS)[number];

const NATURES: readonly string[] = ["public", "inclusive_private", "nonprofit_private", "forprofit_private"] satisfies Nature[];

/**
 * What a kindergarten may fail to publish, as R10 v4 on reads it. The fee
 * items and their standards are the filing's items (the portal publishes
 * them with the kindergarten's nature, taken from its registration); the
 * texts are the filing's own. The complaint channel is not here: showing it
 * is not the kindergarten's disclosure duty (学前教育法 Art. 69 ¶2 asks for
 * items, standards, service content and refund rules).
 */
const DISCLOSURE_GAPS = [
  { field: "feeItems", zh: "收费项目和收费标准", en: "fee items and standards" },
  { field: "nature", zh: "办园性质", en: "the kindergarten's nature" },
  { field: "refundRules", zh: "退费办法", en: "refund rules" },
  { field: "pricingBasis", zh: "收费依据", en: "pricing basis" },
] as const;
type DisclosureGap = (typeof DISCLOSURE_GAPS)[number];

/**
 * The fee account on the filing's effective date, as R09 v6 on tells it: approved and in force; none in force but a
 * filing awaiting the education department's review that would cover the day; or none at all.
 */
export type AccountStatus = "approved" | "pending_review" | "none";

export interface PrepaymentAccountDisclosureFacts {
  // R08
  guidedItems: ItemRef[];
  guidedItemUnits: FeeUnit[];
  // R09
  accountFiled: boolean;
  accountNameMatchesApprovedName: boolean | null;
  accountNameCheck: AccountNameCheck | null;
  accountStatus: AccountStatus;
  pendingAccount: PendingAccountFact | null;
  // R10
  disclosureMissingFields: { field: DisclosureField["field"]; zh: string; en: string }[];
  disclosureMissingCount: number;
  disclosureGaps: { field: DisclosureGap["field"]; zh: string; en: string }[];
  disclosureGapFields: DisclosureGap["field"][];
  serviceItemsWithoutContent: ItemRef[];
  serviceItemsWithoutContentCount: number;
}

export const PREPAYMENT_ACCOUNT_DISCLOSURE_FACTS: FactDescriptors<PrepaymentAccountDisclosureFacts> = {
  guidedItems: list("The care_education/boarding/nursery items of the filing."),
  guidedItemUnits: value("The billing units of guidedItems, in item order (a list of strings)."),
  accountFiled: value("Whether an approved fee account is in force on the effective date (a filing awaiting review is not one yet)."),
  accountNameMatchesApprovedName: value(
    "Whether the filed account's name equals the approved name after normalisation (NFKC: full-width brackets, letters and digits to half-width; spaces removed); null without an account.",
  ),
  accountNameCheck: value("The filed account (bank, branch, name) with both names as compared; null without an account."),
  accountStatus: value(
    'The fee account on the effective date: "approved" (an approved account is in force), "pending_review" (none in force, but a filing awaiting review asks to start on or before that day) or "none".',
  ),
  pendingAccount: value("The filing awaiting review (bank, account name, submittedOn, requestedFrom) when accountStatus is pending_review; null otherwise."),
  disclosureMissingFields: list(
    "Which of pricingBasis, refundRules, complaintChannel are empty after trimming: rows { field, zh, en } (labels for messages).",
  ),
  disclosureMissingCount: value("The number of disclosureMissingFields (0–3)."),
  disclosureGaps: list(
    "What is missing of feeItems (the filing lists no item), nature (none recorded), refundRules and pricingBasis (empty after trimming): rows { field, zh, en }. A rule version filters them to the fields its texts require.",
  ),
  disclosureGapFields: value("The `field` of every disclosureGaps row (a list of strings), for conditions such as `contains \"refundRules\"`."),
  serviceItemsWithoutContent: list("Service and 代收 items whose description (the service content) is empty after trimming."),
  serviceItemsWithoutContentCount: value("The number of serviceItemsWithoutContent."),
};

export function derivePrepaymentAccountDisclosureFacts(facts: FilingFacts): PrepaymentAccountDisclosureFacts {
  const { kindergarten, filing, items, account } = facts;

  // R08
  const guidedItemList = items.filter(isGuided);

  // R09
  const accountNameCheck = account ? checkAccountName(account, kindergarten.approvedName) : null;
  // A pending filing matters only while no approved account is in force: then it is why none is, for now.
  const pendingAccount = account ? null : (facts.pendingAccount ?? null);

  // R10
  const disclosureMissingFields = DISCLOSURE_FIELDS.filter((f) => filing[f.field].trim() === "").map((f) => ({ ...f }));
  const present: Record<DisclosureGap["field"], boolean> = {
    feeItems: items.length > 0,
    nature: NATURES.includes(kindergarten.nature),
    refundRules: filing.refundRules.trim() !== "",
    pricingBasis: filing.pricingBasis.trim() !== "",
  };
  const disclosureGaps = DISCLOSURE_GAPS.filter((g) => !present[g.field]).map((g) => ({ ...g }));
  const serviceItemsWithoutContent = items.filter((it) => isServiceOrAgency(it) && it.description.trim() === "").map(itemRef);

  return {
    guidedItems: guidedItemList.map(itemRef),
    guidedItemUnits: guidedItemList.map((it) => it.unit),
    accountFiled: account !== null,
    accountNameMatchesApprovedName: accountNameCheck?.matches ?? null,
    accountNameCheck,
    accountStatus: account ? "approved" : pendingAccount ? "pending_review" : "none",
    pendingAccount,
    disclosureMissingFields,
    disclosureMissingCount: disclosureMissingFields.length,
    disclosureGaps,
    disclosureGapFields: disclosureGaps.map((g) => g.field),
    serviceItemsWithoutContent,
    serviceItemsWithoutContentCount: serviceItemsWithoutContent.length,
  };
}
