import { describe, expect, it } from "vitest";
import { cleanText, hasUnwantedCharacters } from "~/utils/clean-text";

describe("cleanText", () => {
  it("removes NUL, other C0 and C1 controls and DEL, keeping tab and newline", () => {
    expect(cleanText("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg")).toBe("abcdefg");
    expect(cleanText("col1\tcol2\nline2")).toBe("col1\tcol2\nline2");
  });

  it("turns CR LF and a lone CR into LF (browsers send textarea line breaks as CR LF)", () => {
    expect(cleanText("一\r\n二\r三")).toBe("一\n二\n三");
  });

  it("removes bidi embeddings, overrides, isolates and marks", () => {
    const bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    expect(cleanText(`exe${bidi}.jpg`)).toBe("exe.jpg");
  });

  it("removes zero-width characters and the BOM", () => {
    expect(cleanText("\uFEFF保\u200B教\u200C费\u200D\u2060")).toBe("保教费");
  });

  it("normalizes to NFC, also where a removed character stood between letter and accent", () => {
    expect(cleanText("e\u0301")).toBe("é");
    expect(cleanText("e\u200B\u0301")).toBe("é");
  });

  it("leaves ordinary Chinese and English text alone", () => {
    const text = "海曙区春芽幼儿园（普惠性）— Care & education, 2,380 元/月";
    expect(cleanText(text)).toBe(text);
    expect(hasUnwantedCharacters(text)).toBe(false);
  });

  it("hasUnwantedCharacters says whether cleaning would change the text", () => {
    for (const dirty of ["a\u0000", "a\u202E", "a\u200B", "e\u0301", "a\r\nb"]) expect(hasUnwantedCharacters(dirty)).toBe(true);
  });
});
