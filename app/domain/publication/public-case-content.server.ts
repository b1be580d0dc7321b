/**
 * What a public case says, built from the decided case: the structured facts
 * (the kindergarten, its place and nature, the rule, the decision and its
 * outcome) read fresh from the case, and the free texts of the draft's
 * current revision. The drafting job uses it for the first summary, the
 * officers' page for the preview, approval to freeze the content.
 *
 * The summary is written in Chinese whatever the officer's language: it is the
 * text the public reads (the published content is Chinese; the page around it
 * is translated).
 */
import type { DB } from "~/db/client";
import type { KindergartenNature, PublicCaseDecisionKind } from "~/db/schema";
import { caseFlags, caseRuleTitles } from "~/domain/cases/case.queries.server";
import { regionDirectory, type RegionDirectory } from "~/domain/disclosure/region-directory.server";
import { formatMessage, formatYuan } from "~/rules/explain";
import { PUBLIC_DECISION_KINDS, type DraftTexts, type PublicCaseContent } from "./public-case.schema";
import { COMPLAINT_CASE_RULE, SPOT_CHECK_CASE_RULE } from "~/domain/cases/case-sources";
import { sanctionOf } from "~/domain/cases/case-work.schema";

/** The decided case as a public case reads it; null when it holds no violation decision (any more). */
export interface CaseFacts {
  caseId: string;
  kindergarten: PublicCaseContent["kindergarten"];
  rule: PublicCaseContent["rule"];
  decision: PublicCaseContent["decision"];
  outcome: PublicCaseContent["outcome"];
  /** The case's decision day (decided_on): with the kind, what identifies this decision. */
  decidedOn: string;
  /** The words of the case's flag on its filing (zh), when a rule opened it. */
  flagMessage: string | null;
}

/**
 * Whether the case still stands on the decision a public case was drafted
 * from: a case reopened since has no decision (reopening clears it until the
 * case is decided again), and one decided anew has another. Until then its
 * draft is on hold: nothing to revise, submit or approve.
 */
export function decisionStands(facts: CaseFacts | null, drafted: { decision_kind: string; decided_on: string }): facts is CaseFacts {
  return facts !== null && facts.decision.kind === drafted.decision_kind && facts.decision.decidedOn === drafted.decided_on;
}

const isPublicKind = (kind: string | null): kind is PublicCaseDecisionKind => (PUBLIC_DECISION_KINDS as readonly (string | null)[]).includes(kind);

/**
 * `directory`: the region directory, for a caller reading inside a
 * transaction (regionDirectory keeps one per database handle, and a
 * transaction's handle is new each time: it would read the whole table).
 */
export async function caseFacts(db: DB, caseId: string, directory?: RegionDirectory): Promise<CaseFacts | null> {
  const row = await db
    .selectFrom("inspection_cases as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .select([
      "c.id",
      "c.status",
      "c.rule_id",
      "c.filing_id",
      "c.decision_kind",
      "c.decision_basis",
      "c.decision_detail",
      "c.decided_on",
      "c.proof_received_at",
      "k.id as kindergarten_id",
      "k.approved_name",
      "k.uscc",
      "k.nature",
      "k.region_code",
    ])
    .where("c.id", "=", caseId)
    .executeTakeFirst();
  if (!row || (row.status !== "decided" && row.status !== "closed") || !isPublicKind(row.decision_kind) || !row.decided_on) return null;

  const detail = JSON.parse(row.decision_detail ?? "{}") as {
    sanction?: string;
    amountFen?: number;
    families?: number;
    byDate?: string;
    article?: string;
    documentNo?: string;
    decisionDate?: string;
  };
  const [titles, flags, regions, proof] = await Promise.all([
    caseRuleTitles(db, [row.rule_id]),
    caseFlags(db, row.filing_id, row.rule_id),
    directory ?? regionDirectory(db),
    row.proof_received_at
      ? db
          .selectFrom("case_answers")
          .select(["refund_fen", "refund_families"])
          .where("case_id", "=", row.id)
          .where("kind", "=", "proof")
          .orderBy("submitted_at", "desc")
          .executeTakeFirst()
      : undefined,
  ]);
  const title = titles.get(row.rule_id) ?? { zh: row.rule_id, en: row.rule_id };
  return {
    caseId: row.id,
    decidedOn: row.decided_on,
    kindergarten: {
      id: row.kindergarten_id,
      name: row.approved_name,
      uscc: row.uscc,
      nature: row.nature,
      regionCode: row.region_code,
      place: regions.place(row.region_code).replaceAll(" ", ""),
    },
    rule: { id: row.rule_id, title },
    decision: {
      kind: row.decision_kind,
      basis: row.decision_basis ?? "",
      // A penalty carries the date on its decision document; the others are dated the day they were recorded.
      decidedOn: detail.decisionDate ?? row.decided_on,
      documentNo: detail.documentNo ?? null,
      penaltyArticle: detail.article ?? null,
      sanction: sanctionOf(row.decision_kind, detail),
      amountFen: detail.amountFen ?? null,
      families: detail.families ?? null,
      byDate: detail.byDate ?? null,
    },
    outcome: { proofReceived: row.proof_received_at !== null, refundFen: proof?.refund_fen ?? null, refundFamilies: proof?.refund_families ?? null },
    flagMessage: flags[0] ? formatMessage(flags[0].outcome, "zh") : null,
  };
}

const NATURE_WORDS: Record<KindergartenNature, string> = {
  public: "公办",
  inclusive_private: "普惠性民办",
  nonprofit_private: "非营利性民办",
  forprofit_private: "营利性民办",
};

/** How a case without a rule's flag found what was wrong: a random spot check, or parents' complaints. */
const FOUND_BY: Readonly<Record<string, string>> = {
  [SPOT_CHECK_CASE_RULE]: "在“双随机、一公开”抽查中被发现存在违规收费问题。",
  [COMPLAINT_CASE_RULE]: "经核查家长投诉举报反映的情况，存在违规收费问题。",
};

/** The first summary the drafting job writes: what was wrong and what was decided, in plain words. */
export function generatedSummary(facts: CaseFacts): string {
  const k = facts.kindergarten;
  const d = facts.decision;
  // A case with no rule's flag says how the charging came to light, not "存在“双随机抽查”问题".
  const wrong = facts.flagMessage ?? FOUND_BY[facts.rule.id] ?? `存在“${facts.rule.title.zh}”问题。`;
  const decided = (() => {
    switch (d.kind) {
      case "rectification_ordered":
        return `执法部门于${d.decidedOn}责令其限期改正${d.byDate ? `（${d.byDate}前）` : ""}。`;
      case "refund_ordered":
        return `执法部门于${d.decidedOn}责令其退还多收费用${d.amountFen !== null ? `${formatYuan(d.amountFen)}元` : ""}${d.families !== null ? `，涉及${d.families}户家庭` : ""}${d.byDate ? `（${d.byDate}前）` : ""}。`;
      case "penalty":
        return `执法部门于${d.decidedOn}作出行政处罚决定${d.documentNo ? `（${d.documentNo}）` : ""}${penaltyWords(d)}。`;
    }
  })();
  return `经查，${placeBefore(k.place, k.name)}${k.name}（${NATURE_WORDS[k.nature]}幼儿园）${facts.flagMessage !== null ? "备案收费中，" : ""}${wrong}${decided}`;
}

/** What a penalty imposed, in the summary's words: a fine's amount, or a warning with the illegal gains confiscated. */
function penaltyWords(d: CaseFacts["decision"]): string {
  const amount = d.amountFen !== null ? `${formatYuan(d.amountFen)}元` : null;
  if (d.sanction === "warning") return `，予以警告${amount ? `，没收违法所得${amount}` : ""}`;
  return amount ? `，罚款${amount}` : "";
}

/**
 * The place to write before a kindergarten's name, without the levels the name starts with itself: 浙江省 before
 * 宁波市海曙区童话森林幼儿园 (not 浙江省宁波市海曙区宁波市海曙区…).
 */
export function placeBefore(place: string, name: string): string {
  for (let at = 0; at < place.length; at++) {
    if ((at === 0 || /[省市区县州盟旗]/.test(place[at - 1])) && name.startsWith(place.slice(at))) return place.slice(0, at);
  }
  return place;
}

/** The content the public reads: the case's facts with the draft's texts. */
export function contentOf(facts: CaseFacts, texts: DraftTexts): PublicCaseContent {
  return {
    kindergarten: facts.kindergarten,
    rule: facts.rule,
    summary: texts.summary,
    narrative: texts.narrative,
    complaintExcerpt: texts.complaintExcerpt,
    decision: facts.decision,
    outcome: facts.outcome,
  };
}
