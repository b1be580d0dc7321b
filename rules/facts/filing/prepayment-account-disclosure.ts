/**
 * R08–R10: how fees are collected and published. R08 reads the billing units
 * of the guided items (no prepayment beyond a semester); R09 compares the
 * filed fee account's name with the kindergarten's approved name; R10 checks
 * that the disclosure texts and every service or 代收 item's content are
 * filled in.
 */
import type { FeeUnit, FilingFacts } from "../../types";
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

export interface PrepaymentAccountDisclosureFacts {
  // R08
  guidedItems: ItemRef[];
  guidedItemUnits: FeeUnit[];
  // R09
  accountFiled: boolean;
  accountNameMatchesApprovedName: boolean | null;
  accountNameCheck: AccountNameCheck | null;
  // R10
  disclosureMissingFields: { field: DisclosureField["field"]; zh: string; en: string }[];
  disclosureMissingCount: number;
  serviceItemsWithoutContent: ItemRef[];
  serviceItemsWithoutContentCount: number;
}

export const PREPAYMENT_ACCOUNT_DISCLOSURE_FACTS: FactDescriptors<PrepaymentAccountDisclosureFacts> = {
  guidedItems: list("The care_education/boarding/nursery items of the filing."),
  guidedItemUnits: value("The billing units of guidedItems, in item order (a list of strings)."),
  accountFiled: value("Whether a fee account is filed for the kindergarten."),
  accountNameMatchesApprovedName: value(
    "Whether the filed account's name equals the approved name after normalisation (NFKC: full-width brackets, letters and digits to half-width; spaces removed); null without an account.",
  ),
  accountNameCheck: value("The filed account (bank, branch, name) with both names as compared; null without an account."),
  disclosureMissingFields: list(
    "Which of pricingBasis, refundRules, complaintChannel are empty after trimming: rows { field, zh, en } (labels for messages).",
  ),
  disclosureMissingCount: value("The number of disclosureMissingFields (0–3)."),
  serviceItemsWithoutContent: list("Service and 代收 items whose description (the service content) is empty after trimming."),
  serviceItemsWithoutContentCount: value("The number of serviceItemsWithoutContent."),
};

export function derivePrepaymentAccountDisclosureFacts(facts: FilingFacts): PrepaymentAccountDisclosureFacts {
  const { kindergarten, filing, items, account } = facts;

  // R08
  const guidedItemList = items.filter(isGuided);

  // R09
  const accountNameCheck = account ? checkAccountName(account, kindergarten.approvedName) : null;

  // R10
  const disclosureMissingFields = DISCLOSURE_FIELDS.filter((f) => filing[f.field].trim() === "").map((f) => ({ ...f }));
  const serviceItemsWithoutContent = items.filter((it) => isServiceOrAgency(it) && it.description.trim() === "").map(itemRef);

  return {
    guidedItems: guidedItemList.map(itemRef),
    guidedItemUnits: guidedItemList.map((it) => it.unit),
    accountFiled: account !== null,
    accountNameMatchesApprovedName: accountNameCheck?.matches ?? null,
    accountNameCheck,
    disclosureMissingFields,
    disclosureMissingCount: disclosureMissingFields.length,
    serviceItemsWithoutContent,
    serviceItemsWithoutContentCount: serviceItemsWithoutContent.length,
  };
}
