import { describe, expect, it } from "vitest";
import { formatInstant } from "~/utils/instant";

describe("formatInstant", () => {
  it("shows the Asia/Shanghai wall-clock time in the UI language", () => {
    expect(formatInstant("2026-11-30T01:05:09.123Z", "zh-CN")).toBe("2026年11月30日 09:05");
    expect(formatInstant("2026-11-30T01:05:09.123Z", "en")).toBe("30 Nov 2026, 09:05");
  });

  it("moves to the next day and year in Shanghai while it is still the old one in UTC", () => {
    expect(formatInstant("2026-12-31T16:30:00Z", "zh-CN")).toBe("2027年1月1日 00:30");
    expect(formatInstant("2026-12-31T16:30:00Z", "en")).toBe("1 Jan 2027, 00:30");
  });

  it("does not depend on the process's time zone (the server and the browser must agree)", () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      expect(formatInstant("2026-06-01T00:00:00Z", "en")).toBe("1 Jun 2026, 08:00");
    } finally {
      process.env.TZ = before;
    }
  });

  it("leaves a text that is not a timestamp as it is", () => {
    expect(formatInstant("soon", "zh-CN")).toBe("soon");
  });
});
