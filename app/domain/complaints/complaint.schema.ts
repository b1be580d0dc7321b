/**
 * A parent's complaint (投诉) or report (举报), as the intake form sends it,
 * and the tracking look-up. Client-safe: the phone form validates with the
 * same schema before anything is sent.
 *
 * What is collected is what 市场监督管理投诉举报处理暂行办法 needs and no more
 * (PIPL Art. 6): a 投诉 needs the complainant's name, phone and address
 * (Art. 9); a 举报 may be anonymous, and then no contact is kept at all.
 */
import { z } from "zod";
import { encodeMessage, type MessageKey } from "~/i18n";
import { besideFieldChecks, blankAsMissing, tooLong } from "~/domain/result";
import type { ComplaintDueKind, ComplaintKind, ComplaintStatus, ComplaintTrack, FeeUnit } from "~/db/schema";
import { compactAccountNumber, ACCOUNT_NUMBER_INPUT_MAX, ACCOUNT_NUMBER_MAX, ACCOUNT_NUMBER_MIN } from "~/domain/fee-accounts/fee-account.schema";
import { nationalMobile } from "~/domain/personal-data/mobile-number";
import { isCivilDate } from "~/utils/civil-date";
import { amountIssue, parseYuanToFen } from "~/utils/money";
import { REFUND_CASES, REFUND_FEE_KINDS } from "~/rules/facts/refund-schemes";

export const COMPLAINT_TRACKS = ["complaint", "report"] as const satisfies readonly ComplaintTrack[];
export const COMPLAINT_KINDS = [
  "above_filed",
  "not_on_schedule",
  "prohibited_item",
  "other_account",
  "refund",
  "forced_service",
  "other",
] as const satisfies readonly ComplaintKind[];
export const CHARGED_UNITS = ["once", "month", "semester", "year", "day"] as const satisfies readonly FeeUnit[];

/** Items actually charged: a bill rarely has more lines than this. */
export const MAX_CHARGED_ITEMS = 10;
/** 100,000 yuan: far above any kindergarten charge, so a typo of extra zeros is caught. */
export const MAX_CHARGED_FEN = 10_000_000;
/** The refusal of an amount above MAX_CHARGED_FEN, naming that maximum (in yuan): ten digits typed, or the range. */
export const CHARGED_TOO_LARGE = encodeMessage({ key: "complaint.item.amount.tooLarge", vars: { max: MAX_CHARGED_FEN / 100 } });
/** Characters as `narrativeLength` counts them: an emoji is one. */
export const NARRATIVE_MIN = 10;
export const NARRATIVE_MAX = 2000;
/**
 * A hard bound in UTF-16 units (what `string.length` and a textarea's `maxlength` count), checked before any character
 * is counted: twice the limit, so never below it (a character is at most two units), and a paste far beyond it is
 * refused without being read further.
 */
export const NARRATIVE_MAX_UNITS = NARRATIVE_MAX * 2;
/** Evidence files per complaint (receipts, notices, screenshots). */
export const MAX_COMPLAINT_FILES = 5;
/** The honeypot: a field people never see (hidden by CSS, not by type=hidden), so only a bot fills it. */
export const HONEYPOT_FIELD = "website";
/** The intake form's one-time key (hidden field): a repeated post answers with the first receipt. */
export const INTAKE_KEY_FIELD = "intakeKey";

/** Mainland mobile numbers (no carrier prefix list: it goes stale) and landlines with an area code. */
const PHONE = /^(?:(?:\+?86|0086)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

/** A mobile number with its groups' hyphens taken out: 138-0574-5678. */
const MOBILE_GROUPED = /^(?:\+?86-?|0086-?)?1[3-9]\d(?:-?\d){8}$/;

/**
 * What people type between digit groups: spaces, brackets and, in a mobile number, hyphens (a landline's are kept: its
 * area code and extension); a mobile number is kept as its 11 digits, without the country code a phone's contact list
 * pastes (+86 138 0574 5678): one parent's phone is one value, written either way, so complaints sharing it are counted
 * as one complainant's (R18) and the number is found in the texts masked when its retention ends.
 */
export function compactPhone(raw: string): string {
  const compact = raw.normalize("NFKC").replace(/[\s()（）]+/gu, "");
  return nationalMobile(MOBILE_GROUPED.test(compact) ? compact.replace(/-/g, "") : compact);
}

/**
 * A narrative's length as the parent sees it and the form's counter shows it: code points, an emoji or a rare character
 * (𠮷) one each, not UTF-16 units (in which they are two: 1,001 emoji were refused as over 2,000 while the counter
 * read 1001 / 2000). The limits and the counter read this one function.
 */
export function narrativeLength(narrative: string): number {
  let n = 0;
  for (const _ of narrative) n++;
  return n;
}

/**
 * The characters of a narrative that say something: letters, digits and punctuation, not emoji, other symbols,
 * spaces or invisible characters ("😡😡😡😡😡😡😡😡😡😡" is ten characters and no words).
 */
export function narrativeWords(narrative: string): number {
  return narrative.match(/[\p{L}\p{N}\p{P}\p{M}]/gu)?.length ?? 0;
}

const text = (max: number, required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, tooLong(max));

const optionalText = (max: number) => z.preprocess(blankAsMissing, z.string().trim().max(max, tooLong(max)).optional());

const date = (required: string) => z.preprocess(blankAsMissing, z.string({ error: required }).refine(isCivilDate, "form.date.invalid"));

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** Yuan as typed: full-width digits from a phone keyboard, and thousands separators as receipts print them. */
const typedYuan = (required: string, invalidKey: string) =>
  z.string({ error: required }).transform((s, ctx) => {
    const fen = parseYuanToFen(s);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: amountIssue(s, { invalid: invalidKey, tooLarge: CHARGED_TOO_LARGE }) });
      return z.NEVER;
    }
    return fen;
  });

export const chargedItemInput = z.object({
  name: text(50, "complaint.item.name.required"),
  amount: typedYuan("complaint.item.amount.required", "complaint.item.amount.invalid")
    .pipe(z.number().int().positive("complaint.item.amount.positive").max(MAX_CHARGED_FEN, CHARGED_TOO_LARGE)),
  unit: z.enum(CHARGED_UNITS, { error: "complaint.item.unit.invalid" }),
});

/** Months of a refund complaint: a semester at most (a longer dispute is described in the narrative). */
export const MAX_REFUND_CLAIMS = 6;

/**
 * One month of a refund complaint (C05): what the check needs and no more
 * (PIPL Art. 6): the month, which fee and why (absence, withdrawal), the days
 * the child attended, what was paid and what was refunded. No child's name,
 * no dates of illness.
 */
export const refundClaimInput = z.object({
  month: z
    .string({ error: "complaint.refund.month.required" })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "complaint.refund.month.invalid"),
  feeKind: z.enum(REFUND_FEE_KINDS, { error: "complaint.refund.feeKind.invalid" }),
  case: z.enum(REFUND_CASES, { error: "complaint.refund.case.invalid" }),
  daysAttended: z
    .union([z.number(), z.string()])
    .transform((v) => (typeof v === "number" ? v : v.normalize("NFKC").trim() === "" ? NaN : Number(v.normalize("NFKC").trim())))
    .pipe(z.number({ error: "complaint.refund.daysAttended.invalid" }).int("complaint.refund.daysAttended.invalid").min(0, "complaint.refund.daysAttended.invalid").max(31, "complaint.refund.daysAttended.invalid")),
  paid: typedYuan("complaint.refund.paid.required", "complaint.item.amount.invalid").pipe(
    z.number().int().positive("complaint.item.amount.positive").max(MAX_CHARGED_FEN, CHARGED_TOO_LARGE),
  ),
  /** 0 when nothing was refunded. */
  refunded: typedYuan("complaint.refund.refunded.required", "complaint.item.amount.invalid").pipe(
    z.number().int().min(0, "complaint.item.amount.invalid").max(MAX_CHARGED_FEN, CHARGED_TOO_LARGE),
  ),
});
export type RefundClaimInput = z.infer<typeof refundClaimInput>;

/** A refund month as stored (complaints.refund_claims) and shown to the complainant and officers: amounts in fen. */
export interface StoredRefundClaim {
  month: string;
  feeKind: RefundClaimInput["feeKind"];
  case: RefundClaimInput["case"];
  daysAttended: number;
  paidFen: number;
  refundedFen: number;
}

/**
 * A disputed month as the kindergarten reads it without the complainant's consent to share who they are: the
 * month and the fee only. The case (a withdrawal, an illness), the days a child attended and what was paid
 * would point at one family among its pupils.
 */
export type MaskedRefundClaim = Pick<StoredRefundClaim, "month" | "feeKind">;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * A row the form offers to type into and the parent left empty (every field
 * they type blank; the selects always hold a choice) is no row: the phone
 * form shows one empty item and one empty month, which a kind that needs
 * neither must not trip over. It becomes null, is skipped by the checks and
 * dropped at the end, so the other rows keep their indexes and messages.
 */
const itemRow = z.preprocess(
  (v: { name?: string; amount?: string; unit?: string } | null | undefined): unknown => (isRecord(v) && isBlank(v.name) && isBlank(v.amount) ? null : v),
  chargedItemInput.nullable(),
);
const refundClaimRow = z.preprocess(
  (v: { month?: string; feeKind?: string; case?: string; daysAttended?: string; paid?: string; refunded?: string } | null | undefined): unknown =>
    isRecord(v) && isBlank(v.month) && isBlank(v.daysAttended) && isBlank(v.paid) && isBlank(v.refunded) ? null : v,
  refundClaimInput.nullable(),
);
const present = <T,>(row: T | null): row is T => row !== null;

/** The portal's era: a date before it is a typo of a century (0026-09-01), not an old complaint. */
const EARLIEST_DATE = "2000-01-01";

/** The account the parent paid into, as a transfer record prints it (groups, spaces, hyphens): 8–30 digits, stored compact. */
const accountPaidIntoField = z.preprocess(
  (v) => (typeof v === "string" && compactAccountNumber(v) === "" ? undefined : v),
  z
    .string()
    .transform(compactAccountNumber)
    .pipe(
      z
        .string()
        .regex(/^\d+$/, "complaint.accountPaidInto.digits")
        .min(ACCOUNT_NUMBER_MIN, "complaint.accountPaidInto.length")
        .max(ACCOUNT_NUMBER_MAX, "complaint.accountPaidInto.length"),
    )
    .optional(),
);

/**
 * The query parameter a link fills 实际缴入的收款账号 with: the account check's "not the filed account" carries
 * the number the parent checked, so it is not typed twice.
 */
export const ACCOUNT_PAID_INTO_PARAM = "account";

/**
 * A number a link brings for the form's 实际缴入的收款账号: the field's own rules (at most as long as the input,
 * digits with spaces or hyphens, 8–30 digits), the digits as the field keeps them; anything else (junk, a list,
 * a number too short or too long) is none, and the field starts empty rather than the page refusing the link.
 */
export function accountPaidIntoFromLink(raw: unknown): string | undefined {
  if (typeof raw !== "string" || [...raw].length > ACCOUNT_NUMBER_INPUT_MAX) return undefined;
  const parsed = accountPaidIntoField.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The intake form, its dates checked against `today` (Shanghai) when given: none after it, none before the portal's
 * era. The page checks with the day it was served and the domain with its own clock, each in the same pass as the
 * form's other mistakes, so a parent hears of them all at once.
 */
export const complaintIntakeOn = (today: string | null) =>
  z
    .object({
      kindergartenId: z.string({ error: "complaint.kindergarten.required" }).min(1, "complaint.kindergarten.required").max(64, "complaint.kindergarten.required"),
      track: z.enum(COMPLAINT_TRACKS, { error: "complaint.track.required" }),
      kind: z.enum(COMPLAINT_KINDS, { error: "complaint.kind.required" }),
      items: z.array(itemRow).max(MAX_CHARGED_ITEMS, "complaint.items.tooMany").default([]),
      /** Refund complaints only (kept for no other kind): the months the parent asks about. */
      refundClaims: z.array(refundClaimRow).max(MAX_REFUND_CLAIMS, "complaint.refund.tooMany").default([]),
      paidOn: z.preprocess((v) => (v === "" ? undefined : v), date("form.required").optional()),
      learnedOn: date("complaint.learnedOn.required"),
      accountPaidInto: accountPaidIntoField,
      narrative: z
        .string({ error: "complaint.narrative.required" })
        .trim()
        // In units, so not z.string().max: zod 4.6 counts code points there (4,000 emoji, 8,000 units, would pass it).
        .refine((s) => s.length <= NARRATIVE_MAX_UNITS, { error: "complaint.narrative.tooLong", abort: true })
        // Counted as the form's counter counts, by the one function it reads (not by zod's own count, the library's to change).
        .refine((s) => narrativeLength(s) >= NARRATIVE_MIN, "complaint.narrative.tooShort")
        .refine((s) => narrativeLength(s) <= NARRATIVE_MAX, "complaint.narrative.tooLong")
        // Long enough, but in emoji: an officer has 7 or 15 working days to act on it and nothing to act on.
        .refine((s) => narrativeLength(s) < NARRATIVE_MIN || narrativeWords(s) >= NARRATIVE_MIN, "complaint.narrative.noWords"),
      anonymous: checkbox,
      contactName: optionalText(30),
      contactPhone: z.preprocess(
        (v) => (typeof v === "string" && compactPhone(v) === "" ? undefined : v),
        z.string().transform(compactPhone).pipe(z.string().regex(PHONE, "complaint.contactPhone.invalid")).optional(),
      ),
      contactAddress: optionalText(100),
      shareContact: checkbox,
      publishConsent: checkbox,
    })
    // Beside the field checks: a missing phone is told in the same round as a narrative too short.
    .superRefine((input, ctx) => checkAcrossFields(input, ctx), besideFieldChecks)
    .superRefine((input, ctx) => {
      if (today !== null) checkDates(input, today, ctx);
    }, besideFieldChecks)
    .transform((input) => ({ ...input, items: input.items.filter(present), refundClaims: input.refundClaims.filter(present) }));

/** The form's shape and cross-field rules with no clock: the type, and what a reader of stored input needs. */
export const complaintIntakeInput = complaintIntakeOn(null);
export type ComplaintIntakeInput = z.infer<typeof complaintIntakeInput>;

const CHARGE_KINDS: readonly string[] = ["above_filed", "not_on_schedule", "prohibited_item", "forced_service"];

/**
 * What one field cannot say alone: the contact a track needs, the items a charging kind needs, refund months
 * twice or refunded above paid, the account of "another account". Runs beside the field checks
 * (besideFieldChecks), over what could be read: a field that failed holds what was sent (a string where a
 * number was meant), so each value's type is checked here, and a field with a mistake of its own is not
 * also called missing.
 */
function checkAcrossFields(input: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const need = (field: "contactName" | "contactPhone" | "contactAddress", key: string) => {
    if (!input[field]) ctx.addIssue({ code: "custom", path: [field], message: key });
  };
  // A 投诉 settles the complainant's own dispute: Art. 9 requires who they are and how to reach them.
  if (input.track === "complaint") {
    if (input.anonymous === true) ctx.addIssue({ code: "custom", path: ["anonymous"], message: "complaint.anonymous.complaintTrack" });
    need("contactName", "complaint.contactName.required");
    need("contactPhone", "complaint.contactPhone.required");
    need("contactAddress", "complaint.contactAddress.required");
  } else if (input.track === "report" && input.anonymous !== true) {
    // A real-name reporter is told the filing decision (Art. 31): a name and a phone to tell. The message names the
    // other way, which a reporter who would rather not give a name may not have seen: the 匿名举报 box above.
    need("contactName", "complaint.contactName.requiredOrAnonymous");
    need("contactPhone", "complaint.contactPhone.requiredOrAnonymous");
  }
  const items = Array.isArray(input.items) ? input.items : [];
  if (typeof input.kind === "string" && CHARGE_KINDS.includes(input.kind) && !items.some((row) => row !== null && row !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["items"], message: "complaint.items.required" });
  }
  const months = new Set<string>();
  (Array.isArray(input.refundClaims) ? input.refundClaims : []).forEach((claim: unknown, i) => {
    if (claim === null || typeof claim !== "object") return;
    const c = claim as Record<string, unknown>;
    const key = `${String(c.month)}|${String(c.feeKind)}|${String(c.case)}`;
    if (typeof c.month === "string" && months.has(key)) ctx.addIssue({ code: "custom", path: ["refundClaims", i, "month"], message: "complaint.refund.duplicate" });
    months.add(key);
    if (typeof c.refunded === "number" && typeof c.paid === "number" && c.refunded > c.paid) {
      ctx.addIssue({ code: "custom", path: ["refundClaims", i, "refunded"], message: "complaint.refund.refunded.abovePaid" });
    }
  });
  if (input.kind === "other_account" && !input.accountPaidInto) {
    ctx.addIssue({ code: "custom", path: ["accountPaidInto"], message: "complaint.accountPaidInto.required" });
  }
}

/** Runs beside the field checks (besideFieldChecks), over what could be read: it checks each value's type itself. */
function checkDates(input: { paidOn?: unknown; learnedOn?: unknown; refundClaims?: unknown }, today: string, ctx: z.RefinementCtx): void {
  // Only a well-formed date or month is compared: anything else has its own message from its field.
  const bound = (value: unknown, last: string, earliest: string, path: Array<string | number>) => {
    if (typeof value !== "string" || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(value)) return;
    // A month (YYYY-MM) cannot be after this month; a date after today.
    if (value > last) ctx.addIssue({ code: "custom", path, message: value.length === 7 ? "complaint.month.future" : "complaint.date.future" });
    else if (value < earliest) ctx.addIssue({ code: "custom", path, message: "complaint.date.tooEarly" });
  };
  bound(input.paidOn, today, EARLIEST_DATE, ["paidOn"]);
  bound(input.learnedOn, today, EARLIEST_DATE, ["learnedOn"]);
  if (!Array.isArray(input.refundClaims)) return;
  input.refundClaims.forEach((claim: unknown, i) => {
    if (claim !== null && typeof claim === "object") bound((claim as { month?: unknown }).month, today.slice(0, 7), EARLIEST_DATE.slice(0, 7), ["refundClaims", i, "month"]);
  });
}

/** A tracking number as printed: 12 Crockford base-32 characters in groups of four (TS plus 60 random bits). */
export const TRACKING_NO_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
/** An access code as printed: 16 Crockford characters (80 random bits) in groups of four. */
export const ACCESS_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/**
 * What a person types, read the way Crockford base 32 intends: any case,
 * spaces and hyphens ignored, O as 0, I and L as 1; regrouped in fours.
 */
export function normaliseCode(raw: string): string {
  const chars = raw
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return chars.match(/.{1,4}/g)?.join("-") ?? "";
}

/** A number or code as written down, hyphens and spaces included, with room to spare. */
export const MAX_CODE_INPUT_LENGTH = 40;

/** A code the complainant copies from the receipt: asked for when left blank, read as written down, then checked. */
const codeField = (pattern: RegExp, messages: { required: MessageKey; invalid: MessageKey }) =>
  z.preprocess(
    blankAsMissing,
    z
      .string({ error: messages.required })
      .max(MAX_CODE_INPUT_LENGTH, messages.invalid)
      .transform(normaliseCode)
      .pipe(z.string().regex(pattern, messages.invalid)),
  );

export const trackingLookupInput = z.object({
  trackingNo: codeField(TRACKING_NO_PATTERN, { required: "complaint.tracking.required", invalid: "complaint.tracking.invalid" }),
  accessCode: codeField(ACCESS_CODE_PATTERN, { required: "complaint.accessCode.required", invalid: "complaint.accessCode.invalid" }),
});

/** What the tracking page shows the complainant (complaint-tracking.server.ts fills it). */
export interface TrackedComplaint {
  trackingNo: string;
  track: ComplaintTrack;
  kind: ComplaintKind;
  status: ComplaintStatus;
  receivedAt: string;
  kindergartenName: string;
  narrative: string;
  items: Array<{ name: string; amountFen: number; unit: FeeUnit }>;
  /** A refund complaint's months as the complainant gave them (what the refund check computes with). */
  refundClaims: StoredRefundClaim[];
  evidenceCount: number;
  /** The duty the authority has now, and by when (working days left: negative once past; `overdue` by date, also with none since). */
  /** `estimated`: the date falls in a year whose holiday notice is not out yet (counted from the statutory holidays). */
  deadline: { kind: ComplaintDueKind; dueOn: string; estimated: boolean; workingDaysLeft: number; overdue: boolean } | null;
  /** Public events only: receipt, decisions in words, officers' replies. */
  timeline: Array<{ kind: string; at: string; text: string | null; detail: Record<string, unknown> }>;
}

/** How many of a browser's latest receipts it is shown again (and its repeats are matched against). */
export const RECENT_RECEIPTS_MAX = 3;
/** For how long after its receipt a complaint's number and code are shown again on the device that sent it. */
export const RECENT_RECEIPT_HOURS = 2;

/** A receipt this browser was given lately, as the form page shows it again. */
export interface RecentReceipt {
  trackingNo: string;
  accessCode: string | null;
  track: ComplaintTrack;
  kindergartenName: string;
  receivedAt: string;
}
