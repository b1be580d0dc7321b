/**
 * The web server (compiled, as `npm run serve` runs it) refuses to start with rule files that differ from the
 * versions its database recorded: it says which rule and version, in its log and on stderr, and exits with code 1
 * before it serves anything. With the released files and a new version beside them it starts.
 *
 * Needs `npm run build` (npm test runs it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { checkRuleFingerprints } from "~/domain/rules-runtime/rule-fingerprints.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { RULES_DIR } from "../rules/fixtures";
import { startServer } from "../setup/server";

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "start-up-fingerprints-"));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

/** A copy of the released rule files with `change` applied. */
function rulesWith(name: string, change: (dir: string) => void): string {
  const dir = path.join(tmpRoot, name);
  fs.cpSync(RULES_DIR, dir, { recursive: true });
  change(dir);
  return dir;
}
const readJson = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));

/** A server's database on which a process with the released files started: every version recorded. */
async function recordedDatabase(name: string): Promise<string> {
  const dir = path.join(tmpRoot, name);
  fs.mkdirSync(dir);
  const db = createDb(path.join(dir, "portal.db"));
  try {
    await migrateToLatest(db);
    await checkRuleFingerprints(db, loadRuleSet(RULES_DIR));
  } finally {
    await db.destroy();
  }
  return dir;
}

describe("the web server's start-up with rule files other than the database recorded", () => {
  let edited: string;
  let added: string;
  beforeAll(() => {
    edited = rulesWith("edited", (dir) => {
      const v5 = readJson(dir, "filing/R01.v5.json");
      fs.writeFileSync(path.join(dir, "filing/R01.v5.json"), JSON.stringify({ ...v5, severity: v5.severity === "red" ? "amber" : "red" }, null, 2));
    });
    added = rulesWith("added", (dir) => {
      const v6 = readJson(dir, "filing/R01.v6.json");
      fs.writeFileSync(path.join(dir, "filing/R01.v7.json"), JSON.stringify({ ...v6, version: 7, rule: { ...v6.rule, name: "R01@7" } }, null, 2));
    });
  });

  it("refuses an edited released version, naming it, with exit code 1", { timeout: 90_000 }, async () => {
    const dir = await recordedDatabase("db-edited");
    const start = startServer({ dir, env: { RULES_DIR: edited, DEMO_DATA: "0", LOG_LEVEL: "info" } });
    const err = await start.then(
      async (server) => {
        await server.stop();
        throw new Error("the server started");
      },
      (e: Error) => e,
    );
    expect(err.message).toContain("server exited early (code 1");
    expect(err.message).toContain("The rules cannot be loaded; the portal does not start.");
    expect(err.message).toMatch(/R01 v5 \(.*filing\/R01\.v5\.json\): recorded .* with sha256 [0-9a-f]{64}, this file has [0-9a-f]{64}/);
    expect(err.message).toContain("publish a new version instead of editing v5");
    // The structured log says it too.
    expect(err.message).toMatch(/"level":60[^\n]*"msg":"the rules cannot be loaded; the portal does not start"/);
  });

  it("starts with the released files and a new version beside them, recording the new version", { timeout: 90_000 }, async () => {
    const dir = await recordedDatabase("db-added");
    const server = await startServer({ dir, env: { RULES_DIR: added, DEMO_DATA: "0" } });
    try {
      const db = createDb(server.databaseUrl);
      try {
        const row = await db.selectFrom("rule_version_fingerprints").select("sha256").where("rule_id", "=", "R01").where("version", "=", 7).executeTakeFirst();
        expect(row?.sha256).toBe(loadRuleSet(added).find((d) => d.id === "R01" && d.version === 7)!.sha256);
      } finally {
        await db.destroy();
      }
    } finally {
      await server.stop();
    }
  });
});
