/**
 * The kindergarten and filing facts several rules read as they are (nature,
 * USCC, approved name, dates, first filing or not). Deriving them is also
 * where the raw input every group relies on is checked: the filing's dates
 * are civil dates and every item amount is an integer number of fen, so the
 * groups that follow can compute without re-checking.
 */
import { assertCivilDate, monthOf } from "../../dates";
import type { FilingFacts, Nature } from "../../types";
import { value, type FactDescriptors } from "./descriptors";
import { requireFen } from "./money";

export interface FilingContextFacts {
  kindergartenNature: Nature;
  kindergartenUscc: string;
  kindergartenApprovedName: string;
  hasPreviousFiling: boolean;
  filingEffectiveFrom: string;
  filingEffectiveMonth: number;
  filingPublishedOn: string;
}

export const FILING_CONTEXT_FACTS: FactDescriptors<FilingContextFacts> = {
  kindergartenNature: value("The kindergarten's nature: public | inclusive_private | nonprofit_private | forprofit_private."),
  kindergartenUscc: value("The kindergarten's unified social credit code (统一社会信用代码) as filed."),
  kindergartenApprovedName: value("The kindergarten's approved (registered) name."),
  hasPreviousFiling: value("Whether the kindergarten has a previous filing (false for its first)."),
  filingEffectiveFrom: value("The filing's effectiveFrom (YYYY-MM-DD)."),
  filingEffectiveMonth: value("The month (1–12) of the filing's effectiveFrom."),
  filingPublishedOn: value("The day the filing's fees were published to parents (YYYY-MM-DD)."),
};

export function deriveFilingContextFacts(facts: FilingFacts): FilingContextFacts {
  const { kindergarten, filing, items, previousItems } = facts;
  assertCivilDate(filing.effectiveFrom, "facts.filing.effectiveFrom");
  assertCivilDate(filing.publishedOn, "facts.filing.publishedOn");
  for (const it of items) requireFen(it.amountFen, `item ${it.code} amountFen`);
  for (const it of previousItems ?? []) requireFen(it.amountFen, `previous item ${it.code} amountFen`);
  return {
    kindergartenNature: kindergarten.nature,
    kindergartenUscc: kindergarten.uscc,
    kindergartenApprovedName: kindergarten.approvedName,
    hasPreviousFiling: previousItems != null,
    filingEffectiveFrom: filing.effectiveFrom,
    filingEffectiveMonth: monthOf(filing.effectiveFrom),
    filingPublishedOn: filing.publishedOn,
  };
}
