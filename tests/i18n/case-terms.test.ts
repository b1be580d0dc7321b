/**
 * An officer reads one case's deadline on the queue, its page, the dashboard and the export: the same state is named
 * with the same words there. Found in a walk-through: the queue's "due within" filter said 不含已逾期 beside
 * 仅看已超期 in one form, and the dashboard's figure 超期已上报 opened the view the queue calls 仅看已超期上报 and the
 * case page 已超期上报.
 */
import { describe, expect, it } from "vitest";
import { translate } from "~/i18n";
import { caseQueue } from "~/i18n/features/case-queue";
import { caseWork } from "~/i18n/features/case-work";
import { complaintHandling } from "~/i18n/features/complaint-handling";
import { publication } from "~/i18n/features/publication";

describe("the officer's words for a case's deadline", () => {
  it("say 超期 (not 逾期) on the queue, the case page and the dashboard", () => {
    const officerKeys = (zh: Record<string, string>) => Object.entries(zh).filter(([key]) => /^(queue|case|dashboard)\./.test(key));
    const mixed = [...officerKeys(caseQueue.zh), ...officerKeys(caseWork.zh)].filter(([, text]) => text.includes("逾期")).map(([key]) => key);
    expect(mixed).toEqual([]);
  });

  // The complaint queue and the publication list are officers' lists of their own legal deadlines too: the complaint
  // queue said 已逾期 (and 只看已逾期) where the case queue says 已超期 (仅看已超期).
  it("say 超期 on the complaint queue and the publication list as on the case queue", () => {
    const mixed = Object.entries({ ...complaintHandling.zh, ...publication.zh })
      .filter(([key, text]) => /^(handling|publication)\./.test(key) && text.includes("逾期"))
      .map(([key]) => key);
    expect(mixed).toEqual([]);
    expect(translate("zh-CN", "handling.filter.overdue")).toBe(translate("zh-CN", "queue.filter.overdue"));
    expect(translate("zh-CN", "handling.due.overdueNoCount")).toBe(translate("zh-CN", "case.dueState.overdue"));
    expect(translate("zh-CN", "handling.export.dueWords")).toBe(translate("zh-CN", "queue.export.daysLeft"));
    expect(translate("en", "handling.export.dueWords")).toBe(translate("en", "queue.export.daysLeft"));
  });

  it("name the dashboard's escalated figure as the queue's filter it opens and the case page name it", () => {
    expect(translate("zh-CN", "queue.filter.escalated")).toBe(`仅看${translate("zh-CN", "dashboard.escalated")}`);
    expect(translate("zh-CN", "case.escalated", { at: "" })).toContain(translate("zh-CN", "dashboard.escalated"));
  });
});
