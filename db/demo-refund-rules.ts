/**
 * Refund rules as data in the demo (R11, C05): every demo filing that
 * publishes a refund text also files its refund rules per fee and case, at
 * the national default of R11 (the demo's kindergartens are in Ningbo, which
 * has no local table in this repository); 阳光 kg007 files 保教费 tiers that
 * give only 50 % for a month not attended at all (R11: amber), and its
 * parent's refund complaint gives the month before receipt, not attended,
 * 1500 yuan paid and nothing refunded (C05: 750 yuan due under kg007's own
 * rules, refused: red).
 */
import type { RefundSchedule } from "~/rules/facts/refund-schemes";

/** The kindergarten whose filed refund rules fall short of the national default. */
export const REFUND_SHORTFALL_KG = "kg007";

const national: RefundSchedule = (["care_education", "boarding", "nursery", "meals"] as const).flatMap((feeKind) =>
  (["absence", "withdrawal"] as const).map((c) => ({ feeKind, case: c, scheme: { method: feeKind === "meals" ? ("per_day" as const) : ("per_30_days" as const) } })),
);

/** A demo filing's refund_schedule column: null where the demo shows a filing without refund rules. */
export function demoRefundSchedule(kgKey: string, withoutRefundText: boolean): string | null {
  if (withoutRefundText) return null;
  if (kgKey !== REFUND_SHORTFALL_KG) return JSON.stringify(national);
  const short = national.map((e) =>
    e.feeKind === "care_education" && e.case === "absence"
      ? { ...e, scheme: { method: "tiers" as const, tiers: [{ when: "attended_at_most" as const, days: 4, sharePercent: null, refundPercent: 50 }] } }
      : e,
  );
  return JSON.stringify(short);
}

/** The months of a demo refund complaint, as the intake form sends them; none for the other complaints. */
export function demoRefundClaims(complaint: { kg: string; kind: string }, receivedOn: string) {
  if (complaint.kind !== "refund" || complaint.kg !== REFUND_SHORTFALL_KG) return undefined;
  const [year, m] = receivedOn.split("-").map(Number);
  const month = m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
  return [{ month, feeKind: "care_education", case: "absence", daysAttended: "0", paid: "1500", refunded: "0" }];
}
