/**
 * The officer's case queue, case page and complaint pages as the server renders them: each civil date (a due day, a
 * day a case was registered or decided, a complaint's days) kept whole on a phone's line (CivilDate), as the
 * kindergarten's pages and a decision's line keep theirs, the words around it as they were, and no marker between
 * two texts in a sentence split around its date.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ComplaintDeadline } from "~/components/complaint-deadline";
import { DEFAULT_FILTERS } from "~/domain/cases/case-queue.schema";
import CaseQueue from "~/routes/officer+/cases._index";
import CaseDetail from "~/routes/officer+/cases.$caseId";
import ComplaintPage from "~/routes/officer+/complaints.$complaintId";
import { renderStatic, wholeDates, words } from "../setup/render-static";

const part = (html: string, testId: string, tag: string) => html.match(new RegExp(`<${tag}[^>]*data-testid="${testId}"[\\s\\S]*?</${tag}>`))?.[0] ?? "";

/** A clock with no working day left, and the day it is read on: a Saturday (2026-12-05). */
const SATURDAY = "2026-12-05";
/** The deadline badges (plain, or red when overdue), not the severity's. */
const badges = (html: string) => [...html.matchAll(/<span class="(badge(?: red)?)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]);

describe("the officer's case queue", () => {
  const row = { id: "c1", severity: "high", status: "in_progress", kindergartenName: "春芽幼儿园", escalatedAt: null, extensionRequested: false, ruleId: "R01", ruleTitle: null, assigneeName: null, regionName: "海曙区", term: "2026-fall", source: "rule", dueState: "ok" };
  const queue = (rows: unknown[]) => ({
    rows,
    next: null,
    counts: { byTab: { open: 2, pending: 0, in_progress: 1, awaiting_kindergarten: 0, decided: 1, closed: 0, all: 2 }, bySeverity: { high: 2, medium: 0, low: 0 }, overdue: 0, dueSoon: 0 },
    filters: { ...DEFAULT_FILTERS, state: "all" },
    ignored: [],
    conflicts: [],
    scope: null,
    choices: { rules: [], terms: [], decided: [], cities: [], city: null, districts: [] },
    canExport: false,
    assignees: [],
    searchTruncated: false,
    searchWithin: null,
    area: null,
    decidedMonth: null,
  });

  it("keeps a running clock's due day and a settled case's day whole, the row's words as they were", async () => {
    const rows = [
      { ...row, id: "c1", due: { kind: "verify", dueOn: "2026-12-18", daysLeft: 3, unit: "working", estimated: false }, settledOn: null },
      { ...row, id: "c2", due: { kind: "decision", dueOn: "2027-02-10", daysLeft: -2, unit: "calendar", estimated: true }, settledOn: null },
      { ...row, id: "c3", status: "closed", due: null, settledOn: "2026-11-30" },
    ];
    const html = await renderStatic(CaseQueue, { loaderData: queue(rows), url: "/officer/cases?state=all" });
    const table = part(html, "case-queue", "table");
    expect(wholeDates(table)).toEqual(["2026-12-18", "2027-02-10", "2026-11-30"]);
    const text = words(table);
    expect(text).toContain("2026-12-18 · 核查 剩 3 个工作日");
    expect(text).toContain("≈2027-02-10 · 处罚决定 超期 2 日");
    expect(text).toContain("2026-11-30 结案");
    expect(table).not.toContain("<!-- -->");
  });

  it("says a clock with no working day left is overdue after a Friday deadline, due today on the day, not yet due before a Sunday's", async () => {
    const due = (dueOn: string, kind = "verify") => ({ kind, dueOn, daysLeft: 0, unit: "working", estimated: false });
    const rows = [
      { ...row, id: "c1", due: due("2026-12-04"), settledOn: null },
      { ...row, id: "c2", due: due("2026-12-05"), settledOn: null },
      { ...row, id: "c3", due: due("2026-12-06", "answer"), settledOn: null },
    ];
    const html = await renderStatic(CaseQueue, { loaderData: { ...queue(rows), today: SATURDAY }, url: "/officer/cases?state=all" });
    expect(badges(part(html, "case-queue", "table"))).toEqual([
      ["badge red", "已超期"],
      ["badge", "今天到期"],
      ["badge", "到期前已无工作日"],
    ]);
  });
});

describe("the officer's case page", () => {
  const page = {
    case: {
      id: "c1",
      name_in_use: "春芽幼儿园",
      approved_name: "宁波市海曙区春芽幼儿园",
      severity: "high",
      kindergarten_id: "k1",
      region_name: "海曙区",
      uscc: "52330203MJ0000000X",
      nature: "inclusive_private",
      term: "2026-fall",
      status: "in_progress",
      source: "rule",
      registered_on: "2026-11-20",
      decision_kind: null,
      decision_basis: null,
      decided_on: null,
      decision_detail: null,
    },
    flags: [],
    events: [
      { id: "e1", kind: "answer_requested", created_at: "2026-11-21T02:00:00.000Z", actor: "王科员", payload: { answerDueOn: "2026-12-04" } },
      { id: "e2", kind: "inspected", created_at: "2026-11-25T02:00:00.000Z", actor: "王科员", payload: { inspectedOn: "2026-11-24", inspectors: ["王科员", "李科员"] } },
      { id: "e3", kind: "extension_granted", created_at: "2026-11-26T02:00:00.000Z", actor: "张科长", payload: { previousDueOn: "2026-12-11", dueOn: "2027-01-08" } },
      { id: "e4", kind: "assigned", created_at: "2026-11-20T02:00:00.000Z", actor: "张科长", payload: { assigneeName: "王科员" } },
    ],
    complaintIds: [],
    items: [],
    filing: { version: 2, effective_from: "2026-09-01" },
    flaggedItems: [],
    work: {
      assignee: { id: "u1", name: "王科员" },
      escalatedAt: null,
      extensionRequestedOn: "2026-11-25",
      clocks: [{ kind: "verify", dueOn: "2027-01-08", daysLeft: 20, unit: "working", calendarComplete: true }],
      answers: [],
      steps: [],
      files: [],
      readsComplaints: true,
      version: 1,
      assignees: [],
      registered: true,
      agency: null,
    },
  };

  it("keeps the filing's, the registration's, the extension request's and the clocks' days whole", async () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const html = await renderStatic(CaseDetail, { loaderData: page, url: "/officer/cases/c1", lang });
      const facts = html.match(/<dl class="grid cols-3">[\s\S]*?<\/dl>/)?.[0] ?? "";
      expect(wholeDates(facts)).toEqual(["2026-09-01", "2026-11-20"]);
      expect(words(facts)).toContain(lang === "en" ? "Filing no. 2, in effect from 2026-09-01" : "第 2 次备案，2026-09-01 起执行");
      const request = part(html, "case-extension-request", "p");
      expect(wholeDates(request)).toEqual(["2026-11-25"]);
      expect(words(request)).toContain(lang === "en" ? "The assignee asked on 2026-11-25 for an extension" : "承办人于 2026-11-25 申请延长核查期限");
      const clocks = part(html, "case-clocks", "ul");
      expect(wholeDates(clocks)).toEqual(["2027-01-08"]);
      expect(words(clocks)).toMatch(lang === "en" ? /^Verification.*: 2027-01-08 · 20 working days left$/ : /^核查.*：2027-01-08 · 剩 20 个工作日$/);
      for (const piece of [facts, request, clocks]) expect(piece).not.toContain("<!-- -->");
    }
  });

  it("words a clock with no working day left as the queue does, in both languages", async () => {
    const clocks = [
      { kind: "verify", dueOn: "2026-12-04", daysLeft: 0, unit: "working", calendarComplete: true },
      { kind: "answer", dueOn: "2026-12-06", daysLeft: 0, unit: "working", calendarComplete: true },
    ];
    for (const [lang, words] of [
      ["zh-CN", ["已超期", "到期前已无工作日"]],
      ["en", ["Overdue", "No working day left before it"]],
    ] as const) {
      const html = await renderStatic(CaseDetail, { loaderData: { ...page, work: { ...page.work, clocks, today: SATURDAY } }, url: "/officer/cases/c1", lang });
      expect(badges(part(html, "case-clocks", "ul"))).toEqual([
        ["badge red", words[0]],
        ["badge", words[1]],
      ]);
    }
  });

  it("says when the case was escalated in Shanghai's time: 07:30 there is the day before in UTC", async () => {
    const html = await renderStatic(CaseDetail, { loaderData: { ...page, work: { ...page.work, escalatedAt: "2026-12-03T23:30:00.000Z" } }, url: "/officer/cases/c1" });
    expect(words(part(html, "case-escalated", "p"))).toBe("已超期上报（2026年12月4日 07:30）");
  });

  it("keeps the timeline's days whole, its words as they were, each detail one text around its dates", async () => {
    const html = await renderStatic(CaseDetail, { loaderData: page, url: "/officer/cases/c1" });
    const timeline = html.match(/<ol class="timeline">[\s\S]*?<\/ol>/)?.[0] ?? "";
    expect(wholeDates(timeline)).toEqual(["2026-12-04", "2026-11-24", "2026-12-11", "2027-01-08"]);
    const details = [...timeline.matchAll(/<span>([\s\S]*?)<\/span>/g)].map((m) => m[1]);
    expect(details.map(words)).toEqual([" · 幼儿园答复期限 2026-12-04", " · 2026-11-24 王科员、李科员", " · 2026-12-11 → 2027-01-08", " · 王科员"]);
    for (const detail of details) expect(detail).not.toContain("<!-- -->");
  });
});

describe("the officer's complaint pages", () => {
  it("keep a complaint's deadline whole, ≈ before an estimated one", async () => {
    const deadline = { kind: "accept", dueOn: "2026-12-15", workingDaysLeft: 4, state: "ok" as const, calendarComplete: true };
    expect(wholeDates(await renderStatic(createElement(ComplaintDeadline, { deadline, withKind: true })))).toEqual(["2026-12-15"]);
    const estimated = await renderStatic(createElement(ComplaintDeadline, { deadline: { ...deadline, calendarComplete: false } }));
    expect(estimated).toContain('<span class="muted">≈<time dateTime="2026-12-15" class="nowrap">2026-12-15</time></span>');
  });

  it("says a deadline passed with no working day since is overdue, not overdue by 0 working days", async () => {
    // Read on Saturday 2026-12-05: the Friday deadline has passed, no working day has gone by since.
    const friday = { kind: "verify", dueOn: "2026-12-04", workingDaysLeft: 0, state: "overdue" as const, calendarComplete: true };
    expect(badges(await renderStatic(createElement(ComplaintDeadline, { deadline: friday })))).toEqual([["badge red", "已超期"]]);
    const older = { ...friday, dueOn: "2026-12-03", workingDaysLeft: -1 };
    expect(badges(await renderStatic(createElement(ComplaintDeadline, { deadline: older })))).toEqual([["badge red", "已超期（1 个工作日）"]]);
    const today = { ...friday, dueOn: SATURDAY, state: "due_soon" as const };
    expect(await renderStatic(createElement(ComplaintDeadline, { deadline: today }))).toContain('<span class="badge amber">今天到期</span>');
  });

  const view = {
    complaint: {
      id: "p1",
      track: "complaint",
      trackingNo: "TS20261201ABCD",
      status: "accepted",
      kindergartenReference: "REF1",
      receivedAt: "2026-12-01T02:00:00.000Z",
      clockFrom: "2026-12-01",
      regionName: "海曙区",
      kind: "overcharge",
      rejectionGround: null,
      mediationOutcome: null,
      refundAgreedFen: null,
      lastReplyOn: "2026-12-03",
      contact: null,
      shareContact: false,
      publishConsent: false,
      paidOn: "2026-09-02",
      learnedOn: "2026-11-28",
      accountPaidInto: null,
      narrative: "多收了兴趣班费用。",
      refundClaims: [],
      triagedAt: null,
      version: 1,
    },
    kindergarten: { id: "k1", approvedName: "宁波市海曙区春芽幼儿园", nameInUse: "宁波市海曙区春芽幼儿园", regionName: "海曙区", uscc: "52330203MJ0000000X" },
    deadline: null,
    linkedCase: null,
    items: [],
    evidence: [],
    flags: [],
    actions: [],
    canHandle: false,
    events: [{ id: "v1", kind: "extended", at: "2026-12-02T02:00:00.000Z", party: "officer", actorName: "张科长", public: false, payload: { approver: "张科长", dueKind: "accept", dueOn: "2026-12-22" } }],
    cases: [],
    districts: [],
  };

  it("keeps the handling page's days whole: the clock's start, the last reply, the payment, when it was learned, the timeline's", async () => {
    const html = await renderStatic(ComplaintPage, { loaderData: view, url: "/officer/complaints/p1" });
    const summary = part(html, "complaint-summary", "dl");
    expect(wholeDates(summary)).toEqual(["2026-12-01", "2026-12-03"]);
    const facts = html.match(/<h2>反映的情况<\/h2><dl[\s\S]*?<\/dl>/)?.[0] ?? "";
    expect(wholeDates(facts)).toEqual(["2026-09-02", "2026-11-28"]);
    const timeline = part(html, "complaint-timeline", "ol");
    expect(wholeDates(timeline)).toEqual(["2026-12-22"]);
    const detail = timeline.match(/<span>([\s\S]*?)<\/span>/)?.[1] ?? "";
    expect(words(detail)).toBe(" · 批准人：张科长 · 受理决定 2026-12-22");
    expect(detail).not.toContain("<!-- -->");
  });
});
