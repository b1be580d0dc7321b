/**
 * A public case (典型案例) as it is drafted, approved and read: its states,
 * the officers' forms, the retention of each decision kind and the content
 * the public reads. Client-safe: the officer's page builds its forms from it,
 * the open-data API documents its answers with it.
 *
 * The content is structured by default: the kindergarten (named only because
 * a public case is drafted from a final violation decision), the district,
 * the rule and the legal basis are the system's own words; the only free
 * texts are the summary (generated, editable), the officer's narrative and,
 * where the complainant consented, an excerpt of a complaint, and every one
 * of them passes the personal-data gate before approval and at publication.
 */
import { z } from "zod";
import type { PublicCaseDecisionKind, PublicCaseStatus } from "~/db/schema";
import { SANCTIONS, type Sanction } from "~/domain/cases/case-work.schema";
import { NATURES } from "~/domain/disclosure/disclosure.schema";

export const PUBLIC_CASE_STATUSES = ["draft", "pending_approval", "returned", "published", "withdrawn"] as const satisfies readonly PublicCaseStatus[];
/** Drafts an officer can still change (edit, redact, submit). */
export const EDITABLE_STATUSES = ["draft", "returned"] as const satisfies readonly PublicCaseStatus[];
export const PUBLIC_DECISION_KINDS = ["rectification_ordered", "refund_ordered", "penalty"] as const satisfies readonly PublicCaseDecisionKind[];

/** Working days from the decision to publication (行政处罚信息公示规定 Art. 9). */
export const PUBLISH_WITHIN_WORKING_DAYS = 20;
/**
 * Months a published case stays up, by decision kind (Art. 13: 3 months for
 * the minor kinds, 3 years otherwise). An order to rectify is the minor kind;
 * `PUBLICATION_RETENTION_MONTHS` (env) overrides any of them.
 */
export const DEFAULT_RETENTION_MONTHS: Record<PublicCaseDecisionKind, number> = {
  rectification_ordered: 3,
  refund_ordered: 36,
  penalty: 36,
};

/** The officers' list shows at most this many, soonest deadline first: a district's drafts are a handful a month. */
export const DRAFT_LIST_MAX = 200;
export const DRAFT_LIST_VIEWS = ["open", "published", "withdrawn"] as const;
export type DraftListView = (typeof DRAFT_LIST_VIEWS)[number];

export const SUMMARY_MAX = 2000;
export const NARRATIVE_MAX = 4000;
export const EXCERPT_MAX = 1000;
export const REASON_MAX = 500;

/** The free texts of a draft, in the order the gate reports them. */
export const TEXT_PARTS = ["summary", "narrative", "complaintExcerpt"] as const;
export type TextPart = (typeof TEXT_PARTS)[number];
export type DraftTexts = Record<TextPart, string>;

const version = z.coerce.number({ error: "publication.version.invalid" }).int().min(1);
const text = (max: number, key: string) => z.string({ error: `${key}.invalid` }).trim().max(max, { error: `${key}.tooLong` });
/** Two characters at least, as the case work's reasons: a lone letter explains nothing in the audit log. */
const reason = z.string({ error: "publication.reason.required" }).trim().min(2, { error: "publication.reason.required" }).max(REASON_MAX, { error: "publication.reason.tooLong" });

/** What the officers' page posts: one intent per button, every one with the version the officer read. */
export const publicationInput = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("revise"),
      version,
      summary: text(SUMMARY_MAX, "publication.summary").min(1, { error: "publication.summary.required" }),
      narrative: text(NARRATIVE_MAX, "publication.narrative").default(""),
      complaintExcerpt: text(EXCERPT_MAX, "publication.complaintExcerpt").default(""),
    }),
    z.object({ intent: z.literal("submit"), version }),
    z.object({ intent: z.literal("approve"), version }),
    z.object({ intent: z.literal("return"), version, reason }),
    z.object({ intent: z.literal("overturn"), version, reason }),
  ],
  { error: "publication.intent.invalid" },
);
export type PublicationInput = z.infer<typeof publicationInput>;
export type PublicationIntent = PublicationInput["intent"];

/** What the public reads of a published case: frozen at approval (public_cases.content). */
export const publicCaseContent = z.object({
  kindergarten: z.object({
    id: z.string(),
    name: z.string(),
    uscc: z.string(),
    nature: z.enum(NATURES),
    regionCode: z.string(),
    /** The place names from province to district, joined: "山东省潍坊市奎文区". */
    place: z.string(),
  }),
  rule: z.object({ id: z.string(), title: z.object({ zh: z.string(), en: z.string() }) }),
  /** What was wrong, in plain words (the summary's final text). */
  summary: z.string(),
  narrative: z.string(),
  complaintExcerpt: z.string(),
  decision: z.object({
    kind: z.enum(PUBLIC_DECISION_KINDS),
    /** A key of the decision bases (i18n `case.basis.<key>`, with its article in words). */
    basis: z.string(),
    decidedOn: z.string(),
    documentNo: z.string().nullable(),
    penaltyArticle: z.string().nullable(),
    /**
     * A penalty's kind: a fine, or a warning (学前教育法 Art. 79, which sets no fine). Absent from content approved
     * before it was recorded, every penalty of which was a fine (sanctionOf).
     */
    sanction: z.enum(SANCTIONS).nullable().optional(),
    /** The fine, the amount to refund, or (a warning's) the illegal gains confiscated, in fen. */
    amountFen: z.number().int().nullable(),
    families: z.number().int().nullable(),
    byDate: z.string().nullable(),
  }),
  /** The kindergarten's proof of the ordered rectification or refund, when it came before publication. */
  outcome: z.object({ proofReceived: z.boolean(), refundFen: z.number().int().nullable(), refundFamilies: z.number().int().nullable() }),
});
export type PublicCaseContent = z.infer<typeof publicCaseContent>;

/**
 * A published decision's sanction: null but for a penalty; content approved before sanctions were recorded holds
 * none, and every penalty then was a fine (as sanctionOf reads a stored decision).
 */
export const publishedSanction = (d: { kind: string; sanction?: Sanction | null }): Sanction | null => (d.kind === "penalty" ? (d.sanction ?? "fine") : null);
