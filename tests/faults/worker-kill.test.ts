/**
 * A worker killed (SIGKILL) mid-job and restarted: nothing is lost and the
 * work is done exactly once. The child is the real `npm run worker` entry
 * (jobs/worker.ts: real rules, real evaluate-filing) on the test database and Redis.
 *
 * - "Mid-job" is made deterministic with JOBS_TEST_DELAY_MS: the first worker logs
 *   "job started" (the job is active and locked in BullMQ), then waits; it is killed
 *   while waiting. The second worker's stalled-job check (small JOBS_STALLED_INTERVAL_MS
 *   and JOBS_LOCK_DURATION_MS) moves the orphaned job back to wait and runs it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { killWorker, spawnWorker, type WorkerChild } from "../setup/worker";
import { outboxRow, seedSubmittedFiling, useJobsFixture, waitFor } from "../jobs/helpers";

describe("worker killed mid-job", () => {
  const fx = useJobsFixture();
  const children: WorkerChild[] = [];
  afterEach(async () => {
    for (const c of children.splice(0)) await killWorker(c);
  });

  it("re-runs the orphaned job once after a restart: nothing lost, no duplicate work", { timeout: 90_000 }, async () => {
    const { filingId, outboxId } = await seedSubmittedFiling(fx.t.db);
    const env = {
      DATABASE_URL: fx.t.url,
      REDIS_URL: fx.redis.url,
      JOBS_PREFIX: fx.prefix,
      JOBS_LOCK_DURATION_MS: "1500",
      JOBS_STALLED_INTERVAL_MS: "500",
      JOBS_RELAY_INTERVAL_MS: "100",
    };
    const isStarted = (l: Record<string, unknown>) => l.msg === "job started" && l.outboxId === outboxId;
    const isDone = (l: Record<string, unknown>) => l.msg === "job done" && l.outboxId === outboxId;
    const describeChild = (c: WorkerChild) => `stdout: ${JSON.stringify(c.lines.slice(-10))} stderr: ${c.stderr.join("").slice(-2000)}`;

    // 1. First worker picks the job up and is killed while it is active.
    const first = spawnWorker({ ...env, JOBS_TEST_DELAY_MS: "60000" });
    children.push(first);
    await waitFor(() => first.lines.some(isStarted) || first.proc.exitCode !== null, { what: "the first worker to start the job", timeoutMs: 30_000 });
    expect(first.lines.some(isStarted), describeChild(first)).toBe(true);
    first.proc.kill("SIGKILL");
    await first.exited;

    let row = await outboxRow(fx.t.db, outboxId);
    expect(row.relayed_at).not.toBeNull();
    expect(row.processed_at).toBeNull();

    // 2. Restarted worker recovers the stalled job and finishes it.
    const second = spawnWorker(env);
    children.push(second);
    await waitFor(async () => (await outboxRow(fx.t.db, outboxId)).processed_at || second.proc.exitCode !== null, {
      what: "the restarted worker to finish the job",
      timeoutMs: 45_000,
    });
    row = await outboxRow(fx.t.db, outboxId);
    expect(row.processed_at, describeChild(second)).not.toBeNull();
    expect(row.last_error).toBeNull();

    // Give a (wrong) duplicate run a chance to show up before counting.
    await new Promise((r) => setTimeout(r, 1500));

    // 3. Graceful stop of the second worker.
    second.proc.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(second.lines.some((l) => l.msg === "worker stopped")).toBe(true);

    const allLines = [...first.lines, ...second.lines];
    expect(first.lines.filter(isDone)).toHaveLength(0);
    expect(allLines.filter(isDone)).toHaveLength(1);
    expect(second.lines.some((l) => l.msg === "job stalled (its worker died?): it will run again")).toBe(true);

    // The processor body itself ran once (it logs once per evaluation), and its state is whole.
    expect(allLines.filter((l) => l.msg === "filing evaluated" && l.filingId === filingId)).toHaveLength(1);
    const filing = await fx.t.db.selectFrom("fee_filings").select(["status", "evaluated_at"]).where("id", "=", filingId).executeTakeFirstOrThrow();
    expect(filing.status).toBe("evaluated");
    expect(filing.evaluated_at).not.toBeNull();
    const results = await fx.t.db.selectFrom("rule_results").select(["rule_id", "rule_version"]).where("filing_id", "=", filingId).execute();
    expect(new Set(results.map((r) => `${r.rule_id}@${r.rule_version}`)).size).toBe(results.length);
    const cases = await fx.t.db.selectFrom("inspection_cases").select("dedupe_key").where("filing_id", "=", filingId).execute();
    expect(new Set(cases.map((c) => c.dedupe_key)).size).toBe(cases.length);
  });
});
