/**
 * The refund rules (退费办法) an operator files as data with a fee schedule:
 * per fee (保教费, 住宿费, 保育费, 伙食费) and case (请假缺勤, 退园), a method
 * and, for tiers, up to MAX_REFUND_TIERS bounds. Client-safe: the form
 * validates with it as the operator types; the server parses again. The
 * result is the rules' RefundSchedule (rules/facts/refund-schemes.ts), what
 * R11 compares with the province's table and C05 computes a refund from.
 */
import { z } from "zod";
import {
  MAX_REFUND_TIERS,
  MAX_TIER_DAYS,
  REFUND_CASES,
  REFUND_FEE_KINDS,
  REFUND_METHODS,
  REFUND_TIER_CONDITIONS,
  type RefundSchedule,
} from "~/rules/facts/refund-schemes";

/** One entry per fee kind and case, at most. */
export const MAX_REFUND_ENTRIES = REFUND_FEE_KINDS.length * REFUND_CASES.length;

/** A whole number typed in a form field (full-width digits from a phone keyboard accepted). */
const wholeNumber = (min: number, max: number, key: string) =>
  z
    .union([z.number(), z.string()])
    .transform((v) => (typeof v === "number" ? v : v.normalize("NFKC").trim() === "" ? NaN : Number(v.normalize("NFKC").trim())))
    .pipe(z.number({ error: key }).int(key).min(min, key).max(max, key));

export const refundTierInput = z.object({
  when: z.enum(REFUND_TIER_CONDITIONS, { error: "refund.tier.when.invalid" }),
  /** days: the bound is a number of days; share: a percent of the month's legal working days. */
  boundKind: z.enum(["days", "share"], { error: "refund.tier.boundKind.invalid" }),
  bound: wholeNumber(0, 100, "refund.tier.bound.invalid"),
  refundPercent: wholeNumber(0, 100, "refund.tier.refundPercent.invalid"),
});

export const refundEntryInput = z.object({
  feeKind: z.enum(REFUND_FEE_KINDS, { error: "refund.feeKind.invalid" }),
  case: z.enum(REFUND_CASES, { error: "refund.case.invalid" }),
  method: z.enum(REFUND_METHODS, { error: "refund.method.invalid" }),
  tiers: z.array(refundTierInput).max(MAX_REFUND_TIERS, "refund.tiers.tooMany").optional().default([]),
});

export const refundScheduleInput = z
  .array(refundEntryInput)
  .max(MAX_REFUND_ENTRIES, "refund.entries.tooMany")
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const key = `${e.feeKind}.${e.case}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "feeKind"], message: "refund.entry.duplicate" });
      seen.add(key);
      if (e.method === "tiers" && e.tiers.length === 0) ctx.addIssue({ code: "custom", path: [i, "tiers"], message: "refund.tiers.required" });
      e.tiers.forEach((t, j) => {
        if (t.boundKind === "days" && t.bound > MAX_TIER_DAYS) {
          ctx.addIssue({ code: "custom", path: [i, "tiers", j, "bound"], message: "refund.tier.bound.days" });
        }
        if (t.boundKind === "share" && t.bound < 1) {
          ctx.addIssue({ code: "custom", path: [i, "tiers", j, "bound"], message: "refund.tier.bound.share" });
        }
      });
    });
  })
  .transform(
    (entries): RefundSchedule =>
      entries.map((e) => ({
        feeKind: e.feeKind,
        case: e.case,
        scheme:
          e.method === "tiers"
            ? {
                method: "tiers",
                tiers: e.tiers.map((t) => ({
                  when: t.when,
                  days: t.boundKind === "days" ? t.bound : null,
                  sharePercent: t.boundKind === "share" ? t.bound : null,
                  refundPercent: t.refundPercent,
                })),
              }
            : { method: e.method },
      })),
  );

export type RefundScheduleInput = z.input<typeof refundScheduleInput>;

/** A schedule as the form's fields: the inverse of refundScheduleInput (a stored filing or a province's table, to start the form from). */
export function refundScheduleFields(schedule: RefundSchedule): RefundScheduleInput {
  return schedule.map((e) => ({
    feeKind: e.feeKind,
    case: e.case,
    method: e.scheme.method,
    tiers:
      e.scheme.method === "tiers"
        ? e.scheme.tiers.map((t) => ({
            when: t.when,
            boundKind: t.days !== null ? ("days" as const) : ("share" as const),
            bound: String(t.days ?? t.sharePercent),
            refundPercent: String(t.refundPercent),
          }))
        : [],
  }));
}
