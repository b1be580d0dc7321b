/**
 * Refund rules as data on the server side: the months of a term with their
 * legal working days (what R11 compares over, from the official calendar),
 * a stored schedule read back, and the province's table (R11's `refundTable`
 * in force for a region) — the operator's form starts from it and C05 falls
 * back to it when a kindergarten filed no rules.
 */
import { loadRulesState, type RulesRuntime, type RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import type { DB } from "~/db/client";
import { provincialRefundTable } from "~/domain/rules-runtime/refund-table.server";
import {
  chargedRefundKinds,
  parseRefundTable,
  storedRefundSchedule,
  type MonthWorkingDays,
  type RefundFeeKind,
  type RefundSchedule,
} from "~/rules/facts/refund-schemes";
import { legalWorkingDaysInMonth } from "~/utils/working-days";
import { termBounds } from "./filing.schema";
import { refundFormEntries, type RefundScheduleInput } from "./refund-rules.schema";

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

/**
 * Where the filing form's refund section starts: the previous filing's refund
 * rules as filed, or, when it filed none, the province's table (with the
 * rules runtime) for the fees the kindergarten charges — 保教费 and 伙食费
 * always, 住宿费 and 保育费 where the previous items charge them. Without a
 * runtime (a benchmark) and without previous rules, nothing is filled in.
 */
export async function refundFormStart(args: {
  db: DB;
  rules?: RulesRuntime;
  regionCode: string;
  date: string;
  previous: string | null;
  previousItems: ReadonlyArray<{ category: string; name: string }>;
}): Promise<RefundScheduleInput> {
  const charged = new Set<RefundFeeKind>(["care_education", "meals", ...chargedRefundKinds(args.previousItems)]);
  const previous = storedRefundSchedule(args.previous);
  if (previous) return refundFormEntries(previous, new Set(previous.map((e) => e.feeKind)));
  if (!args.rules) return refundFormEntries([], charged);
  const state = await loadRulesState(args.db, args.rules.library);
  return refundFormEntries(provincialRefundSchedule(args.rules, state, args.regionCode, args.date), charged);
}
