/**
 * Every key an audit entry's detail holds has words in Chinese and English, and every enumerated value the code
 * writes under a key that has words for it (a status, a role, `via` …) is worded by the portal's own message: on
 * the demo's entries (its seed, the jobs, the deadline sweeps, sign-ins, an education officer resetting a
 * bookkeeper's password). The compiler checks literal keys (AuditEntry.detail) and the words of the listed keys
 * (app/i18n/features/audit.ts); the suite checks every entry any test writes (tests/setup/setup-env.ts). This file
 * checks what the compiler cannot see: spreads, payloads, values.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { AUDIT_DETAIL_KEYS, AUDIT_DETAIL_VALUES, detailValueText, detailValueWords, isAuditDetailKey, unlabelledDetailKeys, unwordedDetailCodes } from "~/domain/audit/audit-details";
import { shownDetail } from "~/domain/audit/audit-log.queries.server";
import { CASE_SOURCES, DECIDED_CHOICES, NATURES, QUEUE_SORTS, QUEUE_STATES, SEVERITIES } from "~/domain/cases/case-queue.schema";
import type { ExportFormat } from "~/domain/audit/list-export.server";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { OPERATOR_ACCOUNT_STATES, OVERVIEW_KINDERGARTEN_STATUSES, OVERVIEW_SORTS } from "~/domain/users/operator-account-overview.schema";
import { CONTACT_ERASURE_PARTS } from "~/domain/complaints/complaint-contact-retention.server";
import { sweepComplaintDeadlines } from "~/domain/complaints/complaint-sweep.server";
import { enqueue } from "~/domain/outbox/outbox.server";
import { login } from "~/domain/users/auth.server";
import { resetUserPassword } from "~/domain/users/user-admin.server";
import { isMessageKey, LANGS, translate } from "~/i18n";
import { latestRuleTitles } from "~/rules/schema";
import { loadRuleSet } from "~/rules/load/read-files";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let rows: Array<{ action: string; detail: string }>;

beforeAll(async () => {
  t = await createDemoDb();
  const kg = await t.db.selectFrom("kindergartens").select("id").limit(1).executeTakeFirstOrThrow();
  await enqueue(t.db, "account_check.mismatch", { kindergartenId: kg.id });
  const runner = createInProcessRunner({ db: t.db, ctx: await createJobContext({ db: t.db, logger: silentLogger }), processors });
  while ((await runner.drainOnce()).processed > 0);
  const later = new Date(Date.now() + 40 * 24 * 3600 * 1000);
  await sweepCaseDeadlines(t.db, later);
  await sweepComplaintDeadlines(t.db, later);
  // An education officer resets a bookkeeper's password (`via: officer`).
  const officer = await login(t.db, { username: "haishu.edu", password: "demo1234" });
  if (!officer.ok) throw new Error("haishu.edu cannot sign in");
  const bookkeeper = await t.db.selectFrom("users").select(["id", "kindergarten_id"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
  const reset = await resetUserPassword({ db: t.db, actor: officer.actor, userId: bookkeeper.id, kindergartenId: bookkeeper.kindergarten_id! });
  if (!reset.ok) throw new Error(JSON.stringify(reset));
  rows = await t.db.selectFrom("audit_log").select(["action", "detail"]).execute();
}, 120_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the audit log's detail keys and values", () => {
  it("every listed key has its own words in both languages", () => {
    for (const lang of LANGS) {
      for (const key of AUDIT_DETAIL_KEYS) {
        const words = translate(lang, `audit.detailKey.${key}`);
        expect(words, `${lang} ${key}`).not.toBe(`audit.detailKey.${key}`);
        expect(words.length, `${lang} ${key}`).toBeGreaterThan(0);
      }
    }
    // Chinese words for a Chinese reader: none is the English key itself.
    for (const key of AUDIT_DETAIL_KEYS) expect(translate("zh-CN", `audit.detailKey.${key}`), key).not.toMatch(/^[A-Za-z]+$/);
  });

  it("every message a value is worded by exists in both languages", () => {
    for (const [key, byFamily] of Object.entries(AUDIT_DETAIL_VALUES)) {
      for (const words of Object.values(byFamily ?? {})) {
        for (const target of Object.values(words?.map ?? {})) {
          expect(isMessageKey(target), `${key} → ${target}`).toBe(true);
          for (const lang of LANGS) expect(translate(lang, target), `${lang} ${key} → ${target}`).not.toBe(target);
        }
      }
    }
  });

  it("every key the demo's entries hold is listed, and every enumerated value written is worded", () => {
    expect(rows.length).toBeGreaterThan(100);
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ["user.password_reset", "filing.evaluated", "case.opened", "case.assign", "case.decide", "complaint.receive", "complaint.accept", "publication.draft", "spot_check.draw"]) {
      expect(actions, action).toContain(action);
    }
    const unlabelled = new Set<string>();
    const unworded = new Set<string>();
    for (const row of rows) {
      const detail = JSON.parse(row.detail) as Record<string, unknown>;
      for (const key of unlabelledDetailKeys(detail)) unlabelled.add(`${row.action}: ${key}`);
      const family = row.action.split(".")[0];
      for (const [key, value] of Object.entries(detail)) {
        if (typeof value !== "string" || !detailValueWords(family, key, value)) continue;
        const shown = shownDetail(row.detail, row.action, "zh-CN");
        const field = "fields" in shown ? shown.fields.find((f) => f.key === key) : undefined;
        if (!field || field.value === value) unworded.add(`${row.action}: ${key} = ${value}`);
      }
    }
    expect([...unlabelled].sort()).toEqual([]);
    expect([...unworded].sort()).toEqual([]);
    expect(rows.flatMap((row) => unwordedDetailCodes(row.action, JSON.parse(row.detail)).map((code) => `${row.action}: ${code}`))).toEqual([]);
  });

  it("finds a code without words, at the top or inside a structured value; free text, ids and dates are no codes", () => {
    expect(unwordedDetailCodes("case.close", { from: "decided", to: "closed", version: 3 })).toEqual([]);
    expect(unwordedDetailCodes("account.approve", { status: "approved", note: "ok", effectiveFrom: "2026-12-01", endedAccountId: "01M93CEKX7WMS8F218J4ABYJXA" })).toEqual([
      "status = approved",
    ]);
    expect(unwordedDetailCodes("kindergarten.update", { changes: { status: { from: "active", to: "dormant" }, address: { from: "old", to: "new" } } })).toEqual(["status = dormant"]);
    expect(unwordedDetailCodes("case.export", { filters: { state: "someday", assignee: "01M93CEKX7WMS8F218J4ABYJXA", q: "sunshine" } })).toEqual(["state = someday"]);
    expect(unwordedDetailCodes("complaint.contact_erase", { erased: ["contact", "diary"] })).toEqual(["erased = diary"]);
  });

  it("words what exports, erasures and penalties write: filters, formats, what was erased, the article", () => {
    const values = (detail: Record<string, unknown>, action: string, lang: "zh-CN" | "en" = "zh-CN") => {
      const shown = shownDetail(JSON.stringify(detail), action, lang);
      return "fields" in shown ? shown.fields.map((f) => f.value) : [];
    };
    const caseExport = { format: "xlsx", filters: { state: "pending", assignee: "none", decided: "this_month", rule: "COMPLAINT", sort: "due" } };
    expect(values(caseExport, "case.export")).toEqual([
      "Excel（XLSX）",
      "办理状态：待处理；承办人：未指派；处理决定月份：导出当月；规则：投诉举报；排序：期限最近的在前",
    ]);
    expect(values({ format: "xlsx", filters: { state: "pending", assignee: "none", decided: "last_month", rule: "SPOT_CHECK" } }, "case.export", "en")).toEqual([
      "Excel (XLSX)",
      "State: Open; Assigned to: Unassigned; Decided in: The month before the export; Rule: Random spot check",
    ]);
    expect(values({ format: "csv", filters: { state: "open", assignee: "me" } }, "case.export")).toEqual(["CSV", "办理状态：全部未结案；承办人：我承办的"]);
    expect(values({ filters: { state: "never_signed_in", status: "suspended" }, via: "officer" }, "user.export_operators")).toEqual([
      "账户情况：有从未登录的账户；幼儿园状态：暂停",
      "监管人员",
    ]);
    expect(values({ erased: ["contact", "narrative", "items", "events", "evidence_names"] }, "complaint.contact_erase")).toEqual([
      "联系人姓名、电话和地址、投诉内容中的个人信息、所投诉收费项目名称中的个人信息、办理记录文字中的个人信息、证据文件名",
    ]);
    expect(values({ kind: "penalty", article: "art9" }, "case.decide", "en")).toEqual(["Administrative penalty", "Art. 9"]);
  });

  it("words every value an export's filters, its format and an erasure can hold, in both languages, not only the ones written", () => {
    const unworded: string[] = [];
    const check = (action: string, key: string, values: readonly string[]) => {
      for (const lang of LANGS) for (const value of values) if (!detailValueText(action, key, value, {}, { lang })) unworded.push(`${lang} ${action} ${key} = ${value}`);
    };
    for (const action of ["case.export", "account.export", "complaint.export", "user.export_operators"]) check(action, "format", ["csv", "xlsx"] satisfies ExportFormat[]);
    check("case.export", "state", QUEUE_STATES);
    check("case.export", "sort", QUEUE_SORTS);
    check("case.export", "source", CASE_SOURCES);
    check("case.export", "decided", DECIDED_CHOICES);
    check("case.export", "severity", SEVERITIES);
    check("case.export", "nature", NATURES);
    check("case.export", "assignee", ["me", "none"]);
    check("user.export_operators", "state", OPERATOR_ACCOUNT_STATES);
    check("user.export_operators", "status", OVERVIEW_KINDERGARTEN_STATUSES);
    check("user.export_operators", "sort", OVERVIEW_SORTS);
    check("complaint.contact_erase", "erased", CONTACT_ERASURE_PARTS);
    expect(unworded).toEqual([]);
  });

  it("labels a key by what it means in the entry's action: an export's filters as its page names them", () => {
    const fields = (detail: Record<string, unknown>, action: string, lang: "zh-CN" | "en" = "zh-CN") => {
      const shown = shownDetail(JSON.stringify(detail), action, lang);
      return "fields" in shown ? shown.fields.map((f) => [f.label, f.value]) : [];
    };
    // The accounts overview's filters: an account's state, the kindergarten's status, a region, the sign-in order.
    const overview = { filters: { state: "never_signed_in", status: "active", region: "330203", sort: "sign_in_oldest" }, rows: 12 };
    expect(fields(overview, "user.export_operators")).toEqual([
      ["筛选条件", "账户情况：有从未登录的账户；幼儿园状态：正常；地区：330203；排序：按最近登录：最久未登录的在前（从未登录的最先）"],
      ["行数", "12"],
    ]);
    expect(fields(overview, "user.export_operators", "en")[0]![1]).toMatch(/^Accounts: An account never signed in; Kindergarten's status: Active; Region: 330203; Order: By last sign-in/);
    // The case queue's assignee filter ("none", "me" or an officer's id) beside a case's assignee (an id).
    expect(fields({ filters: { assignee: "none" } }, "case.export")).toEqual([["筛选条件", "承办人：未指派"]]);
    expect(fields({ from: "open", to: "in_progress", assignee: "01M93CEKX7WMS8F218J4ABYJXA" }, "case.assign")[2]).toEqual(["承办人编号", "01M93CEKX7WMS8F218J4ABYJXA"]);
    // A case's state is still a case's.
    expect(fields({ filters: { state: "open" } }, "case.export")).toEqual([["筛选条件", "办理状态：全部未结案"]]);
  });

  it("words terms and flags by the portal's formatters, a flag with its rule's title where the page knows it", () => {
    const values = (detail: Record<string, unknown>, action: string, lang: "zh-CN" | "en" = "zh-CN", titles = {}) => {
      const shown = shownDetail(JSON.stringify(detail), action, lang, titles);
      return "fields" in shown ? shown.fields.map((f) => f.value) : [];
    };
    expect(values({ term: "2026-autumn", items: 4 }, "filing.submit")).toEqual(["2026年秋季学期", "4"]);
    expect(values({ term: "2027-spring", items: 4 }, "filing.submit", "en")).toEqual(["Spring 2027", "4"]);
    expect(values({ format: "csv", filters: { term: "2026-autumn" } }, "case.export")).toEqual(["CSV", "学期：2026年秋季学期"]);
    const evaluated = { rules: { R04: 4 }, flags: ["R04:red", "R07:amber"], cases: [] };
    expect(values(evaluated, "filing.evaluated")[1]).toBe("R04 红色预警、R07 黄色预警");
    const library = loadRuleSet();
    const titles = latestRuleTitles(library, ["R04", "A01"]);
    expect(values(evaluated, "filing.evaluated", "zh-CN", titles)[1]).toBe(`R04 红色预警（营利性民办园调价幅度过大）、R07 黄色预警`);
    expect(values(evaluated, "filing.evaluated", "en", titles)[1]).toBe(`R04 Excessive fee increase at a for-profit kindergarten (Red), R07 (Amber)`);
    expect(values({ evaluated: 2, fired: ["A01:amber"] }, "account.flags_evaluated", "zh-CN", titles)).toEqual(["2", `A01 黄色预警（${titles.A01!.zh}）`]);
    // What has another form is shown as stored: a triage's rule versions, an older entry's odd term.
    expect(values({ fired: ["C03@1"], cases: [] }, "complaint.triaged")[0]).toBe("C03@1");
    expect(values({ term: "2026-winter" }, "filing.submit")).toEqual(["2026-winter"]);
  });

  it("shows an officer's password reset in Chinese and in English: the keys by their words, `via` as the officer's role", () => {
    const row = rows.find((r) => r.action === "user.password_reset" && (JSON.parse(r.detail) as { via?: string }).via === "officer")!;
    expect(row).toBeDefined();
    const zh = shownDetail(row.detail, row.action, "zh-CN");
    expect(zh).toEqual({
      fields: [
        { key: "username", label: "用户名", value: "kg006" },
        { key: "via", label: "操作途径", value: "监管人员" },
        { key: "sessionsRevoked", label: "结束的登录会话数", value: expect.stringMatching(/^\d+$/) },
      ],
      more: 0,
    });
    const en = shownDetail(row.detail, row.action, "en");
    expect("fields" in en && en.fields.map((f) => [f.label, f.value])).toEqual([
      ["Username", "kg006"],
      ["Through", "Officer"],
      ["Sessions ended", expect.stringMatching(/^\d+$/)],
    ]);
  });

  it("words values by the family's own states, structured values by their fields, yes and no; an older entry's keys and codes as stored", () => {
    const field = (detail: Record<string, unknown>, action: string, lang: "zh-CN" | "en" = "zh-CN") => {
      const shown = shownDetail(JSON.stringify(detail), action, lang);
      return "fields" in shown ? shown.fields : [];
    };
    // "closed" is a case's 已结案 and a complaint's 已办结.
    expect(field({ from: "decided", to: "closed" }, "case.close").map((f) => f.value)).toEqual(["已作出处理决定", "已结案"]);
    expect(field({ from: "no_case", to: "closed" }, "complaint.close").map((f) => f.value)).toEqual(["不予立案", "已办结"]);
    // A registry record's changes: each field by its words, its before and after as the field's values.
    expect(field({ via: "import", reason: "CSV import: a.csv", changes: { status: { from: "active", to: "closed" }, nature: { from: "public", to: "forprofit_private" } } }, "kindergarten.update")).toEqual([
      { key: "via", label: "操作途径", value: "名录导入" },
      { key: "reason", label: "原因", value: "CSV import: a.csv" },
      { key: "changes", label: "变更内容", value: "状态：变更前：正常；变更后：已关闭；办园性质：变更前：公办；变更后：营利性民办" },
    ]);
    expect(field({ username: "x", wasTemporary: true, otherSessionsRevoked: 0 }, "user.password_change", "en").map((f) => f.value)).toEqual(["x", "Yes", "0"]);
    // An empty list is "—", as a missing value: a region load that renamed nothing read "更名区划" with nothing after it.
    expect(field({ inserted: 95, renamed: [], unchanged: 7, absent: [] }, "region.load").map((f) => f.value)).toEqual(["95", "—", "7", "—"]);
    expect(field({ renamed: [], absent: [] }, "region.load", "en").map((f) => f.value)).toEqual(["—", "—"]);
    // A flag cleared by a newer filing: the cause's words take the filing's version.
    expect(field({ cause: "new_filing", filingVersion: 3 }, "case.flags_cleared")[0].value).toBe("幼儿园提交了新的收费备案（第 3 版）");
    // A key no longer written, and a code without words, as they are stored; the page never fails on them.
    expect(field({ oldKey: { a: 1 }, via: "telegraph", status: "approved" }, "account.approve")).toEqual([
      { key: "oldKey", value: '{"a":1}' },
      { key: "via", label: "操作途径", value: "telegraph" },
      { key: "status", label: "状态", value: "approved" },
    ]);
    expect(isAuditDetailKey("oldKey")).toBe(false);
    expect(shownDetail("not json", "login", "zh-CN")).toEqual({ text: "not json" });
  });
});
