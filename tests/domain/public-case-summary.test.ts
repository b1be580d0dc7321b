/**
 * The summary the drafting job writes says how the charging came to light, whatever opened the case, and what a
 * penalty was: a fine, or a warning (学前教育法 Art. 79) with the illegal gains confiscated, if any. Content approved
 * before a penalty's sanction was recorded still reads.
 */
import { describe, expect, it } from "vitest";
import { publicCaseContent } from "~/domain/publication/public-case.schema";
import { COMPLAINT_CASE_RULE, SPOT_CHECK_CASE_RULE } from "~/domain/cases/case-sources";
import { contentOf, generatedSummary, type CaseFacts } from "~/domain/publication/public-case-content.server";

const facts = (rule: CaseFacts["rule"], flagMessage: string | null): CaseFacts => ({
  caseId: "C1",
  kindergarten: { id: "K1", name: "宁波市海曙区童话森林幼儿园有限公司", uscc: "91330203MA2AAAAA1X", nature: "forprofit_private", regionCode: "330203", place: "浙江省宁波市海曙区" },
  rule,
  decision: { kind: "rectification_ordered", basis: "price-law-art39", decidedOn: "2026-12-03", documentNo: null, penaltyArticle: null, amountFen: null, families: null, byDate: "2026-12-31" },
  outcome: { proofReceived: false, refundFen: null, refundFamilies: null },
  decidedOn: "2026-12-03",
  flagMessage,
});

describe("generatedSummary", () => {
  it("says a spot check or parents' complaints found the charging, not that the kindergarten had a 'spot check' problem", () => {
    const spot = generatedSummary(facts({ id: SPOT_CHECK_CASE_RULE, title: { zh: "双随机抽查", en: "Random spot check" } }, null));
    expect(spot).toContain("在“双随机、一公开”抽查中被发现存在违规收费问题。执法部门于2026-12-03责令其限期改正（2026-12-31前）。");
    expect(spot).not.toContain("存在“双随机抽查”问题");
    const complaint = generatedSummary(facts({ id: COMPLAINT_CASE_RULE, title: { zh: "投诉举报", en: "Complaint" } }, null));
    expect(complaint).toContain("经核查家长投诉举报反映的情况，存在违规收费问题。");
  });

  it("words a rule's case by its flag, as filed", () => {
    const ruled = generatedSummary(facts({ id: "R04", title: { zh: "营利性民办园收费涨幅过大", en: "x" } }, "保教费上涨25.00%。"));
    expect(ruled).toContain("备案收费中，保教费上涨25.00%。");
  });
});

describe("a penalty in the public case", () => {
  const RULE = { id: "R02", title: { zh: "收取禁止项目", en: "Prohibited item" } };
  const penalty = (decision: Partial<CaseFacts["decision"]>): CaseFacts => {
    const f = facts(RULE, "收取了兴趣班费。");
    return { ...f, decision: { ...f.decision, kind: "penalty", byDate: null, documentNo: "海教罚〔2026〕3号", ...decision } };
  };

  it("words a warning without an amount, a warning with the gains confiscated, and a fine", () => {
    const warning = generatedSummary(penalty({ basis: "preschool-law-art79", sanction: "warning" }));
    expect(warning).toContain("作出行政处罚决定（海教罚〔2026〕3号），予以警告。");
    expect(warning).not.toContain("罚款");
    expect(generatedSummary(penalty({ basis: "preschool-law-art79", sanction: "warning", amountFen: 1_250_000 }))).toContain("予以警告，没收违法所得12,500.00元。");
    expect(generatedSummary(penalty({ basis: "price-penalty-art9", sanction: "fine", amountFen: 5_000_000 }))).toContain("（海教罚〔2026〕3号），罚款50,000.00元。");
  });

  it("keeps content approved before the sanction was recorded valid: its penalty reads as the fine it was", () => {
    const { sanction: _sanction, ...oldDecision } = contentOf(penalty({ basis: "price-law-art39", sanction: "fine", amountFen: 300_000 }), { summary: "s", narrative: "", complaintExcerpt: "" }).decision;
    const old = { ...contentOf(penalty({}), { summary: "s", narrative: "", complaintExcerpt: "" }), decision: oldDecision };
    const parsed = publicCaseContent.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.decision.sanction).toBeUndefined();
    expect(generatedSummary({ ...penalty({}), decision: parsed.decision })).toContain("罚款3,000.00元。");
    // And the new field is read when there.
    const warned = publicCaseContent.parse(JSON.parse(JSON.stringify(contentOf(penalty({ basis: "preschool-law-art79", sanction: "warning" }), { summary: "s", narrative: "", complaintExcerpt: "" }))));
    expect(warned.decision).toMatchObject({ kind: "penalty", sanction: "warning", amountFen: null });
  });
});
