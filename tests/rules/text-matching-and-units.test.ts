/**
 * The rules' shared pieces behind R02/C03, the item key, R09/A01, R03 and the
 * legal basis shown: the one text normalisation, the unit convention, and a
 * basis entry's regions.
 */
import { describe, expect, it } from "vitest";
import { basisAppliesIn, basisFor } from "~/rules/legal-basis";
import { normaliseEntityName, normaliseForMatching, toSimplified } from "~/rules/facts/text-normalisation";
import { monthlyFactor, toMonthlyFen } from "~/rules/facts/units";
import type { LegalBasis } from "~/rules/types";

describe("normaliseForMatching", () => {
  it.each([
    ["ＡＢＣ１２３（赞助）", "abc123赞助"],
    ["貳、贊助費", "贰赞助费"],
    ["赞\u3000助", "赞助"],
    ["赞\u00a0助", "赞助"],
    ["赞\u200b\u200c\u200d\u2060\ufeff助", "赞助"],
    ["赞·助・费‧", "赞助费"],
    ["赞-助_费.用/款", "赞助费用款"],
    ["Tuition Fee", "tuitionfee"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseForMatching(input)).toBe(expected);
  });

  it("leaves simplified text as written (phrase-based conversion: no 乾→干, 著→着 by character)", () => {
    for (const text of ["乾隆", "干部", "著作", "阳光幼儿园", "保教费"]) expect(toSimplified(text)).toBe(text);
  });

  it("gives the same answer from its cache", () => {
    const first = normaliseForMatching("興趣班 費用");
    expect(normaliseForMatching("興趣班 費用")).toBe(first);
    expect(first).toBe("兴趣班费用");
  });
});

describe("normaliseEntityName: drops what typing adds, keeps what can tell two entities apart", () => {
  it.each([
    ["寧波市海曙區陽光幼兒園", "宁波市海曙区阳光幼儿园"],
    ["阳光幼儿园（海曙）", "阳光幼儿园(海曙)"],
    [" 阳光\u3000幼儿园\u200b ", "阳光幼儿园"],
    ["玛丽亚·阳光幼儿园", "玛丽亚阳光幼儿园"],
    ["ＡＢＣ幼儿园", "ABC幼儿园"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseEntityName(input)).toBe(expected);
  });

  it("keeps brackets, hyphens and case", () => {
    expect(normaliseEntityName("阳光幼儿园（海曙）")).not.toBe(normaliseEntityName("阳光幼儿园海曙"));
    expect(normaliseEntityName("阳光-幼儿园")).not.toBe(normaliseEntityName("阳光幼儿园"));
    expect(normaliseEntityName("abc幼儿园")).not.toBe(normaliseEntityName("ABC幼儿园"));
  });
});

describe("the unit convention (R03)", () => {
  const convention = { monthsPerSemesterTenths: 50, dayRateDaysPerMonthHundredths: 2175 };

  it.each([
    ["month", 110_000, 110_000, "× 1"],
    ["semester", 550_000, 110_000, "÷ 5"],
    ["semester", 550_001, 110_001, "÷ 5"],
    ["semester", 550_004, 110_001, "÷ 5"],
    ["semester", 550_005, 110_001, "÷ 5"],
    ["semester", 550_006, 110_002, "÷ 5"],
    ["year", 1_100_000, 110_000, "÷ 10"],
    ["year", 1_100_001, 110_001, "÷ 10"],
    ["day", 4_000, 87_000, "× 21.75"],
    ["day", 4_001, 87_022, "× 21.75"],
  ] as const)("%s %i → %i a month (%s), rounded up", (unit, amount, monthly, shown) => {
    const factor = monthlyFactor(unit, convention)!;
    expect(factor.shown).toBe(shown);
    expect(toMonthlyFen(amount, factor)).toBe(monthly);
  });

  it("4.5-month semesters, and what has no monthly equivalent", () => {
    const f = monthlyFactor("semester", { ...convention, monthsPerSemesterTenths: 45 })!;
    expect([f.shown, toMonthlyFen(495_000, f), toMonthlyFen(495_001, f)]).toEqual(["÷ 4.5", 110_000, 110_001]);
    expect(monthlyFactor("year", { ...convention, monthsPerSemesterTenths: 45 })!.shown).toBe("÷ 9");
    expect(monthlyFactor("once", convention)).toBeNull();
    expect(monthlyFactor("day", { ...convention, dayRateDaysPerMonthHundredths: 0 })).toBeNull();
  });
});

describe("basisFor: a regional entry only in its region", () => {
  const basis: LegalBasis[] = [
    { document: "national", article: "1" },
    { document: "shandong", regions: ["37"] },
    { document: "ningbo", regions: ["3302"] },
  ];

  it.each([
    ["370102", ["national", "shandong"]],
    ["330203", ["national", "ningbo"]],
    ["330106", ["national"]],
    ["110101", ["national"]],
  ])("%s → %j", (region, documents) => {
    expect(basisFor(basis, region).map((b) => b.document)).toEqual(documents);
  });

  it("returns the same array when nothing is dropped", () => {
    const national: LegalBasis[] = [{ document: "national" }];
    expect(basisFor(national, "330203")).toBe(national);
    expect(basisAppliesIn({ document: "x", regions: ["3701", "3702"] }, "370203")).toBe(true);
  });
});
