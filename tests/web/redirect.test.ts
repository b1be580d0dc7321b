/** safeRedirectPath: only same-site paths, always a valid (ASCII) Location. */
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/web/auth.server";

const FALLBACK = "/home";

describe("safeRedirectPath", () => {
  it("keeps a same-site path with its query and fragment", () => {
    expect(safeRedirectPath("/officer/cases?after=abc#top", FALLBACK)).toBe("/officer/cases?after=abc#top");
  });

  it("percent-encodes non-ASCII characters, which a Location header cannot carry", () => {
    expect(safeRedirectPath("/中文", FALLBACK)).toBe("/%E4%B8%AD%E6%96%87");
    expect(safeRedirectPath("/officer/kindergartens?q=春芽", FALLBACK)).toBe("/officer/kindergartens?q=%E6%98%A5%E8%8A%BD");
    const kept = safeRedirectPath("/é?x=ü#ß", FALLBACK);
    expect(kept).toMatch(/^[\x21-\x7e]+$/);
  });

  it.each([
    ["//evil.example", "protocol-relative"],
    ["/\\evil.example", "backslash"],
    ["/\t/evil.example", "tab"],
    ["/\n/evil.example", "newline"],
    ["https://evil.example/", "absolute"],
    ["evil.example", "relative"],
    ["/.//evil.example", "dot segment resolving to //"],
    ["/a/..//evil.example", "dot-dot segment resolving to //"],
    ["/%2e//evil.example", "encoded dot segment"],
    ["", "empty"],
    [`/${"a".repeat(3000)}`, "too long"],
  ])("falls back for %j (%s)", (to) => {
    expect(safeRedirectPath(to, FALLBACK)).toBe(FALLBACK);
  });

  it("falls back for a missing value or a file", () => {
    expect(safeRedirectPath(null, FALLBACK)).toBe(FALLBACK);
    expect(safeRedirectPath(new File(["x"], "x"), FALLBACK)).toBe(FALLBACK);
  });
});
