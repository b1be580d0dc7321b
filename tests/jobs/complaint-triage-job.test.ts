/**
 * The triage job (topic complaint.received → triage-complaint, queue
 * "complaints") with the real rule files, on both runners: the in-process
 * runner and BullMQ with a real Redis. Complaints received by the intake are
 * triaged (findings stored, triaged_at set), three independent complaints
 * about one item open exactly one case and a fourth updates it, a job run
 * again leaves the same findings and the same case, and a payload naming no
 * complaint is dead-lettered at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import { createJobContext, type JobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { startWorkers } from "../../jobs/bullmq-workers";
import { createInProcessRunner, type InProcessRunner } from "../../jobs/runner";
import { DEAD_LETTER_AT, enqueue, requeueOutboxRow } from "~/domain/outbox/outbox.server";
import type { DB } from "~/db/client";
import { addBankAccount } from "../factories/bank-accounts";
import { fileComplaint } from "../factories/complaints";
import { createKindergarten, insertCareFeeFiling, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";
import { captureLogger, useJobsFixture, waitFor } from "./helpers";

const at = (day: string) => new Date(`${day}T02:00:00Z`);
/** Received in the past (the outbox row is due at once), paid before. */
const PAID = { paidOn: "2026-10-02", learnedOn: "2026-10-02" };

async function kindergarten(db: DB): Promise<string> {
  const kg = await createKindergarten(db, { name: "宁波市海曙区阳光幼儿园" });
  await insertCareFeeFiling(db, kg.id, 100_000, { version: 1, term: "2026-autumn", effectiveFrom: "2026-09-01", publishedOn: "2026-07-01" });
  await addBankAccount(db, kg.id);
  return kg.id;
}

const flags = (db: DB, complaintId: string) =>
  db.selectFrom("complaint_flags").select(["rule_id", "severity", "explanation"]).where("complaint_id", "=", complaintId).orderBy("rule_id").execute();
const cases = (db: DB, kg: string) => db.selectFrom("inspection_cases").select(["id", "source", "rule_id"]).where("kindergarten_id", "=", kg).execute();
const caseLinks = async (db: DB, kg: string) =>
  (await db.selectFrom("complaints").select("case_id").where("kindergarten_id", "=", kg).orderBy("received_at").execute()).map((r) => r.case_id);
const triaged = async (db: DB, ids: string[]) =>
  (await db.selectFrom("complaints").select("triaged_at").where("id", "in", ids).execute()).every((r) => r.triaged_at !== null);

/** Three complaints from three phones about 保教费 charged at 1,200 yuan (filed: 1,000), received on three days of October 2026. */
async function threeComplaints(db: DB, kg: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, day] of ["2026-10-10", "2026-10-20", "2026-10-30"].entries()) {
    ids.push((await fileComplaint(db, kg, { phone: `1380000000${i}`, items: [{ name: "保教费", amount: "1200" }], ...PAID, receivedAt: at(day) })).complaintId);
  }
  return ids;
}

describe("triage-complaint, in-process runner", () => {
  let t: TestDb;
  let runner: InProcessRunner;

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    const ctx: JobContext = await createJobContext({ db: t.db, logger: silentLogger });
    runner = createInProcessRunner({ db: t.db, ctx, processors });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it("triages each received complaint; the third of a cluster opens one case, the fourth joins it", async () => {
    const kg = await kindergarten(t.db);
    const ids = await threeComplaints(t.db, kg);
    expect(await runner.drainOnce()).toMatchObject({ processed: 3, retried: 0, deadLettered: 0 });
    expect(await triaged(t.db, ids)).toBe(true);
    expect((await flags(t.db, ids[0])).map((f) => `${f.rule_id}:${f.severity}`)).toEqual(["C01:red"]);
    // Triaged in order of receipt: the third sees the two before it.
    expect((await flags(t.db, ids[2])).map((f) => f.rule_id)).toEqual(["C01", "R18"]);
    const [opened] = await cases(t.db, kg);
    expect(await cases(t.db, kg)).toEqual([{ id: opened.id, source: "complaint", rule_id: "R18" }]);
    expect(await caseLinks(t.db, kg)).toEqual([opened.id, opened.id, opened.id]);

    const fourth = await fileComplaint(t.db, kg, { phone: "13800000009", ...PAID, receivedAt: at("2026-11-01") });
    expect(await runner.drainOnce()).toMatchObject({ processed: 1, deadLettered: 0 });
    expect(await cases(t.db, kg)).toHaveLength(1);
    expect(await caseLinks(t.db, kg)).toEqual([opened.id, opened.id, opened.id, opened.id]);
    expect((await flags(t.db, fourth.complaintId)).map((f) => f.rule_id)).toEqual(["C01", "R18"]);
  });

  it("a job run again (a retry, a duplicate delivery) leaves the same findings and the same case", async () => {
    const kg = await kindergarten(t.db);
    const ids = await threeComplaints(t.db, kg);
    await runner.drainOnce();
    const before = await Promise.all(ids.map((id) => flags(t.db, id)));
    const caseBefore = await cases(t.db, kg);
    const rows = await t.db.selectFrom("outbox").select("id").where("topic", "=", "complaint.received").where("processed_at", "is not", null).execute();
    for (const { id } of rows) {
      await t.db.updateTable("outbox").set({ processed_at: null }).where("id", "=", id).execute();
      await requeueOutboxRow(t.db, id);
    }
    expect(await runner.drainOnce()).toMatchObject({ retried: 0, deadLettered: 0 });
    expect(await Promise.all(ids.map((id) => flags(t.db, id)))).toEqual(before);
    expect(await cases(t.db, kg)).toEqual(caseBefore);
    const events = await t.db.selectFrom("case_events").select("kind").where("case_id", "=", caseBefore[0].id).execute();
    expect(events.map((e) => e.kind)).toEqual(["opened"]);
  });

  it("a payload naming no complaint is dead-lettered at once, not retried", async () => {
    const id = await enqueue(t.db, "complaint.received", { complaintId: ulid() });
    expect(await runner.drainOnce()).toMatchObject({ deadLettered: 1 });
    const row = await t.db.selectFrom("outbox").select(["processed_at", "available_at", "last_error"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ processed_at: null, available_at: DEAD_LETTER_AT });
    expect(row.last_error).toContain("not found");
  });
});

describe("triage-complaint, BullMQ workers (real Redis)", () => {
  const f = useJobsFixture();

  it("relays complaint.received to the complaints queue and triages: one case for the cluster", async () => {
    await seedReferenceData(f.t.db);
    const ctx: JobContext = await createJobContext({ db: f.t.db, logger: silentLogger });
    const kg = await kindergarten(f.t.db);
    const ids = await threeComplaints(f.t.db, kg);
    const captured = captureLogger();
    // One job at a time: the cluster's third complaint is triaged after the others have been received (they are).
    const h = await startWorkers({ db: f.t.db, ctx, processors, redisUrl: f.redis.url, prefix: f.prefix, relay: { intervalMs: 50 }, logger: captured.logger });
    f.onCleanup(() => h.close());
    await waitFor(() => triaged(f.t.db, ids), { what: "three complaints triaged" });
    await waitFor(
      async () => (await f.t.db.selectFrom("outbox").select("id").where("processed_at", "is", null).execute()).length === 0,
      { what: "outbox drained" },
    );
    expect((await flags(f.t.db, ids[0])).map((x) => x.rule_id)).toContain("C01");
    const opened = await cases(f.t.db, kg);
    expect(opened).toEqual([expect.objectContaining({ source: "complaint", rule_id: "R18" })]);
    expect(await caseLinks(f.t.db, kg)).toEqual([opened[0].id, opened[0].id, opened[0].id]);
    const job = await h.queues.get("complaints").getJobCounts("completed");
    expect(job.completed).toBe(3);
  });
});
