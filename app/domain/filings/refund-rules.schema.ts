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
  type RefundCase,
  type RefundFeeKind,
  type RefundMethod,
  type RefundSchedule,
  type RefundTierCondition,
} from "~/rules/facts/refund-schemes";

/** One entry per fee kind and case, at most. */
export const MAX_REFUND_ENTRIES = REFUND_FEE_KINDS.length * REFUND_CASES.length;

/**
 * A whole number typed in a form field (full-width digits from a phone keyboard accepted). A field left empty arrives
 * as no value (conform drops empty strings): the union says so with the field's own message, not zod's "Invalid input".
 */
const wholeNumber = (min: number, max: number, key: string) =>
  z
    .union([z.number(), z.string()], { error: key })
    .transform((v) => (typeof v === "number" ? v : v.normalize("NFKC").trim() === "" ? NaN : Number(v.normalize("NFKC").trim())))
    .pipe(z.number({ error: key }).int(key).min(min, key).max(max, key));

export const refundTierInput = z.object({
  when: z.enum(REFUND_TIER_CONDITIONS, { error: "refund.tier.when.invalid" }),
  /** days: the bound is a number of days; share: a percent of the month's legal working days. */
  boundKind: z.enum(["days", "share"], { error: "refund.tier.boundKind.invalid" }),
  bound: wholeNumber(0, 100, "refund.tier.bound.invalid"),
  refundPercent: wholeNumber(0, 100, "refund.tier.refundPercent.invalid"),
});

/** What the form posts (text as typed): the schemas' input types, so conform types the form's fields by them. */
type TierFormValue = { when?: string; boundKind?: string; bound?: string | number; refundPercent?: string | number };
type EntryFormValue = { feeKind?: string; case?: string; method?: string; tiers?: Array<TierFormValue | null> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * A tier row left empty (no bound, no percent) is no tier: the form shows a
 * spare row to type into, which a form without JavaScript needs. It becomes
 * null and is dropped at the end, so the other rows keep their indexes and
 * their messages land under the right fields.
 */
const tierRow = z.preprocess(
  (v: TierFormValue | null | undefined): unknown => (isRecord(v) && blank(v.bound) && blank(v.refundPercent) ? null : v),
  refundTierInput.nullable(),
);

/**
 * The form's "not filed" choice (a fee the kindergarten does not charge): the
 * entry is left out of the schedule. A word, not "": conform reads an empty
 * field as missing.
 */
export const METHOD_NOT_FILED = "not_filed";

export const refundEntryInput = z.preprocess(
  // Tiers only count for the tiers method: rows typed before switching to another method are not checked.
  (v: EntryFormValue): unknown => (isRecord(v) && v.method !== "tiers" ? { ...v, tiers: [] } : v),
  z.object({
    feeKind: z.enum(REFUND_FEE_KINDS, { error: "refund.feeKind.invalid" }),
    case: z.enum(REFUND_CASES, { error: "refund.case.invalid" }),
    method: z.preprocess((v) => (v === undefined ? METHOD_NOT_FILED : v), z.enum([...REFUND_METHODS, METHOD_NOT_FILED], { error: "refund.method.invalid" })),
    tiers: z.array(tierRow).max(MAX_REFUND_TIERS, "refund.tiers.tooMany").optional().default([]),
  }),
);

export const refundScheduleInput = z
  .array(refundEntryInput)
  .max(MAX_REFUND_ENTRIES, "refund.entries.tooMany")
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const key = `${e.feeKind}.${e.case}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "feeKind"], message: "refund.entry.duplicate" });
      seen.add(key);
      if (e.method === "tiers" && !e.tiers.some((t) => t !== null)) ctx.addIssue({ code: "custom", path: [i, "tiers"], message: "refund.tiers.required" });
      e.tiers.forEach((t, j) => {
        if (t === null) return;
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
      entries.flatMap((e) => {
        if (e.method === METHOD_NOT_FILED) return [];
        return [{
        feeKind: e.feeKind,
        case: e.case,
        scheme:
          e.method === "tiers"
            ? {
                method: "tiers",
                tiers: e.tiers.filter((t) => t !== null).map((t) => ({
                  when: t.when,
                  days: t.boundKind === "days" ? t.bound : null,
                  sharePercent: t.boundKind === "share" ? t.bound : null,
                  refundPercent: t.refundPercent,
                })),
              }
            : { method: e.method },
        }];
      }),
  );

/** One entry as the form holds it (text as typed; METHOD_NOT_FILED for a fee not filed). */
export interface RefundFormEntry {
  feeKind: RefundFeeKind;
  case: RefundCase;
  method: RefundMethod | typeof METHOD_NOT_FILED;
  tiers: Array<{ when: RefundTierCondition; boundKind: "days" | "share"; bound: string; refundPercent: string }>;
}
export type RefundScheduleInput = RefundFormEntry[];

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

/**
 * The form's refund section: every fee kind and case, in one fixed order (so a
 * form without JavaScript posts the same indexes it was given), each with the
 * method of `schedule` where it has one for a fee in `shown`, and "not filed"
 * otherwise (a fee the kindergarten does not charge is filed as nothing).
 */
export function refundFormEntries(schedule: RefundSchedule, shown: ReadonlySet<RefundFeeKind>): RefundScheduleInput {
  const fields = refundScheduleFields(schedule);
  return REFUND_FEE_KINDS.flatMap((feeKind) =>
    REFUND_CASES.map((refundCase) => {
      const filed = shown.has(feeKind) ? fields.find((e) => e.feeKind === feeKind && e.case === refundCase) : undefined;
      return filed ?? { feeKind, case: refundCase, method: METHOD_NOT_FILED, tiers: [] };
    }),
  );
}
