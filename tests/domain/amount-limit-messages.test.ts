/**
 * An amount too large is refused with the limit said, from the constant the check uses, as the fee filing's is
 * ("金额不能超过 100,000 元"): the officer's case decision, the kindergarten's answer to a case, a parent's complaint,
 * the kindergarten's answer to a complaint, the officer's record of a mediated refund and the kindergarten's meal-fund
 * account (whose "1000 万元" was written by hand). "金额过大" named no limit.
 * Each form is refused alike for ten digits and more (refused before they are read as a number) and just above it.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AMOUNT_MAX_FEN, caseAnswerInput, caseWorkInput } from "~/domain/cases/case-work.schema";
import { complaintAnswerInput } from "~/domain/complaints/complaint-answer.schema";
import { handlingInput, MAX_AGREED_REFUND_FEN } from "~/domain/complaints/complaint-handling.schema";
import { chargedItemInput, MAX_CHARGED_FEN, refundClaimInput } from "~/domain/complaints/complaint.schema";
import { MEAL_FUND_MAX_AMOUNT_FEN, mealFundInput } from "~/domain/meal-fund/meal-fund.schema";
import { translate } from "~/i18n";

/** The message on `field` when `schema` reads `input` with `amount` in that field. */
function messageOn(schema: z.ZodType, input: Record<string, unknown>, field: string, amount: string): string | undefined {
  const result = schema.safeParse({ ...input, [field]: amount });
  expect(result.success, `${field} = ${amount}`).toBe(false);
  return result.error?.issues.find((i) => i.path.join(".") === field)?.message;
}

/** The amounts just above a limit in fen and with ten digits, as typed. */
const tooLarge = (maxFen: number) => [((maxFen + 1) / 100).toFixed(2), "1234567890"];

const FORMS: Array<{ name: string; schema: z.ZodType; input: Record<string, unknown>; field: string; maxFen: number; zh: string; en: string }> = [
  {
    name: "the officer's case decision",
    schema: caseWorkInput,
    input: { intent: "decide", version: "1", kind: "penalty", basis: "price-penalty-art9", article: "art9" },
    field: "amount",
    maxFen: AMOUNT_MAX_FEN,
    zh: "金额不能超过 100,000,000 元",
    en: "The amount cannot exceed 100,000,000 yuan",
  },
  {
    name: "the kindergarten's answer to a case",
    schema: caseAnswerInput,
    input: { version: "1", explanation: "已退还多收费用。", refundFamilies: "3" },
    field: "refundAmount",
    maxFen: AMOUNT_MAX_FEN,
    zh: "金额不能超过 100,000,000 元",
    en: "The amount cannot exceed 100,000,000 yuan",
  },
  {
    name: "a parent's complaint: an item charged",
    schema: chargedItemInput,
    input: { name: "保教费", unit: "month" },
    field: "amount",
    maxFen: MAX_CHARGED_FEN,
    zh: "金额不能超过 100,000 元，请核对",
    en: "The amount cannot exceed 100,000 yuan: please check it",
  },
  {
    name: "a parent's refund complaint: a month paid",
    schema: refundClaimInput,
    input: { month: "2026-09", feeKind: "care_education", case: "absence", daysAttended: "10", refunded: "0" },
    field: "paid",
    maxFen: MAX_CHARGED_FEN,
    zh: "金额不能超过 100,000 元，请核对",
    en: "The amount cannot exceed 100,000 yuan: please check it",
  },
  {
    name: "the kindergarten's answer to a complaint",
    schema: complaintAnswerInput,
    input: { explanation: "已退还。" },
    field: "refund",
    maxFen: MAX_CHARGED_FEN,
    zh: "金额不能超过 100,000 元，请核对",
    en: "The amount cannot exceed 100,000 yuan: please check it",
  },
  {
    name: "the officer's record of a mediated refund",
    schema: handlingInput,
    input: { intent: "record_outcome", version: "1", outcome: "agreement" },
    field: "refund",
    maxFen: MAX_AGREED_REFUND_FEN,
    zh: "金额不能超过 100,000 元，请核对",
    en: "The amount cannot exceed 100,000 yuan: please check it",
  },
  {
    name: "the kindergarten's meal-fund account",
    schema: mealFundInput,
    input: { month: "2026-09", spending: { food: "0", fuel: "0", utensils: "0", other: "0" }, childCount: "120", mealDays: "21" },
    field: "income",
    maxFen: MEAL_FUND_MAX_AMOUNT_FEN,
    zh: "金额不能超过 10,000,000 元，请核对",
    en: "The amount cannot exceed 10,000,000 yuan: please check it",
  },
];

describe("an amount too large is refused with the limit the check uses", () => {
  for (const form of FORMS) {
    it(form.name, () => {
      for (const amount of tooLarge(form.maxFen)) {
        const message = messageOn(form.schema, form.input, form.field, amount);
        expect(message, amount).toBeDefined();
        expect(translate("zh-CN", message!), amount).toBe(form.zh);
        expect(translate("en", message!), amount).toBe(form.en);
      }
      // The limit itself is taken: the message's maximum is the check's.
      expect(form.schema.safeParse({ ...form.input, [form.field]: (form.maxFen / 100).toFixed(2) }).error?.issues.find((i) => i.path.join(".") === form.field)).toBeUndefined();
    });
  }
});
