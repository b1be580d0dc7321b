/**
 * Counts as a bookkeeper types them (the 26th session's walk): a Chinese keyboard gives full-width digits (１８０), and
 * people write the count's word after it (180人, 21天, 3户). The meal-fund account's children and meal days and an
 * answer's (or a refund order's) families read them as the number; before, "１８０" was told "请填写 1–5000 之间的整数" —
 * which it is. Anything else stays refused with the field's message: a sign, a fraction, another word, and what
 * `Number` would have read ("1e2", "0x10").
 */
import { describe, expect, it } from "vitest";
import { caseAnswerInput, caseWorkInput } from "~/domain/cases/case-work.schema";
import { mealFundInput } from "~/domain/meal-fund/meal-fund.schema";
import { COUNT_WORDS, parseWholeNumber } from "~/utils/whole-number";

describe("parseWholeNumber", () => {
  it("reads full-width digits, grouping, spaces and the field's counting word", () => {
    expect(parseWholeNumber("180")).toBe(180);
    expect(parseWholeNumber("１８０")).toBe(180);
    expect(parseWholeNumber(" 1,200 ")).toBe(1200);
    expect(parseWholeNumber("１，２００")).toBe(1200);
    expect(parseWholeNumber("180 人", COUNT_WORDS.children)).toBe(180);
    expect(parseWholeNumber("２１天", COUNT_WORDS.days)).toBe(21);
    expect(parseWholeNumber("3户", COUNT_WORDS.families)).toBe(3);
    expect(parseWholeNumber("3 个家庭", COUNT_WORDS.families)).toBe(3);
  });

  it("refuses what is not a whole number, and another field's word", () => {
    for (const text of ["", "-3", "3.5", "三", "1e2", "0x10", "12,34", "3户3", "∞"]) expect(parseWholeNumber(text, COUNT_WORDS.families), text).toBeNull();
    expect(parseWholeNumber("21天", COUNT_WORDS.families)).toBeNull();
    expect(parseWholeNumber("3户")).toBeNull();
  });
});

describe("the forms' counts", () => {
  const meal = (childCount: string, mealDays: string) => ({
    month: "2026-10",
    income: "100000",
    spending: { food: "90000", fuel: "3000", utensils: "1000", other: "1000" },
    childCount,
    mealDays,
    note: "",
  });

  it("meal fund: １８０人 children and ２１天 of meals are 180 and 21", () => {
    const parsed = mealFundInput.safeParse(meal("１８０人", "２１天"));
    expect(parsed.success && { childCount: parsed.data.childCount, mealDays: parsed.data.mealDays }).toEqual({ childCount: 180, mealDays: 21 });
  });

  it("meal fund: still refused with the field's own message", () => {
    const parsed = mealFundInput.safeParse(meal("1e2", "21.5"));
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries((parsed.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({ childCount: "mealFund.childCount.invalid", mealDays: "mealFund.mealDays.invalid" });
  });

  it("a kindergarten's answer: ３户 refunded families are 3", () => {
    const parsed = caseAnswerInput.safeParse({ version: "1", explanation: "已全额退还", refundAmount: "1,200元", refundFamilies: "３户" });
    expect(parsed.success && parsed.data).toMatchObject({ refundAmount: 120_000, refundFamilies: 3 });
    const refused = caseAnswerInput.safeParse({ version: "1", explanation: "已全额退还", refundAmount: "1200", refundFamilies: "0x10" });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["refundFamilies", "case.families.invalid"]]);
  });

  it("an officer's refund order: ２０ families are 20", () => {
    const parsed = caseWorkInput.safeParse({ intent: "decide", version: "1", kind: "refund_ordered", basis: "price-penalty-art16", byDate: "2027-01-15", amount: "24000", families: "２０户" });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.success && "families" in parsed.data && parsed.data.families).toBe(20);
  });
});
