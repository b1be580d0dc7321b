/**
 * translate(): variables, messages encoded for conform's error slots, and the word a count needs in English
 * ("1 file", "2 files"), which Chinese does without.
 */
import { describe, expect, it } from "vitest";
import { encodeMessage, listOf, translate } from "~/i18n";

describe("translate", () => {
  it("puts the count's form of a word in English: one, none, several", () => {
    expect(translate("en", "complaint.evidence.chosen", { n: 1 })).toBe("1 file chosen");
    expect(translate("en", "complaint.evidence.chosen", { n: 0 })).toBe("0 files chosen");
    expect(translate("en", "complaint.evidence.chosen", { n: 3 })).toBe("3 files chosen");
    expect(translate("en", "complaint.event.received.items", { n: 1 })).toBe("1 charged item");
    expect(translate("en", "complaint.event.received.months", { n: 2 })).toBe("refund details for 2 months");
    expect(translate("en", "guidance.import.rowErrors", { count: 1 })).toBe("1 row has errors:");
  });

  it("writes Chinese counts as they are", () => {
    expect(translate("zh-CN", "complaint.event.received.files", { n: 2 })).toBe("2 个文件");
  });

  it("reads the count from a message encoded with its variables, and leaves a variable it was not given in place", () => {
    expect(translate("en", encodeMessage({ key: "case.daysLeft", vars: { n: 1 } }))).toBe("1 working day left");
    expect(translate("en", "case.daysLeft", { other: 2 })).toBe("{n} working {n|day|days} left");
  });

  it("writes the track in lower case inside an English sentence", () => {
    expect(translate("en", "complaint.receipt.title", { track: translate("en", "complaint.trackNoun.report") })).toBe("Your report was received");
  });
});

describe("listOf", () => {
  it("lists words the language's way: the ideographic comma in Chinese, a comma and a space in English", () => {
    expect(listOf(["2026-09", "2026-08", "2026-07"], "zh-CN")).toBe("2026-09、2026-08、2026-07");
    expect(listOf(["2026-09", "2026-08", "2026-07"], "en")).toBe("2026-09, 2026-08, 2026-07");
  });
});
