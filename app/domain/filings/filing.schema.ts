/**
 * The fee-filing form, shared by the browser (instant field errors) and the
 * server (the authority). Messages are i18n keys, translated by the UI.
 * Checks that need the database (item codes, dates against today, ownership)
 * live in filing.service.server.ts.
 */
import { z } from "zod";
import { besideFieldChecks, tooLong } from "~/domain/result";
import { encodeMessage } from "~/i18n";
import { amountIssue, fenToYuanInput, parseYuanToFen } from "~/utils/money";
import { isCivilDate } from "~/utils/civil-date";
import { refundScheduleInput } from "./refund-rules.schema";
import { TERM_PATTERN, termBounds } from "~/rules/terms";

export const MAX_ITEMS = 40;
export const MAX_AMOUNT_FEN = 10_000_000; // 100,000 yuan: far above any monthly or term fee
/** The refusal of an amount above MAX_AMOUNT_FEN, naming that maximum (in yuan) so the bookkeeper knows the limit. */
const AMOUNT_TOO_LARGE = encodeMessage({ key: "filing.item.amount.tooLarge", vars: { max: MAX_AMOUNT_FEN / 100 } });
const AMOUNT_KEYS = { invalid: "filing.item.amount.invalid", tooLarge: AMOUNT_TOO_LARGE };

export const FEE_UNITS = ["month", "semester", "day", "year", "once"] as const;
export const AGE_BANDS = ["all", "nursery", "small", "middle", "large"] as const;

const isoDate = z.string({ error: "form.required" }).refine(isCivilDate, "form.date.invalid");

const yuanToFen = z.string().transform((s, ctx) => {
  const fen = parseYuanToFen(s);
  if (fen === null) {
    ctx.addIssue({ code: "custom", message: amountIssue(s, AMOUNT_KEYS) });
    return z.NEVER;
  }
  return fen;
});

/**
 * An amount written with its unit, as last term's fee notice writes it and a bookkeeper pastes it: "2380元/月",
 * "每月2380元", "380/学期", "320元一次". The row's unit is its own field, so the amount is refused — reading "元/月" as
 * the unit could contradict the unit chosen — with a message that says where the unit goes.
 */
export function amountWithUnit(text: string): boolean {
  const plain = text.normalize("NFKC");
  return /\d/.test(plain) && /[/每]\s*个?\s*(?:月|学期|天|日|年|次)|(?:元|块)\s*(?:一)?(?:月|学期|天|日|年|次)$|元\s*每/.test(plain);
}

/** A row's amount (its fee, its provider's cost): refused with its unit, told where the unit goes. */
const rowYuanToFen = z.string().transform((s, ctx) => {
  const fen = parseYuanToFen(s);
  if (fen === null) {
    const withUnit = amountWithUnit(s) && !/^[-−]/.test(s.normalize("NFKC").trim());
    ctx.addIssue({
      code: "custom",
      message: withUnit ? "filing.item.amount.withUnit" : amountIssue(s, AMOUNT_KEYS),
    });
    return z.NEVER;
  }
  return fen;
});

/** A checkbox: the browser sends "on" when ticked and nothing otherwise; JSON callers may send a boolean. */
const checkbox = z
  .union([z.boolean(), z.literal("on")])
  .optional()
  .transform((v) => v === true || v === "on");

/** An amount that may be left blank (the raw form sends ""). */
const optionalYuan = z.preprocess(
  (v) => (v === "" ? undefined : v),
  yuanToFen.pipe(z.number().int().max(MAX_AMOUNT_FEN, AMOUNT_TOO_LARGE)).optional(),
);

/**
 * What an item's marks mean for its category: parents opt in to, or find bundled with 保教费, only service and 代收
 * items (R13), and only a 代收 item has a provider's cost (R14). The form offers them there only and the filing
 * stores them there only, so that a 保教费 is never filed as 家长自愿选择.
 */
export function itemMarksApply(category: string | undefined): { optIn: boolean; cost: boolean } {
  if (category === undefined) return { optIn: true, cost: true };
  return { optIn: category === "service" || category === "agency", cost: category === "agency" };
}

/** A filed item as the form's row starts from it (amounts in yuan as typed, ticks as a browser sends them). */
export function itemFormValues(item: { code: string; amount_fen: number; unit: string; age_band: string; description: string; voluntary: number; bundled: number; cost_fen: number | null }) {
  return {
    code: item.code,
    amount: fenToYuanInput(item.amount_fen),
    unit: item.unit,
    ageBand: item.age_band,
    description: item.description,
    voluntary: item.voluntary === 1 ? "on" : undefined,
    bundled: item.bundled === 1 ? "on" : undefined,
    cost: item.cost_fen === null ? "" : fenToYuanInput(item.cost_fen),
  };
}

export const feeItemInput = z.object({
  code: z.string({ error: "filing.item.code.required" }).min(1, "filing.item.code.required").max(40, "filing.item.code.unknown"),
  amount: z
    .string({ error: "filing.item.amount.required" })
    .pipe(rowYuanToFen)
    .pipe(
      z
        .number()
        .int()
        .positive("filing.item.amount.positive")
        .max(MAX_AMOUNT_FEN, AMOUNT_TOO_LARGE),
    ),
  unit: z.enum(FEE_UNITS, { error: "filing.item.unit.invalid" }),
  ageBand: z.enum(AGE_BANDS, { error: "filing.item.ageBand.invalid" }),
  description: z.string().max(200, tooLong(200)).optional().default(""),
  /** Checkboxes: absent means unchecked. */
  voluntary: checkbox,
  bundled: checkbox,
  /** 代收 items: the provider's actual price, in yuan. */
  cost: z.preprocess((v) => (v === "" ? undefined : v), rowYuanToFen.pipe(z.number().int().max(MAX_AMOUNT_FEN, AMOUNT_TOO_LARGE)).optional()),
});

/**
 * A filing as the operator's form posts it, checked on `today` (null: no check against the day, for the type): the
 * dates against today and the term are checked with the fields, so that every mistake the form can know of is told
 * in one answer, in the browser as on the server. The catalogue's checks need the database (filing.service.server).
 */
export const filingInputOn = (today: string | null) =>
  z
  .object({
    term: z.string({ error: "form.required" }).regex(TERM_PATTERN, "filing.term.invalid"),
    effectiveFrom: isoDate,
    publishedOn: isoDate,
    note: z.string().max(500, tooLong(500)).optional().default(""),
    /**
     * Required: the 收费目录清单 parents are shown carries the basis of each fee since 发改价格〔2025〕1644号 (R10 v5
     * flags a filing without one), and the bookkeeper always knows it, so an empty one is refused at the field
     * rather than filed and flagged. R10 still checks it for filings made before this and by other paths.
     */
    pricingBasis: z
      .string({ error: "filing.pricingBasis.required" })
      .max(500, tooLong(500))
      .refine((text) => text.trim() !== "", "filing.pricingBasis.required"),
    refundRules: z.string().max(1000, tooLong(1000)).optional().default(""),
    /** The refund rules as data per fee and case (R11); the text above stays the human-readable version. */
    refundSchedule: refundScheduleInput.optional(),
    complaintChannel: z.string().max(200, tooLong(200)).optional().default(""),
    appliesToEnrolled: checkbox,
    /** Monthly deduction for final-year (大班) children, in yuan. */
    waiverDeduction: optionalYuan,
    items: z
      .array(feeItemInput, { error: "filing.items.required" })
      .min(1, "filing.items.required")
      .max(MAX_ITEMS, encodeMessage({ key: "filing.items.tooMany", vars: { max: MAX_ITEMS } })),
  })
  .superRefine((value, ctx) => {
    if (typeof value.publishedOn === "string" && typeof value.effectiveFrom === "string" && value.publishedOn > value.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "filing.publishedOn.afterEffective" });
    }
    if (!Array.isArray(value.items)) return;
    const seen = new Set<string>();
    value.items.forEach((item: unknown, index) => {
      if (item === null || typeof item !== "object") return;
      const { code, ageBand } = item as { code?: unknown; ageBand?: unknown };
      if (typeof code !== "string" || code === "") return;
      const key = `${code}|${String(ageBand)}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["items", index, "code"], message: "filing.item.duplicate" });
      seen.add(key);
    });
    if (today !== null) checkEffectiveDate(value, today, ctx);
  }, besideFieldChecks);

export const filingInput = filingInputOn(null);
export type FilingInput = z.infer<typeof filingInput>;

/** The date a schedule takes effect: after today, within its term. Only well-formed values are compared (besideFieldChecks). */
function checkEffectiveDate(value: { term?: unknown; effectiveFrom?: unknown }, today: string, ctx: z.RefinementCtx): void {
  const { term, effectiveFrom } = value;
  if (typeof effectiveFrom !== "string" || !isCivilDate(effectiveFrom)) return;
  if (effectiveFrom <= today) ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: "filing.effectiveFrom.notFuture" });
  if (typeof term !== "string" || !TERM_PATTERN.test(term)) return;
  const { start, nextStart } = termBounds(term);
  if (effectiveFrom < start || effectiveFrom >= nextStart) ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: "filing.effectiveFrom.outsideTerm" });
}
export type FeeItemInput = z.infer<typeof feeItemInput>;

/** Spring terms start in March, autumn terms in September (rules/terms.ts: the rules read terms the same way). */
export { termBounds };
