/**
 * The spot-check draw form: its fields, bounds and how a posted form becomes
 * the domain's input. Client-safe: the page builds its form from the same
 * lists and bounds.
 */
import { z } from "zod";
import type { KindergartenNature, SpotCheckStratify } from "~/db/schema";
import { NATURES } from "~/domain/disclosure/disclosure.schema";

/** The order strata are drawn in (part of the algorithm: spot-check-draw.server.ts). */
export const NATURE_ORDER: readonly KindergartenNature[] = NATURES;
export const STRATIFY_MODES = ["none", "proportional", "per_nature"] as const satisfies readonly SpotCheckStratify[];

/** 双随机: two inspectors per kindergarten checked. */
export const INSPECTORS_PER_CHECK = 2;
/** Kindergartens per draw, at most: a draw is one campaign, its cases one queue's work. */
export const DRAW_MAX_COUNT = 200;
/** Officers a lead may declare in conflict per draw. */
export const EXCLUSIONS_MAX = 50;
export const EXCLUSION_REASON_MAX = 200;
/**
 * A draw of the agency over an overlapping region (the same, an ancestor or a descendant) within this many days
 * before makes a new draw a repeat, which needs a stated reason (published with the list). Days are Shanghai
 * calendar days, counted as the product counts its other windows of days (A02's mismatching checks, the complaint
 * clusters): the window ends on the day of the new draw and holds that day, so a draw on day D makes a draw on D
 * through D + 29 a repeat, and one on D + 30 is not (redrawWindowStart).
 */
export const REDRAW_WINDOW_DAYS = 30;
export const REDRAW_REASON_MAX = 200;
/** A seed is 32 to 64 bytes, written in hex. */
export const SEED_PATTERN = /^(?:[0-9a-f]{2}){32,64}$/;

const count = z.coerce
  .number({ error: "spotChecks.count.invalid" })
  .int("spotChecks.count.invalid")
  .min(0, "spotChecks.count.invalid")
  .max(DRAW_MAX_COUNT, "spotChecks.count.tooMany");

export const drawInput = z.object({
  regionCode: z.string({ error: "spotChecks.region.required" }).regex(/^\d{6}$/, "spotChecks.region.required"),
  stratify: z.enum(STRATIFY_MODES, { error: "spotChecks.stratify.invalid" }),
  // Left blank is not 0: it asks for the number, 0 asks for at least one.
  count: z.preprocess((v) => (v === "" ? undefined : v), count.optional()),
  perNature: z.object(Object.fromEntries(NATURE_ORDER.map((n) => [n, count.optional()])) as Record<KindergartenNature, z.ZodOptional<typeof count>>),
  /** Empty: a fresh random seed. Upper case is accepted and stored lower case. */
  seed: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .refine((s) => s === "" || SEED_PATTERN.test(s), "spotChecks.seed.invalid"),
  excluded: z.array(z.string().max(64)).max(EXCLUSIONS_MAX, "spotChecks.excluded.tooMany"),
  /** The reason per excluded officer id. */
  reasons: z.record(z.string(), z.string().trim().max(EXCLUSION_REASON_MAX, "spotChecks.reason.tooLong")),
  /** Why the lead draws again: required only for a repeat (REDRAW_WINDOW_DAYS); absent or blank is none. */
  redrawReason: z.string().trim().max(REDRAW_REASON_MAX, "spotChecks.redrawReason.tooLong").default(""),
});
export type DrawInput = z.output<typeof drawInput>;

/** The form field holding an excluded officer's reason. */
export const reasonField = (officerId: string) => `reason_${officerId}`;

/**
 * A posted draw form as the domain's input: blank numbers are absent, the
 * checked officers a list, each reason under its officer's id (only the
 * reasons of checked officers count), the reason for drawing again as typed.
 */
export function drawFormInput(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const number = (name: string) => (text(name).trim() === "" ? undefined : text(name).trim());
  const excluded = [...new Set(form.getAll("excluded").filter((v): v is string => typeof v === "string"))];
  return {
    regionCode: text("regionCode"),
    stratify: text("stratify"),
    count: number("count"),
    perNature: Object.fromEntries(NATURE_ORDER.map((n) => [n, number(`perNature.${n}`)])),
    seed: text("seed"),
    excluded,
    reasons: Object.fromEntries(excluded.map((id) => [id, text(reasonField(id))])),
    redrawReason: text("redrawReason"),
  };
}
