/**
 * A verification of the audit chain through both runners: the request's outbox row, then one job per stretch
 * (topic audit_chain.verify on the `audit` queue), each handing on to the next, until the result is stored. The
 * in-process runner also meets a stretch that fails before its commit: retried, the verification ends as an
 * uninterrupted one does.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { recordAudits } from "~/domain/audit/audit.server";
import { latestAuditVerification, startAuditVerification } from "~/domain/audit/audit-verification.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { JobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { createVerifyAuditChainProcessor } from "../../jobs/processors/verify-audit-chain";
import { createInProcessRunner } from "../../jobs/runner";
import { startWorkers } from "../../jobs/bullmq-workers";
import { crashOn, createTestDb, type TestDb } from "../setup/test-db";
import { useJobsFixture, waitFor } from "./helpers";

const STRETCH = 10;
const processors = { "audit_chain.verify": createVerifyAuditChainProcessor(STRETCH) };
const rules = createRulesRuntime([]);
const jobContext = (db: DB): JobContext => ({ db, rules, logger: silentLogger });

/** 25 sign-ins, then the administrator's request (the 26th entry): three stretches, 10 + 10 + 6. */
async function arrange(db: DB): Promise<string> {
  await recordAudits(db, Array.from({ length: 25 }, (_, i) => ({ actorId: null, action: "login" as const, entity: "user" as const, entityId: `u${i}` })));
  const started = await startAuditVerification(db, { actorId: "ADMIN" });
  if (!started.ok) throw new Error(JSON.stringify(started));
  return started.verificationId;
}

describe("audit chain verification, in-process runner", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.destroy();
  });

  it("walks the chain in three stretches and stores that it holds", async () => {
    const id = await arrange(t.db);
    const runner = createInProcessRunner({ db: t.db, ctx: jobContext(t.db), processors });
    expect(await runner.drainOnce()).toEqual({ processed: 3, retried: 0, deadLettered: 0 });
    expect(await latestAuditVerification(t.db)).toMatchObject({ id, status: "holds", checked: 26, head: { seq: 26 }, broken: null });
  });

  it("a stretch that fails before its commit is retried, and the verification ends as an uninterrupted one", async () => {
    const id = await arrange(t.db);
    let crashes = 0;
    const flaky = t.db.withPlugin(
      crashOn((node) => node.kind === "UpdateQueryNode" && JSON.stringify(node).includes('"audit_verifications"') && crashes++ === 0),
    );
    const runner = createInProcessRunner({ db: t.db, ctx: { ...jobContext(t.db), db: flaky }, processors, backoff: { baseMs: 0, maxMs: 0, jitter: 0 } });
    expect(await runner.drainOnce()).toMatchObject({ processed: 3, retried: 1, deadLettered: 0 });
    expect(await latestAuditVerification(t.db)).toMatchObject({ id, status: "holds", checked: 26 });
    expect(await t.db.selectFrom("audit_log").select("id").where("action", "=", "audit_chain.verified").execute()).toHaveLength(1);
  });
});

describe("audit chain verification, BullMQ workers", () => {
  const f = useJobsFixture();

  it("relays the stretches to the audit queue and stores that the chain holds", async () => {
    const { db } = f.t;
    const id = await arrange(db);
    const handle = await startWorkers({ db, ctx: jobContext(db), processors, redisUrl: f.redis.url, prefix: f.prefix, queues: ["audit"], relay: { intervalMs: 50 }, logger: silentLogger });
    f.onCleanup(() => handle.close());
    await waitFor(async () => (await latestAuditVerification(db))?.status === "holds", { what: "verification done", timeoutMs: 20_000 });
    expect(await latestAuditVerification(db)).toMatchObject({ id, status: "holds", checked: 26, head: { seq: 26 } });
    await waitFor(async () => (await db.selectFrom("outbox").select("id").where("processed_at", "is", null).execute()).length === 0, { what: "outbox rows processed" });
    expect(await handle.queues.get("audit").getJobCounts("completed", "failed")).toEqual({ completed: 3, failed: 0 });
  });
});
