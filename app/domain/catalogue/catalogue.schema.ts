/**
 * The fee item catalogue forms, shared by the browser and the server.
 * Regional items are service (服务性收费, code SVC_…) or 代收 (AGY_…) items;
 * the national categories (保教费, 住宿费, 保育费) are fixed. Messages are
 * i18n keys.
 */
import { z } from "zod";
import { tooLong } from "~/domain/result";

export const REGIONAL_CATEGORIES = ["service", "agency"] as const;
export type RegionalCategory = (typeof REGIONAL_CATEGORIES)[number];

export const CODE_PREFIX: Record<RegionalCategory, string> = { service: "SVC_", agency: "AGY_" };
/** Filed items carry the code; the filing form accepts codes up to 40 characters. */
export const MAX_CODE_LENGTH = 40;

const names = {
  nameZh: z.string({ error: "form.required" }).trim().min(1, "form.required").max(40, tooLong(40)),
  nameEn: z.string({ error: "form.required" }).trim().min(1, "form.required").max(80, tooLong(80)),
};

export const newCatalogueItemInput = z
  .object({
    category: z.enum(REGIONAL_CATEGORIES, { error: "catalogue.category.invalid" }),
    regionCode: z.string({ error: "catalogue.region.required" }).regex(/^\d{6}$/, "catalogue.region.required"),
    code: z
      .string({ error: "form.required" })
      .trim()
      .toUpperCase()
      .max(MAX_CODE_LENGTH, "catalogue.code.tooLong")
      .regex(/^[A-Z0-9_]+$/, "catalogue.code.invalid"),
    ...names,
  })
  .superRefine((value, ctx) => {
    const prefix = CODE_PREFIX[value.category];
    if (!prefix || !/^[A-Z0-9_]+$/.test(value.code)) return; // already reported
    if (!value.code.startsWith(prefix) || value.code.length === prefix.length) {
      ctx.addIssue({ code: "custom", path: ["code"], message: `catalogue.code.prefix.${value.category}` });
    }
  });

export const renameCatalogueItemInput = z.object(names);

export type NewCatalogueItemInput = z.input<typeof newCatalogueItemInput>;
