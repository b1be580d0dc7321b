/**
 * The audit log's hash chain: entries written in and outside transactions,
 * and concurrently, form one unbroken chain; a row edited, deleted, slipped in
 * or a head moved behind the application's back is found, at the first broken
 * link; and `npm run audit:verify` says so with its exit code.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deferAudits, recordAudit, recordAudits } from "~/domain/audit/audit.server";
import { auditEntryHash, verifyAuditChain } from "~/domain/audit/audit-chain.server";
import { activateNewRules } from "~/domain/rules-runtime/rules-runtime.server";
import { getRulesRuntime } from "~/web/rules.server";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

let t: TestDb;

beforeEach(async () => {
  t = await createTestDb();
});

afterEach(async () => {
  await t?.destroy();
});

async function writeEntries(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await recordAudit(t.db, { actorId: null, action: "login", entity: "user", entityId: `t${i}`, detail: { version: i } }, new Date(Date.UTC(2026, 11, 1, 0, 0, i)));
  }
}

describe("the chain", () => {
  it("holds for entries written alone, inside a transaction that also changes data, and concurrently", async () => {
    await writeEntries(3);
    await t.db.transaction().execute(async (trx) => {
      await recordAudit(trx, { actorId: null, action: "user.update", entity: "user", entityId: "x" });
      await recordAudit(trx, { actorId: null, action: "user.update", entity: "user", entityId: "y" });
    });
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAudit(t.db, { actorId: null, action: "login", entity: "user", entityId: `c${i}` })));
    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({ checked: 25, beforeChain: 0, broken: null });
    expect(report.head.seq).toBe(25);
    const last = await t.db.selectFrom("audit_log").select("hash").where("seq", "=", 25).executeTakeFirstOrThrow();
    expect(report.head.hash).toBe(last.hash);
  });

  it("a transaction that fails takes its entry and its place with it", async () => {
    await writeEntries(2);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await recordAudit(trx, { actorId: null, action: "user.create", entity: "user", entityId: "r" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await writeEntries(1);
    expect(await verifyAuditChain(t.db)).toMatchObject({ checked: 3, broken: null, head: { seq: 3 } });
  });

  it("entries held back (deferAudits) go onto the chain before the transaction's final audit; a transaction that owes them does not commit in this suite", async () => {
    await t.db.transaction().execute(async (trx) => {
      deferAudits(trx, [{ actorId: null, action: "case.opened", entity: "inspection_case", entityId: "d" }]);
      await recordAudit(trx, { actorId: null, action: "complaint.triaged", entity: "complaint", entityId: "f" });
    });
    const actions = await t.db.selectFrom("audit_log").select("action").orderBy("seq").execute();
    expect(actions.map((a) => a.action)).toEqual(["case.opened", "complaint.triaged"]);
    // The suite's guard (tests/setup/setup-env.ts): the contract is only a convention in the code itself.
    await expect(
      t.db.transaction().execute(async (trx) => {
        deferAudits(trx, [{ actorId: null, action: "case.opened", entity: "inspection_case", entityId: "x" }]);
      }),
    ).rejects.toThrow("1 deferred audit entries unwritten");
    expect(await verifyAuditChain(t.db)).toMatchObject({ checked: 2, broken: null });
  });

  it("hashes every column of the content: changing any of them changes the hash", () => {
    const content = { id: "01A", actor_id: "u1", action: "a", entity: "e", entity_id: "1", detail: "{}", request_id: null, created_at: "2026-12-01T00:00:00.000Z" };
    const base = auditEntryHash(1, "0".repeat(64), content);
    for (const [key, value] of Object.entries({ id: "01B", actor_id: null, action: "b", entity: "f", entity_id: "2", detail: '{"x":1}', request_id: "r", created_at: "2026-12-01T00:00:00.001Z" })) {
      expect(auditEntryHash(1, "0".repeat(64), { ...content, [key]: value }), key).not.toBe(base);
    }
    expect(auditEntryHash(2, "0".repeat(64), content)).not.toBe(base);
    expect(auditEntryHash(1, "1".repeat(64), content)).not.toBe(base);
  });
});

describe("tampering behind the application's back", () => {
  it("an edited row: the first broken link is that entry", async () => {
    await writeEntries(5);
    await sql`update audit_log set detail = ${'{"i":99}'} where seq = 3`.execute(t.db);
    expect((await verifyAuditChain(t.db)).broken).toMatchObject({ reason: "edited", seq: 3 });
  });

  it("an edited row whose hash was recomputed too: the next entry no longer points at it", async () => {
    await writeEntries(5);
    const row = await t.db.selectFrom("audit_log").selectAll().where("seq", "=", 2).executeTakeFirstOrThrow();
    const forged = auditEntryHash(2, row.prev_hash!, { ...row, action: "test.forged" });
    await sql`update audit_log set action = 'test.forged', hash = ${forged} where seq = 2`.execute(t.db);
    expect((await verifyAuditChain(t.db)).broken).toMatchObject({ reason: "relinked", seq: 3 });
  });

  it("a deleted row, the newest rows deleted, a row slipped in", async () => {
    await writeEntries(5);
    await sql`delete from audit_log where seq = 4`.execute(t.db);
    expect((await verifyAuditChain(t.db)).broken).toEqual({ reason: "missing", seq: 4, found: 5 });

    await sql`delete from audit_log where seq >= 4`.execute(t.db);
    expect((await verifyAuditChain(t.db)).broken).toEqual({ reason: "missing", seq: 4, found: null });

    await sql`update audit_chain set seq = 3, hash = (select hash from audit_log where seq = 3)`.execute(t.db);
    expect((await verifyAuditChain(t.db)).broken).toBeNull();
    await sql`update audit_log set seq = seq + 1 where seq >= 2`.execute(t.db).catch(async () => {
      // Postgres checks the unique index row by row: move them one at a time, the last first.
      for (const seq of [3, 2]) await sql`update audit_log set seq = ${seq + 1} where seq = ${seq}`.execute(t.db);
    });
    await sql`insert into audit_log (id, actor_id, action, entity, entity_id, detail, request_id, created_at, seq, prev_hash, hash)
      select 'SLIPPED', null, 'test.slipped', 'thing', 'z', '{}', null, created_at, 2, prev_hash, hash from audit_log where seq = 3`.execute(t.db);
    expect((await verifyAuditChain(t.db)).broken).toMatchObject({ reason: "edited", seq: 2, id: "SLIPPED" });
  });

  it("entries appended while the walk goes on are no break: it checks up to the head as it stood when it began", async () => {
    // More than one read's worth (1,000 entries), so the walk reads again after the appends.
    await recordAudits(t.db, Array.from({ length: 1005 }, (_, i) => ({ actorId: null, action: "login" as const, entity: "user" as const, entityId: `b${i}` })));
    let appended = false;
    const report = await verifyAuditChain(t.db, {
      slice: async () => {
        if (appended) return;
        appended = true;
        await writeEntries(3);
      },
    });
    expect(appended).toBe(true);
    expect(report).toMatchObject({ checked: 1005, broken: null, head: { seq: 1005 } });
    expect((await verifyAuditChain(t.db)).head.seq).toBe(1008);
  });

  it("a head moved back over the newest entries", async () => {
    await writeEntries(4);
    await sql`update audit_chain set seq = 2`.execute(t.db);
    expect((await verifyAuditChain(t.db)).broken).toEqual({ reason: "head", seq: 4, headSeq: 2 });
  });
});

// The script only wires verifyAuditChain (above, on either database) to DATABASE_URL, its output and exit code: run
// once, on SQLite. On node with tsx's loader, as `npm run audit:verify`'s tsx runs it, without npx's and tsx's own
// processes around it (a second each of start-up).
describe.skipIf(TEST_DIALECT === "pg")("npm run audit:verify", () => {
  const run = promisify(execFile);
  const verify = (file: string, ...args: string[]) =>
    run(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts", ...args], { env: { ...process.env, DATABASE_URL: file } }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, out: err.stdout, err: err.stderr }),
    );

  // In Chinese by default, as the portal first speaks and its audit page says it; in English when asked.
  it("says the chain holds (exit 0), then names the edited entry (exit 1), in Chinese and with --lang en in English", async () => {
    await writeEntries(3);
    const ok = await verify(t.url);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/已核对 3 条/);
    expect(ok.out).toMatch(/审计链完整/);
    expect(ok.out).not.toMatch(/entries|chain|holds/);
    const okEn = await verify(t.url, "--lang", "en");
    expect(okEn.code).toBe(0);
    expect(okEn.out).toMatch(/3 entries checked/);
    expect(okEn.out).toMatch(/the chain holds/);
    await sql`update audit_log set entity_id = 'other' where seq = 2`.execute(t.db);
    const broken = await verify(t.url);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/审计链断开：第 2 条.*记录内容被改动/);
    const brokenEn = await verify(t.url, "--lang=en");
    expect(brokenEn.code).toBe(1);
    expect(brokenEn.out).toMatch(/BROKEN at entry 2 .*its content was changed/);
  }, 60_000);

  it("refuses an argument it does not know (exit 2), saying how it is called, before reading anything", async () => {
    for (const args of [["--lang", "fr"], ["--lang"], ["en"]]) {
      const refused = await verify(t.url, ...args);
      expect(refused.code).toBe(2);
      expect(refused.out).toBe("");
      expect(refused.err).toMatch(/Usage: npm run audit:verify \[-- --lang zh-CN\|en\]/);
    }
  }, 60_000);
});

describe("the system's own changes", () => {
  it("rule files activated at start-up are audited once, as the system's, on the chain", async () => {
    const library = getRulesRuntime().library;
    const first = await activateNewRules(t.db, library);
    expect(first.length).toBeGreaterThan(0);
    expect(await activateNewRules(t.db, library)).toEqual([]);
    const audited = await t.db.selectFrom("audit_log").select(["entity_id", "actor_id"]).where("action", "=", "rule_version.activate_from_file").execute();
    expect(audited.map((a) => a.entity_id).sort()).toEqual([...first].sort());
    expect(audited.every((a) => a.actor_id === null)).toBe(true);
    expect((await verifyAuditChain(t.db)).broken).toBeNull();
  });
});
