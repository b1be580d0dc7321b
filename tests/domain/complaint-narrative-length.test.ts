/**
 * A narrative's length, one function for the form's counter and the schema's limits (complaint.schema.ts): an emoji
 * or a character beyond the BMP is one, as the parent sees it. The schema runs on the phone before sending as well.
 */
import { describe, expect, it } from "vitest";
import { complaintIntakeOn, NARRATIVE_MAX, NARRATIVE_MAX_UNITS, NARRATIVE_MIN, narrativeLength } from "~/domain/complaints/complaint.schema";

const narrativeIssues = (narrative: string) => {
  const result = complaintIntakeOn("2026-11-30").safeParse({ narrative });
  if (result.success) return [];
  return result.error.issues.filter((i) => i.path[0] === "narrative").map((i) => i.message);
};

describe("narrativeLength", () => {
  it("counts an emoji, a rare character and a Chinese one as one each", () => {
    expect(narrativeLength("😡")).toBe(1);
    expect(narrativeLength("𠮷野家")).toBe(3);
    expect(narrativeLength("多收钱")).toBe(3);
    expect(narrativeLength("")).toBe(0);
  });

  it("is what the schema's limits count, on the phone as on the server", () => {
    const words = "九月保教费多收了400元，请求退还。";
    const atLimit = words + "😡".repeat(NARRATIVE_MAX - narrativeLength(words));
    expect(narrativeIssues(atLimit)).toEqual([]);
    expect(narrativeIssues(atLimit + "😡")).toEqual(["complaint.narrative.tooLong"]);
    // Ten words with an emoji: ten characters of words are the minimum, whatever else is there.
    expect(narrativeIssues("多收了保教费四百元整😡")).toEqual([]);
    expect(narrativeIssues("多收了保教费四百元")).toEqual(["complaint.narrative.tooShort"]);
    expect(NARRATIVE_MIN).toBe(10);
  });

  it("has a hard bound in UTF-16 units that is never below the limit, and stops there", () => {
    // 2,000 characters beyond the BMP (𠮷 is a letter): 4,000 units, the bound itself, taken.
    const widest = "𠮷".repeat(NARRATIVE_MAX);
    expect(widest.length).toBe(NARRATIVE_MAX_UNITS);
    expect(narrativeIssues(widest)).toEqual([]);
    // A paste beyond it is too long, said once, and nothing else is read of it (it was also "no words" before).
    expect(narrativeIssues("😡".repeat(NARRATIVE_MAX_UNITS))).toEqual(["complaint.narrative.tooLong"]);
    expect(narrativeIssues("多".repeat(NARRATIVE_MAX_UNITS + 1))).toEqual(["complaint.narrative.tooLong"]);
  });
});
