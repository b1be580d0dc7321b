/** Builders for rule tests: a plausible filing, overridable piece by piece. */
import { fileURLToPath } from "node:url";
import { loadRuleSet } from "../../rules/load";
import type { FeeItemFact, FilingFacts, GuidancePriceFact, Nature } from "../../rules/types";

export const RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));

let cached: ReturnType<typeof loadRuleSet> | undefined;
/** The real rule files of the repository. */
export function realRuleSet() {
  cached ??= loadRuleSet(RULES_DIR);
  return cached;
}

export function item(overrides: Partial<FeeItemFact> = {}): FeeItemFact {
  return {
    code: "CARE_EDU",
    category: "care_education",
    name: "保教费",
    amountFen: 100_000,
    unit: "month",
    ageBand: "small",
    description: "",
    ...overrides,
  };
}

export function guidance(overrides: Partial<GuidancePriceFact> = {}): GuidancePriceFact {
  return {
    regionCode: "330203",
    category: "care_education",
    ageBand: "small",
    basePriceFen: 100_000,
    maxFloatBp: 1000,
    sourceDocument: "甬价费〔2013〕71号",
    ...overrides,
  };
}

export function filing(
  nature: Nature,
  parts: Partial<Pick<FilingFacts, "items" | "previousItems" | "guidancePrices">> & { effectiveFrom?: string } = {},
): FilingFacts {
  return {
    kindergarten: {
      id: "01JKG0000000000000000000000",
      uscc: "52330203MJ0000000X",
      approvedName: "宁波市海曙区阳光幼儿园",
      nature,
      grade: "class1",
      regionCode: "330203",
    },
    filing: {
      id: "01JFL0000000000000000000000",
      term: "2025-autumn",
      version: 2,
      effectiveFrom: parts.effectiveFrom ?? "2025-09-01",
      publishedOn: "2025-06-20",
    },
    items: parts.items ?? [item()],
    previousItems: parts.previousItems === undefined ? null : parts.previousItems,
    guidancePrices: parts.guidancePrices ?? [],
  };
}
