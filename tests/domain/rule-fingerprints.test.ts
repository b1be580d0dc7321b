/**
 * Start-up records each loaded rule version's fingerprint (rule_version_fingerprints) and refuses a process whose
 * file of a recorded version differs (app/domain/rules-runtime/rule-fingerprints.server.ts): the first start
 * records, the same files pass, an edited version is refused with its name, a new version is recorded, two
 * processes starting at once record each version once, and a worker (createJobContext) with other rule files than
 * the database recorded is refused before it activates anything. SQLite and Postgres.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "~/db/client";
import { checkRuleFingerprints, RuleFingerprintError } from "~/domain/rules-runtime/rule-fingerprints.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { createJobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { RULES_DIR } from "../rules/fixtures";
import { createTestDb, type TestDb } from "../setup/test-db";

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "rule-fingerprints-"));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

let copies = 0;
/** A copy of the repository's rule files with `change` applied. */
function rulesWith(change: (dir: string) => void): string {
  const dir = path.join(tmpRoot, `copy-${++copies}`, "rules");
  fs.cpSync(RULES_DIR, dir, { recursive: true });
  change(dir);
  return dir;
}
const readJson = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
const writeJson = (dir: string, file: string, value: unknown) => fs.writeFileSync(path.join(dir, file), JSON.stringify(value, null, 2));

/** R01 v5 edited in place: its severity changed. */
const editR01v5 = (dir: string) => {
  const v5 = readJson(dir, "filing/R01.v5.json");
  writeJson(dir, "filing/R01.v5.json", { ...v5, severity: v5.severity === "red" ? "amber" : "red" });
};
/** R01 v7 published beside the released versions. */
const publishR01v7 = (dir: string) => {
  const v6 = readJson(dir, "filing/R01.v6.json");
  writeJson(dir, "filing/R01.v7.json", { ...v6, version: 7, rule: { ...v6.rule, name: "R01@7" } });
};

const released = loadRuleSet(RULES_DIR);

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.destroy();
});

const rows = () => t.db.selectFrom("rule_version_fingerprints").selectAll().orderBy("rule_id").orderBy("version").execute();
const shaOf = async (ruleId: string, version: number) =>
  (await t.db.selectFrom("rule_version_fingerprints").select("sha256").where("rule_id", "=", ruleId).where("version", "=", version).executeTakeFirst())?.sha256;

async function refusal(run: Promise<unknown>): Promise<RuleFingerprintError> {
  try {
    await run;
  } catch (err) {
    if (err instanceof RuleFingerprintError) return err;
    throw err;
  }
  throw new Error("expected a RuleFingerprintError");
}

describe("rule version fingerprints at start-up", () => {
  it("the first start records every loaded version with its file's fingerprint and when it was first seen", async () => {
    const now = new Date("2026-12-06T01:00:00.000Z");
    const written = await checkRuleFingerprints(t.db, released, now);
    expect(written.sort()).toEqual(released.map((d) => `${d.id}@${d.version}`).sort());
    const recorded = await rows();
    expect(recorded).toHaveLength(released.length);
    for (const d of released) {
      const row = recorded.find((r) => r.rule_id === d.id && Number(r.version) === d.version);
      expect(row, `${d.id} v${d.version}`).toMatchObject({ sha256: d.sha256, first_seen_at: now.toISOString() });
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("a start with the same files passes and records nothing, keeping when each version was first seen", async () => {
    await checkRuleFingerprints(t.db, released, new Date("2026-12-06T01:00:00.000Z"));
    // The files read again, as a restarted process reads them.
    expect(await checkRuleFingerprints(t.db, loadRuleSet(RULES_DIR), new Date("2026-12-07T01:00:00.000Z"))).toEqual([]);
    expect(new Set((await rows()).map((r) => r.first_seen_at))).toEqual(new Set(["2026-12-06T01:00:00.000Z"]));
  });

  it("refuses a start whose file of a recorded version was edited, naming the rule, the version and the file", async () => {
    await checkRuleFingerprints(t.db, released);
    const before = await rows();
    const edited = loadRuleSet(rulesWith(editR01v5));
    const err = await refusal(checkRuleFingerprints(t.db, edited));
    expect(err.mismatches).toEqual([
      expect.objectContaining({
        ruleId: "R01",
        version: 5,
        recordedSha256: released.find((d) => d.id === "R01" && d.version === 5)!.sha256,
        loadedSha256: edited.find((d) => d.id === "R01" && d.version === 5)!.sha256,
      }),
    ]);
    expect(err.message).toMatch(/R01 v5 \(.*rules\/filing\/R01\.v5\.json\)/);
    expect(err.message).toContain("publish a new version instead of editing v5");
    // The recorded fingerprint stays: a refused start rewrites nothing.
    expect(await rows()).toEqual(before);
  });

  it("records a new version beside the recorded ones", async () => {
    await checkRuleFingerprints(t.db, released);
    const next = loadRuleSet(rulesWith(publishR01v7));
    expect(await checkRuleFingerprints(t.db, next)).toEqual(["R01@7"]);
    expect(await shaOf("R01", 7)).toBe(next.find((d) => d.id === "R01" && d.version === 7)!.sha256);
    expect(await rows()).toHaveLength(released.length + 1);
  });

  it("records a version first seen after an edit elsewhere was refused, and still refuses the edit", async () => {
    await checkRuleFingerprints(t.db, released);
    const both = loadRuleSet(
      rulesWith((dir) => {
        editR01v5(dir);
        publishR01v7(dir);
      }),
    );
    const err = await refusal(checkRuleFingerprints(t.db, both));
    expect(err.mismatches.map((m) => `${m.ruleId}@${m.version}`)).toEqual(["R01@5"]);
    expect(await shaOf("R01", 7)).toBe(both.find((d) => d.id === "R01" && d.version === 7)!.sha256);
  });

  it("two processes starting at once with the same files record each version once, and both start", async () => {
    const other = createDb(t.url);
    try {
      const [a, b] = await Promise.all([checkRuleFingerprints(t.db, released), checkRuleFingerprints(other, loadRuleSet(RULES_DIR))]);
      expect([...a, ...b].sort()).toEqual(released.map((d) => `${d.id}@${d.version}`).sort());
      expect(await rows()).toHaveLength(released.length);
    } finally {
      await other.destroy();
    }
  });

  it("of two processes starting at once with different files of a version, exactly one starts", async () => {
    const other = createDb(t.url);
    try {
      const outcomes = await Promise.allSettled([checkRuleFingerprints(t.db, released), checkRuleFingerprints(other, loadRuleSet(rulesWith(editR01v5)))]);
      const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
      expect(refused).toHaveLength(1);
      expect(refused[0].reason).toBeInstanceOf(RuleFingerprintError);
      expect((refused[0].reason as RuleFingerprintError).mismatches.map((m) => `${m.ruleId}@${m.version}`)).toEqual(["R01@5"]);
      expect(await rows()).toHaveLength(released.length);
    } finally {
      await other.destroy();
    }
  });

  it("a worker whose rule files differ from what the database recorded is refused before it activates anything", async () => {
    // The web process started first and recorded the released files.
    await checkRuleFingerprints(t.db, released);
    const err = await refusal(createJobContext({ db: t.db, rulesDir: rulesWith(editR01v5), logger: silentLogger }));
    expect(err.message).toContain("R01 v5");
    expect(await t.db.selectFrom("rule_activations").select("id").execute()).toEqual([]);
    // With the released files it starts, and records nothing new.
    const ctx = await createJobContext({ db: t.db, rulesDir: RULES_DIR, logger: silentLogger });
    expect(ctx.rules.library).toHaveLength(released.length);
    expect(await rows()).toHaveLength(released.length);
  });

  it("a worker started first records the fingerprints the web process is then compared with", async () => {
    await createJobContext({ db: t.db, rulesDir: RULES_DIR, logger: silentLogger });
    expect(await rows()).toHaveLength(released.length);
    const err = await refusal(checkRuleFingerprints(t.db, loadRuleSet(rulesWith(editR01v5))));
    expect(err.mismatches.map((m) => `${m.ruleId}@${m.version}`)).toEqual(["R01@5"]);
  });
});
