import { describe, expect, it } from "vitest";
import {
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
  normalizeUscc,
  USCC_WEIGHTS,
  usccPrefixForNature,
  validateUscc,
} from "~/domain/kindergartens/uscc";

// Real codes of registered organisations (public records), with valid check characters.
const VALID = [
  "91110000600037341L",
  "121200004013590816",
  "91310115MA1K3BTP2B",
  "91340600MA2PBM9HXD",
  "92340603MA2UK3DT5H",
];
const WELL_KNOWN = [
  "914403001922038216",
  "9144030071526726XG",
  "911000001000013428",
  "91100000100003962T",
  "911100001000044477",
  "91330100716105852F",
  "91110108551385082Q",
];

describe("validateUscc (GB 32100-2015)", () => {
  it("uses the weights 3^i mod 31", () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it.each([...VALID, ...WELL_KNOWN])("accepts %s with a passing org-code check", (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, orgCodeCheckOk: true });
  });

  it.each([...VALID, ...WELL_KNOWN])("computes the check character of %s", (code) => {
    expect(computeUsccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it("rejects a wrong check character as checksum", () => {
    expect(validateUscc("91110000600037341N")).toEqual({ ok: false, reason: "checksum" });
  });

  it.each(["A1110000600037341L", "9111000060003IOZSV"])("rejects %s as format", (code) => {
    expect(validateUscc(code)).toEqual({ ok: false, reason: "format" });
  });

  it.each(["", "12345", "91110000600037341L0", "91110000600037341l", " 91110000600037341L"])(
    "rejects malformed input %j as format",
    (code) => {
      expect(validateUscc(code)).toEqual({ ok: false, reason: "format" });
    },
  );

  it("flags a broken embedded org-code check as a warning only", () => {
    // Change position 16 (org-code body) and recompute the outer check: outer ok, inner wrong.
    const first17 = "9111000060003735" + "1";
    const code = first17 + computeUsccCheckChar(first17);
    expect(validateUscc(code)).toEqual({ ok: true, orgCodeCheckOk: false });
  });

  it("computes GB 11714 org-code check characters, including X and 0", () => {
    expect(computeOrgCodeCheckChar("60003734")).toBe("1");
    expect(computeOrgCodeCheckChar("MA1K3BTP")).toBe("2");
    const checks = new Set<string>();
    for (let n = 0; n < 200; n++) checks.add(computeOrgCodeCheckChar(String(10_000_000 + n)));
    expect(checks.has("X")).toBe(true);
    expect(checks.has("0")).toBe(true);
  });

  it("throws on a malformed body", () => {
    expect(() => computeUsccCheckChar("9111000060003734")).toThrow(RangeError);
    expect(() => computeUsccCheckChar("91110000600037I41")).toThrow(RangeError);
    expect(() => computeOrgCodeCheckChar("6000373")).toThrow(RangeError);
  });

  it("normalises user input", () => {
    expect(normalizeUscc(" 9131 0115-ma1k3btp2b ")).toBe("91310115MA1K3BTP2B");
    expect(validateUscc(normalizeUscc("91310115 MA1K3BTP2B"))).toEqual({ ok: true, orgCodeCheckOk: true });
  });
});

describe("usccPrefixForNature", () => {
  it("maps each nature to its registration prefix", () => {
    expect(usccPrefixForNature("forprofit_private")).toBe("91");
    expect(usccPrefixForNature("nonprofit_private")).toBe("52");
    expect(usccPrefixForNature("inclusive_private")).toBe("52");
    expect(usccPrefixForNature("public")).toBe("12");
  });
});
