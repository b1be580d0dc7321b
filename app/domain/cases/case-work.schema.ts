/**
 * What an officer may do with an inspection case, as the case page posts it,
 * and the decisions with their legal bases. Client-safe: the page builds its
 * forms from the same lists.
 *
 * Every action carries the version of the case the officer read (optimistic
 * concurrency): a second officer's action on the same version is refused as
 * stale instead of silently overwriting the first.
 */
import { z } from "zod";
import type { Agency, CaseDecisionKind } from "~/db/schema";
import { besideFieldChecks, blankAsMissing } from "~/domain/result";
import { encodeMessage } from "~/i18n";
import { isCivilDate } from "~/utils/civil-date";
import { amountIssue, parseYuanToFen } from "~/utils/money";
import { COUNT_WORDS, parseWholeNumber } from "~/utils/whole-number";

export const CASE_INTENTS = [
  "take",
  "assign",
  "notify",
  "record_finding",
  "request_extension",
  "extend_verification",
  "decline_extension",
  "register",
  "decide",
  "close",
  "reopen",
] as const;
export type CaseIntent = (typeof CASE_INTENTS)[number];
/**
 * Steps that cannot be taken back by their officer and rule out another course for good: registration (立案: starts
 * the 90-day decision clock, rules out a decision not to open a case), a decision (stands until reopened), closing.
 * Asked first. Not assigning (a lead reassigns), notifying, findings or extensions: they rule out no outcome.
 */
export const CONFIRMED_CASE_INTENTS: readonly CaseIntent[] = ["register", "decide", "close"];

export const DECISION_KINDS = [
  "no_violation",
  "minor_corrected",
  "rectification_ordered",
  "refund_ordered",
  "penalty",
  "referred",
] as const satisfies readonly CaseDecisionKind[];

/** A decision that orders something by a date: the case waits for the kindergarten's proof. */
export const ORDER_KINDS = ["rectification_ordered", "refund_ordered"] as const satisfies readonly CaseDecisionKind[];
/** A decision that finds a violation (what publication drafts a public case from). */
export const VIOLATION_KINDS = ["rectification_ordered", "refund_ordered", "penalty"] as const satisfies readonly CaseDecisionKind[];

/**
 * The legal bases a decision may cite, by the kinds they fit. The case's own
 * rule adds the texts its flag cites (case page); these are the procedural and
 * penalty articles every decision chooses from.
 */
export const DECISION_BASES = {
  /** 市场监督管理行政处罚程序规定 Art. 20: circumstances in which no case is opened. */
  "procedure-art20": ["no_violation", "minor_corrected"],
  /** 行政处罚法 Art. 33 ¶1: minor, corrected in time, no harm: no penalty. */
  "penalty-law-art33": ["minor_corrected"],
  /** 行政处罚法 Art. 57 ¶1 (3): on a registered case, the facts of a violation are not established: no penalty. */
  "penalty-law-art57": ["no_violation"],
  /** 价格法 Art. 39: not following a guidance or fixed price: correct, confiscate, fine. */
  "price-law-art39": ["rectification_ordered", "refund_ordered", "penalty"],
  /** 价格法 Art. 41: overpaid amounts refunded to the payers. */
  "price-law-art41": ["refund_ordered"],
  /** 价格违法行为行政处罚规定 Art. 9: charging outside the guidance price, invented, split, forced or disguised charges. */
  "price-penalty-art9": ["rectification_ordered", "penalty"],
  /** 价格违法行为行政处罚规定 Art. 13: price-marking violations. */
  "price-penalty-art13": ["rectification_ordered", "penalty"],
  /** 价格违法行为行政处罚规定 Art. 16: overpayments refunded by a deadline. */
  "price-penalty-art16": ["refund_ordered"],
  /** 学前教育法 Art. 79: the education department orders refunds, warns, stops enrolment. */
  "preschool-law-art79": ["rectification_ordered", "refund_ordered", "penalty"],
  /** Referred to the competent authority (another agency or level). */
  "referral": ["referred"],
} as const satisfies Record<string, readonly CaseDecisionKind[]>;
export type DecisionBasis = keyof typeof DECISION_BASES;
export const DECISION_BASIS_KEYS = Object.keys(DECISION_BASES) as DecisionBasis[];

export const isDecisionKind = (value: unknown): value is (typeof DECISION_KINDS)[number] => (DECISION_KINDS as readonly unknown[]).includes(value);
export const isDecisionBasis = (value: unknown): value is DecisionBasis => typeof value === "string" && Object.hasOwn(DECISION_BASES, value);

/** 程序规定 Art. 20 is the decision not to open a case: once a case is registered (立案) it no longer fits. */
export const UNREGISTERED_ONLY_BASES: readonly DecisionBasis[] = ["procedure-art20"];

/** The agencies that decide cases (development reform reads them and decides none). */
export type DecidingAgency = Extract<Agency, "market" | "education">;

/**
 * Which agency's decisions may cite each basis. Market supervision enforces the price law (价格法, 价格违法行为行政处罚规定)
 * under its own procedure (市场监督管理行政处罚程序规定). 学前教育法 Art. 79 is not education's alone: its penalties are
 * imposed by "县级以上地方人民政府教育等有关部门按照职责分工", education and the other departments each within its own
 * duties. Its items (8) 违反规定收取费用 and (9) 克扣、挪用伙食费 are the charging this portal supervises, and supervising
 * charges is split between education (the fee filing, the fee account, the meal fund: Art. 69, 72) and market
 * supervision (prices and charges, enforced since the 2018 reform by market supervision, not development reform): both
 * may cite it, market supervision beside the price law for the same charge (one decision per case, 行政处罚法 Art. 29
 * against a second fine). What Art. 79 leaves to the licensing authority alone (stopping enrolment, revoking the
 * licence) is no decision of this portal. Development reform sets prices and decides no case. The Administrative
 * Penalty Law binds every agency, and either may refer a case to the competent one. Whoever takes an unassigned case
 * decides it under its own agency's texts.
 */
export const BASIS_AGENCIES = {
  "procedure-art20": ["market"],
  "penalty-law-art33": ["market", "education"],
  "penalty-law-art57": ["market", "education"],
  "price-law-art39": ["market"],
  "price-law-art41": ["market"],
  "price-penalty-art9": ["market"],
  "price-penalty-art13": ["market"],
  "price-penalty-art16": ["market"],
  "preschool-law-art79": ["market", "education"],
  "referral": ["market", "education"],
} as const satisfies Record<DecisionBasis, readonly DecidingAgency[]>;

/** Whether an officer of `agency` may cite `basis` (an officer without an agency cites none). */
export const basisOfAgency = (basis: DecisionBasis, agency: Agency | null | undefined): boolean =>
  (BASIS_AGENCIES[basis] as readonly string[]).includes(agency ?? "");

/**
 * The bases an officer of `agency` may cite for a decision of this kind; on a registered case, not those that say no
 * case was opened.
 */
export const basesFor = (kind: CaseDecisionKind, registered: boolean, agency: Agency | null | undefined): DecisionBasis[] =>
  DECISION_BASIS_KEYS.filter(
    (key) =>
      (DECISION_BASES[key] as readonly CaseDecisionKind[]).includes(kind) && !(registered && UNREGISTERED_ONLY_BASES.includes(key)) && basisOfAgency(key, agency),
  );

/** The fields a decision may carry beside its kind and basis. */
export type DecisionField = "note" | "byDate" | "amount" | "families" | "article" | "documentNo" | "decisionDate" | "authority";

/**
 * What each kind of decision carries: the schema requires these, and the form shows only these (and the note). A
 * penalty's amount and article depend on its basis as well (PENALTY_BASES): required by some bases, optional or refused
 * under others (`penaltyFieldsOf`).
 */
export const DECISION_FIELDS = {
  no_violation: ["note"],
  minor_corrected: ["note"],
  rectification_ordered: ["byDate"],
  refund_ordered: ["byDate", "amount", "families"],
  penalty: ["amount", "article", "documentNo", "decisionDate"],
  referred: ["authority"],
} as const satisfies Record<(typeof DECISION_KINDS)[number], readonly DecisionField[]>;

/** The penalty articles of 价格违法行为行政处罚规定 a penalty decision names. */
export const PENALTY_ARTICLES = ["art9", "art11", "art13", "art16"] as const;

/**
 * What a penalty is (行政处罚的种类, 行政处罚法 Art. 9): a fine (罚款, its amount required) or a warning (警告). A warning
 * carries an amount only where its article confiscates illegal gains with it (the amount confiscated, optional).
 */
export const SANCTIONS = ["fine", "warning"] as const;
export type Sanction = (typeof SANCTIONS)[number];
export const isSanction = (value: unknown): value is Sanction => (SANCTIONS as readonly unknown[]).includes(value);

/** The bases a penalty may cite. */
export type PenaltyBasis = { [K in DecisionBasis]: "penalty" extends (typeof DECISION_BASES)[K][number] ? K : never }[DecisionBasis];

/**
 * What a penalty under each basis is, and whether it names an article of 价格违法行为行政处罚规定:
 * - the price law fines: 价格法 Art. 39 ("可以并处违法所得五倍以下的罚款"), 价格违法行为行政处罚规定 Art. 9 and 13, a
 *   fine under the article of 价格违法行为行政处罚规定 that sets its range (required);
 * - 学前教育法 Art. 79 sets no fine: "责令限期改正，并予以警告；有违法所得的，退还所收费用后没收违法所得；情节严重的，
 *   责令停止招生、吊销办学许可证". Its penalty is the warning, with the illegal gains confiscated where there are any
 *   (the amount, optional; the refund itself is a refund order), and it names no article of the price provisions.
 */
export const PENALTY_BASES = {
  "price-law-art39": { sanction: "fine", article: true },
  "price-penalty-art9": { sanction: "fine", article: true },
  "price-penalty-art13": { sanction: "fine", article: true },
  "preschool-law-art79": { sanction: "warning", article: false },
} as const satisfies Record<PenaltyBasis, { sanction: Sanction; article: boolean }>;

/** The penalty's fields that its basis decides (penaltyFieldsOf). */
export const PENALTY_BASIS_FIELDS = ["amount", "article"] as const satisfies readonly DecisionField[];
const isPenaltyBasisField = (field: DecisionField) => (PENALTY_BASIS_FIELDS as readonly string[]).includes(field);

export const isPenaltyBasis = (basis: unknown): basis is PenaltyBasis => typeof basis === "string" && Object.hasOwn(PENALTY_BASES, basis);

/**
 * What a stored penalty is, from its decision's detail: the sanction it was decided with; a penalty stored before
 * sanctions were recorded is a fine (every penalty then required its amount, the fine). Null for the other kinds.
 */
export function sanctionOf(kind: string | null | undefined, detail: Record<string, unknown> | null | undefined): Sanction | null {
  if (kind !== "penalty") return null;
  return isSanction(detail?.sanction) ? detail.sanction : "fine";
}

/** How a penalty under `basis` takes its amount and article: required, optional or refused. */
export function penaltyFieldsOf(basis: PenaltyBasis): { amount: "required" | "optional"; article: "required" | "refused" } {
  const { sanction, article } = PENALTY_BASES[basis];
  return { amount: sanction === "fine" ? "required" : "optional", article: article ? "required" : "refused" };
}

/**
 * The fields a decision of this kind by an officer of `agency` carries (what the form shows, besides the note): with
 * the basis chosen, its own; before, those of any basis the officer may cite for the kind (the penalty article only
 * where one of them names it).
 */
export const decisionFieldsFor = (kind: (typeof DECISION_KINDS)[number], agency: Agency | null | undefined, basis?: DecisionBasis | null): DecisionField[] => {
  const fields = DECISION_FIELDS[kind] as readonly DecisionField[];
  if (kind !== "penalty") return [...fields];
  const bases = basis && isPenaltyBasis(basis) ? [basis] : basesFor(kind, false, agency).filter(isPenaltyBasis);
  return fields.filter((field) => field !== "article" || bases.some((b) => PENALTY_BASES[b].article));
};

export const NOTE_MAX = 2000;
export const REASON_MAX = 500;
export const DOCUMENT_NO_MAX = 64;
export const AUTHORITY_MAX = 100;
/** Evidence files one finding carries (photos of the notice board, receipts, the inspection record). */
export const MAX_FINDING_FILES = 5;
/** Officers named on an on-site inspection. */
export const INSPECTORS_MAX = 6;
export const INSPECTOR_NAME_MAX = 30;
/**
 * The kindergarten answers by a working day after today (an officer may ask for an urgent answer: no law sets a
 * shortest time) and within 60 days.
 */
export const ANSWER_DAYS_MAX = 60;
/** An order's date: at most a year ahead. */
export const ORDER_DAYS_MAX = 366;
/** A fine or a refund: at most 100 million yuan. */
export const AMOUNT_MAX_FEN = 10_000_000_000;
export const FAMILIES_MAX = 100_000;

const version = z.coerce.number({ error: "case.version.missing" }).int("case.version.missing").min(1, "case.version.missing").max(1_000_000_000, "case.version.missing");

const civilDate = (key: string) =>
  z
    .string({ error: `${key}.required` })
    .trim()
    .refine(isCivilDate, `${key}.invalid`);

const text = (key: string, max: number) =>
  z
    .string({ error: `${key}.required` })
    .trim()
    .min(2, `${key}.required`)
    .max(max, `${key}.tooLong`);

const optionalText = (key: string, max: number) => z.preprocess(blankAsMissing, text(key, max).optional());

const fen = (key: string) => {
  // The refusal of an amount above AMOUNT_MAX_FEN names that maximum (in yuan), for ten digits typed as for the range.
  const tooLarge = encodeMessage({ key: `${key}.tooLarge`, vars: { max: AMOUNT_MAX_FEN / 100 } });
  return z
    .string({ error: `${key}.required` })
    .trim()
    .min(1, `${key}.required`)
    .transform((s, ctx) => {
      const value = parseYuanToFen(s);
      if (value === null) {
        ctx.addIssue({ code: "custom", message: amountIssue(s, { invalid: `${key}.invalid`, tooLarge }) });
        return z.NEVER;
      }
      return value;
    })
    .pipe(z.number().int().min(1, `${key}.invalid`).max(AMOUNT_MAX_FEN, tooLarge));
};

/** A number of families as typed: full-width digits and 户/家 after it ("３户") read as the number. */
const families = z
  .union([z.number(), z.string()], { error: "case.families.invalid" })
  .transform((v) => (typeof v === "number" ? v : (parseWholeNumber(v, COUNT_WORDS.families) ?? NaN)))
  .pipe(z.number({ error: "case.families.invalid" }).int("case.families.invalid").min(1, "case.families.invalid").max(FAMILIES_MAX, "case.families.invalid"));

const id = (key: string) => z.string({ error: `${key}.required` }).trim().min(1, `${key}.required`).max(64, `${key}.required`);

/** The names of officers on an on-site inspection: one per line or separated by 、 or commas. */
const inspectors = z.preprocess(
  (v) =>
    v === undefined
      ? []
      : typeof v === "string"
      ? v
          .split(/[\n,，、;；]+/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().max(INSPECTOR_NAME_MAX, "case.inspectors.tooLong")).max(INSPECTORS_MAX, "case.inspectors.tooMany"),
);

const decision = z
  .object({
    intent: z.literal("decide"),
    version,
    kind: z.enum(DECISION_KINDS, { error: "case.decision.kind" }),
    // Required, but checked with the kind's fields below: a decision missing its basis is told every missing field
    // in one answer (a failed field here would skip the check of the others).
    basis: z.preprocess(blankAsMissing, z.enum(DECISION_BASIS_KEYS as [DecisionBasis, ...DecisionBasis[]], { error: "case.decision.basis" }).optional()),
    note: optionalText("case.note", NOTE_MAX),
    byDate: z.preprocess(blankAsMissing, civilDate("case.byDate").optional()),
    amount: z.preprocess(blankAsMissing, fen("case.amount").optional()),
    families: z.preprocess(blankAsMissing, families.optional()),
    article: z.preprocess(blankAsMissing, z.enum(PENALTY_ARTICLES, { error: "case.article.required" }).optional()),
    documentNo: optionalText("case.documentNo", DOCUMENT_NO_MAX),
    decisionDate: z.preprocess(blankAsMissing, civilDate("case.decisionDate").optional()),
    authority: optionalText("case.authority", AUTHORITY_MAX),
  })
  // Beside the fields' own checks (besideFieldChecks): a decision with a malformed amount is also told its missing
  // date in the same answer. A field that failed holds what was sent, so each value is checked for what it is here,
  // and one with a mistake of its own is not also called missing.
  .superRefine((d: Record<string, unknown>, ctx) => {
    const need = (field: string, message: string) => {
      if (d[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message });
    };
    const kind = isDecisionKind(d.kind) ? d.kind : null;
    need("basis", "case.decision.basis");
    if (kind !== null && isDecisionBasis(d.basis) && !(DECISION_BASES[d.basis] as readonly CaseDecisionKind[]).includes(kind)) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "case.decision.basisMismatch" });
    }
    // A penalty's amount and article follow its basis, and a penalty with no basis yet follows those the deciding
    // officer's agency may cite: the domain checks them, knowing both.
    if (kind !== null) {
      for (const field of DECISION_FIELDS[kind] as readonly DecisionField[]) if (!(kind === "penalty" && isPenaltyBasisField(field))) need(field, `case.${field}.required`);
    }
  }, besideFieldChecks)
  .transform((d) => d as typeof d & { basis: DecisionBasis });


export const caseWorkInput = z.discriminatedUnion(
  "intent",
  [
    // Assigning an unassigned case to oneself: one button, no field (the assignee is who posts).
    z.object({ intent: z.literal("take"), version }),
    z.object({ intent: z.literal("assign"), version, assignee: id("case.assignee") }),
    z.object({ intent: z.literal("notify"), version, answerDueOn: civilDate("case.answerDueOn") }),
    z
      .object({
        intent: z.literal("record_finding"),
        version,
        note: text("case.note", NOTE_MAX),
        inspectedOn: z.preprocess(blankAsMissing, civilDate("case.inspectedOn").optional()),
        inspectors,
      })
      // An on-site inspection is recorded with the officers who made it, as its written record names them. Beside the
      // fields' own checks (a finding without its note is told the missing inspectors too); a date that failed its own
      // check still says an inspection was meant.
      .superRefine((d: Record<string, unknown>, ctx) => {
        if (d.inspectedOn !== undefined && Array.isArray(d.inspectors) && d.inspectors.length === 0) {
          ctx.addIssue({ code: "custom", path: ["inspectors"], message: "case.inspectors.required" });
        }
      }, besideFieldChecks),
    z.object({ intent: z.literal("request_extension"), version, reason: text("case.reason", REASON_MAX) }),
    // A lead approving the assignee's request approves it for the reason the request gave (on the timeline above it):
    // a reason of the lead's own is optional then, and required when the lead extends unasked (the domain's check).
    z.object({ intent: z.literal("extend_verification"), version, reason: optionalText("case.reason", REASON_MAX) }),
    z.object({ intent: z.literal("decline_extension"), version, reason: text("case.reason", REASON_MAX) }),
    z.object({ intent: z.literal("register"), version, note: optionalText("case.note", NOTE_MAX) }),
    decision,
    z.object({ intent: z.literal("close"), version, note: optionalText("case.note", NOTE_MAX) }),
    z.object({ intent: z.literal("reopen"), version, reason: text("case.reason", REASON_MAX) }),
  ],
  { error: "case.intent.unknown" },
);
export type CaseWorkInput = z.infer<typeof caseWorkInput>;
export type DecisionInput = Extract<CaseWorkInput, { intent: "decide" }>;

/** The kindergarten's answer to a notice, or its proof of an ordered rectification or refund. */
export const EXPLANATION_MAX = 2000;
export const MAX_CASE_ANSWER_FILES = 5;
export const caseAnswerInput = z.object({
  version,
  // Its length's message is the complaint answer's too (the same field, app/components/answer-fields.tsx).
  explanation: z
    .string({ error: "caseAnswer.explanation.required" })
    .trim()
    .min(2, "caseAnswer.explanation.required")
    .max(EXPLANATION_MAX, "answer.explanation.tooLong"),
  correctionFilingId: z.preprocess(blankAsMissing, id("caseAnswer.filing").optional()),
  refundAmount: z.preprocess(blankAsMissing, fen("caseAnswer.refund").optional()),
  refundFamilies: z.preprocess(blankAsMissing, families.optional()),
});
export type CaseAnswerInput = z.infer<typeof caseAnswerInput>;
