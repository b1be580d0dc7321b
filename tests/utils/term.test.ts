import { describe, expect, it } from "vitest";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { formatTerm } from "~/utils/term";

describe("formatTerm", () => {
  it("reads a stored term as words, in Chinese and in English", () => {
    expect(formatTerm("2027-spring", "zh-CN")).toBe("2027年春季学期");
    expect(formatTerm("2026-autumn", "zh-CN")).toBe("2026年秋季学期");
    expect(formatTerm("2027-spring", "en")).toBe("Spring 2027");
    expect(formatTerm("2026-autumn", "en")).toBe("Autumn 2026");
  });

  it("words every term the filing form offers", () => {
    for (const term of upcomingTerms("2026-11-30")) expect(formatTerm(term, "zh-CN")).toMatch(/^\d{4}年(春|秋)季学期$/);
  });

  it("shows a text that is not a stored term as it is, rather than guessing", () => {
    expect(formatTerm("2027-summer", "zh-CN")).toBe("2027-summer");
    expect(formatTerm("", "en")).toBe("");
  });
});
