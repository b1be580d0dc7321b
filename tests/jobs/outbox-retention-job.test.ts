/**
 * The outbox retention sweep as the web process runs it without Redis: at
 * start, then hourly. A row processed before its retention is gone; a
 * recent one and a dead-lettered one stay. (The BullMQ side registers the
 * same task: tests/jobs/complaint-sweep.test.ts lists the schedulers.)
 */
import { describe, expect, it } from "vitest";
import { startEmbeddedJobs } from "../../jobs/embedded";
import { silentLogger } from "../../jobs/logger";
import { DEAD_LETTER_AT, DEFAULT_OUTBOX_RETENTION_DAYS, enqueue } from "~/domain/outbox/outbox.server";
import { createTestDb } from "../setup/test-db";
import { waitFor } from "./helpers";

const DAY = 24 * 60 * 60 * 1000;

describe("outbox retention sweep, in-process timer", () => {
  it("deletes at start the rows processed before the retention, and only those", async () => {
    const t = await createTestDb();
    try {
      const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
      const row = async (processedAt: string | null, availableAt: string) => {
        const id = await enqueue(t.db, "complaint.received", { complaintId: "gone-or-kept" }, new Date(Date.now() - 400 * DAY));
        await t.db.updateTable("outbox").set({ processed_at: processedAt, available_at: availableAt }).where("id", "=", id).execute();
        return id;
      };
      const old = await row(ago(DEFAULT_OUTBOX_RETENTION_DAYS + 1), ago(400));
      const recent = await row(ago(1), ago(400));
      const dead = await row(null, DEAD_LETTER_AT);

      const runner = await startEmbeddedJobs({ db: t.db, logger: silentLogger, pollMs: 50 });
      try {
        await waitFor(async () => (await t.db.selectFrom("outbox").select("id").where("id", "=", old).executeTakeFirst()) === undefined, {
          what: "the retention sweep at start",
        });
      } finally {
        await runner.stop();
      }
      const left = (await t.db.selectFrom("outbox").select("id").execute()).map((r) => r.id).sort();
      expect(left).toEqual([recent, dead].sort());
    } finally {
      await t.destroy();
    }
  });
});
