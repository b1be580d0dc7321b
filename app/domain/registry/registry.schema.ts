/**
 * The kindergarten registry's record (名录): what the education department licenses and the portal keys everything
 * on — the USCC (统一社会信用代码), the approved name (核准名称) and the name in use, the nature (办园性质), the grade
 * the guidance-price tables use, where it is registered (a city's or a district's code) and its address, and whether
 * it is operating. One schema for the form (camelCase fields) and the CSV import (snake_case columns, REGISTRY_COLUMNS).
 * What only the database can confirm (the region exists and is the editor's; the USCC is not another kindergarten's)
 * is checked by registry.server.ts. Messages are i18n keys. Client-safe.
 */
import { z } from "zod";
import type { KindergartenNature, KindergartenStatus } from "~/db/schema";
import { KINDERGARTEN_GRADES } from "~/domain/guidance-prices/guidance-price.schema";
import { normalizeUscc, validateUscc } from "~/domain/kindergartens/uscc";
import { blankAsMissing, tooLong } from "~/domain/result";

export const NATURES = ["public", "inclusive_private", "nonprofit_private", "forprofit_private"] as const satisfies readonly KindergartenNature[];
export const STATUSES = ["active", "suspended", "closed"] as const satisfies readonly KindergartenStatus[];
export { KINDERGARTEN_GRADES };

export const NAME_MAX = 100;
export const ADDRESS_MAX = 200;
export const REASON_MAX = 200;

const required = (max: number) => z.string({ error: "form.required" }).trim().min(1, "form.required").max(max, tooLong(max));

export const usccField = z
  .string({ error: "form.required" })
  .transform(normalizeUscc)
  .pipe(z.string().min(1, "form.required").max(18, "registry.uscc.format"))
  .superRefine((code, ctx) => {
    const checked = validateUscc(code);
    if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.reason === "checksum" ? "registry.uscc.checksum" : "registry.uscc.format" });
  });

/** A record's fields as the form and the import give them, before the database is asked. */
const recordFields = {
  approvedName: required(NAME_MAX),
  /** Left empty: the approved name is the name in use. */
  nameInUse: z.preprocess(blankAsMissing, z.string().trim().max(NAME_MAX, tooLong(NAME_MAX)).optional()),
  nature: z.enum(NATURES, { error: "registry.nature.invalid" }),
  grade: z.enum(KINDERGARTEN_GRADES, { error: "registry.grade.invalid" }),
  regionCode: z.string({ error: "form.required" }).trim().regex(/^\d{6}$/, "registry.region.invalid"),
  address: required(ADDRESS_MAX),
  status: z.preprocess(blankAsMissing, z.enum(STATUSES, { error: "registry.status.invalid" }).default("active")),
};

/** A new kindergarten: the record with its USCC. */
export const newKindergartenInput = z.object({ uscc: usccField, ...recordFields });

/**
 * A change of a registered kindergarten: the record (its USCC is fixed: another code is another legal person), why
 * (the licence change, the approval's number), and the version the editor read (kindergartens.updated_at), so two
 * editors cannot silently overwrite each other.
 */
export const editKindergartenInput = z.object({
  ...recordFields,
  reason: required(REASON_MAX),
  version: z.string({ error: "registry.version.missing" }).min(1, "registry.version.missing").max(40, "registry.version.missing"),
});

export type NewKindergartenInput = z.output<typeof newKindergartenInput>;
export type EditKindergartenInput = z.output<typeof editKindergartenInput>;

/** The import's columns, in the template's order, and the form field each fills. status may be left out (active). */
export const REGISTRY_COLUMNS = ["uscc", "approved_name", "name_in_use", "nature", "grade", "region_code", "address", "status"] as const;
export type RegistryColumn = (typeof REGISTRY_COLUMNS)[number];
export const REGISTRY_OPTIONAL_COLUMNS = ["name_in_use", "status"] as const satisfies readonly RegistryColumn[];
/**
 * An import file's bytes, and the text of a workbook's sheet as CSV: 4 MB, a province's 20,000 rows of names and
 * addresses are about 3 MB. What a confirmation posts back is held to it too.
 */
export const REGISTRY_IMPORT_MAX_BYTES = 4 * 1024 * 1024;
export const FIELD_OF_COLUMN: Record<RegistryColumn, keyof z.input<typeof newKindergartenInput>> = {
  uscc: "uscc",
  approved_name: "approvedName",
  name_in_use: "nameInUse",
  nature: "nature",
  grade: "grade",
  region_code: "regionCode",
  address: "address",
  status: "status",
};

/** The template's rows: a public and a 普惠 kindergarten of 海曙区, valid as they stand (their USCCs' check characters too). */
export const REGISTRY_EXAMPLE_ROWS: ReadonlyArray<Record<RegistryColumn, string>> = [
  {
    uscc: "12330203470012348Y",
    approved_name: "宁波市海曙区示例幼儿园",
    name_in_use: "",
    nature: "public",
    grade: "class1",
    region_code: "330203",
    address: "宁波市海曙区示例路 1 号",
    status: "active",
  },
  {
    uscc: "52330203MJ76543213",
    approved_name: "宁波市海曙区示例普惠幼儿园",
    name_in_use: "海曙示例普惠幼儿园",
    nature: "inclusive_private",
    grade: "class2",
    region_code: "330203",
    address: "宁波市海曙区示例路 2 号",
    status: "",
  },
];

/** A kindergarten's record as stored, in the form's terms. */
export interface RegistryRecord {
  approvedName: string;
  nameInUse: string;
  nature: KindergartenNature;
  grade: string;
  regionCode: string;
  address: string;
  status: KindergartenStatus;
}

/** How a change reached the registry: the form or a CSV import (the audit says which). */
export type RegistryVia = "form" | "import";

/** A registration or change of a kindergarten's record as officers read it (registry.queries.server.ts). */
export interface RegistryChange {
  at: string;
  who: string | null;
  kind: "registered" | "changed";
  via: RegistryVia;
  reason: string | null;
  /** The file an import's change came from (null: a form's, or an import's file unnamed). */
  fileName: string | null;
  /** Field, then the value before (null when registered) and after. */
  fields: Array<{ field: keyof RegistryRecord; from: string | null; to: string }>;
}
