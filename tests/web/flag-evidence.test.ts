/**
 * The single facts a flag's evidence shows (`evidencePairs`,
 * app/components/flag-explanation.tsx): labelled scalars first, then the
 * labelled fields of the details' objects, each fact once; and its lists
 * (`evidenceLists`): tables, or one labelled pair.
 */
import { describe, expect, it } from "vitest";
import { evidenceLists, evidencePairs } from "~/components/flag-explanation";
import { filing, item, outcomeOf, past } from "../rules/fixtures";

describe("evidencePairs", () => {
  it("gives A01's registered name once, though the rule names it on its own and inside the account it checked", () => {
    const details = {
      approvedName: "宁波市海曙区春芽幼儿园",
      account: {
        bankName: "中国工商银行",
        branchName: "宁波海曙支行",
        accountName: "宁波市海曙区春芽教育咨询有限公司",
        approvedName: "宁波市海曙区春芽幼儿园",
        normalisedAccountName: "宁波市海曙区春芽教育咨询有限公司",
        normalisedApprovedName: "宁波市海曙区春芽幼儿园",
        matches: false,
      },
    };
    const pairs = evidencePairs(details);
    expect(pairs.filter(([key]) => key === "approvedName")).toEqual([["approvedName", "宁波市海曙区春芽幼儿园"]]);
    expect(pairs.map(([key]) => key)).toContain("accountName");
    // Fields without a label (the normalised forms, the outcome) stay in the stored explanation.
    expect(pairs.map(([key]) => key)).not.toContain("normalisedAccountName");
  });

  it("leaves R11's worst shortfall to the shortfalls table it is a row of: each figure once, beside its item", () => {
    const shortfall = {
      feeKind: "care_education",
      case: "absence",
      zh: "保教费（请假缺勤）",
      en: "care and education fee (absence)",
      month: "2025-09",
      workingDays: 23,
      daysAttended: 0,
      filedBp: 5000,
      provincialBp: 10000,
      shortBp: 5000,
      firstMonth: "2025-09",
      firstDaysAttended: 0,
      filed: { zh: "出勤≤4天退50%", en: "attended ≤ 4 days: 50%" },
      provincial: { zh: "整月未出勤退一个月", en: "a month not attended at all is refunded in full" },
    };
    const details = { shortfalls: [shortfall, { ...shortfall, zh: "住宿费（请假缺勤）", feeKind: "boarding", shortBp: 2000 }], worst: { ...shortfall } };
    expect(evidenceLists(details).tables.map((t) => t.key)).toEqual(["shortfalls"]);
    expect(evidencePairs(details)).toEqual([]);
    // An object that is no row of a list is still its labelled facts (A01's account, above).
    expect(evidencePairs({ shortfalls: [shortfall], worst: { ...shortfall, month: "2025-10" } }).map(([key]) => key)).toContain("month");
  });

  it("keeps two different values under one label: they are two facts", () => {
    const pairs = evidencePairs({ approvedName: "甲幼儿园", account: { approvedName: "乙幼儿园" } });
    expect(pairs).toEqual([
      ["approvedName", "甲幼儿园"],
      ["approvedName", "乙幼儿园"],
    ]);
  });
});

describe("evidenceLists", () => {
  const raise = (history: ReturnType<typeof past>[]) =>
    filing("forprofit_private", { effectiveFrom: "2025-10-01", items: [item({ amountFen: 110_000 })], previousItems: [item({ amountFen: 100_000 })], history });

  it("R05: the filing's own increase is not listed again beside its 执行日期; the items raised are a table", async () => {
    const o = await outcomeOf("R05", raise([]));
    expect(o.fired).toBe(true);
    const { tables, pairs } = evidenceLists(o.details);
    expect(tables.map((t) => t.key)).toEqual(["raisedItems"]);
    expect(pairs).toEqual([]);
    // The date is said once, by the evidence's own pair.
    expect(evidencePairs(o.details).filter(([key]) => key === "effectiveFrom")).toEqual([["effectiveFrom", "2025-10-01"]]);
  });

  it("R05: earlier increases in the window read as one labelled pair of dates, not a one-column table", async () => {
    const o = await outcomeOf("R05", raise([past(1, "2024-09-01", [item({ amountFen: 90_000 })]), past(2, "2025-03-01", [item({ amountFen: 100_000 })])]));
    const { tables, pairs } = evidenceLists(o.details);
    expect(tables.map((t) => t.key)).toEqual(["raisedItems"]);
    expect(pairs.map((p) => [p.key, p.columns, p.rows.map((r) => r.effectiveFrom)])).toEqual([["increasesInWindow", ["effectiveFrom"], ["2025-03-01"]]]);
  });

  it("keeps a list without a label of its own as a table, and tables of several columns as they were", () => {
    const { tables, pairs } = evidenceLists({ bundledItems: [{ name: "兴趣班", unit: "month", amountFen: 30_000 }], other: [{ effectiveFrom: "2025-03-01" }] });
    expect(tables.map((t) => [t.key, t.columns])).toEqual([
      ["bundledItems", ["name", "unit", "amountFen"]],
      ["other", ["effectiveFrom"]],
    ]);
    expect(pairs).toEqual([]);
  });
});
