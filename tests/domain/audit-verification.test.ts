/**
 * A verification of the audit chain started from the administrator's page (audit-verification.server.ts): it
 * records the head with its own request's entry on it and walks up to it a stretch at a time; entries appended
 * meanwhile are no break; an entry edited in the database file behind the application's back is found and said in
 * the command line's words; one verification at a time (409 while one runs and moves, replaced once it stopped
 * moving); each stretch is idempotent (a repeat, a stale or a concurrent delivery writes nothing), and the walk and
 * its result are audited.
 */
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { chainBreakMessage, chainReportLines } from "~/domain/audit/audit-chain-report";
import { verifyAuditChain } from "~/domain/audit/audit-chain.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { latestAuditVerification, runAuditVerificationStretch, STALLED_AFTER_MS, startAuditVerification } from "~/domain/audit/audit-verification.server";
import { parsePayload } from "~/domain/outbox/topics";
import { translate } from "~/i18n";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

let t: TestDb;

beforeEach(async () => {
  t = await createTestDb();
});

afterEach(async () => {
  await t?.destroy();
});

const ADMIN = "ADMIN-USER-ID";
const T0 = new Date("2026-12-06T02:00:00.000Z");

async function writeEntries(db: DB, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) {
    await recordAudit(db, { actorId: null, action: "login", entity: "user", entityId: `u${i}` }, new Date(Date.UTC(2026, 11, 1, 0, 0, i)));
  }
}

/** The verification's stretches waiting in the outbox (not processed), oldest first. */
async function pendingStretches(db: DB) {
  const rows = await db.selectFrom("outbox").select(["id", "payload"]).where("topic", "=", "audit_chain.verify").where("processed_at", "is", null).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, payload: parsePayload("audit_chain.verify", r.payload) }));
}

/** Runs the waiting stretches one by one, as a runner would, until none waits; `between` runs after each. */
async function runStretches(db: DB, stretch: number, between?: () => Promise<void>): Promise<number> {
  let runs = 0;
  for (;;) {
    const [next] = await pendingStretches(db);
    if (!next) return runs;
    await runAuditVerificationStretch(db, next.payload, { stretch });
    await db.updateTable("outbox").set({ processed_at: new Date().toISOString() }).where("id", "=", next.id).execute();
    runs += 1;
    await between?.();
  }
}

async function start(db: DB, now = T0) {
  const started = await startAuditVerification(db, { actorId: ADMIN, now });
  if (!started.ok) throw new Error(JSON.stringify(started));
  return started.verificationId;
}

describe("a verification of the audit chain", () => {
  it("holds: walked a stretch at a time up to the head with its own request on it; entries appended meanwhile are no break; both steps audited", async () => {
    await writeEntries(t.db, 7);
    const id = await start(t.db);
    // The request did no walking: it recorded the head (its own entry is the 8th) and queued the first stretch.
    const asked = await latestAuditVerification(t.db, T0);
    expect(asked).toMatchObject({ id, status: "running", stalled: false, checked: 0, head: { seq: 8 }, finishedAt: null, broken: null });
    expect((await pendingStretches(t.db)).map((s) => s.payload)).toEqual([{ verificationId: id, afterSeq: 0 }]);
    const request = await t.db.selectFrom("audit_log").selectAll().where("seq", "=", 8).executeTakeFirstOrThrow();
    expect(request).toMatchObject({ action: "audit_chain.verify", actor_id: ADMIN, entity: "audit_verification", entity_id: id });
    expect(asked!.head.hash).toBe(request.hash);

    let appended = 0;
    const runs = await runStretches(t.db, 3, async () => {
      // Sign-ins go on while the walk does.
      await writeEntries(t.db, 2, 100 + appended);
      appended += 2;
    });
    expect(runs).toBe(3); // 3 + 3 + 2 entries
    const done = await latestAuditVerification(t.db);
    expect(done).toMatchObject({ id, status: "holds", checked: 8, beforeChain: 0, head: { seq: 8, hash: request.hash }, broken: null });
    expect(done!.finishedAt).not.toBeNull();

    const verified = await t.db.selectFrom("audit_log").selectAll().where("action", "=", "audit_chain.verified").execute();
    expect(verified).toHaveLength(1);
    expect(verified[0]).toMatchObject({ actor_id: null, entity: "audit_verification", entity_id: id });
    expect(JSON.parse(verified[0]!.detail)).toEqual({ outcome: "holds", headSeq: 8, headHash: request.hash, checked: 8, beforeChain: 0 });
    // The verification's own entries are on the chain, which still holds.
    expect((await verifyAuditChain(t.db)).broken).toBeNull();
  });

  it("broken: an entry edited in the database file behind the application's back is found, at that entry, in the command line's words", async () => {
    await writeEntries(t.db, 6);
    if (TEST_DIALECT === "sqlite") {
      // Another program opens the portal's SQLite file and edits the fourth entry.
      const file = new BetterSqlite3(t.url);
      try {
        file.prepare("update audit_log set detail = ? where seq = 4").run('{"version":99}');
      } finally {
        file.close();
      }
    } else {
      await sql`update audit_log set detail = ${'{"version":99}'} where seq = 4`.execute(t.db);
    }
    const id = await start(t.db);
    await runStretches(t.db, 2);
    const seq4 = await t.db.selectFrom("audit_log").select("id").where("seq", "=", 4).executeTakeFirstOrThrow();
    const done = await latestAuditVerification(t.db);
    expect(done).toMatchObject({ id, status: "broken", checked: 3, head: { seq: 7 }, broken: { reason: "edited", seq: 4, id: seq4.id } });

    // The page's words and the command line's are one wording.
    const message = chainBreakMessage(done!.broken!);
    expect(translate("zh-CN", message.key, message.vars)).toBe(`第 4 条（${seq4.id}）与其哈希不符：记录内容被改动`);
    expect(translate("en", message.key, message.vars)).toBe(`entry 4 (${seq4.id}) does not match its hash: its content was changed`);
    const report = await verifyAuditChain(t.db);
    expect(chainReportLines(report, (m) => translate("en", m.key, m.vars)).at(-1)).toBe(`BROKEN at entry 4 (${seq4.id}) does not match its hash: its content was changed`);

    const verified = await t.db.selectFrom("audit_log").select("detail").where("action", "=", "audit_chain.verified").executeTakeFirstOrThrow();
    expect(JSON.parse(verified.detail)).toMatchObject({ outcome: "broken", brokenAt: 4, reason: "edited", checked: 3, headSeq: 7 });
  });

  it("broken at the end: the newest entries deleted after the request are missing", async () => {
    await writeEntries(t.db, 4);
    const id = await start(t.db);
    await sql`delete from audit_log where seq >= 4`.execute(t.db);
    await runStretches(t.db, 10);
    expect(await latestAuditVerification(t.db)).toMatchObject({ id, status: "broken", checked: 3, broken: { reason: "missing", seq: 4, found: null } });
  });

  it("one at a time: a second request while one runs is refused and says so; once it stopped moving a new one replaces it", async () => {
    await writeEntries(t.db, 3);
    const first = await start(t.db);
    const second = await startAuditVerification(t.db, { actorId: ADMIN, now: new Date(T0.getTime() + 60_000) });
    expect(second).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "audit.verify.running" }] });
    expect(await t.db.selectFrom("audit_verifications").select("id").execute()).toEqual([{ id: first }]);
    expect(await t.db.selectFrom("audit_log").select("id").where("action", "=", "audit_chain.verify").execute()).toHaveLength(1);

    // Its job never ran (dead-lettered, a worker gone): after STALLED_AFTER_MS the page offers a new one.
    const later = new Date(T0.getTime() + STALLED_AFTER_MS + 1000);
    expect(await latestAuditVerification(t.db, later)).toMatchObject({ id: first, status: "running", stalled: true });
    const replacement = await start(t.db, later);
    const rows = await t.db.selectFrom("audit_verifications").select(["id", "status", "running"]).orderBy("started_at").execute();
    expect(rows).toEqual([
      { id: first, status: "abandoned", running: null },
      { id: replacement, status: "running", running: 1 },
    ]);
    // The abandoned one's stretch, delivered late, does nothing; the new one's walks to the end.
    await runStretches(t.db, 100);
    expect(await t.db.selectFrom("audit_verifications").select(["id", "status"]).orderBy("started_at").execute()).toEqual([
      { id: first, status: "abandoned" },
      { id: replacement, status: "holds" },
    ]);
    expect(await t.db.selectFrom("audit_log").select("entity_id").where("action", "=", "audit_chain.verified").execute()).toEqual([{ entity_id: replacement }]);
  });

  it("is idempotent: a stretch delivered twice, or twice at once, writes once; a stale one writes nothing", async () => {
    await writeEntries(t.db, 5);
    const id = await start(t.db);
    const [first] = await pendingStretches(t.db);
    expect(await runAuditVerificationStretch(t.db, first!.payload, { stretch: 4 })).toEqual({ ran: true, checked: 4 });
    expect(await runAuditVerificationStretch(t.db, first!.payload, { stretch: 4 })).toEqual({ ran: false });
    const next = (await pendingStretches(t.db)).filter((s) => s.id !== first!.id);
    expect(next.map((s) => s.payload)).toEqual([{ verificationId: id, afterSeq: 4 }]);
    // The last stretch delivered twice at once: one finishes it, the other finds the cursor moved.
    const both = await Promise.all([runAuditVerificationStretch(t.db, next[0]!.payload, { stretch: 4 }), runAuditVerificationStretch(t.db, next[0]!.payload, { stretch: 4 })]);
    expect(both.filter((o) => o.ran)).toEqual([{ ran: true, checked: 2, finished: "holds" }]);
    expect(both.filter((o) => !o.ran)).toHaveLength(1);
    // A stretch from before, delivered after the end.
    expect(await runAuditVerificationStretch(t.db, { verificationId: id, afterSeq: 0 }, { stretch: 4 })).toEqual({ ran: false });
    expect(await latestAuditVerification(t.db)).toMatchObject({ status: "holds", checked: 6 });
    expect(await t.db.selectFrom("audit_log").select("id").where("action", "=", "audit_chain.verified").execute()).toHaveLength(1);
    expect(await t.db.selectFrom("outbox").select("id").where("topic", "=", "audit_chain.verify").execute()).toHaveLength(2);
  });

  it("of a verification that does not exist: an error the job gives up on", async () => {
    await expect(runAuditVerificationStretch(t.db, { verificationId: "NOPE", afterSeq: 0 })).rejects.toThrow(/does not exist/);
  });
});
