/**
 * The single facts a flag's evidence shows (`evidencePairs`,
 * app/components/flag-explanation.tsx): labelled scalars first, then the
 * labelled fields of the details' objects, each fact once.
 */
import { describe, expect, it } from "vitest";
import { evidencePairs } from "~/components/flag-explanation";

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

  it("keeps two different values under one label: they are two facts", () => {
    const pairs = evidencePairs({ approvedName: "甲幼儿园", account: { approvedName: "乙幼儿园" } });
    expect(pairs).toEqual([
      ["approvedName", "甲幼儿园"],
      ["approvedName", "乙幼儿园"],
    ]);
  });
});
