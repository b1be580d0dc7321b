/**
 * Every article a rule cites is in force on every day the citing version
 * covers (as the files place the versions in time), and a regional text is
 * cited only where it binds. A rule file that cites a text outside its dates
 * fails here, naming the rule, the version, its days and the text.
 */
import { describe, expect, it } from "vitest";
import { fileChronology } from "~/rules/load/rule-set";
import { citationProblems, loadLegalTexts } from "~/rules/load/legal-texts";
import type { RuleDefinition } from "~/rules/schema";
import { realRuleSet } from "./fixtures";

const texts = loadLegalTexts();

describe("the rules' citations against the texts' in-force dates", () => {
  it("every version cites only texts in force on all its days, regional texts only in their regions", () => {
    expect(citationProblems(realRuleSet(), texts)).toEqual([]);
  });
});

describe("citationProblems catches what it is for", () => {
  const base = realRuleSet().find((d) => d.id === "R08")!;
  const version = (over: Partial<RuleDefinition>): RuleDefinition => ({ ...base, ...over });
  const LAW = "《中华人民共和国学前教育法》";
  const SHANDONG = "《山东省学前教育与托育服务收费管理办法》（2023年8月）";

  it("a text cited before it came into force", () => {
    const early = version({ effectiveFrom: "2025-05-31", effectiveTo: null, legalBasis: [{ document: LAW, article: "第六十九条" }] });
    expect(citationProblems([early], texts)).toEqual([`R08 v${base.version} (2025-05-31 – open) cites ${LAW}第六十九条, in force only from 2025-06-01`]);
    const onTheDay = version({ effectiveFrom: "2025-06-01", effectiveTo: null, legalBasis: [{ document: LAW, article: "第六十九条" }] });
    expect(citationProblems([onTheDay], texts)).toEqual([]);
  });

  it("a text cited after it ended", () => {
    const ended = [{ document: "X", inForceFrom: "2000-01-01", inForceTo: "2025-12-31", regions: null, note: "test" }];
    const lastDay = version({ effectiveFrom: "2020-01-01", effectiveTo: "2025-12-31", legalBasis: [{ document: "X" }] });
    expect(citationProblems([lastDay], ended)).toEqual([]);
    const beyond = version({ effectiveFrom: "2020-01-01", effectiveTo: "2026-01-01", legalBasis: [{ document: "X" }] });
    expect(citationProblems([beyond], ended)).toHaveLength(1);
    const open = version({ effectiveFrom: "2020-01-01", effectiveTo: null, legalBasis: [{ document: "X" }] });
    expect(citationProblems([open], ended)[0]).toMatch(/in force only until 2025-12-31/);
  });

  it("a document the table does not list", () => {
    const unknown = version({ legalBasis: [{ document: "地方规定（某地）" }] });
    expect(citationProblems([unknown], texts)[0]).toMatch(/地方规定（某地）, which rules\/legal-texts does not list/);
  });

  it("a regional text cited nationally, or for another region", () => {
    const national = version({ effectiveFrom: "2026-01-01", legalBasis: [{ document: SHANDONG, article: "第十条" }] });
    expect(citationProblems([national], texts)[0]).toMatch(/binding only in regions 37/);
    const zhejiang = version({ effectiveFrom: "2026-01-01", legalBasis: [{ document: SHANDONG, regions: ["33"] }] });
    expect(citationProblems([zhejiang], texts)).toHaveLength(1);
    const jinan = version({ effectiveFrom: "2026-01-01", legalBasis: [{ document: SHANDONG, regions: ["3701"] }] });
    expect(citationProblems([jinan], texts)).toEqual([]);
  });
});

describe("fileChronology: the files placed in time", () => {
  const r = (version: number, effectiveFrom: string, effectiveTo: string | null = null) =>
    ({ ...realRuleSet().find((d) => d.id === "R08")!, version, effectiveFrom, effectiveTo, rule: { ...realRuleSet().find((d) => d.id === "R08")!.rule, name: `R08@${version}` } }) as RuleDefinition;

  it("each version ends the day before the next starts; a correction on the same day replaces the earlier version", () => {
    const placed = fileChronology([r(1, "2025-06-01"), r(2, "2012-01-01", "2025-05-31"), r(3, "2025-06-01"), r(4, "2026-01-01")]);
    expect(placed.map((d) => [d.version, d.effectiveFrom, d.effectiveTo])).toEqual([
      [2, "2012-01-01", "2025-05-31"],
      [3, "2025-06-01", "2025-12-31"],
      [4, "2026-01-01", null],
    ]);
  });

  it("a version's own end is kept when it comes before the next start", () => {
    const placed = fileChronology([r(1, "2020-01-01", "2020-06-30"), r(2, "2021-01-01")]);
    expect(placed.map((d) => d.effectiveTo)).toEqual(["2020-06-30", null]);
  });
});
