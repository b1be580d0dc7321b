/**
 * Refund rules as data on the server side: the months of a term with their
 * legal working days (what R11 compares over, from the official calendar),
 * a stored schedule read back, and the province's table (R11's `refundTable`
 * in force for a region) — the operator's form starts from it and C05 falls
 * back to it when a kindergarten filed no rules.
 */
import type { RulesRuntime, RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { provincialRefundTable } from "~/domain/rules-runtime/refund-table.server";
import { parseRefundTable, type MonthWorkingDays, type RefundSchedule } from "~/rules/facts/refund-schemes";
import { legalWorkingDaysInMonth } from "~/utils/working-days";
import { termBounds } from "./filing.schema";

const monthsByTerm = new Map<string, MonthWorkingDays[]>();

/** The calendar months a term spans (start up to, not including, the next term's start), each with its legal working days. */
export function termMonths(term: string): MonthWorkingDays[] {
  let months = monthsByTerm.get(term);
  if (!months) {
    const { start, nextStart } = termBounds(term);
    months = [];
    for (let y = Number(start.slice(0, 4)), m = Number(start.slice(5, 7)); `${y}-${String(m).padStart(2, "0")}-01` < nextStart; m === 12 ? ((m = 1), y++) : m++) {
      const month = `${y}-${String(m).padStart(2, "0")}`;
      months.push({ month, workingDays: legalWorkingDaysInMonth(month).workingDays });
    }
    monthsByTerm.set(term, months);
  }
  return months;
}


/** The province's refund rules for a region on a day, as a schedule (what the operator's form starts from). */
export function provincialRefundSchedule(rules: RulesRuntime, state: RulesState, regionCode: string, date: string): RefundSchedule {
  const parsed = parseRefundTable(provincialRefundTable(rules, state, regionCode, date));
  return "schedule" in parsed ? parsed.schedule : [];
}
