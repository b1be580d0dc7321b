/**
 * R01 and R02: which items may be charged at all. R01 lists the items whose
 * code is outside the region's catalogue; R02 lists the items whose name or
 * description contains a prohibited keyword. The keywords are a rule param,
 * so R02's facts are a param-dependent group, computed per rule with that
 * rule's effective keywords.
 */
import type { FeeCategory, FilingFacts } from "../../types";
import { list, value, type FactDescriptors, type ParamFactGroup } from "./descriptors";
import { itemRef, type ItemRef } from "./fee-items";

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

/**
 * Normalised texts, memoised: fee item names and descriptions repeat across
 * thousands of filings, and NFKC normalisation is the dearest step of R02.
 * Bounded: cleared when full.
 */
const normalisedTexts = new Map<string, string>();
const MAX_NORMALISED_TEXTS = 20_000;

/** Normalise text for keyword matching: NFKC (full-width → half-width), lower case, no whitespace. */
function normaliseForMatching(text: string): string {
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
    if (normalisedTexts.size >= MAX_NORMALISED_TEXTS) normalisedTexts.clear();
    normalisedTexts.set(text, normalised);
  }
  return normalised;
}

/** Normalised keyword lists, per (frozen, per-engine) params array: computed once, not per evaluation. */
const normalisedKeywords = new WeakMap<readonly string[], readonly (readonly [string, string])[]>();

function keywordNeedles(keywords: readonly string[]): readonly (readonly [string, string])[] {
  let needles = normalisedKeywords.get(keywords);
  if (!needles) {
    needles = keywords.map((k) => [k, normaliseForMatching(k)] as const).filter(([, n]) => n.length > 0);
    normalisedKeywords.set(keywords, needles);
  }
  return needles;
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
    const keywords = keywordNeedles(params.keywords as string[]);
    const matches: ProhibitedKeywordMatch[] = [];
    for (const it of facts.items) {
      const name = normaliseForMatching(it.name);
      const description = normaliseForMatching(it.description);
      const matchedKeywords: string[] = [];
      const matchedIn = new Set<"name" | "description">();
      for (const [keyword, needle] of keywords) {
        const inName = name.includes(needle);
        const inDescription = description.includes(needle);
        if (!inName && !inDescription) continue;
        if (!matchedKeywords.includes(keyword)) matchedKeywords.push(keyword);
        if (inName) matchedIn.add("name");
        if (inDescription) matchedIn.add("description");
      }
      if (matchedKeywords.length === 0) continue;
      matches.push({
        code: it.code,
        name: it.name,
        category: it.category,
        description: it.description,
        matchedKeywords,
        matchedIn: (["name", "description"] as const).filter((f) => matchedIn.has(f)),
      });
    }
    return { prohibitedKeywordMatches: matches, prohibitedKeywordItemCount: matches.length };
  },
};
