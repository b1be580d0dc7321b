/**
 * Fee-item helpers shared by several rule groups: which categories are under
 * government-guided prices, which are service or 代收 items, and the plain
 * item row most evidence lists are made of.
 */
import type { AgeBand, FeeCategory, FeeItemFact, FeeUnit } from "../../types";

/** Categories under government-guided prices (保教费, 住宿费, 托班保育费). */
const GUIDED_CATEGORIES: readonly FeeCategory[] = ["care_education", "boarding", "nursery"];

export const isGuided = (it: FeeItemFact) => GUIDED_CATEGORIES.includes(it.category);

export const isServiceOrAgency = (it: FeeItemFact) => it.category === "service" || it.category === "agency";

/** Which fee line evidence is about: what an officer needs to find it on the schedule. */
export interface ItemIdentity {
  code: string;
  name: string;
  category: FeeCategory;
  ageBand: AgeBand;
  unit: FeeUnit;
}

/** A fee item as listed in evidence. */
export interface ItemRef extends ItemIdentity {
  amountFen: number;
}

export const itemRef = (it: FeeItemFact): ItemRef => ({
  code: it.code,
  name: it.name,
  category: it.category,
  ageBand: it.ageBand,
  unit: it.unit,
  amountFen: it.amountFen,
});
