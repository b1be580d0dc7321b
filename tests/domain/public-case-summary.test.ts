/** The summary the drafting job writes says how the charging came to light, whatever opened the case. */
import { describe, expect, it } from "vitest";
import { COMPLAINT_CASE_RULE } from "~/domain/cases/case-from-complaint.server";
import { SPOT_CHECK_CASE_RULE } from "~/domain/cases/spot-check-cases.server";
import { generatedSummary, type CaseFacts } from "~/domain/publication/public-case-content.server";

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
