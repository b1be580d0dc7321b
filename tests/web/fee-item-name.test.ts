/** A fee item's name says its category or is given it beside (app/components/fee-item-name.tsx). */
import { describe, expect, it } from "vitest";
import { namesItsCategory } from "~/components/fee-item-name";

describe("namesItsCategory", () => {
  it("reads a name that says its category, in Chinese and in English without 'fee' or 'charge'", () => {
    expect(namesItsCategory("托班保育费", "保育费")).toBe(true);
    expect(namesItsCategory("Nursery care fee (under 3)", "Nursery fee")).toBe(true);
    expect(namesItsCategory("Boarding fee", "Boarding fee")).toBe(true);
  });

  it("gives the category to a name that does not say it", () => {
    expect(namesItsCategory("延时看护费", "服务性收费")).toBe(false);
    expect(namesItsCategory("Extended-hours care fee", "Service charge")).toBe(false);
  });
});
