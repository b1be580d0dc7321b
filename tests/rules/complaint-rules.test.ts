/**
 * The complaint rules (appliesTo "complaint") on the real rule files, at their
 * boundaries: C01 above the filed amount (same unit only; other units are an
 * info finding, not a conversion), C02 not on the schedule, C03 R02's keywords
 * in a charged item's name, C04 the account paid into against the filed one
 * (digits), C05 refund, C06 forced service, R18 independent complaints about
 * one item within the window, R19 the three-year bar (the same day three
 * years earlier is still in time) and the two-year penalty limit.
 */
import { describe, expect, it } from "vitest";
import { createRegionalRuleEngine } from "~/rules/cache";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import { complaintItemKey } from "~/rules/facts/complaint/item-key";
import type { ChargedItemFact, ComplaintFacts, RelatedComplaintFact, RuleOutcome } from "~/rules/types";
import { account, item, realRuleSet } from "./fixtures";

const R02_KEYWORDS = realRuleSet().find((d) => d.id === "R02")!.params.keywords.default as string[];
const R11_TABLE = realRuleSet().find((d) => d.id === "R11")!.params.refundTable.default as Record<string, string[]>;

const charged = (overrides: Partial<ChargedItemFact> = {}): ChargedItemFact => ({ name: "保教费", amountFen: 100_000, unit: "month", ...overrides });

function complaintFacts(overrides: {
  complaint?: Partial<ComplaintFacts["complaint"]>;
  schedule?: ComplaintFacts["schedule"];
  account?: ComplaintFacts["account"];
  related?: RelatedComplaintFact[];
  keywords?: string[];
  provincialRefundTable?: Record<string, string[]>;
} = {}): ComplaintFacts {
  const complaint: ComplaintFacts["complaint"] = {
    id: "c-this",
    track: "complaint",
    kind: "above_filed",
    receivedOn: "2026-11-30",
    paidOn: "2026-09-05",
    learnedOn: "2026-09-05",
    accountPaidInto: null,
    items: [charged()],
    refundClaims: [],
    ...overrides.complaint,
  };
  return {
    kindergarten: { id: "kg", approvedName: "宁波市海曙区阳光幼儿园", nature: "forprofit_private", regionCode: "330203" },
    complaint,
    comparedOn: complaint.paidOn ?? complaint.receivedOn,
    schedule:
      overrides.schedule === undefined
        ? {
            filingId: "f1",
            term: "2026-autumn",
            version: 2,
            effectiveFrom: "2026-09-01",
            items: [
              item({ name: "保教费（小班）", ageBand: "small", amountFen: 95_000 }),
              item({ name: "保教费（大班）", ageBand: "large", amountFen: 100_000 }),
              item({ code: "MEAL", category: "agency", name: "伙食费", amountFen: 2_000, unit: "day", voluntary: true }),
              item({ code: "BUS", category: "service", name: "校车服务费", amountFen: 30_000, unit: "month", voluntary: false, bundled: true }),
            ],
            refundSchedule: null,
          }
        : overrides.schedule,
    account: overrides.account === undefined ? account() : overrides.account,
    prohibitedKeywords: overrides.keywords ?? R02_KEYWORDS,
    provincialRefundTable: overrides.provincialRefundTable ?? R11_TABLE,
    relatedComplaints: overrides.related ?? [{ id: complaint.id, receivedOn: complaint.receivedOn, itemNames: complaint.items.map((i) => i.name), contactKey: "me" }],
  };
}

const engine = createRuleEngine(realRuleSet());
async function outcome(id: string, facts: ComplaintFacts, e = engine): Promise<RuleOutcome> {
  const found = (await e.evaluateComplaint(facts)).find((o) => o.ruleId === id);
  if (!found) throw new Error(`${id} is not in force`);
  return found;
}

/** A fired outcome reads without a placeholder left, in both languages. */
function expectWords(o: RuleOutcome) {
  const text = `${formatMessage(o, "zh")}${formatMessage(o, "en")}`;
  expect(text).not.toMatch(/[{}]/);
  return formatMessage(o, "zh");
}

it("the complaint engine runs the complaint rules only, one outcome each, in id order", async () => {
  const outcomes = await engine.evaluateComplaint(complaintFacts());
  expect(outcomes.map((o) => o.ruleId)).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "R18", "R19"]);
});

describe("item keys", () => {
  it("ignore width, case, spaces, brackets and punctuation", () => {
    expect(complaintItemKey("保教费（小班）")).toBe(complaintItemKey("保教费 (小班)"));
    expect(complaintItemKey(" ＡＢＣ 兴趣班！")).toBe("abc兴趣班");
    expect(complaintItemKey("伙食费")).not.toBe(complaintItemKey("保教费"));
  });

  it("are the rules' one matching form: traditional, zero-width and interpunct spellings are the same key", () => {
    const key = complaintItemKey("保教费(小班)");
    for (const name of ["保教費（小班）", "保教费\u200b(小班)", "保教费·小班", "保\u3000教\u00a0费 小班", "保教费-小班", "保教费/小班"]) {
      expect(complaintItemKey(name)).toBe(key);
    }
    // Still different items: the words differ.
    expect(complaintItemKey("保教费小班")).not.toBe(complaintItemKey("保教费"));
    expect(complaintItemKey("保教费（中班）")).not.toBe(key);
  });
});

describe("C01: charged above the filed amount", () => {
  it.each([
    ["equal to the highest filed amount of the name", 100_000, false, null],
    ["one fen above", 100_001, true, "red"],
    ["below", 90_000, false, null],
  ] as const)("%s → fires %s (%s)", async (_label, amountFen, fires, severity) => {
    const o = await outcome("C01", complaintFacts({ complaint: { items: [charged({ amountFen })] } }));
    expect(o.fired).toBe(fires);
    expect(o.severity).toBe(severity);
    if (fires) {
      const zh = expectWords(o);
      expect(zh).toContain("0.01");
      expect((o.details.aboveFiled as { filedName: string; amountFen: number }[])[0]).toMatchObject({ filedName: "保教费（大班）", amountFen: 100_000, overFen: 1 });
      expect(o.legalBasis.map((b) => b.document).join()).toContain("价格法");
    }
  });

  it("a tolerance from the region's overlay", async () => {
    const regional = createRegionalRuleEngine(realRuleSet(), [{ regionCode: "330200", ruleId: "C01", params: { toleranceFen: 500 } }]);
    const facts = (fen: number) => complaintFacts({ complaint: { items: [charged({ amountFen: fen })] } });
    expect((await outcome("C01", facts(100_500), regional)).fired).toBe(false);
    expect((await outcome("C01", facts(100_501), regional)).severity).toBe("red");
  });

  it("another unit than filed is converted to a month: at and one fen beyond the filed amount", async () => {
    // Filed 1 000 yuan a month (大班, the highest); a semester counts 5 months.
    const at = await outcome("C01", complaintFacts({ complaint: { items: [charged({ amountFen: 500_000, unit: "semester" })] } }));
    expect(at.fired).toBe(false);
    const over = await outcome("C01", complaintFacts({ complaint: { items: [charged({ amountFen: 500_001, unit: "semester" })] } }));
    expect(over.fired).toBe(true);
    expect(over.severity).toBe("red");
    expect(over.details.aboveFiledConverted).toEqual([
      expect.objectContaining({ name: "保教费", unit: "semester", chargedFen: 500_001, conversion: "÷ 5", monthlyAmountFen: 100_001, filedName: "保教费（大班）", filedUnit: "month", amountFen: 100_000, filedConversion: "× 1", filedMonthlyFen: 100_000, overFen: 1 }),
    ]);
    expect(expectWords(over)).toContain("0.01");
    // A year is two semesters; a day rate counts 21.75 days (伙食费 is filed at 20 yuan a day).
    expect((await outcome("C01", complaintFacts({ complaint: { items: [charged({ amountFen: 1_000_001, unit: "year" })] } }))).severity).toBe("red");
    expect((await outcome("C01", complaintFacts({ complaint: { items: [charged({ name: "伙食费", amountFen: 43_500, unit: "month" })] } }))).fired).toBe(false);
    const meals = await outcome("C01", complaintFacts({ complaint: { items: [charged({ name: "伙食费", amountFen: 43_501, unit: "month" })] } }));
    expect(meals.details.aboveFiledConverted).toEqual([expect.objectContaining({ filedUnit: "day", filedConversion: "× 21.75", filedMonthlyFen: 43_500, overFen: 1 })]);
  });

  it("a one-off charge cannot be converted: an info finding lists it; an unmatched item is not C01's", async () => {
    const o = await outcome("C01", complaintFacts({ complaint: { items: [charged({ amountFen: 400_000, unit: "once" })] } }));
    expect(o.fired).toBe(true);
    expect(o.severity).toBe("info");
    expect(o.details.aboveFiled).toEqual([]);
    expect(o.details.notConvertible).toEqual([expect.objectContaining({ name: "保教费", unit: "once", filedUnits: ["month"] })]);
    expectWords(o);
    expect((await outcome("C01", complaintFacts({ complaint: { items: [charged({ name: "赞助费" })] } }))).fired).toBe(false);
  });

  it("a region counting 4.5 months a semester", async () => {
    const regional = createRegionalRuleEngine(realRuleSet(), [{ regionCode: "330200", ruleId: "C01", params: { monthsPerSemesterTenths: 45 } }]);
    const facts = (fen: number) => complaintFacts({ complaint: { items: [charged({ amountFen: fen, unit: "semester" })] } });
    expect((await outcome("C01", facts(450_000), regional)).fired).toBe(false);
    expect((await outcome("C01", facts(450_001), regional)).severity).toBe("red");
  });

  it("the red finding wins when one item is above and another not comparable", async () => {
    const o = await outcome("C01", complaintFacts({ complaint: { items: [charged({ amountFen: 120_000 }), charged({ name: "伙食费", unit: "once", amountFen: 50_000 })] } }));
    expect(o.severity).toBe("red");
  });
});

describe("C02: a charged item not on the schedule in force", () => {
  it("fires (amber) for an item the schedule does not have, not for one it has under a longer name", async () => {
    expect((await outcome("C02", complaintFacts())).fired).toBe(false);
    const o = await outcome("C02", complaintFacts({ complaint: { items: [charged(), charged({ name: "空调费", amountFen: 20_000 })] } }));
    expect(o.fired).toBe(true);
    expect(o.severity).toBe("amber");
    expect(expectWords(o)).toContain("空调费");
    expect((o.details.notOnSchedule as unknown[]).length).toBe(1);
  });

  it("lists every charged item when no schedule was in force on the day compared", async () => {
    const o = await outcome("C02", complaintFacts({ schedule: null }));
    expect(o.fired).toBe(true);
    expect(o.details.schedule).toBeNull();
  });
});

describe("C03: R02's keywords in a charged item's name", () => {
  it.each([
    ["赞助费", true],
    ["入园押金", true],
    ["ＡＢＣ兴趣 班", true],
    ["保教费", false],
  ] as const)("%s → fires %s", async (name, fires) => {
    const o = await outcome("C03", complaintFacts({ complaint: { kind: "prohibited_item", items: [charged({ name })] } }));
    expect(o.fired).toBe(fires);
    if (fires) {
      expect(o.severity).toBe("red");
      expectWords(o);
      expect(o.legalBasis.map((b) => b.document).join()).toContain("3207号");
    }
  });

  it("matches with the keyword list it is given (R02's params for the region), not a copy of its own", async () => {
    const facts = complaintFacts({ complaint: { items: [charged({ name: "空调费" })] }, keywords: ["空调"] });
    expect((await outcome("C03", facts)).details.prohibited).toEqual([expect.objectContaining({ name: "空调费", matchedKeywords: ["空调"] })]);
    expect(realRuleSet().find((d) => d.id === "C03")!.params).toEqual({});
  });
});

describe("C04: the account paid into against the filed account in force", () => {
  const filed = account().accountNumber; // 3901110009000012345
  it.each([
    ["the filed number", filed, false, null],
    ["the filed number typed with spaces, hyphens and full-width digits", "3901 1100-0900 00１２３４５", false, null],
    ["one digit different", "3901110009000012346", true, "red"],
  ] as const)("%s → fires %s (%s)", async (_label, paidInto, fires, severity) => {
    const o = await outcome("C04", complaintFacts({ complaint: { kind: "other_account", accountPaidInto: paidInto } }));
    expect(o.fired).toBe(fires);
    expect(o.severity).toBe(severity);
    if (fires) expect(expectWords(o)).toContain("3901110009000012346");
  });

  it("amber when no account was in force that day; nothing without an account given", async () => {
    const none = await outcome("C04", complaintFacts({ complaint: { accountPaidInto: "6222000011112222" }, account: null }));
    expect([none.fired, none.severity]).toEqual([true, "amber"]);
    expect((await outcome("C04", complaintFacts({ complaint: { accountPaidInto: null } }))).fired).toBe(false);
  });
});

describe("C05 refund and C06 forced service: by the kind the parent chose", () => {
  it("C05 fires (amber) for a refund complaint only", async () => {
    expect((await outcome("C05", complaintFacts({ complaint: { kind: "refund", items: [] } }))).severity).toBe("amber");
    expect((await outcome("C05", complaintFacts({ complaint: { kind: "above_filed" } }))).fired).toBe(false);
  });

  it("C06 fires (amber) for a forced service, with the filed service item and how it was filed", async () => {
    const o = await outcome("C06", complaintFacts({ complaint: { kind: "forced_service", items: [charged({ name: "校车服务费", amountFen: 30_000 })] } }));
    expect(o.severity).toBe("amber");
    expect(o.details.services).toEqual([expect.objectContaining({ name: "校车服务费", filedName: "校车服务费", voluntary: false, bundled: true })]);
    expectWords(o);
    expect((await outcome("C06", complaintFacts({ complaint: { kind: "refund" } }))).fired).toBe(false);
  });
});

describe("R18: independent complaints about one kindergarten and item within the window", () => {
  const other = (id: string, receivedOn: string, contactKey: string | null, itemNames = ["保教费"]): RelatedComplaintFact => ({ id, receivedOn, itemNames, contactKey });
  const me = other("c-this", "2026-11-30", "me");
  const facts = (related: RelatedComplaintFact[]) => complaintFacts({ related: [me, ...related] });

  it.each([
    ["alone", [], false, 1],
    ["with one other", [other("a", "2026-11-20", "p1")], false, 2],
    ["with two others", [other("a", "2026-11-20", "p1"), other("b", "2026-11-01", null)], true, 3],
    ["with two others, one on the window's first day (29 days earlier)", [other("a", "2026-11-20", "p1"), other("b", "2026-11-01", "p2")], true, 3],
    ["with two others, one the day before the window", [other("a", "2026-11-20", "p1"), other("b", "2026-10-31", "p2")], false, 2],
    ["with two others from one phone", [other("a", "2026-11-20", "p1"), other("b", "2026-11-21", "p1")], false, 2],
    ["with two others from my own phone", [other("a", "2026-11-20", "me"), other("b", "2026-11-21", "me")], false, 1],
    ["with two anonymous reports", [other("a", "2026-11-20", null), other("b", "2026-11-21", null)], true, 3],
    ["with two others about another item", [other("a", "2026-11-20", "p1", ["伙食费"]), other("b", "2026-11-21", "p2", ["伙食费"])], false, 1],
    ["with two others naming it otherwise (width, brackets)", [other("a", "2026-11-20", "p1", ["保教费 "]), other("b", "2026-11-21", "p2", ["ＢＡＯ", "保教费。"])], true, 3],
  ] as const)("%s → fires %s (%i independent)", async (_label, related, fires, count) => {
    const o = await outcome("R18", facts([...related]));
    expect(o.fired).toBe(fires);
    expect(o.conditions[0].factResult).toBe(count);
    if (fires) {
      expect(o.severity).toBe("amber");
      const zh = expectWords(o);
      expect(zh).toContain("保教费");
      const [cluster] = o.details.clusters as { itemKey: string; complaintIds: string[] }[];
      expect(cluster.itemKey).toBe("保教费");
      expect(cluster.complaintIds).toContain("c-this");
    }
  });

  it("a region's window and threshold from its overlay", async () => {
    const regional = createRegionalRuleEngine(realRuleSet(), [{ regionCode: "330203", ruleId: "R18", params: { minComplaints: 2, windowDays: 7 } }]);
    expect((await outcome("R18", facts([other("a", "2026-11-24", "p1")]), regional)).fired).toBe(true);
    expect((await outcome("R18", facts([other("a", "2026-11-23", "p1")]), regional)).fired).toBe(false);
  });

  it("refuses a window beyond what the domain gathers (365 days)", () => {
    expect(() => createRegionalRuleEngine(realRuleSet(), [{ regionCode: "330203", ruleId: "R18", params: { windowDays: 366 } }])).toThrow(/maximum 365/);
  });
});

describe("R19: time bar", () => {
  const facts = (learnedOn: string, extra: Partial<ComplaintFacts["complaint"]> = {}) =>
    complaintFacts({ complaint: { receivedOn: "2026-11-30", learnedOn, paidOn: learnedOn, ...extra } });

  it.each([
    ["exactly three years before receipt: still in time", "2023-11-30", false],
    ["three years and a day before receipt", "2023-11-29", true],
  ] as const)("a 投诉 learned of %s → suggests non-acceptance: %s", async (_label, learnedOn, amber) => {
    const o = await outcome("R19", facts(learnedOn));
    // The payment is also more than two years back: an info finding either way.
    expect(o.fired).toBe(true);
    expect(o.severity).toBe(amber ? "amber" : "info");
    expect(o.details.complaintBarDate).toBe("2023-11-30");
    const zh = expectWords(o);
    expect(zh).toContain("须由工作人员决定");
    expect(o.legalBasis.map((b) => `${b.document}${b.article}`).join()).toContain("第十五条第（四）项");
  });

  it("only a 投诉 is time-barred; a 举报 is only told about the penalty limit", async () => {
    const o = await outcome("R19", facts("2020-01-01", { track: "report" }));
    expect([o.fired, o.severity]).toEqual([true, "info"]);
  });

  it("the penalty limit: paid exactly two years before receipt is in time, a day earlier is not", async () => {
    expect((await outcome("R19", facts("2026-01-01", { paidOn: "2024-11-30" }))).fired).toBe(false);
    expect((await outcome("R19", facts("2026-01-01", { paidOn: "2024-11-29" }))).severity).toBe("info");
    expect((await outcome("R19", facts("2026-01-01", { paidOn: null }))).fired).toBe(false);
  });

  it("a leap day: learned on 2023-02-28 for a complaint received 2026-02-28 is in time", async () => {
    const o = await outcome("R19", complaintFacts({ complaint: { receivedOn: "2026-02-28", learnedOn: "2023-02-28", paidOn: null } }));
    expect(o.fired).toBe(false);
  });
});
