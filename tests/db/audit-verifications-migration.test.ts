/**
 * Migration 2026-12-06T0210_audit_verifications: the table of verifications of the audit chain, with one running
 * at a time (a unique `running`, null once ended: many ended ones beside a running one); down and up again, on both
 * dialects.
 */
import { describe, expect, it } from "vitest";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-06T0200_rule_version_fingerprints";

const verification = (id: string, running: number | null) => ({
  id,
  status: running === null ? "holds" : "running",
  running,
  requested_by: null,
  started_at: "2026-12-06T01:00:00.000Z",
  progressed_at: "2026-12-06T01:00:00.000Z",
  finished_at: running === null ? "2026-12-06T01:01:00.000Z" : null,
  head_seq: 3,
  head_hash: "a".repeat(64),
  chain_started_at: "2026-12-01T00:00:00.000Z",
  cursor_seq: 0,
  cursor_hash: "0".repeat(64),
  broken: null,
});

describe("migration 2026-12-06T0210_audit_verifications", () => {
  const t = useMigrationTest(BEFORE);

  it("makes the table: many ended verifications, one running at a time, checked from 0", async () => {
    await t.migrateTo("latest");
    await t.db.insertInto("audit_verifications").values(verification("v1", null) as never).execute();
    await t.db.insertInto("audit_verifications").values(verification("v2", null) as never).execute();
    await t.db.insertInto("audit_verifications").values(verification("v3", 1) as never).execute();
    await expect(t.db.insertInto("audit_verifications").values(verification("v4", 1) as never).execute()).rejects.toThrow();
    const rows = await t.db.selectFrom("audit_verifications").select(["id", "checked", "before_chain"]).orderBy("id").execute();
    expect(rows.map((r) => [r.id, Number(r.checked), r.before_chain])).toEqual([
      ["v1", 0, null],
      ["v2", 0, null],
      ["v3", 0, null],
    ]);
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE);
    await t.migrateTo("latest");
    expect(await t.db.selectFrom("audit_verifications").selectAll().execute()).toEqual([]);
  });
});
