/**
 * R01 and R02: which items may be charged at all. R01 lists the items whose
 * code is outside the region's catalogue; R02 lists the items whose name or
 * description contains a prohibited keyword. The keywords are a rule param,
 * so R02's facts are a param-dependent group, computed per rule with that
 * rule's effective keywords. The matching itself (../prohibited-keywords.ts)
 * is shared with the complaint rule C03.
 */
import type { FeeCategory, FilingFacts } from "../../types";
import { list, value, type FactDescriptors, type ParamFactGroup } from "./descriptors";
import { itemRef, type ItemRef } from "./fee-items";
import { matchKeywords } from "../prohibited-keywords";

export interface CatalogueFacts {
  itemsNotInCatalogue: ItemRef[];
  itemsNotInCatalogueCount: number;
}

export const CATALOGUE_FACTS: FactDescriptors<CatalogueFacts> = {
  itemsNotInCatalogue: list("Items whose code is not in allowedItemCodes (the region's national categories + service/代收 catalogue)."),
  itemsNotInCatalogueCount: value("The number of itemsNotInCatalogue."),
};

export function deriveCatalogueFacts(facts: FilingFacts): CatalogueFacts {
  const allowed = new Set(facts.allowedItemCodes);
  const itemsNotInCatalogue = facts.items.filter((it) => !allowed.has(it.code)).map(itemRef);
  return { itemsNotInCatalogue, itemsNotInCatalogueCount: itemsNotInCatalogue.length };
}

/** R02 evidence: an item whose name or description contains prohibited keywords. */
export interface ProhibitedKeywordMatch {
  code: string;
  name: string;
  category: FeeCategory;
  description: string;
  /** The keywords found (as configured), in the order of the keyword list. */
  matchedKeywords: string[];
  /** Where they were found. */
  matchedIn: ("name" | "description")[];
}

export const PROHIBITED_KEYWORD_FACTS: ParamFactGroup<unknown> = {
  params: { keywords: "string[]" },
  facts: {
    prohibitedKeywordMatches: {
      kind: "list",
      description:
        "Items whose name or description contains a keyword of the rule's `keywords` param (compared after NFKC, lower case, spaces removed), with the keywords matched.",
      params: { keywords: "string[]" },
    },
    prohibitedKeywordItemCount: {
      kind: "value",
      description: "The number of prohibitedKeywordMatches.",
      params: { keywords: "string[]" },
    },
  },
  compute(facts, _derived, params) {
    const keywords = params.keywords as string[];
    const matches: ProhibitedKeywordMatch[] = [];
    for (const it of facts.items) {
      const { matchedKeywords, matchedIn } = matchKeywords({ name: it.name, description: it.description }, keywords);
      if (matchedKeywords.length === 0) continue;
      matches.push({
        code: it.code,
        name: it.name,
        category: it.category,
        description: it.description,
        matchedKeywords,
        matchedIn,
      });
    }
    return { prohibitedKeywordMatches: matches, prohibitedKeywordItemCount: matches.length };
  },
};
