/**
 * A fee schedule filed while the kindergarten's fee account awaits the education department's review, and the
 * inspection cases whose reason a re-evaluation finds gone (README "The rules", R09; "检查任务的办理"), on a real
 * database (SQLite, or Postgres with TEST_DB=pg):
 *
 * - R09 v6 says the account is awaiting review (not that none is filed), as a notice that opens no case;
 * - the approval's re-evaluation (the outbox job as the worker runs it) clears it;
 * - a case opened while no account was filed at all is marked 原因已消除 when the approval clears it, with a timeline
 *   event saying which rule, on which filing and by what change; the queue marks and filters it; the system neither
 *   decides nor closes it, untouched or worked, and an officer closes it through 未发现违法行为;
 * - a rule that fires again takes the mark away.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { caseQueue, forgetQueueCounts } from "~/domain/cases/case-queue.server";
import { DEFAULT_FILTERS } from "~/domain/cases/case-queue.schema";
import { workCase } from "~/domain/cases/case-work.server";
import { reviewAccount } from "~/domain/fee-accounts/fee-account.service.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { parsePayload } from "~/domain/outbox/topics";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { formatMessage } from "~/rules/explain";
import { createActor, createOfficer, HAISHU, insertCareFeeFiling, rulesInForce, seedReferenceData } from "../factories/domain";
import { fileAccountFor as fileAccountOf, namedKindergarten } from "../factories/fee-accounts";
import { localDirectoryStore } from "~/domain/evidence/evidence-store.server";
import { createTestDb, type TestDb } from "../setup/test-db";

/** 2026-11-30 10:00 in Asia/Shanghai (a Monday). */
const NOW = new Date("2026-11-30T02:00:00.000Z");
const TODAY = "2026-11-30";
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const store = localDirectoryStore("/tmp/pending-account-cases-evidence");

let t: TestDb;
let db: DB;
let rules: RulesRuntime;
let education: Actor;
let market: Actor;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  rules = await rulesInForce(db, NOW);
  education = await createOfficer(db, "education", HAISHU);
  market = await createActor(db, "officer", { regionCode: HAISHU });
});

afterAll(async () => {
  await t?.destroy();
});

const kindergarten = () => namedKindergarten(db);
const fileAccountFor = (kg: Awaited<ReturnType<typeof kindergarten>>, now = NOW) => fileAccountOf({ db, rules, store }, kg, TODAY, now);

/** The education officer approves the account, and the worker runs the evaluation the approval queued, as it would. */
async function approveAndRunJob(accountId: string, now: Date) {
  const since = (await db.selectFrom("outbox").select("id").execute()).map((r) => r.id);
  const reviewed = await reviewAccount({ db, actor: education, accountId, input: { decision: "approve" }, now });
  expect(reviewed).toMatchObject({ ok: true });
  const queued = await db.selectFrom("outbox").select(["topic", "payload"]).where("id", "not in", since.length ? since : [""]).execute();
  expect(queued.map((q) => q.topic)).toEqual(["filing.submitted"]);
  const payload = parsePayload("filing.submitted", queued[0].payload);
  expect(payload.cause).toEqual({ kind: "account_approved", accountId });
  return evaluateFiling({ db, rules, now }, payload.filingId, payload.cause);
}

const r09Cases = (kindergartenId: string) =>
  db.selectFrom("inspection_cases").selectAll().where("kindergarten_id", "=", kindergartenId).where("rule_id", "=", "R09").execute();
const caseRow = (id: string) => db.selectFrom("inspection_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const events = async (id: string) =>
  (await db.selectFrom("case_events").select(["kind", "payload", "created_at"]).where("case_id", "=", id).orderBy("created_at").orderBy("id").execute()).map((e) => ({
    kind: e.kind,
    payload: JSON.parse(e.payload) as Record<string, unknown>,
    at: e.created_at,
  }));

async function step(actor: Actor, caseId: string, input: Record<string, unknown>, now: Date) {
  const { version } = await caseRow(caseId);
  const result = await workCase({ db, actor, caseId, input: { version: String(version), ...input }, now });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
}

/** A case opened by R09 "未备案收费账户" (no account at all), as a schedule filed before any account opens it. */
async function caseOpenedWithoutAccount() {
  const kg = await kindergarten();
  const filingId = await insertCareFeeFiling(db, kg.id, 200_000, { version: 1 });
  const first = await evaluateFiling({ db, rules, now: NOW }, filingId);
  const r09 = first.outcomes.find((o) => o.ruleId === "R09")!;
  expect(r09).toMatchObject({ version: 6, fired: true, severity: "amber" });
  expect(formatMessage(r09, "zh")).toContain("幼儿园未备案收费账户");
  const [kase] = await r09Cases(kg.id);
  expect(kase).toMatchObject({ status: "open", flags_cleared_at: null });
  return { kg, filingId, caseId: kase.id };
}

describe("a fee schedule filed while the fee account awaits review (R09 v6)", () => {
  it("says the account is awaiting review, in zh and en, opens no case, and the approval's evaluation clears it", async () => {
    const kg = await kindergarten();
    const accountId = await fileAccountFor(kg);
    const filingId = await insertCareFeeFiling(db, kg.id, 200_000, { version: 1 });

    const { outcomes } = await evaluateFiling({ db, rules, now: later(5) }, filingId);
    const r09 = outcomes.find((o) => o.ruleId === "R09")!;
    expect(r09).toMatchObject({ version: 6, fired: true, severity: "info" });
    const zh = formatMessage(r09, "zh");
    expect(zh).toContain(`收费账户备案尚在审核中：幼儿园已于 ${TODAY} 向教育行政部门提交收费账户（中国建设银行，户名“${kg.name}”，申请自 ${TODAY} 起使用）`);
    expect(zh).not.toContain("未备案收费账户");
    expect(formatMessage(r09, "en")).toContain("The fee account's filing is awaiting review");
    // Stored as a notice on the filing, and no inspection case.
    const stored = await db.selectFrom("rule_results").select(["rule_version", "severity"]).where("filing_id", "=", filingId).where("rule_id", "=", "R09").execute();
    expect(stored).toEqual([{ rule_version: 6, severity: "info" }]);
    expect(await r09Cases(kg.id)).toEqual([]);

    const after = await approveAndRunJob(accountId, later(60));
    expect(after.outcomes.find((o) => o.ruleId === "R09")).toMatchObject({ fired: false });
    expect(await r09Cases(kg.id)).toEqual([]);
    const filing = await db.selectFrom("fee_filings").select("evaluated_rules").where("id", "=", filingId).executeTakeFirstOrThrow();
    expect(JSON.parse(filing.evaluated_rules ?? "[]")).toContain("R09@6");
  });

  it("a pending account asking to start after the schedule's first day would not cover it: no account (amber), as before", async () => {
    const kg = await kindergarten();
    await fileAccountFor(kg);
    // The schedule takes effect before the day the account asks for (TODAY).
    const filingId = await insertCareFeeFiling(db, kg.id, 200_000, { version: 1, term: "2026-autumn", effectiveFrom: "2026-09-01", publishedOn: "2026-07-01" });
    const { outcomes } = await evaluateFiling({ db, rules, now: later(5) }, filingId);
    expect(outcomes.find((o) => o.ruleId === "R09")).toMatchObject({ fired: true, severity: "amber" });
    expect(await r09Cases(kg.id)).toHaveLength(1);
  });
});

describe("a case whose reason a re-evaluation finds gone", () => {
  it("an untouched case: marked, its timeline says which rule, which filing, by what change; not decided or closed by the system", async () => {
    const { kg, filingId, caseId } = await caseOpenedWithoutAccount();
    const before = await caseRow(caseId);
    const accountId = await fileAccountFor(kg, later(10));
    const approvedAt = later(60);
    await approveAndRunJob(accountId, approvedAt);

    const after = await caseRow(caseId);
    expect(after).toMatchObject({ status: "open", assigned_to: null, decision_kind: null, closed_on: null, flags_cleared_at: approvedAt.toISOString() });
    // The clock and the version an officer's open form was read at stay as they were.
    expect({ due_date: after.due_date, due_kind: after.due_kind, version: after.version }).toEqual({ due_date: before.due_date, due_kind: before.due_kind, version: before.version });
    const timeline = await events(caseId);
    expect(timeline.map((e) => e.kind)).toEqual(["opened", "flags_cleared"]);
    expect(timeline[1]).toEqual({
      kind: "flags_cleared",
      at: approvedAt.toISOString(),
      payload: { ruleId: "R09", previousSeverity: "amber", filingId, filingVersion: 1, previousFilingId: filingId, cause: "account_approved", accountId },
    });
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id"]).where("entity_id", "=", caseId).where("action", "=", "case.flags_cleared").execute();
    expect(audit).toHaveLength(1);

    // Evaluated again (a retried job): nothing more on the timeline.
    await evaluateFiling({ db, rules, now: later(90) }, filingId);
    expect((await events(caseId)).map((e) => e.kind)).toEqual(["opened", "flags_cleared"]);
  });

  it("the queue marks it and filters 原因已消除; an officer decides 未发现违法行为 and closes it", async () => {
    const cleared = await caseOpenedWithoutAccount();
    const standing = await caseOpenedWithoutAccount();
    await approveAndRunJob(await fileAccountFor(cleared.kg, later(10)), later(60));

    forgetQueueCounts();
    const all = await caseQueue(db, market, { ...DEFAULT_FILTERS, rule: "R09" }, later(120));
    const rowOf = (id: string) => all!.rows.find((r) => r.id === id);
    expect(rowOf(cleared.caseId)?.flagsClearedAt).toBe(later(60).toISOString());
    expect(rowOf(standing.caseId)?.flagsClearedAt).toBeNull();
    const only = await caseQueue(db, market, { ...DEFAULT_FILTERS, rule: "R09", cleared: true }, later(120));
    const ids = only!.rows.map((r) => r.id);
    expect(ids).toContain(cleared.caseId);
    expect(ids).not.toContain(standing.caseId);
    expect(only!.rows.every((r) => r.flagsClearedAt !== null)).toBe(true);

    await step(market, cleared.caseId, { intent: "take" }, later(130));
    await step(market, cleared.caseId, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "账户已审核通过，期间未收费" }, later(140));
    await step(market, cleared.caseId, { intent: "close" }, later(150));
    expect(await caseRow(cleared.caseId)).toMatchObject({ status: "closed", decision_kind: "no_violation" });
  });

  it("a worked case (assigned and notified) is marked, stays with its officer awaiting the answer, and is never closed by the system", async () => {
    const { kg, caseId } = await caseOpenedWithoutAccount();
    await step(market, caseId, { intent: "take" }, later(1));
    await step(market, caseId, { intent: "notify", answerDueOn: "2026-12-07" }, later(2));
    const worked = await caseRow(caseId);

    await approveAndRunJob(await fileAccountFor(kg, later(10)), later(60));
    const after = await caseRow(caseId);
    expect(after).toMatchObject({ status: "awaiting_answer", assigned_to: market.id, decision_kind: null, answer_due_on: "2026-12-07" });
    expect(after.flags_cleared_at).not.toBeNull();
    expect(after.version).toBe(worked.version);
    expect((await events(caseId)).map((e) => e.kind)).toEqual(["opened", "assigned", "kindergarten_notified", "flags_cleared"]);
  });

  it("a newer filing of the term on which the rule fires again takes the mark away, and the timeline says the reason is back", async () => {
    const { kg, caseId } = await caseOpenedWithoutAccount();
    await approveAndRunJob(await fileAccountFor(kg, later(10)), later(60));
    expect((await caseRow(caseId)).flags_cleared_at).not.toBeNull();

    // Version 2 of the term takes effect before the approved account's first day: no account on that day again.
    const v2 = await insertCareFeeFiling(db, kg.id, 200_000, { version: 2, effectiveFrom: "2026-11-01" });
    await evaluateFiling({ db, rules, now: later(120) }, v2);
    const after = await caseRow(caseId);
    expect(after).toMatchObject({ flags_cleared_at: null, filing_id: v2, status: "open" });
    const last = (await events(caseId)).at(-1)!;
    expect(last).toMatchObject({ kind: "flag_updated", payload: { ruleId: "R09", filingId: v2, flagsReturned: true } });

    // Version 3 within the account's period: cleared by the new filing, and said so.
    const v3 = await insertCareFeeFiling(db, kg.id, 200_000, { version: 3 });
    await evaluateFiling({ db, rules, now: later(180) }, v3);
    expect((await caseRow(caseId)).flags_cleared_at).toBe(later(180).toISOString());
    expect((await events(caseId)).at(-1)).toMatchObject({ kind: "flags_cleared", payload: { cause: "new_filing", filingId: v3, filingVersion: 3, previousFilingId: v2 } });
  });

  it("an older filing evaluated after a newer one clears nothing", async () => {
    const kg = await kindergarten();
    const v1 = await insertCareFeeFiling(db, kg.id, 200_000, { version: 1 });
    const v2 = await insertCareFeeFiling(db, kg.id, 200_000, { version: 2 });
    await evaluateFiling({ db, rules, now: NOW }, v2);
    const [kase] = await r09Cases(kg.id);
    // An account approved in between, then a retried job for version 1 (judged under the same account): no mark.
    const accountId = await fileAccountFor(kg, later(1));
    expect(await reviewAccount({ db, actor: education, accountId, input: { decision: "approve" }, now: later(2) })).toMatchObject({ ok: true });
    await evaluateFiling({ db, rules, now: later(3) }, v1);
    expect((await caseRow(kase.id)).flags_cleared_at).toBeNull();
  });
});
