/** Amounts as typed: what parses, and what a refused text is told. */
import { describe, expect, it } from "vitest";
import { amountIssue, parseYuanToFen } from "~/utils/money";

describe("parseYuanToFen", () => {
  it("reads yuan with up to two decimals as fen, exactly", () => {
    expect(parseYuanToFen("1200.5")).toBe(120050);
    expect(parseYuanToFen(" 0.10 ")).toBe(10);
    expect(parseYuanToFen("999999999.99")).toBe(99999999999);
  });

  it("reads what people type and what the portal's pages show: full-width digits, thousands, ¥ and 元", () => {
    expect(parseYuanToFen("２３８０")).toBe(238000);
    expect(parseYuanToFen("2,380.00")).toBe(238000);
    expect(parseYuanToFen("1,234,567.5")).toBe(123456750);
    expect(parseYuanToFen("¥ 980")).toBe(98000);
    expect(parseYuanToFen("２，３８０元")).toBe(238000);
  });

  it("refuses a sign, a third decimal, ten figures, words and commas that group nothing", () => {
    for (const text of ["-5", "1.005", "1234567890", "一千", "", "1e3", "2,38", "23,80.5", ",380", "1,2345"]) expect(parseYuanToFen(text), text).toBeNull();
  });
});

describe("amountIssue", () => {
  const keys = { invalid: "form.invalid" };
  it("says a negative amount is negative, whatever minus sign or spacing a phone typed", () => {
    for (const text of ["-5", " -1,200.50", "－300", "−20"]) expect(amountIssue(text, keys), text).toBe("amount.negative");
  });

  it("says ten figures or more are too large, in the form's own words where it has them", () => {
    expect(amountIssue("99999999999", keys)).toBe("amount.tooLarge");
    expect(amountIssue("1,234,567,890.5", { ...keys, tooLarge: "filing.item.amount.tooLarge" })).toBe("filing.item.amount.tooLarge");
  });

  it("leaves anything else to the form's own 'not an amount'", () => {
    for (const text of ["1.005", "abc", "-", "12-3"]) expect(amountIssue(text, keys), text).toBe("form.invalid");
  });
});
