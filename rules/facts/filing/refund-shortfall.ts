/**
 * R11: the refund rules a kindergarten filed as data, against its province's
 * table (the rule's `refundTable` param: the national default, replaced by a
 * province's, city's or district's overlay). Param-dependent: the table is
 * the rule's effective param, so the comparison is computed per rule.
 *
 * The comparison runs over every month of the filing's term (the domain
 * passes each month's legal working days from the official calendar) and
 * every attendance count 0…W of that month; see refund-schemes.ts.
 */
import type { FilingFacts } from "../../types";
import {
  chargedRefundKinds,
  type MonthWorkingDays,
  type RefundShortfall,
  parseRefundTable,
  checkedRefundScheduleProblem,
  refundShortfalls,
  refundTableProblem,
} from "../refund-schemes";
import { bpToPercentString } from "./money";
import { list, value, type FactDescriptors, type ParamFactGroup } from "./descriptors";

export interface RefundFacts {
  refundRulesFiled: boolean;
  refundTermMonths: MonthWorkingDays[];
}

export const REFUND_FACTS: FactDescriptors<RefundFacts> = {
  refundRulesFiled: value("Whether refund rules were filed as data (per fee kind and case) with the schedule."),
  refundTermMonths: list("The months of the filing's term with their legal working days (month, workingDays): what R11 compares over."),
};

export function deriveRefundFacts(facts: FilingFacts): RefundFacts {
  if (facts.refundSchedule !== null) {
    const problem = checkedRefundScheduleProblem(facts.refundSchedule);
    if (problem) throw new TypeError(`facts.refundSchedule: ${problem.en}`);
  }
  for (const m of facts.termMonths) {
    if (!/^\d{4}-\d{2}$/.test(m.month) || !Number.isSafeInteger(m.workingDays) || m.workingDays < 0 || m.workingDays > 31) {
      throw new TypeError(`facts.termMonths: ${JSON.stringify(m)} is not a month with 0–31 working days`);
    }
  }
  return { refundRulesFiled: facts.refundSchedule !== null && facts.refundSchedule.length > 0, refundTermMonths: facts.termMonths };
}

const pct = (bp: number) => `${bpToPercentString(bp)}%`;

function finding(filed: boolean, rows: RefundShortfall[], worst: RefundShortfall | null): { zh: string; en: string } | null {
  if (!filed) {
    return {
      zh: "未随收费标准按收费项目备案退费办法（请假缺勤、退园各按什么比例退），无法与本地退费规定核对",
      en: "no refund rules were filed as data with the schedule (what is refunded per fee for absence and withdrawal), so they cannot be checked against the local refund rules",
    };
  }
  if (!worst) return null;
  return {
    zh:
      `备案的退费办法低于本地退费规定：${rows.map((r) => r.zh).join("、")}。差距最大处：${worst.zh}，${worst.month}（当月 ${worst.workingDays} 个法定工作日）出勤 ${worst.daysAttended} 天，` +
      `备案退 ${pct(worst.filedBp)}（${worst.filed.zh}），本地规定退 ${pct(worst.provincialBp)}（${worst.provincial.zh}）；自 ${worst.firstMonth} 出勤 ${worst.firstDaysAttended} 天起即不足`,
    en:
      `the filed refund rules give less than the local refund rules: ${rows.map((r) => r.en).join(", ")}. Largest gap: ${worst.en}, ${worst.month} (${worst.workingDays} legal working days), ${worst.daysAttended} days attended: ` +
      `filed ${pct(worst.filedBp)} (${worst.filed.en}), local rules ${pct(worst.provincialBp)} (${worst.provincial.en}); short from ${worst.firstDaysAttended} days attended in ${worst.firstMonth}`,
  };
}

const TABLE = { refundTable: "record<string[]>" } as const;
const TABLE_CHECKS = { refundTable: refundTableProblem } as const;

export const REFUND_SHORTFALL_FACTS: ParamFactGroup<RefundFacts> = {
  params: TABLE,
  facts: {
    refundShortfalls: {
      kind: "list",
      description:
        "Per fee kind and case the table sets and the filing charges: where the filed refund is below the table's, the worst month and attendance (month, workingDays, daysAttended, filedBp, provincialBp, shortBp), where it begins (firstMonth, firstDaysAttended) and both schemes in words. Empty without filed rules.",
      params: TABLE,
      paramChecks: TABLE_CHECKS,
    },
    refundShortfallCount: { kind: "value", description: "The number of refundShortfalls.", params: TABLE, paramChecks: TABLE_CHECKS },
    refundWorstShortfall: { kind: "value", description: "The refundShortfalls row with the largest shortBp, or null.", params: TABLE, paramChecks: TABLE_CHECKS },
    refundFinding: {
      kind: "value",
      description: "What R11 found, in words ({ zh, en }): no structured rules filed, the worst shortfall with its numbers, or nothing (null).",
      params: TABLE,
      paramChecks: TABLE_CHECKS,
    },
  },
  compute(facts, derived, params) {
    const parsed = parseRefundTable(params.refundTable as Record<string, string[]>);
    // Refused when entered (paramChecks below); a table that got past that must not pass silently either.
    if ("problem" in parsed) throw new Error(`R11 refundTable: ${parsed.problem.en}`);
    const rows = derived.refundRulesFiled
      ? refundShortfalls(facts.refundSchedule ?? [], parsed.schedule, chargedRefundKinds(facts.items), facts.termMonths)
      : [];
    const worst = rows.reduce<(typeof rows)[number] | null>((w, r) => (w === null || r.shortBp > w.shortBp ? r : w), null);
    return { refundShortfalls: rows, refundShortfallCount: rows.length, refundWorstShortfall: worst, refundFinding: finding(derived.refundRulesFiled, rows, worst) };
  },
};
