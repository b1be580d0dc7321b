/**
 * One guidance-price row as officers enter it, in the form and in the CSV
 * import alike: the field names are the CSV column names, so a row error
 * names the same column in both. Shared by the browser (instant field
 * errors) and the server (the authority). Messages are i18n keys. Checks that
 * need the database (region exists, jurisdiction) live in the service.
 */
import { z } from "zod";
import { besideFieldChecks, tooLong } from "~/domain/result";
import type { AgeBand, FeeCategory, KindergartenNature } from "~/db/schema";
import { amountIssue, parseYuanToFen } from "~/utils/money";
import { isCivilDate } from "~/utils/civil-date";

/** Natures with government guidance prices; public rows are the basis of the final-year waiver. */
export const GUIDED_NATURES = ["inclusive_private", "nonprofit_private", "public"] as const satisfies readonly KindergartenNature[];
/** The fee kinds that sit under guidance prices. */
export const GUIDED_CATEGORIES = ["care_education", "boarding", "nursery"] as const satisfies readonly FeeCategory[];
export const PRICE_AGE_BANDS = ["all", "nursery", "small", "middle", "large"] as const satisfies readonly AgeBand[];
/** Quality grades used by the guidance-price tables (kindergartens.grade). */
export const KINDERGARTEN_GRADES = ["provincial_model", "city_model", "class1", "class2", "class3"] as const;

export const MAX_PRICE_FEN = 10_000_000; // 100,000 yuan a month: far above any real table
export const MAX_ROWS_PER_BATCH = 2000;
export const MAX_FORM_ROWS = 50;
/** The drafting form's body (a new draft's and an edit's): 50 rows with a 200-character Chinese source document each, percent-encoded, about 110 KB. */
export const DRAFT_FORM_BYTES = 256 * 1024;

/** The CSV columns, in template order; the header must name each exactly once (any order). */
export const CSV_COLUMNS = [
  "region_code",
  "nature",
  "grade",
  "age_band",
  "category",
  "base_price_yuan",
  "max_float_percent",
  "effective_from",
  "effective_to",
  "source_document",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The example rows shown on the import page and put in the template. */
export const CSV_EXAMPLE_ROWS: ReadonlyArray<Record<CsvColumn, string>> = [
  {
    region_code: "330203",
    nature: "inclusive_private",
    grade: "class1",
    age_band: "all",
    category: "care_education",
    base_price_yuan: "1030.00",
    max_float_percent: "10",
    effective_from: "2026-09-01",
    effective_to: "",
    source_document: "海发改〔2026〕12号",
  },
  {
    region_code: "330203",
    nature: "public",
    grade: "class1",
    age_band: "all",
    category: "care_education",
    base_price_yuan: "600",
    max_float_percent: "0",
    effective_from: "2026-09-01",
    effective_to: "2027-08-31",
    source_document: "海发改〔2026〕12号",
  },
];

const isoDate = z.string({ error: "form.required" }).refine(isCivilDate, "form.date.invalid");

const basePrice = z
  .string({ error: "form.required" })
  .transform((s, ctx) => {
    const fen = parseYuanToFen(s);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: amountIssue(s, { invalid: "guidance.basePrice.invalid" }) });
      return z.NEVER;
    }
    return fen;
  })
  .pipe(z.number().int().positive("guidance.basePrice.positive").max(MAX_PRICE_FEN, "guidance.basePrice.tooLarge"));

/** "10" | "12.5" | "10%" → basis points (1000 = 10 %), 0 to 100 %, at most 2 decimals. */
export function parsePercentToBp(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

const maxFloat = z
  .string({ error: "form.required" })
  .transform((s, ctx) => {
    const bp = parsePercentToBp(s);
    if (bp === null) {
      ctx.addIssue({ code: "custom", message: "guidance.maxFloat.invalid" });
      return z.NEVER;
    }
    return bp;
  })
  .pipe(z.number().int().min(0, "guidance.maxFloat.range").max(10_000, "guidance.maxFloat.range"));

/** One of `values`; nothing chosen is "required", anything else not among them its own message. */
const choiceOf = <const T extends readonly [string, ...string[]]>(values: T, invalid: string) =>
  z.enum(values, { error: (issue) => (issue.input === undefined || issue.input === "" ? "form.required" : invalid) });

export const guidancePriceRow = z
  .object({
    region_code: z.string({ error: "form.required" }).trim().regex(/^\d{6}$/, "guidance.region.invalid"),
    nature: choiceOf(GUIDED_NATURES, "guidance.nature.invalid"),
    grade: choiceOf(KINDERGARTEN_GRADES, "guidance.grade.invalid"),
    age_band: choiceOf(PRICE_AGE_BANDS, "guidance.ageBand.invalid"),
    category: choiceOf(GUIDED_CATEGORIES, "guidance.category.invalid"),
    base_price_yuan: basePrice,
    max_float_percent: maxFloat,
    effective_from: isoDate,
    effective_to: isoDate.optional(),
    source_document: z.string({ error: "form.required" }).trim().min(1, "form.required").max(200, tooLong(200)),
  })
  .superRefine((row, ctx) => {
    // Run beside the fields' checks, a failed one included: compare only two real dates.
    const { effective_from: from, effective_to: to } = row as { effective_from?: unknown; effective_to?: unknown };
    if (typeof to === "string" && typeof from === "string" && isCivilDate(to) && isCivilDate(from) && to < from) {
      ctx.addIssue({ code: "custom", path: ["effective_to"], message: "guidance.effectiveTo.beforeFrom" });
    }
  }, besideFieldChecks);

export type GuidancePriceRowInput = z.input<typeof guidancePriceRow>;
export type GuidancePriceRow = z.output<typeof guidancePriceRow>;

/** The identity a price replaces on activation: same region, nature, grade, age band and category. */
export function priceKey(row: { region_code: string; nature: string; grade: string; age_band: string; category: string }): string {
  return `${row.region_code}|${row.nature}|${row.grade}|${row.age_band}|${row.category}`;
}

/** The edit form: one or more changed rows become one draft batch. */
export const draftBatchInput = z
  .object({
    rows: z
      .array(guidancePriceRow, { error: "guidance.rows.required" })
      .min(1, "guidance.rows.required")
      .max(MAX_FORM_ROWS, "guidance.rows.tooMany"),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.rows.forEach((row, index) => {
      const key = priceKey(row);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["rows", index, "region_code"], message: "guidance.row.duplicate" });
      else seen.set(key, index);
    });
  });

export type DraftBatchInput = z.input<typeof draftBatchInput>;

/** 1000 bp → "10", 1250 → "12.5": for display and form fields. */
export function bpToPercent(bp: number): string {
  return String(Number((bp / 100).toFixed(2)));
}

/** The highest fee the row allows: base × (1 + float), in fen, rounded to the fen. */
export function capFen(baseFen: number, floatBp: number): number {
  return Math.round((baseFen * (10_000 + floatBp)) / 10_000);
}
