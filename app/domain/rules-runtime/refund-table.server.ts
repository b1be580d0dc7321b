/**
 * The province's refund rules for a region on a day: R11's `refundTable` as
 * the overlays resolve it (national default ← province ← city ← district).
 * The filing form starts from it; the complaint check falls back to it when a
 * kindergarten filed no refund rules as data.
 */
import type { RulesRuntime, RulesState } from "./rules-runtime.server";

export const REFUND_RULE_ID = "R11";

/** R11's `refundTable` in force for the region on `date`; {} when R11 is not in force then. */
export function provincialRefundTable(rules: RulesRuntime, state: RulesState, regionCode: string, date: string): Record<string, string[]> {
  const r11 = rules.paramsFor(regionCode, state, date, "filing").rules.find((r) => r.ruleId === REFUND_RULE_ID);
  const table = r11?.params.refundTable;
  return table && typeof table === "object" && !Array.isArray(table) ? (table as Record<string, string[]>) : {};
}
