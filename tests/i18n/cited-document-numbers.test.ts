/**
 * A document number the pages cite in their own words (not a rule file's basis: legal-document-names covers those) is
 * one the table of cited texts holds (rules/legal-texts), in either language. The retroactive-start warning of a
 * guidance batch cited 发改价格〔2011〕1644号, which no text holds: the 1644号 there is of 2025 and concerns
 * kindergarten fees, and the 2011 kindergarten-fee measure is 〔2011〕3207号.
 */
import { describe, expect, it } from "vitest";
import { MESSAGES } from "~/i18n";
import { loadLegalTexts } from "~/rules/load/legal-texts";

/** A document number by its issuer's last two characters, its year and its number: 价格〔2025〕1644号, 教基〔2023〕4号. */
const NUMBER = /\p{Script=Han}{2}〔\d{4}〕\d+号/gu;
const numbersIn = (text: string) => [...text.matchAll(NUMBER)].map(([n]) => n);
const held = loadLegalTexts().map((t) => t.document);
const heldNumbers = new Set(held.flatMap(numbersIn));

describe("document numbers in the messages", () => {
  it("the table of cited texts holds numbers (the set compared below is not empty)", () => {
    expect(heldNumbers).toContain("价格〔2025〕1644号");
  });

  it("are each one a text in rules/legal-texts holds", () => {
    const unheld = Object.entries(MESSAGES).flatMap(([lang, messages]) =>
      Object.entries(messages).flatMap(([key, text]) => numbersIn(text).filter((n) => !heldNumbers.has(n)).map((n) => `${lang} ${key}: ${n}`)),
    );
    expect(unheld).toEqual([]);
  });

  it("the retroactive-start warning cites the Price Law's article on announcing guidance prices, in both languages", () => {
    expect(held).toContain("《中华人民共和国价格法》");
    expect(MESSAGES["zh-CN"]["changes.guidance.pastStart"]).toContain("《中华人民共和国价格法》第二十四条");
    expect(MESSAGES.en["changes.guidance.pastStart"]).toContain("Article 24 of the Price Law");
  });
});
