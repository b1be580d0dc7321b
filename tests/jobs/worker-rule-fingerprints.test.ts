/**
 * The real worker process (`npm run worker`: jobs/worker.ts) started with rule files that differ from the ones the
 * database recorded (the web process started first) does not start: it logs one fatal line naming the rule and
 * version and exits with code 1, before it connects to Redis or activates anything.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkRuleFingerprints } from "~/domain/rules-runtime/rule-fingerprints.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { RULES_DIR } from "../rules/fixtures";
import { createTestDb, type TestDb } from "../setup/test-db";
import { killWorker, spawnWorker, type WorkerChild } from "../setup/worker";

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "worker-fingerprints-"));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

describe("a worker with other rule files than the database recorded", () => {
  let t: TestDb;
  const children: WorkerChild[] = [];
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    for (const c of children.splice(0)) await killWorker(c);
    await t.destroy();
  });

  it("logs the rule and version and exits with code 1", { timeout: 60_000 }, async () => {
    await checkRuleFingerprints(t.db, loadRuleSet(RULES_DIR));
    const rulesDir = path.join(tmpRoot, "rules");
    fs.cpSync(RULES_DIR, rulesDir, { recursive: true });
    const v5 = JSON.parse(fs.readFileSync(path.join(rulesDir, "filing/R01.v5.json"), "utf8"));
    fs.writeFileSync(path.join(rulesDir, "filing/R01.v5.json"), JSON.stringify({ ...v5, severity: v5.severity === "red" ? "amber" : "red" }, null, 2));

    // No Redis listens there: the worker must stop before it needs one.
    const child = spawnWorker({ DATABASE_URL: t.url, RULES_DIR: rulesDir, REDIS_URL: "redis://127.0.0.1:1", JOBS_PREFIX: `fp-${process.pid}` });
    children.push(child);
    const code = await child.exited;
    const fatal = child.lines.find((l) => l.level === 60 || l.level === "fatal");
    expect(code, `stdout: ${JSON.stringify(child.lines)} stderr: ${child.stderr.join("")}`).toBe(1);
    expect(fatal?.msg).toBe("the worker cannot start: its context (the rules) cannot be loaded");
    expect(String(fatal?.err)).toMatch(/R01 v5 \(.*filing\/R01\.v5\.json\)/);
    expect(String(fatal?.err)).toContain("publish a new version instead of editing v5");
    expect(await t.db.selectFrom("rule_activations").select("id").execute()).toEqual([]);
  });
});
