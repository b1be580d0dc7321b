/**
 * C05: a refund refused or short, computed. For each month the parent gives
 * (the fee, absence or withdrawal, days attended, paid, refunded) the
 * expected refund is the month's fee paid × the share the refund rules give
 * for that attendance in a month of that many legal working days (the domain
 * passes them, from the official calendar): the rules the kindergarten filed
 * with the schedule in force on the payment date, or, when it filed none for
 * that fee and case, the province's table (R11's `refundTable` for the
 * region). Expected refunds are rounded down to the fen, in the kindergarten's
 * favour, so a shortfall is never overstated.
 *
 * A month is "short" when expected − refunded exceeds the tolerance, and
 * "refused" when, in addition, nothing at all was refunded.
 */
import type { ComplaintFacts } from "../../types";
import type { ParamFactGroup } from "../filing/descriptors";
import { floorDiv, formatYuan as formatFen, requireFen } from "../filing/money";
import {
  CASE_LABELS,
  describeScheme,
  entryFor,
  FEE_KIND_LABELS,
  parseRefundTable,
  refundShare,
  shareBp,
  type RefundCase,
  type RefundFeeKind,
  type RefundSchedule,
} from "../refund-schemes";

export type RefundCheckStatus = "refused" | "short" | "ok" | "no_rules";
export type RefundVerdict = "refused" | "short" | "not_computed" | "no_shortfall";

export interface RefundCheckRow {
  month: string;
  workingDays: number;
  feeKind: RefundFeeKind;
  case: RefundCase;
  /** "2026-10 保教费（请假缺勤）" */
  zh: string;
  en: string;
  daysAttended: number;
  paidFen: number;
  refundedFen: number;
  /** Which rules the expectation comes from: the kindergarten's filed rules, the province's table, or none. */
  rulesFrom: "filed" | "provincial" | null;
  scheme: { zh: string; en: string } | null;
  refundBp: number | null;
  expectedFen: number | null;
  shortfallFen: number | null;
  status: RefundCheckStatus;
}

function checkRows(facts: ComplaintFacts, toleranceFen: number): RefundCheckRow[] {
  const filed: RefundSchedule = facts.schedule?.refundSchedule ?? [];
  const parsed = parseRefundTable(facts.provincialRefundTable);
  const provincial: RefundSchedule = "schedule" in parsed ? parsed.schedule : [];
  return facts.complaint.refundClaims.map((c) => {
    requireFen(c.paidFen, "refund claim paidFen");
    requireFen(c.refundedFen, "refund claim refundedFen");
    const own = entryFor(filed, c.feeKind, c.case);
    const local = own ? null : entryFor(provincial, c.feeKind, c.case);
    const entry = own ?? local;
    const label = { zh: `${c.month} ${FEE_KIND_LABELS[c.feeKind].zh}（${CASE_LABELS[c.case].zh}）`, en: `${c.month} ${FEE_KIND_LABELS[c.feeKind].en} (${CASE_LABELS[c.case].en})` };
    const base = { month: c.month, workingDays: c.workingDays, feeKind: c.feeKind, case: c.case, ...label, daysAttended: c.daysAttended, paidFen: c.paidFen, refundedFen: c.refundedFen };
    if (!entry) return { ...base, rulesFrom: null, scheme: null, refundBp: null, expectedFen: null, shortfallFen: null, status: "no_rules" as const };
    const share = refundShare(entry.scheme, c.daysAttended, c.workingDays);
    const expectedFen = floorDiv(c.paidFen * share.num, share.den);
    const shortfallFen = expectedFen - c.refundedFen;
    const status: RefundCheckStatus = shortfallFen > toleranceFen ? (c.refundedFen === 0 ? "refused" : "short") : "ok";
    return {
      ...base,
      rulesFrom: own ? ("filed" as const) : ("provincial" as const),
      scheme: { zh: describeScheme(entry.scheme, "zh"), en: describeScheme(entry.scheme, "en") },
      refundBp: shareBp(share),
      expectedFen,
      shortfallFen,
      status,
    };
  });
}

function verdictOf(rows: RefundCheckRow[]): RefundVerdict {
  if (rows.some((r) => r.status === "refused")) return "refused";
  if (rows.some((r) => r.status === "short")) return "short";
  if (rows.length === 0 || rows.some((r) => r.status === "no_rules")) return "not_computed";
  return "no_shortfall";
}

function finding(verdict: RefundVerdict, rows: RefundCheckRow[]): { zh: string; en: string } {
  const computed = rows.filter((r) => r.expectedFen !== null);
  const lines = {
    zh: computed
      .map(
        (r) =>
          `${r.zh}：当月 ${r.workingDays} 个法定工作日，出勤 ${r.daysAttended} 天，按${r.rulesFrom === "filed" ? "该园备案的退费办法" : "本地退费规定"}（${r.scheme!.zh}）应退 ${formatFen(r.expectedFen!)} 元（已缴 ${formatFen(r.paidFen)} 元），实退 ${formatFen(r.refundedFen)} 元，差额 ${formatFen(r.shortfallFen!)} 元`,
      )
      .join("；"),
    en: computed
      .map(
        (r) =>
          `${r.en}: ${r.workingDays} legal working days, ${r.daysAttended} attended; under ${r.rulesFrom === "filed" ? "the kindergarten's filed refund rules" : "the local refund rules"} (${r.scheme!.en}) ${formatFen(r.expectedFen!)} yuan was due (of ${formatFen(r.paidFen)} paid), ${formatFen(r.refundedFen)} refunded, short ${formatFen(r.shortfallFen!)}`,
      )
      .join("; "),
  };
  const lead = {
    refused: { zh: "退费被全部拒绝", en: "The refund was refused entirely" },
    short: { zh: "少退", en: "The refund was short" },
    no_shortfall: { zh: "按退费办法计算未见少退", en: "No shortfall under the refund rules" },
    not_computed: {
      zh: rows.length === 0 ? "家长未提供月份、出勤天数和金额，无法计算应退金额，请工作人员核实" : "部分月份没有可依据的退费办法，无法计算，请工作人员核实",
      en: rows.length === 0 ? "The parent gave no month, attendance or amounts, so the refund due cannot be computed: an officer checks" : "Some months have no refund rules to compute from: an officer checks",
    },
  }[verdict];
  return { zh: lines.zh ? `${lead.zh}：${lines.zh}` : lead.zh, en: lines.en ? `${lead.en}: ${lines.en}` : lead.en };
}

const PARAMS = { toleranceFen: "integer" } as const;

export const REFUND_CHECK_FACTS: ParamFactGroup<unknown, ComplaintFacts> = {
  params: PARAMS,
  facts: {
    refundChecks: {
      kind: "list",
      description:
        "Per month the parent gives: the month, its legal working days, fee and case, days attended, paid and refunded (fen), which rules apply (filed | provincial | null), the share refunded (bp), the expected refund and the shortfall (fen), and status refused | short | ok | no_rules.",
      params: PARAMS,
    },
    refundVerdict: {
      kind: "value",
      description: "refused (a month short beyond the tolerance with nothing refunded) | short | not_computed (no months given, or a month without rules) | no_shortfall.",
      params: PARAMS,
    },
    refundTotalShortfallFen: { kind: "value", description: "The sum of the positive shortfalls of the computed months (fen).", params: PARAMS },
    refundCheckFinding: { kind: "value", description: "The check in words ({ zh, en }), month by month.", params: PARAMS },
  },
  compute(facts, _derived, params) {
    const rows = checkRows(facts, params.toleranceFen as number);
    const verdict = verdictOf(rows);
    return {
      refundChecks: rows,
      refundVerdict: verdict,
      refundTotalShortfallFen: rows.reduce((sum, r) => sum + Math.max(0, r.shortfallFen ?? 0), 0),
      refundCheckFinding: finding(verdict, rows),
    };
  },
};
