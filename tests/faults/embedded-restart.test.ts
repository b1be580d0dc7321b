/**
 * Embedded mode (no Redis: the web process works the outbox), the real server
 * SIGKILLed while a re-evaluation batch runs, then started again on the same
 * database. The new process releases the dead one's lease at start, so the run
 * moves again within seconds, not after the lease (a minute) runs out.
 * It runs on a SQLite file of its own (the embedded default) and needs the
 * Remix build, so it belongs to `npm test`, not to the Postgres pass.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { getRun, startReevaluation } from "~/domain/changes/reevaluation.server";
import { createKindergarten, HAISHU, insertCareFeeFiling, seedReferenceData } from "../factories/domain";
import { startServer, type TestServer } from "../setup/server";
import { TEST_DIALECT } from "../setup/test-db";
import { waitFor } from "../jobs/helpers";

describe.skipIf(TEST_DIALECT === "pg")("embedded mode restarted mid-run", () => {
  const servers: TestServer[] = [];
  let db: DB | undefined;

  afterEach(async () => {
    await db?.destroy();
    for (const s of servers.splice(0).reverse()) await s.stop();
  });

  it("resumes the run within seconds of the restart", { timeout: 90_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-restart-"));
    db = createDb(path.join(dir, "portal.db"));
    await migrateToLatest(db);
    await seedReferenceData(db);
    for (let i = 0; i < 5; i++) {
      const kg = await createKindergarten(db, { region_code: HAISHU });
      await insertCareFeeFiling(db, kg.id, 150_000 + i * 1000);
    }

    const first = await startServer({ dir, env: { DEMO_DATA: "0", JOBS_TEST_DELAY_MS: "60000" } });
    servers.push(first);
    const runId = await db.transaction().execute((trx) => startReevaluation(trx, { reason: "manual", subjectId: null, actorId: null, now: new Date() }));
    const leased = () => db!.selectFrom("outbox").select("leased_by").where("topic", "=", "reevaluation.batch").where("leased_by", "is not", null).executeTakeFirst();
    await waitFor(leased, { what: "the server to take the batch", timeoutMs: 30_000 });
    const leasedAt = Date.now(); // the lease runs until at least leasedAt + 60 s
    await first.kill();
    expect((await getRun(db, runId))?.status).not.toBe("done");

    const second = await startServer({ dir, env: { DEMO_DATA: "0", LOG_LEVEL: "info" } });
    servers.push(second);
    await waitFor(async () => (await getRun(db!, runId))?.status === "done", { what: "the run to finish after the restart", timeoutMs: 30_000 }).catch((err) => {
      throw new Error(`${(err as Error).message}; server output: ${second.output().slice(-2000)}`);
    });
    // Done before the dead process's lease could have run out: released at start, not waited for.
    expect(Date.now() - leasedAt).toBeLessThan(50_000);
    expect(second.output()).toContain("rows of a previous process resumed");
    const row = await db.selectFrom("outbox").selectAll().where("topic", "=", "reevaluation.batch").executeTakeFirstOrThrow();
    expect({ done: row.processed_at !== null, interruptions: row.interruptions, attempts: row.attempts, leased_by: row.leased_by }).toEqual({
      done: true,
      interruptions: 1,
      attempts: 0,
      leased_by: null,
    });
    expect((await getRun(db, runId))!.processed).toBe(5);
  });
});
