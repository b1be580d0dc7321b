/**
 * Every path that reopens a case clears its escalation (reopenedColumns): an officer's reopening, the sweep's for an
 * order not proven in time, an overturned decision's, a newer filing firing the case's rule again (flag by flag and in
 * a batch) and more complaints of a cluster. An escalation is history once the case is decided; a mark kept through a
 * reopening would show the reopened case as escalated and keep the sweep from escalating its new clock.
 */
import type { Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { openOrUpdateCaseForFlag, openOrUpdateCasesForFlags, type FlagForCase } from "~/domain/cases/case.service.server";
import { reopenOverturnedCase } from "~/domain/cases/case-state.server";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { workCase } from "~/domain/cases/case-work.server";
import { openOrUpdateCaseForComplaints, termOn } from "~/domain/cases/complaint-cases.server";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { addWorkingDays } from "~/utils/working-days";
import { atNoon } from "../factories/complaint-handling";
import { createActor, createKindergarten, HAISHU, insertBareFiling, insertCase, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

const DAY0 = "2026-09-22";
const T0 = atNoon(DAY0);
/** When the cases below were escalated: before their decision. */
const ESCALATED_AT = "2026-09-01T02:00:00.000Z";

let t: TestDb;
let officer: Actor;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  officer = await createActor(t.db, "officer", { regionCode: HAISHU });
});

afterAll(async () => {
  await t?.destroy();
});

const row = (id: string) => t.db.selectFrom("inspection_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const lastEvent = async (id: string) =>
  (await t.db.selectFrom("case_events").select("kind").where("case_id", "=", id).orderBy("created_at", "desc").orderBy("id", "desc").executeTakeFirstOrThrow()).kind;

/** A case of a new kindergarten, escalated once and then settled (`status`), as the sweep and a decision leave it. */
async function settledEscalatedCase(status: "decided" | "closed", c: { ruleId?: string; dedupeKey?: (kindergartenId: string) => string; filingVersion?: number } = {}) {
  const kg = await createKindergarten(t.db, { region_code: HAISHU });
  const filingId = c.filingVersion ? await insertBareFiling(t.db, kg.id, officer.id, { version: c.filingVersion }) : null;
  const id = await insertCase(t.db, {
    kindergartenId: kg.id,
    regionCode: HAISHU,
    severity: "amber",
    status,
    ruleId: c.ruleId,
    filingId,
    dueDate: DAY0,
    dueKind: null,
    assignedTo: officer.id,
    escalatedAt: ESCALATED_AT,
  });
  await t.db
    .updateTable("inspection_cases")
    .set({
      decision_kind: "no_violation",
      decided_on: DAY0,
      decided_by: officer.id,
      ...(status === "closed" ? { closed_on: DAY0 } : {}),
      ...(c.dedupeKey ? { dedupe_key: c.dedupeKey(kg.id) } : {}),
    })
    .where("id", "=", id)
    .execute();
  return { id, kg };
}

/** A transaction that writes its deferred audits, as the callers of the evidence paths do. */
const audited = <T>(work: (trx: Transaction<Database>) => Promise<T>) =>
  t.db.transaction().execute(async (trx) => {
    const out = await work(trx);
    await recordAudit(trx, { actorId: null, action: "complaint.triaged", entity: "complaint", entityId: "test", detail: {} }, T0);
    return out;
  });

function expectReopenedWithoutEscalation(reopened: Awaited<ReturnType<typeof row>>) {
  expect(reopened.status === "open" || reopened.status === "in_progress", reopened.status).toBe(true);
  expect(reopened).toMatchObject({ escalated_at: null, reopened_on: DAY0, decision_kind: null });
}

describe("reopening clears the escalation, on every path", () => {
  it("an officer's reopening", async () => {
    const { id } = await settledEscalatedCase("closed");
    const { version } = await row(id);
    const result = await workCase({ db: t.db, actor: officer, caseId: id, input: { version: String(version), intent: "reopen", reason: "复核发现新情况" }, now: T0 });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expectReopenedWithoutEscalation(await row(id));
  });

  it("the sweep's, for an order not proven by its date", async () => {
    const kg = await createKindergarten(t.db, { region_code: HAISHU });
    const opened = atNoon("2026-08-03");
    const id = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "red", dueDate: addWorkingDays("2026-08-03", 15).date, openedAt: opened.toISOString() });
    const step = async (input: Record<string, unknown>, now: Date) => {
      const { version } = await row(id);
      const result = await workCase({ db: t.db, actor: officer, caseId: id, input: { version: String(version), ...input }, now });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    };
    await step({ intent: "assign", assignee: officer.id }, opened);
    const late = atNoon(addDays((await row(id)).due_date, 1));
    await sweepCaseDeadlines(t.db, late);
    expect((await row(id)).escalated_at).not.toBeNull();
    const byDate = addDays(DAY0, -1);
    await step({ intent: "decide", kind: "rectification_ordered", basis: "price-law-art39", byDate }, late);
    expect((await sweepCaseDeadlines(t.db, T0)).reopened).toBeGreaterThanOrEqual(1);
    expect(await lastEvent(id)).toBe("reopened");
    expectReopenedWithoutEscalation(await row(id));
  });

  it("an overturned decision's", async () => {
    const { id } = await settledEscalatedCase("decided");
    const reopened = await audited((trx) => reopenOverturnedCase(trx, { caseId: id, decision: { kind: "no_violation", decidedOn: DAY0 }, note: "行政复议撤销", actorId: officer.id }, T0));
    expect(reopened).toBe(true);
    expectReopenedWithoutEscalation(await row(id));
  });

  const flagFor = (kindergartenId: string, filingId: string): FlagForCase => ({
    kindergartenId,
    regionCode: HAISHU,
    ruleId: "R04",
    ruleVersion: 1,
    term: "2027-spring",
    filingId,
    filingVersion: 2,
    severity: "amber",
  });
  const ruleCase = () => settledEscalatedCase("closed", { ruleId: "R04", filingVersion: 1, dedupeKey: (kg) => `${kg}|R04|2027-spring` });

  it("a newer filing firing the case's rule again", async () => {
    const { id, kg } = await ruleCase();
    const newer = await insertBareFiling(t.db, kg.id, officer.id, { version: 2 });
    expect(await audited((trx) => openOrUpdateCaseForFlag(trx, flagFor(kg.id, newer), T0))).toEqual({ caseId: id, opened: false });
    expect(await lastEvent(id)).toBe("reopened");
    expectReopenedWithoutEscalation(await row(id));
  });

  it("the same, in a batch of flags", async () => {
    const { id, kg } = await ruleCase();
    const newer = await insertBareFiling(t.db, kg.id, officer.id, { version: 2 });
    expect(await audited((trx) => openOrUpdateCasesForFlags(trx, [flagFor(kg.id, newer)], T0))).toEqual([{ caseId: id, opened: false }]);
    expect(await lastEvent(id)).toBe("reopened");
    expectReopenedWithoutEscalation(await row(id));
  });

  it("more complaints of a cluster (R18)", async () => {
    const term = termOn(DAY0);
    const { id, kg } = await settledEscalatedCase("closed", { ruleId: "R18", dedupeKey: (kg) => `${kg}|R18|item:保教费|${term}` });
    const cluster = { kindergartenId: kg.id, regionCode: HAISHU, ruleId: "R18", ruleVersion: 1, severity: "amber" as const, itemKey: "保教费", itemName: "保教费", receivedOn: DAY0, complaintIds: [] };
    expect(await audited((trx) => openOrUpdateCaseForComplaints(trx, cluster, T0))).toMatchObject({ caseId: id, reopened: true });
    expectReopenedWithoutEscalation(await row(id));
  });
});
