/**
 * User administration's forms, shared by the browser, the server and the command line (db/user-cli.ts): a new
 * account, an account's role fields, a password. Messages are i18n keys. Client-safe.
 *
 * What each role needs (checked here, against the form; what the database must confirm — the username is free, the
 * region and the kindergarten exist — is checked by user-admin.server.ts):
 * - an officer: an agency and a region (province, city or district: the officer's jurisdiction); a lead
 *   (users.lead) only in a market or education office, whose leads approve extensions, draw spot checks and approve
 *   publications (a development-reform lead would hold no more than a colleague);
 * - an operator: a kindergarten (its id or its USCC), and nothing else: the kindergarten says where it is;
 * - an admin: nothing else (every region).
 * Fields another role would need are dropped, not refused: a form without JavaScript shows them all.
 */
import { z } from "zod";
import type { Agency, Role } from "~/db/schema";
import { encodeMessage } from "~/i18n";
import { besideFieldChecks, blankAsMissing, tooLong } from "~/domain/result";

export const ROLES = ["officer", "operator", "admin"] as const satisfies readonly Role[];
export const AGENCIES = ["market", "education", "development_reform"] as const satisfies readonly Agency[];
/** The region levels an officer may be placed at: a province's, a city's or a district's office. */
export const OFFICER_REGION_LEVELS = ["province", "city", "district"] as const;

/** 3–40 characters: lower-case letters, digits, ".", "_" and "-", beginning and ending with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,38}[a-z0-9]$/;
export const DISPLAY_NAME_MAX = 60;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

const username = z
  .string({ error: "form.required" })
  .trim()
  .toLowerCase()
  .min(1, "form.required")
  .regex(USERNAME_PATTERN, "users.username.pattern");

const displayName = z.string({ error: "form.required" }).trim().min(1, "form.required").max(DISPLAY_NAME_MAX, tooLong(DISPLAY_NAME_MAX));

/** A checkbox: sent ("on", "1", "true") or not. */
const checkbox = z.preprocess((v) => v === "on" || v === "1" || v === "true" || v === true, z.boolean());

const roleFields = {
  agency: z.preprocess(blankAsMissing, z.enum(AGENCIES, { error: "users.agency.invalid" }).optional()),
  regionCode: z.preprocess(blankAsMissing, z.string().trim().regex(/^\d{6}$/, "users.region.invalid").optional()),
  /** The kindergarten's id or its USCC (统一社会信用代码). */
  kindergarten: z.preprocess(blankAsMissing, z.string().trim().toUpperCase().max(40, "users.kindergarten.unknown").optional()),
  lead: checkbox.optional(),
};

/** An account's role fields as stored: the role's own, every other one null (a lead only where it grants something). */
export interface RoleFields {
  agency: Agency | null;
  regionCode: string | null;
  /** As typed (an id or a USCC): the server resolves it to the kindergarten's id. */
  kindergarten: string | null;
  lead: boolean;
}

/**
 * The role's checks on its fields, beside the fields' own checks (besideFieldChecks): a form with a malformed
 * username is told its missing agency in the same answer. Values are read only where they are well-formed.
 */
function checkRoleFields(role: unknown, v: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const given = (name: string) => typeof v[name] === "string" && v[name] !== "";
  if (role === "officer") {
    if (!given("agency")) ctx.addIssue({ code: "custom", path: ["agency"], message: "users.agency.required" });
    if (!given("regionCode")) ctx.addIssue({ code: "custom", path: ["regionCode"], message: "users.region.required" });
    if (v.lead === true && v.agency === "development_reform") ctx.addIssue({ code: "custom", path: ["lead"], message: "users.lead.agency" });
  }
  if (role === "operator" && !given("kindergarten")) ctx.addIssue({ code: "custom", path: ["kindergarten"], message: "users.kindergarten.required" });
}

/** The fields the role keeps, every other one null (the checks above have passed). */
function keptRoleFields(role: Role, v: { agency?: Agency; regionCode?: string; kindergarten?: string; lead?: boolean }): RoleFields {
  const none: RoleFields = { agency: null, regionCode: null, kindergarten: null, lead: false };
  if (role === "officer") return { ...none, agency: v.agency ?? null, regionCode: v.regionCode ?? null, lead: v.lead === true };
  if (role === "operator") return { ...none, kindergarten: v.kindergarten ?? null };
  return none;
}

export const newUserInput = z
  .object({
    username,
    displayName,
    role: z.enum(ROLES, { error: "users.role.invalid" }),
    ...roleFields,
  })
  .superRefine((v, ctx) => checkRoleFields(v.role, v, ctx), besideFieldChecks)
  .transform((v) => ({ username: v.username, displayName: v.displayName, role: v.role, ...keptRoleFields(v.role, v) }));
export type NewUserInput = z.output<typeof newUserInput>;

/** An account's edit: its display name and its role's fields (the role itself is fixed: another role is another account). */
export function editUserInput(role: Role) {
  return z
    .object({ displayName, ...roleFields })
    .superRefine((v, ctx) => checkRoleFields(role, v, ctx), besideFieldChecks)
    .transform((v) => ({ displayName: v.displayName, ...keptRoleFields(role, v) }));
}
export type EditUserInput = z.output<ReturnType<typeof editUserInput>>;

/** A password someone chooses: its bounds, the same for the command line and the password page. */
export const newPassword = z
  .string({ error: "form.required" })
  .min(1, "form.required")
  .min(PASSWORD_MIN_LENGTH, encodeMessage({ key: "users.password.tooShort", vars: { min: PASSWORD_MIN_LENGTH } }))
  .max(PASSWORD_MAX_LENGTH, encodeMessage({ key: "users.password.tooLong", vars: { max: PASSWORD_MAX_LENGTH } }));

/**
 * A password holding the account's own username (haishu.ndrc → "Haishu.Ndrc2026") is among the first a guesser tries
 * (NIST SP 800-63B 3.1.1.2: refuse context-specific words); the username is known to every colleague who sees its work.
 */
export function passwordHoldsUsername(password: string, username: string): boolean {
  return password.toLowerCase().includes(username.toLowerCase());
}

/** The own-password form: the current password, the new one twice. */
export const changePasswordInput = z
  .object({
    currentPassword: z.string({ error: "form.required" }).min(1, "form.required").max(PASSWORD_MAX_LENGTH, "users.password.currentWrong"),
    newPassword,
    confirmPassword: z.string({ error: "form.required" }).min(1, "form.required").max(PASSWORD_MAX_LENGTH, "users.password.mismatch"),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "users.password.mismatch" });
    if (value.newPassword === value.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "users.password.unchanged" });
  });

/** The user list's filters (the URL's query). */
export const USER_ACTIVE_FILTERS = ["active", "inactive", "all"] as const;
export type UserActiveFilter = (typeof USER_ACTIVE_FILTERS)[number];
export const USER_SEARCH_MAX = 40;
export const USER_PAGE_SIZE = 50;
