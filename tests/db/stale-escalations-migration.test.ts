/**
 * Migration 2026-12-04T0700_stale_escalations: an escalation older than the case's latest reopening, kept by a
 * reopening written before reopening cleared it, is cleared; an escalation of the reopened case's new clock, a case
 * never reopened and another case's reopening leave the mark as it is. A case reopened the old way showed as escalated
 * in the city's queue and could not be escalated again; after the migration it can.
 */
import { describe, expect, it } from "vitest";
import * as staleEscalations from "~/db/migrations/2026-12-04T0700_stale_escalations";
import { DEFAULT_FILTERS } from "~/domain/cases/case-queue.schema";
import { caseQueue } from "~/domain/cases/case-queue.server";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { caseWorkView, workCase } from "~/domain/cases/case-work.server";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { addWorkingDays } from "~/utils/working-days";
import { atNoon } from "../factories/complaint-handling";
import { createActor, createKindergarten, HAISHU, insertCase, NINGBO, seedReferenceData } from "../factories/domain";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-04T0600_case_queue_decided";
const DAY0 = "2026-09-22";
const T0 = atNoon(DAY0);

/** An instant `hours` after T0. */
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000).toISOString();

describe("migration 2026-12-04T0700_stale_escalations", () => {
  let officer: Actor;
  let cityLead: Actor;
  let kg: { id: string };
  const t = useMigrationTest(BEFORE, {
    arrange: async (db) => {
      await seedReferenceData(db);
      kg = await createKindergarten(db, { region_code: HAISHU });
      officer = await createActor(db, "officer", { regionCode: HAISHU });
      cityLead = await createActor(db, "officer", { regionCode: NINGBO, lead: true });
    },
  });

  const row = (id: string) => t.db.selectFrom("inspection_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const events = (caseId: string, timeline: Array<[kind: string, hours: number]>) =>
    t.db
      .insertInto("case_events")
      .values(timeline.map(([kind, hours], n) => ({ id: `${caseId}-${n}`, case_id: caseId, kind, actor_id: null, payload: "{}", created_at: at(hours) })))
      .execute();
  /** A case as an earlier release left it: escalated at `escalatedAt` hours (or never), with its timeline. */
  async function oldCase(escalatedAt: number | null, timeline: Array<[kind: string, hours: number]>, status: "in_progress" | "decided" = "in_progress") {
    const id = await insertCase(t.db, {
      kindergartenId: kg.id,
      regionCode: HAISHU,
      severity: "red",
      status,
      dueDate: addWorkingDays(DAY0, 15).date,
      assignedTo: officer.id,
      escalatedAt: escalatedAt === null ? null : at(escalatedAt),
    });
    await events(id, timeline);
    return id;
  }
  async function step(caseId: string, input: Record<string, unknown>, now: Date) {
    const { version } = await row(caseId);
    const result = await workCase({ db: t.db, actor: officer, caseId, input: { version: String(version), ...input }, now });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  }
  const escalatedQueue = async (now: Date) =>
    (await caseQueue(t.db, cityLead, { ...DEFAULT_FILTERS, escalated: true }, now))!.rows.map((r) => r.id);

  it("clears an escalation older than the case's latest reopening, and only such", async () => {
    const stale = await oldCase(1, [["escalated", 1], ["decided", 2], ["reopened", 3]]);
    const staleDecidedAgain = await oldCase(1, [["escalated", 1], ["decided", 2], ["reopened", 3], ["decided", 4]], "decided");
    const reopenedTwice = await oldCase(1, [["escalated", 1], ["reopened", 2], ["decided", 3], ["reopened", 4]]);
    const escalatedAfterReopening = await oldCase(5, [["escalated", 1], ["decided", 2], ["reopened", 3], ["escalated", 5]]);
    const neverReopened = await oldCase(1, [["escalated", 1]]);
    const neverEscalated = await oldCase(null, [["decided", 1], ["reopened", 2]]);

    await t.migrateTo("latest");

    expect((await row(stale)).escalated_at).toBeNull();
    expect((await row(staleDecidedAgain)).escalated_at).toBeNull();
    expect((await row(reopenedTwice)).escalated_at).toBeNull();
    expect((await row(escalatedAfterReopening)).escalated_at).toBe(at(5));
    expect((await row(neverReopened)).escalated_at).toBe(at(1));
    expect((await row(neverEscalated)).escalated_at).toBeNull();
    // Only the mark: the version an officer's form carries, and the timeline, are as they were.
    expect(await row(stale)).toMatchObject({ version: 1, status: "in_progress" });
    const timeline = await t.db.selectFrom("case_events").select("kind").where("case_id", "=", stale).orderBy("created_at").execute();
    expect(timeline.map((e) => e.kind)).toEqual(["escalated", "decided", "reopened"]);

    await t.migrateTo(BEFORE);
  });

  it("a case reopened the old way leaves the city's escalated queue and its new clock is escalated again", async () => {
    // The case is worked by today's code, which reads columns later migrations added: the schema is the latest, the
    // old reopening's trace is written by hand below, and this migration's own step is run on it.
    await t.migrateTo("latest");
    const id = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "red", dueDate: addWorkingDays(DAY0, 15).date, openedAt: T0.toISOString() });
    await step(id, { intent: "assign", assignee: officer.id }, T0);
    const late = atNoon(addDays((await row(id)).due_date, 1));
    await sweepCaseDeadlines(t.db, late);
    const escalatedAt = (await row(id)).escalated_at!;
    expect(escalatedAt).not.toBeNull();
    await step(id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "核查未发现违规" }, late);
    const reopenedAt = new Date(late.getTime() + 3_600_000);
    await step(id, { intent: "reopen", reason: "复核发现新情况" }, reopenedAt);
    // As a reopening before 2026-12-04 left it: the earlier escalation kept.
    await t.db.updateTable("inspection_cases").set({ escalated_at: escalatedAt }).where("id", "=", id).execute();

    // Its new verification clock passes: shown and listed as escalated, yet never escalated again.
    const newClockLate = atNoon(addDays((await row(id)).due_date, 1));
    await sweepCaseDeadlines(t.db, newClockLate);
    expect((await row(id)).escalated_at).toBe(escalatedAt);
    expect((await caseWorkView(t.db, officer, id, newClockLate))!.escalatedAt).toBe(escalatedAt);
    expect(await escalatedQueue(newClockLate)).toContain(id);

    await staleEscalations.up(t.db);
    expect((await row(id)).escalated_at).toBeNull();
    expect((await caseWorkView(t.db, officer, id, newClockLate))!.escalatedAt).toBeNull();
    expect(await escalatedQueue(newClockLate)).not.toContain(id);

    // The next sweep escalates the new clock: a mark later than the reopening, and a second event.
    const nextRun = new Date(newClockLate.getTime() + 3_600_000);
    await sweepCaseDeadlines(t.db, nextRun);
    expect((await row(id)).escalated_at).toBe(nextRun.toISOString());
    const kinds = await t.db.selectFrom("case_events").select("kind").where("case_id", "=", id).where("kind", "=", "escalated").execute();
    expect(kinds).toHaveLength(2);
    expect(await escalatedQueue(nextRun)).toContain(id);
  });
});
