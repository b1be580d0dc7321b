/**
 * The outbox keeps a processed row for its retention and then deletes it;
 * a row not processed (pending, leased, relayed or dead-lettered) stays
 * whatever its age. Both databases (TEST_DB=pg).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEAD_LETTER_AT, DEFAULT_OUTBOX_RETENTION_DAYS, enqueue, purgeProcessedOutbox } from "~/domain/outbox/outbox.server";
import { createTestDb, type TestDb } from "../setup/test-db";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-12-02T08:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.destroy();
});

/** A row created `createdDaysAgo` and set to `state`. */
async function row(createdDaysAgo: number, state: { processedDaysAgo?: number; dead?: boolean; relayed?: boolean; leased?: boolean }): Promise<string> {
  const id = await enqueue(t.db, "complaint.received", { complaintId: `c-${createdDaysAgo}-${Math.random()}` }, new Date(daysAgo(createdDaysAgo)));
  await t.db
    .updateTable("outbox")
    .set({
      processed_at: state.processedDaysAgo === undefined ? null : daysAgo(state.processedDaysAgo),
      available_at: state.dead ? DEAD_LETTER_AT : state.leased ? daysAgo(-1) : daysAgo(createdDaysAgo),
      relayed_at: state.relayed ? daysAgo(createdDaysAgo) : null,
      leased_by: state.leased ? "host/1/runner" : null,
    })
    .where("id", "=", id)
    .execute();
  return id;
}

const remaining = async () => (await t.db.selectFrom("outbox").select("id").orderBy("id").execute()).map((r) => r.id).sort();

describe("purgeProcessedOutbox", () => {
  it("deletes rows processed before the retention began, batch after batch, and nothing else", async () => {
    const expired = [
      await row(400, { processedDaysAgo: 400 }),
      await row(90, { processedDaysAgo: 89 }),
      await row(31, { processedDaysAgo: DEFAULT_OUTBOX_RETENTION_DAYS + 0.01 }),
      // Created long ago, processed long ago after a requeue: its processing is what counts.
      await row(200, { processedDaysAgo: 45 }),
      await row(60, { processedDaysAgo: 59, relayed: true }),
    ];
    const kept = [
      // Created long ago, processed within the retention (a dead-lettered row requeued last week).
      await row(120, { processedDaysAgo: 6 }),
      await row(30, { processedDaysAgo: DEFAULT_OUTBOX_RETENTION_DAYS - 0.01 }),
      await row(1, { processedDaysAgo: 0 }),
      // Never processed, however old: waiting, dead-lettered (for a requeue), leased, handed to BullMQ.
      await row(500, {}),
      await row(300, { dead: true }),
      await row(200, { leased: true }),
      await row(100, { relayed: true }),
    ];

    // Two rows a batch: five expired rows take three deletes, the last one short.
    expect(await purgeProcessedOutbox(t.db, NOW, { batchSize: 2 })).toEqual({ deleted: expired.length });
    expect(await remaining()).toEqual([...kept].sort());
    // Again: nothing more to delete.
    expect(await purgeProcessedOutbox(t.db, NOW, { batchSize: 2 })).toEqual({ deleted: 0 });
    expect(await remaining()).toEqual([...kept].sort());
  });

  it("counts the retention in days from now, configurable", async () => {
    await row(10, { processedDaysAgo: 10 });
    const twoDays = await row(2, { processedDaysAgo: 2 });
    expect(await purgeProcessedOutbox(t.db, NOW)).toEqual({ deleted: 0 });
    expect(await purgeProcessedOutbox(t.db, NOW, { retentionDays: 7 })).toEqual({ deleted: 1 });
    expect(await remaining()).toEqual([twoDays]);
    // A week later the other one is past seven days too.
    expect(await purgeProcessedOutbox(t.db, new Date(NOW.getTime() + 7 * DAY), { retentionDays: 7 })).toEqual({ deleted: 1 });
    expect(await remaining()).toEqual([]);
  });
});
