/**
 * What an officer may do with a complaint (投诉) or report (举报), as the
 * complaint page posts it, and the queue's filters. Client-safe: the page
 * builds its forms from the same lists.
 *
 * Every action carries the version of the complaint the officer read
 * (optimistic concurrency): a second officer's action on the same version is
 * refused as stale instead of silently overwriting the first.
 */
import { z } from "zod";
import { blankAsMissing } from "~/domain/result";
import { encodeMessage } from "~/i18n";
import type { ComplaintStatus } from "~/db/schema";
import { amountIssue, parseYuanToFen } from "~/utils/money";
import { COMPLAINT_KINDS, COMPLAINT_TRACKS } from "./complaint.schema";

/** 投诉举报处理暂行办法 Art. 15: the grounds on which a complaint is not accepted. */
export const REJECTION_GROUNDS = [
  /** Not a matter for market supervision. */
  "not_samr_remit",
  /** Already settled or being handled by a court, arbitration, another authority or a consumer association. */
  "handled_elsewhere",
  /** Not a consumer's dispute with a business (not the complainant's own purchase of a service). */
  "not_consumer_dispute",
  /** More than 3 years since the complainant knew or should have known of the harm (Art. 15(4); rule R19). */
  "time_barred",
  /** The information Art. 9 requires is missing and was not supplied. */
  "material_missing",
] as const;
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];

/** How mediation ended; "expired" is set by the deadline sweep alone (45 working days, Art. 21). */
export const MEDIATION_OUTCOMES = ["agreement", "no_agreement", "terminated"] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number] | "expired";

/**
 * The outcomes an officer can record on a complaint in `status`: in mediation any; accepted but never mediated, no
 * agreement (the parties would not mediate) or termination, never an agreement (handling.outcome.agreementWithoutMediation).
 */
export function mediationOutcomesFor(status: string): readonly (typeof MEDIATION_OUTCOMES)[number][] {
  return status === "mediating" ? MEDIATION_OUTCOMES : MEDIATION_OUTCOMES.filter((o) => o !== "agreement");
}

/** A report's filing decision (行政处罚程序规定 Art. 18–20). */
export const REPORT_DECISIONS = ["case_opened", "no_case"] as const;

export const HANDLING_INTENTS = [
  "accept",
  "reject",
  "transfer",
  "extend",
  "start_mediation",
  "record_outcome",
  "decide",
  "link_case",
  "reply",
  "close",
] as const;
export type HandlingIntent = (typeof HANDLING_INTENTS)[number];
/**
 * Steps that settle the complaint's course for good, told to the complainant at once: the decision on acceptance either
 * way (accepting starts mediation's 45 working days and rules out a rejection), a transfer (the complaint leaves the
 * district, its clock starts again there), a mediation's outcome, a report's decision, closing. Checked by the server,
 * then confirmed (reviewHandling). Not starting mediation: it rules out no outcome and starts no clock.
 */
export const CONFIRMED_HANDLING_INTENTS: readonly HandlingIntent[] = ["accept", "reject", "transfer", "record_outcome", "decide", "close"];

/** A reply to the complainant: shown verbatim on the tracking page. */
export const REPLY_MIN = 2;
export const REPLY_MAX = 1000;
export const NOTE_MAX = 500;
/** The case select's value for "open a new inspection case". */
export const NEW_CASE = "new";

export const OPEN_STATUSES = ["received", "accepted", "mediating", "mediation_ended", "case_opened", "no_case"] as const satisfies readonly ComplaintStatus[];
export const FINISHED_STATUSES = ["rejected", "closed"] as const satisfies readonly ComplaintStatus[];
export const ALL_STATUSES = [...OPEN_STATUSES, ...FINISHED_STATUSES] as const;

const version = z.coerce.number({ error: "handling.version.missing" }).int("handling.version.missing").min(1, "handling.version.missing").max(1_000_000_000, "handling.version.missing");

const reply = z
  .string({ error: "handling.reply.required" })
  .trim()
  .min(REPLY_MIN, "handling.reply.required")
  .max(REPLY_MAX, "handling.reply.tooLong");

/** An optional reply sent together with a decision: absent or blank means none. */
const optionalReply = z.preprocess(blankAsMissing, reply.optional());

const note = z.preprocess(
  blankAsMissing,
  z.string().trim().max(NOTE_MAX, "handling.note.tooLong").optional(),
);

const caseChoice = z
  .string({ error: "handling.case.required" })
  .trim()
  .min(1, "handling.case.required")
  .max(64, "handling.case.required");

/** A refund agreed in mediation: 100,000 yuan at most, so a typo of extra zeros is caught. */
export const MAX_AGREED_REFUND_FEN = 10_000_000;
/** Its refusal names that maximum (in yuan), for ten digits typed as for the range check. */
const REFUND_TOO_LARGE = encodeMessage({ key: "handling.refund.tooLarge", vars: { max: MAX_AGREED_REFUND_FEN / 100 } });

const yuan = z
  .string({ error: "handling.refund.required" })
  .trim()
  .min(1, "handling.refund.required")
  .transform((s, ctx) => {
    const fen = parseYuanToFen(s);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: amountIssue(s, { invalid: "handling.refund.invalid", tooLarge: REFUND_TOO_LARGE }) });
      return z.NEVER;
    }
    return fen;
  })
  .pipe(z.number().int().min(0, "handling.refund.invalid").max(MAX_AGREED_REFUND_FEN, REFUND_TOO_LARGE));

export const handlingInput = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("accept"), version, reply: optionalReply }),
    z.object({ intent: z.literal("reject"), version, ground: z.enum(REJECTION_GROUNDS, { error: "handling.ground.required" }), reply }),
    z.object({
      intent: z.literal("transfer"),
      version,
      toRegion: z.string({ error: "handling.transfer.region" }).regex(/^\d{6}$/, "handling.transfer.region"),
      note,
    }),
    z.object({
      intent: z.literal("extend"),
      version,
      note,
    }),
    z.object({
      intent: z.literal("start_mediation"),
      version,
      // Mediation needs both parties' consent (Art. 17): the officer confirms they have it.
      consent: z.literal("on", { error: "handling.mediation.consent" }),
    }),
    z
      .object({
        intent: z.literal("record_outcome"),
        version,
        outcome: z.enum(MEDIATION_OUTCOMES, { error: "handling.outcome.required" }),
        refund: z.preprocess(blankAsMissing, yuan.optional()),
        reply: optionalReply,
      })
      .superRefine((input, ctx) => {
        if (input.outcome === "agreement" && input.refund === undefined) ctx.addIssue({ code: "custom", path: ["refund"], message: "handling.refund.required" });
        if (input.outcome !== "agreement" && input.refund !== undefined) ctx.addIssue({ code: "custom", path: ["refund"], message: "handling.refund.onlyAgreement" });
      }),
    z.object({
      intent: z.literal("decide"),
      version,
      decision: z.enum(REPORT_DECISIONS, { error: "handling.decision.required" }),
      caseId: z.preprocess(blankAsMissing, caseChoice.optional()),
      reply: optionalReply,
    }),
    z.object({ intent: z.literal("link_case"), version, caseId: caseChoice }),
    z.object({ intent: z.literal("reply"), version, reply }),
    z.object({ intent: z.literal("close"), version, note }),
  ],
  { error: "handling.intent.unknown" },
);
export type HandlingInput = z.infer<typeof handlingInput>;

/** The queue's filters (query parameters). */
export const QUEUE_STATE_FILTERS = ["open", "all", ...ALL_STATUSES] as const;
export type QueueStateFilter = (typeof QUEUE_STATE_FILTERS)[number];
export const QUEUE_TRACKS = COMPLAINT_TRACKS;
export const QUEUE_KINDS = COMPLAINT_KINDS;
export const QUEUE_PAGE_SIZE = 50;
/** Complaints the queue's CSV holds at most, in the queue's order (a province's office narrows by its filters). */
export const COMPLAINT_EXPORT_MAX_ROWS = 50_000;
/** Complaints read a statement for the CSV. */
export const COMPLAINT_EXPORT_CHUNK_ROWS = 1_000;
/** A kindergarten filter: an id, or part of its name. */
export const KINDERGARTEN_FILTER_MAX = 50;
