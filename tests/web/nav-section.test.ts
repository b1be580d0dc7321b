/**
 * The header marks the section a page belongs to: a change's preview is in the section where the change is made
 * (a guidance batch's in 指导价), not in 重新评估, which keeps the runs.
 */
import { describe, expect, it } from "vitest";
import { isInSection } from "~/utils/nav-section";

const sections = ["/officer/guidance-prices", "/officer/changes", "/officer/rules", "/admin/rules"];
const current = (pathname: string) => sections.filter((s) => isInSection(pathname, s));

describe("the section a page belongs to", () => {
  it("a change's preview is in the section of the change", () => {
    expect(current("/officer/changes/guidance/01JBATCH")).toEqual(["/officer/guidance-prices"]);
    expect(current("/officer/changes/parameters")).toEqual(["/officer/rules"]);
    expect(current("/officer/changes/parameters/01JSET")).toEqual(["/officer/rules"]);
    expect(current("/officer/changes/rule-versions/R03/7")).toEqual(["/admin/rules"]);
  });

  it("the runs stay in 重新评估; other pages are in the section whose address they lie under", () => {
    expect(current("/officer/changes")).toEqual(["/officer/changes"]);
    expect(current("/officer/changes/runs/01JRUN")).toEqual(["/officer/changes"]);
    expect(current("/officer/guidance-prices/batches/01JBATCH")).toEqual(["/officer/guidance-prices"]);
    expect(current("/officer/rules/R03")).toEqual(["/officer/rules"]);
    expect(current("/officer/rulesx")).toEqual([]);
  });
});
