/**
 * Migration 2026-12-06T0200_rule_version_fingerprints: a table of one fingerprint per rule version (the primary key
 * is the rule and version, so a second process's insert-or-ignore keeps the first row), nothing backfilled; down
 * and up again, on both dialects.
 */
import { describe, expect, it } from "vitest";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-06T0100_guidance_batch_version";

describe("migration 2026-12-06T0200_rule_version_fingerprints", () => {
  const t = useMigrationTest(BEFORE);
  const row = (sha256: string) => ({ rule_id: "R01", version: 5, sha256, first_seen_at: "2026-12-06T01:00:00.000Z" });
  const recorded = () => t.db.selectFrom("rule_version_fingerprints" as never).selectAll().execute() as Promise<Record<string, unknown>[]>;

  it("creates an empty table keyed by rule and version, where a second insert of a version is ignored", async () => {
    // An installation that already runs rules: nothing is backfilled from its activations (the first start records).
    await t.db
      .insertInto("rule_activations")
      .values({ id: "R01@5", rule_id: "R01", version: 5, active_from: "2025-06-01", active_to: null, activated_by: null, activated_at: "2026-01-01T00:00:00.000Z" })
      .execute();
    await t.migrateTo("latest");
    expect(await recorded()).toEqual([]);
    await t.db.insertInto("rule_version_fingerprints").values(row("a".repeat(64))).execute();
    await t.db
      .insertInto("rule_version_fingerprints")
      .values(row("b".repeat(64)))
      .onConflict((oc) => oc.columns(["rule_id", "version"]).doNothing())
      .execute();
    expect((await recorded()).map((r) => ({ ...r, version: Number(r.version) }))).toEqual([row("a".repeat(64))]);
    await expect(t.db.insertInto("rule_version_fingerprints").values(row("c".repeat(64))).execute()).rejects.toThrow();
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE);
    await expect(recorded()).rejects.toThrow();
    await t.migrateTo("latest");
    expect(await recorded()).toEqual([]);
  });
});
