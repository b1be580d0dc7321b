/**
 * Whether a filing can be corrected, and what its flags' advice says to do (app/domain/flags/filing-correction.ts):
 * the one answer the filing page's 更正本次备案, the form's terms and the advice on the filing, notice and case pages
 * share. Pure: no database.
 */
import { describe, expect, it } from "vitest";
import { filingCorrection, filingRemedy, upcomingTerms } from "~/domain/flags/filing-correction";

describe("a filing's correction", () => {
  const today = "2026-12-05";

  it("the form's terms are the next two not begun (the filing form imports this very function)", () => {
    expect(upcomingTerms(today)).toEqual(["2027-spring", "2027-autumn"]);
  });

  it("the newest filing of a term ahead is corrected on its page; an older one's advice still says correct", () => {
    expect(filingCorrection({ term: "2027-spring", version: 4 }, 4, today)).toEqual({ remedy: "correct", correction: { term: "2027-spring", nextVersion: 5 } });
    expect(filingCorrection({ term: "2027-spring", version: 3 }, 4, today)).toEqual({ remedy: "correct", correction: null });
  });

  it("a term begun has no correction, and the advice sends the bookkeeper to the next term's filing", () => {
    expect(filingCorrection({ term: "2026-autumn", version: 4 }, 4, today)).toEqual({ remedy: "nextTerm", correction: null });
    expect(filingRemedy("2026-autumn", today)).toBe("nextTerm");
    // The day a term starts it has begun.
    expect(filingRemedy("2027-spring", "2027-03-01")).toBe("nextTerm");
    expect(filingRemedy("2027-spring", "2027-02-28")).toBe("correct");
  });
});
