/**
 * The body of a fee-schedule post to /kindergarten/fees/new for the next term,
 * one 保教费 item, as the form sends it: for tests that post over HTTP (the
 * double submit, the hostile suite's storing form).
 */
import { termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { shanghaiDate } from "~/utils/working-days";

export function nextTermFilingPost(fields: {
  kindergartenId: string;
  submissionKey: string;
  amount: string;
  /** Appended to every free text (the hostile suite's dirty characters). */
  text?: (label: string) => string;
}): URLSearchParams {
  const text = fields.text ?? ((label) => label);
  const today = shanghaiDate();
  const term = upcomingTerms(today)[0]!;
  return new URLSearchParams({
    kindergartenId: fields.kindergartenId,
    submissionKey: fields.submissionKey,
    intent: "submit",
    term,
    effectiveFrom: termBounds(term).start,
    publishedOn: today,
    note: text(""),
    pricingBasis: text("按成本核定"),
    refundRules: text("按月退费"),
    complaintChannel: text("投诉电话 0574-12345"),
    "items[0].code": "CARE_EDU",
    "items[0].amount": fields.amount,
    "items[0].unit": "month",
    "items[0].ageBand": "all",
    "items[0].description": text("保教费"),
  });
}
