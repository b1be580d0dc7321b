/**
 * The account import's file (app/domain/users/user-import.server.ts): its columns, bounds and template, how a row's
 * cells become the new-account form's input (user-admin.schema.ts `newUserInput`, which checks them exactly as
 * /admin/users/new does), and the CSV of temporary passwords handed back (made in the browser on the result page,
 * printed by the command line). Client-safe.
 */
import type { Role } from "~/db/schema";

/** The template's columns, in its order. */
export const USER_IMPORT_COLUMNS = ["username", "display_name", "role", "kindergarten_uscc", "agency", "region_code", "lead"] as const;
export type UserImportColumn = (typeof USER_IMPORT_COLUMNS)[number];
/** A file of operators alone may leave the officers' columns out, and one of officers the kindergarten's. */
export const USER_IMPORT_OPTIONAL_COLUMNS = ["kindergarten_uscc", "agency", "region_code", "lead"] as const satisfies readonly UserImportColumn[];

/** Administrators are opened one at a time (/admin/users/new): an import opens the many, operators and officers. */
export const USER_IMPORT_ROLES = ["operator", "officer"] as const satisfies readonly Role[];

/** A province's kindergartens come in several files of a district or a city each. */
export const USER_IMPORT_MAX_ROWS = 2000;
/** 2,000 rows of about 120 bytes each are a quarter of this. */
export const USER_IMPORT_MAX_BYTES = 1024 * 1024;

/**
 * The template's examples: an operator (the kindergarten by its USCC) and a lead officer. They are marked as examples
 * and are never imported (an unchanged template must not open accounts, and no real register or user list can make
 * an example valid everywhere): a row with an example's username is refused as one to delete or replace.
 */
export const USER_IMPORT_EXAMPLE_ROWS: ReadonlyArray<Record<UserImportColumn, string>> = [
  { username: "example.operator", display_name: "示例：某幼儿园收费管理员", role: "operator", kindergarten_uscc: "52330203MJ5R8E7K1F", agency: "", region_code: "", lead: "" },
  { username: "example.officer", display_name: "示例：某区市场监督管理局", role: "officer", kindergarten_uscc: "", agency: "market", region_code: "330203", lead: "是" },
];
const EXAMPLE_USERNAMES = new Set(USER_IMPORT_EXAMPLE_ROWS.map((r) => r.username));
/** Whether a row's username is one of the template's examples (whatever its case). */
export const isExampleUsername = (username: string | undefined) => username !== undefined && EXAMPLE_USERNAMES.has(username.toLowerCase());

/** The form field each column fills, and back (a field's message is shown under its column). */
export const FIELD_OF_COLUMN = {
  username: "username",
  display_name: "displayName",
  role: "role",
  kindergarten_uscc: "kindergarten",
  agency: "agency",
  region_code: "regionCode",
  lead: "lead",
} as const satisfies Record<UserImportColumn, string>;
export const COLUMN_OF_FIELD: Readonly<Record<string, UserImportColumn>> = Object.fromEntries(
  Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column as UserImportColumn]),
);

/** The lead column: a spreadsheet's yes or no, in Chinese or English; blank is no. Anything else is refused, not read as no. */
const LEAD_YES = new Set(["是", "1", "true", "yes", "y"]);
const LEAD_NO = new Set(["否", "0", "false", "no", "n"]);
export function leadCell(cell: string | undefined): boolean | null {
  if (cell === undefined) return false;
  const value = cell.toLowerCase();
  return LEAD_YES.has(value) ? true : LEAD_NO.has(value) ? false : null;
}

/**
 * The CSV of the accounts opened and their temporary passwords: usernames ([a-z0-9._-]) and passwords (the
 * generator's letters and digits) need no quoting, and neither can begin a spreadsheet formula.
 */
export function temporaryPasswordsCsv(accounts: ReadonlyArray<{ username: string; temporaryPassword: string }>): string {
  return ["username,temporary_password", ...accounts.map((a) => `${a.username},${a.temporaryPassword}`)].join("\r\n") + "\r\n";
}
