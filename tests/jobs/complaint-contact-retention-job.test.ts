/**
 * The complaint contact retention sweep on both runners: a BullMQ job scheduler with a real Redis (two workers side
 * by side erase a complaint once: one audit entry), and the embedded timer, which erases at start without Redis.
 * A complaint finished long ago is erased; one finished yesterday and one in hand keep their contact.
 */
import { describe, expect, it } from "vitest";
import { startWorkers } from "../../jobs/bullmq-workers";
import { startEmbeddedJobs } from "../../jobs/embedded";
import { silentLogger } from "../../jobs/logger";
import { scheduledTasks } from "../../jobs/schedules";
import type { DB } from "~/db/client";
import { act, complaintRow, fileComplaint } from "../factories/complaint-handling";
import { createActor, createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { createTestDb } from "../setup/test-db";
import { captureLogger, useJobsFixture, waitFor } from "./helpers";

const DAY = 24 * 3600 * 1000;

async function setUp(db: DB) {
  await seedReferenceData(db);
  const kg = await createKindergarten(db, { region_code: HAISHU });
  const officer = await createActor(db, "officer", { regionCode: HAISHU });
  const rejectedOn = async (at: Date) => {
    const { complaintId } = await fileComplaint(db, { kindergartenId: kg.id, now: at });
    const r = await act(db, officer, complaintId, { intent: "reject", ground: "time_barred", reply: "超过时限，不予受理。" }, at);
    if (!r.ok) throw new Error(JSON.stringify(r));
    return complaintId;
  };
  const expired = await rejectedOn(new Date(Date.now() - 800 * DAY));
  const recent = await rejectedOn(new Date(Date.now() - DAY));
  const { complaintId: inHand } = await fileComplaint(db, { kindergartenId: kg.id, now: new Date(Date.now() - 800 * DAY) });
  return { expired, recent, inHand };
}

const erasures = async (db: DB, id: string) =>
  (await db.selectFrom("audit_log").select("id").where("entity_id", "=", id).where("action", "=", "complaint.contact_erase").execute()).length;

async function expectKept(db: DB, ids: string[]) {
  for (const id of ids) expect(await complaintRow(db, id)).toMatchObject({ contact_phone: "13800138000", contact_erased_at: null });
}

describe("contact retention sweep, BullMQ (real Redis)", () => {
  const f = useJobsFixture();

  it("erases an expired complaint's contact once with two workers", async () => {
    const { expired, recent, inHand } = await setUp(f.t.db);
    const start = () =>
      startWorkers({ db: f.t.db, ctx: { db: f.t.db }, processors: {}, redisUrl: f.redis.url, prefix: f.prefix, relay: false, schedules: scheduledTasks(), logger: captureLogger().logger });
    const [a, b] = await Promise.all([start(), start()]);
    f.onCleanup(() => Promise.all([a.close(), b.close()]));
    await waitFor(async () => (await complaintRow(f.t.db, expired)).contact_erased_at !== null, { what: "the scheduled erasure" });
    expect(await complaintRow(f.t.db, expired)).toMatchObject({ contact_name: null, contact_phone: null, contact_address: null });
    expect(await erasures(f.t.db, expired)).toBe(1);
    await expectKept(f.t.db, [recent, inHand]);
  });
});

describe("contact retention sweep, in-process timer", () => {
  it("erases at start without Redis", async () => {
    const t = await createTestDb();
    try {
      const { expired, recent, inHand } = await setUp(t.db);
      const runner = await startEmbeddedJobs({ db: t.db, logger: silentLogger, pollMs: 50 });
      try {
        await waitFor(async () => (await complaintRow(t.db, expired)).contact_erased_at !== null, { what: "the erasure at start" });
      } finally {
        await runner.stop();
      }
      expect(await erasures(t.db, expired)).toBe(1);
      await expectKept(t.db, [recent, inHand]);
    } finally {
      await t.destroy();
    }
  });
});
