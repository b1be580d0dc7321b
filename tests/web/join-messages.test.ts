/**
 * Several messages in one place (a field's, a form's): Chinese clauses joined with "；", English sentences each ended
 * with a full stop, never "X; The amount …" with a capital after a semicolon.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { FieldErrorList, joinMessages, messageSeparator, messagesAsShown } from "~/components/forms";
import { renderStatic, textOf } from "../setup/render-static";

describe("joinMessages", () => {
  it("joins English messages as sentences, each with its full stop", () => {
    expect(joinMessages(["Enter an amount", "The amount must be greater than zero"], "en")).toBe("Enter an amount. The amount must be greater than zero.");
    // One that ends a sentence already, or a bracket after it, keeps its own; a bracket without one gets it after.
    expect(joinMessages(["Is this the account?", "Check it (once).", "Digits only (spaces allowed)"], "en")).toBe(
      "Is this the account? Check it (once). Digits only (spaces allowed).",
    );
  });

  it("leaves one message as it is, and Chinese joined with the full-width semicolon", () => {
    expect(joinMessages(["Enter an amount"], "en")).toBe("Enter an amount");
    expect(joinMessages(["请填写金额", "金额必须大于零"], "zh-CN")).toBe("请填写金额；金额必须大于零");
  });

  it("gives a display that renders messages one by one the same words and separator", () => {
    const messages = ["Enter an amount", "The amount must be greater than zero"];
    expect(messagesAsShown(messages, "en").join(messageSeparator("en"))).toBe(joinMessages(messages, "en"));
    expect(messagesAsShown(messages, "zh-CN").join(messageSeparator("zh-CN"))).toBe(joinMessages(messages, "zh-CN"));
  });

  it("reads so under a field of an English page", async () => {
    const errors = [{ key: "filing.item.amount.required" }, { key: "filing.item.amount.positive" }];
    const html = await renderStatic(createElement(FieldErrorList, { id: "amount-error", errors }), { lang: "en" });
    expect(textOf(html).trim()).toBe("Enter an amount. The amount must be greater than zero.");
  });
});
