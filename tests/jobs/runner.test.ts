import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { UnrecoverableError } from "bullmq";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueue } from "~/domain/outbox/outbox.server";
import { DEAD_LETTER_AT, requeueOutboxRow } from "~/domain/outbox/outbox.server";
import { listDeadLetters } from "../../jobs/outbox-state";
import { backoffDelay } from "../../jobs/outbox-state";
import { createInProcessRunner, releaseDeadLeases, runnerIdentity, startInProcessRunner } from "../../jobs/runner";
import type { ProcessorMap } from "../../jobs/types";
import { createTestDb, type TestDb } from "../setup/test-db";
import { captureLogger, outboxRow, waitFor } from "./helpers";

describe("in-process runner", () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.destroy();
  });

  it("processes an outbox row exactly once, however often it drains", async () => {
    const calls: string[] = [];
    const processors: ProcessorMap<null> = {
      "filing.submitted": async (_ctx, p) => {
        calls.push(p.filingId);
      },
    };
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    const runner = createInProcessRunner({ db: t.db, ctx: null, processors });

    expect(await runner.drainOnce()).toEqual({ processed: 1, retried: 0, deadLettered: 0 });
    expect(await runner.drainOnce()).toEqual({ processed: 0, retried: 0, deadLettered: 0 });
    expect(calls).toEqual(["F1"]);
    const row = await outboxRow(t.db, id);
    expect(row.processed_at).not.toBeNull();
    expect(row.attempts).toBe(0); // attempts count the processor's errors: there were none
    expect(row.leased_by).toBeNull();
    expect(row.last_error).toBeNull();
  });

  it("two runners draining concurrently never run the same row twice", async () => {
    const calls: string[] = [];
    const processors: ProcessorMap<null> = {
      "filing.submitted": async (_ctx, p) => {
        calls.push(p.filingId);
        await new Promise((r) => setTimeout(r, 5));
      },
    };
    for (let i = 0; i < 20; i++) await enqueue(t.db, "filing.submitted", { filingId: `F${i}` });
    const a = createInProcessRunner({ db: t.db, ctx: null, processors, batchSize: 5 });
    const b = createInProcessRunner({ db: t.db, ctx: null, processors, batchSize: 5 });
    const [ra, rb] = await Promise.all([a.drainOnce(), b.drainOnce()]);
    expect(ra.processed + rb.processed).toBe(20);
    expect(calls).toHaveLength(20);
    expect(new Set(calls).size).toBe(20);
  });

  it("retries a failing processor with exponential backoff, then succeeds", async () => {
    let clock = new Date("2027-01-10T00:00:00.000Z");
    const now = () => clock;
    let failuresLeft = 2;
    let successes = 0;
    const processors: ProcessorMap<null> = {
      "filing.submitted": async () => {
        if (failuresLeft-- > 0) throw new Error("database is busy");
        successes++;
      },
    };
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" }, clock);
    const runner = createInProcessRunner({
      db: t.db,
      ctx: null,
      processors,
      now,
      backoff: { baseMs: 1000, jitter: 0 },
    });

    expect(await runner.drainOnce()).toMatchObject({ processed: 0, retried: 1 });
    let row = await outboxRow(t.db, id);
    expect(row.attempts).toBe(1);
    expect(row.last_error).toBe("Error: database is busy");
    expect(row.available_at).toBe("2027-01-10T00:00:01.000Z"); // 1 s after the first failure

    // Not due yet: nothing happens.
    expect(await runner.drainOnce()).toEqual({ processed: 0, retried: 0, deadLettered: 0 });

    clock = new Date("2027-01-10T00:00:01.000Z");
    expect(await runner.drainOnce()).toMatchObject({ retried: 1 });
    row = await outboxRow(t.db, id);
    expect(row.attempts).toBe(2);
    expect(row.available_at).toBe("2027-01-10T00:00:03.000Z"); // 2 s after the second failure

    clock = new Date("2027-01-10T00:00:03.000Z");
    expect(await runner.drainOnce()).toMatchObject({ processed: 1 });
    row = await outboxRow(t.db, id);
    expect(row.processed_at).toBe("2027-01-10T00:00:03.000Z");
    expect(row.attempts).toBe(2);
    expect(row.last_error).toBeNull();
    expect(successes).toBe(1);
  });

  it("dead-letters a bad payload at once, without calling the processor", async () => {
    let calls = 0;
    const processors: ProcessorMap<null> = {
      "filing.submitted": async () => {
        calls++;
      },
    };
    const now = new Date().toISOString();
    await t.db
      .insertInto("outbox")
      .values({ id: "01BADPAYLOAD0000000000000A", topic: "filing.submitted", payload: '{"filing":1}', created_at: now, available_at: now, attempts: 0 })
      .execute();
    await t.db
      .insertInto("outbox")
      .values({ id: "01UNKNOWNTOPIC000000000000", topic: "no.such.topic", payload: "{}", created_at: now, available_at: now, attempts: 0 })
      .execute();
    const { logger, lines } = captureLogger();
    const runner = createInProcessRunner({ db: t.db, ctx: null, processors, logger });

    expect(await runner.drainOnce()).toEqual({ processed: 0, retried: 0, deadLettered: 2 });
    expect(await runner.drainOnce()).toEqual({ processed: 0, retried: 0, deadLettered: 0 });
    expect(calls).toBe(0);
    const bad = await outboxRow(t.db, "01BADPAYLOAD0000000000000A");
    expect(bad.processed_at).toBeNull();
    expect(bad.available_at).toBe(DEAD_LETTER_AT);
    expect(bad.attempts).toBe(1);
    expect(bad.last_error).toMatch(/^UnrecoverableError: invalid payload for topic "filing.submitted"/);
    expect((await outboxRow(t.db, "01UNKNOWNTOPIC000000000000")).last_error).toMatch(/unknown outbox topic/);
    expect((await listDeadLetters(t.db)).map((r) => r.id).sort()).toEqual(["01BADPAYLOAD0000000000000A", "01UNKNOWNTOPIC000000000000"]);
    expect(lines.filter((l) => l.msg.includes("dead-lettered"))).toHaveLength(2);
  });

  it("treats UnrecoverableError from a processor as permanent", async () => {
    let calls = 0;
    const processors: ProcessorMap<null> = {
      "filing.submitted": async () => {
        calls++;
        throw new UnrecoverableError("filing was withdrawn");
      },
    };
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    const runner = createInProcessRunner({ db: t.db, ctx: null, processors });
    expect(await runner.drainOnce()).toMatchObject({ deadLettered: 1 });
    expect(calls).toBe(1);
    expect((await outboxRow(t.db, id)).available_at).toBe(DEAD_LETTER_AT);
  });

  it("gives up after maxAttempts and can be requeued by hand", async () => {
    let clock = new Date("2027-01-10T00:00:00.000Z");
    let calls = 0;
    let fail = true;
    const processors: ProcessorMap<null> = {
      "filing.submitted": async () => {
        calls++;
        if (fail) throw new Error("rule engine unavailable");
      },
    };
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" }, clock);
    const runner = createInProcessRunner({ db: t.db, ctx: null, processors, now: () => clock, maxAttempts: 3, backoff: { baseMs: 10, jitter: 0 } });
    for (let i = 0; i < 10; i++) {
      await runner.drainOnce();
      clock = new Date(clock.getTime() + 60_000);
    }
    expect(calls).toBe(3);
    let row = await outboxRow(t.db, id);
    expect(row.available_at).toBe(DEAD_LETTER_AT);
    expect(row.processed_at).toBeNull();
    expect(row.attempts).toBe(3);

    fail = false;
    expect(await requeueOutboxRow(t.db, id, clock)).toBe(true);
    expect(await runner.drainOnce()).toMatchObject({ processed: 1 });
    row = await outboxRow(t.db, id);
    expect(row.processed_at).not.toBeNull();
    expect(calls).toBe(4);
  });

  it("a row whose runner died mid-job is taken over when the lease expires, as an interruption, not an attempt", async () => {
    let clock = new Date("2027-01-10T00:00:00.000Z");
    const calls: number[] = [];
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" }, clock);
    // Simulate the dead runner's claim, on another machine: leased for 5 minutes, one earlier error.
    await t.db
      .updateTable("outbox")
      .set({ attempts: 1, available_at: "2027-01-10T00:05:00.000Z", leased_by: "elsewhere/4242/01DEADRUNNER" })
      .where("id", "=", id)
      .execute();
    const runner = createInProcessRunner({
      db: t.db,
      ctx: null,
      now: () => clock,
      processors: {
        "filing.submitted": async () => {
          calls.push(1);
        },
      },
    });
    expect(await runner.drainOnce()).toMatchObject({ processed: 0 });
    clock = new Date("2027-01-10T00:05:00.000Z");
    expect(await runner.drainOnce()).toMatchObject({ processed: 1 });
    expect(calls).toHaveLength(1);
    expect(await outboxRow(t.db, id)).toMatchObject({ attempts: 1, interruptions: 1, leased_by: null });
  });

  /**
   * Waits until a SIGKILLed process has died: a zombie, or gone (reaped). The signal is delivered, not
   * acted on, when kill returns: just after, the process may still show as sleeping (seen in CI, where
   * its lease was then rightly held).
   */
  async function deadOrZombie(pid: number): Promise<void> {
    for (const started = Date.now(); Date.now() - started < 5_000; await new Promise((r) => setTimeout(r, 10))) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        if (stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z") return;
      } catch {
        return;
      }
    }
    throw new Error(`process ${pid} still runs 5 s after SIGKILL`);
  }

  it("at start, releases at once the leases of dead runners of its own host, and only those", async () => {
    const future = new Date(Date.now() + 3600_000).toISOString();
    const self = runnerIdentity();
    const [host, pid] = self.split("/");
    // A pid no process can have: one past the largest Linux gives (PID_MAX_LIMIT, 2^22). An exited child's
    // pid would do only until another test file's process took it (seen in CI: a lease left held).
    const exited = 2 ** 22 + 1;
    // A killed grandchild whose parent died before reaping it: a zombie until pid 1 reaps it, which a
    // container's pid 1 may never do (how a SIGKILLed `tsx server.ts` group leaves its node process).
    const orphan = Number(spawnSync("sh", ["-c", "sleep 60 & echo $!; kill -9 $!; kill -9 $$"], { encoding: "utf8" }).stdout.trim());
    const holders = {
      replaced: `${host}/${pid}/01EARLIERINSTANCE`, // our own pid, an earlier process (a container restart)
      gone: `${host}/${exited}/01GONE`,
      killed: `${host}/${orphan}/01KILLED`,
      alive: `${host}/${process.ppid}/01ALIVE`, // a live process of this host
      remote: `some-other-host/${exited}/01REMOTE`, // other hosts' leases run out on their own
    };
    const ids: Record<string, string> = {};
    for (const [name, leasedBy] of Object.entries(holders)) {
      ids[name] = await enqueue(t.db, "filing.submitted", { filingId: name });
      await t.db.updateTable("outbox").set({ available_at: future, leased_by: leasedBy }).where("id", "=", ids[name]!).execute();
    }
    await deadOrZombie(orphan);
    expect(await releaseDeadLeases(t.db, self)).toBe(3);
    const due = async (name: string) => (await outboxRow(t.db, ids[name]!)).available_at < future;
    expect({ replaced: await due("replaced"), gone: await due("gone"), killed: await due("killed"), alive: await due("alive"), remote: await due("remote") }).toEqual({
      replaced: true,
      gone: true,
      killed: true,
      alive: false,
      remote: false,
    });
  });

  it("leaves relayed rows to BullMQ", async () => {
    let calls = 0;
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    await t.db.updateTable("outbox").set({ relayed_at: new Date().toISOString() }).where("id", "=", id).execute();
    const runner = createInProcessRunner({
      db: t.db,
      ctx: null,
      processors: {
        "filing.submitted": async () => {
          calls++;
        },
      },
    });
    expect(await runner.drainOnce()).toMatchObject({ processed: 0 });
    expect(calls).toBe(0);
  });

  it("polls in the background and stop() waits for the job in flight", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    let finished = 0;
    const runner = startInProcessRunner({
      db: t.db,
      ctx: null,
      pollMs: 20,
      processors: {
        "filing.submitted": async () => {
          started++;
          await gate;
          finished++;
        },
      },
    });
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    await waitFor(() => started === 1, { what: "the job to start" });
    const stopped = runner.stop();
    let stoppedYet = false;
    void stopped.then(() => (stoppedYet = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stoppedYet).toBe(false);
    release();
    await stopped;
    expect(finished).toBe(1);
    expect((await outboxRow(t.db, id)).processed_at).not.toBeNull();
  });

  it("a stop in the middle of a batch hands the batch's unrun rows back at once, due and unleased", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const calls: string[] = [];
    const ids: string[] = [];
    // Stored before the runner starts, so its first poll fetches and claims the three as one batch (a poll that took
    // its clock while the rows were being written would see only those due by then).
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 3; i++) ids.push(await enqueue(trx, "filing.submitted", { filingId: `F${i}` }));
    });
    const runner = startInProcessRunner({
      db: t.db,
      ctx: null,
      pollMs: 20,
      processors: {
        "filing.submitted": async (_ctx, p) => {
          calls.push(p.filingId);
          if (p.filingId === "F0") await gate;
        },
      },
    });
    await waitFor(() => calls.length === 1, { what: "the first job to start" });
    const leased = await Promise.all(ids.map((id) => outboxRow(t.db, id)));
    expect(leased.map((r) => r.leased_by !== null)).toEqual([true, true, true]);

    const stopped = runner.stop();
    release();
    await stopped;
    expect(calls).toEqual(["F0"]);
    const [first, ...rest] = await Promise.all(ids.map((id) => outboxRow(t.db, id)));
    expect(first.processed_at).not.toBeNull();
    for (const row of rest) {
      expect(row.processed_at).toBeNull();
      expect(row.leased_by).toBeNull();
      expect(row.available_at <= new Date().toISOString()).toBe(true);
    }
    // Whoever runs next takes them at once, not after the lease would have run out.
    const next = createInProcessRunner({ db: t.db, ctx: null, processors: { "filing.submitted": async (_ctx, p) => void calls.push(p.filingId) } });
    expect((await next.drainOnce()).processed).toBe(2);
    expect(calls).toEqual(["F0", "F1", "F2"]);
  });

  it("marks the rows run in one slice processed together, and a failed row is not among them", async () => {
    let tick = 0;
    const clock = () => new Date(Date.UTC(2026, 11, 2, 12, 0, 0, tick++));
    const processors: ProcessorMap<null> = {
      "filing.submitted": async (_ctx, p) => {
        if (p.filingId === "F2") throw new Error("boom");
      },
    };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await enqueue(t.db, "filing.submitted", { filingId: `F${i}` }));
    await t.db.updateTable("outbox").set({ available_at: new Date(Date.UTC(2026, 11, 2)).toISOString() }).execute();
    // A slice long enough for the five rows whatever the machine's load (the default 10 ms is not, on a busy Postgres).
    const runner = createInProcessRunner({ db: t.db, ctx: null, processors, now: clock, sliceMs: 60_000 });
    expect(await runner.drainOnce()).toEqual({ processed: 4, retried: 1, deadLettered: 0 });
    const rows = await Promise.all(ids.map((id) => outboxRow(t.db, id)));
    const marked = rows.filter((r) => r.processed_at !== null);
    expect(marked.map((r) => r.id)).toEqual([ids[0], ids[1], ids[3], ids[4]]);
    // Rows run in one slice are marked by one statement, with one clock reading for all of them.
    expect(new Set(marked.map((r) => r.processed_at)).size).toBe(1);
    expect(rows[2].processed_at).toBeNull();
    expect(rows[2].attempts).toBe(1);
    expect(rows[2].leased_by).toBeNull();
  });

  it("backoff grows exponentially, is capped, and jitter stays within bounds", () => {
    const b = { baseMs: 1000, maxMs: 10_000, jitter: 0.5 };
    expect(backoffDelay(1, b, () => 1)).toBe(1000);
    expect(backoffDelay(1, b, () => 0)).toBe(500);
    expect(backoffDelay(3, b, () => 1)).toBe(4000);
    expect(backoffDelay(10, b, () => 1)).toBe(10_000);
  });
});
