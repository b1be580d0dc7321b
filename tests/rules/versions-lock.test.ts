/**
 * Released rule versions are immutable: rules/versions.lock.json records every version file's fingerprint
 * (SHA-256 of its canonical JSON), and this test fails, naming the file, when a recorded version now says
 * something else ("publish a new version instead of editing vN"), when a version file is not recorded (adding it
 * is a conscious step: `npm run rules:lock`), and when a recorded one is gone. The lock script adds new versions
 * and refuses to rewrite a recorded hash.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalRuleJson, ruleFileSha256 } from "~/rules/load/fingerprint";
import { loadRuleSet, VERSIONS_LOCK_FILE } from "~/rules/load/read-files";
import { lockWithNewVersions, readVersionsLock, ruleFileHashes, versionsLockProblems, VersionsLockError } from "~/rules/load/versions-lock";
import { RULES_DIR } from "./fixtures";

const ROOT = path.resolve(RULES_DIR, "..");
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "rules-lock-"));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

let copies = 0;
/** A copy of the repository's rules directory, lock included. */
function rulesCopy(): string {
  const dir = path.join(tmpRoot, `copy-${++copies}`, "rules");
  fs.cpSync(RULES_DIR, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
const write = (dir: string, file: string, value: unknown) => fs.writeFileSync(path.join(dir, file), JSON.stringify(value, null, 2));
const problemsIn = (dir: string) => versionsLockProblems(ruleFileHashes(dir), readVersionsLock(dir));

/** R01's next version, as an author would publish it: v6's file with the next version number. */
function publishNextR01(dir: string): string {
  const v6 = read(dir, "filing/R01.v6.json");
  write(dir, "filing/R01.v7.json", { ...v6, version: 7, rule: { ...v6.rule, name: "R01@7" } });
  return "filing/R01.v7.json";
}

describe("rules/versions.lock.json: the repository's rule versions", () => {
  it("records every rule version file, each with the fingerprint of what it says now", () => {
    // Each message names the file and what to do; an empty list is the only pass.
    expect(problemsIn(RULES_DIR).map((p) => p.message)).toEqual([]);
  });

  it("lists exactly the files the loader reads, and is not read as a rule file itself", () => {
    const library = loadRuleSet(RULES_DIR);
    const locked = Object.keys(readVersionsLock(RULES_DIR));
    expect(locked).toHaveLength(library.length);
    expect(locked.map((f) => path.basename(f)).sort()).toEqual(library.map((d) => `${d.id}.v${d.version}.json`).sort());
    expect(library.every((d) => d.file !== VERSIONS_LOCK_FILE && !d.file.endsWith(`/${VERSIONS_LOCK_FILE}`))).toBe(true);
  });

  it("gives each loaded definition its file's fingerprint, the lock's", () => {
    const locked = readVersionsLock(RULES_DIR);
    for (const d of loadRuleSet(RULES_DIR)) {
      const key = Object.keys(locked).find((f) => f.endsWith(`/${d.id}.v${d.version}.json`))!;
      expect(d.sha256, `${d.id} v${d.version}`).toBe(locked[key]);
    }
  });
});

describe("the lock check", () => {
  it("names an edited version and says to publish a new one instead", () => {
    const dir = rulesCopy();
    const v5 = read(dir, "filing/R01.v5.json");
    write(dir, "filing/R01.v5.json", { ...v5, severity: v5.severity === "red" ? "amber" : "red" });
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "filing/R01.v5.json", kind: "edited" });
    expect(problems[0].message).toContain("rules/filing/R01.v5.json");
    expect(problems[0].message).toContain("publish a new version instead of editing v5");
    expect(problems[0].message).toContain("rules/filing/R01.v7.json");
  });

  it("reports a new version not in the lock, asking for npm run rules:lock", () => {
    const dir = rulesCopy();
    publishNextR01(dir);
    const problems = problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "filing/R01.v7.json", kind: "unlisted" });
    expect(problems[0].message).toContain("rules/filing/R01.v7.json is not in rules/versions.lock.json");
    expect(problems[0].message).toContain("npm run rules:lock");
  });

  it("reports a recorded version that is gone", () => {
    const dir = rulesCopy();
    fs.rmSync(path.join(dir, "filing/R01.v4.json"));
    expect(problemsIn(dir)).toEqual([expect.objectContaining({ file: "filing/R01.v4.json", kind: "removed" })]);
  });

  it("does not count reformatting as an edit: the fingerprint is of the canonical JSON", () => {
    const dir = rulesCopy();
    const v5 = read(dir, "filing/R01.v5.json");
    const reordered = Object.fromEntries(Object.entries(v5).reverse());
    fs.writeFileSync(path.join(dir, "filing/R01.v5.json"), `\uFEFF${JSON.stringify(reordered, null, 4)}\n`);
    expect(problemsIn(dir)).toEqual([]);
    expect(canonicalRuleJson(JSON.stringify(reordered))).toBe(canonicalRuleJson(JSON.stringify(v5)));
    expect(ruleFileSha256(JSON.stringify({ ...v5, title: { ...v5.title, en: `${v5.title.en}.` } }))).not.toBe(ruleFileSha256(JSON.stringify(v5)));
  });
});

describe("npm run rules:lock", () => {
  it("adds new versions and keeps the recorded ones", () => {
    const dir = rulesCopy();
    const before = readVersionsLock(dir);
    const added = publishNextR01(dir);
    const { versions, added: listed } = lockWithNewVersions(ruleFileHashes(dir), before);
    expect(listed).toEqual([added]);
    expect(versions).toEqual({ ...before, [added]: ruleFileSha256(fs.readFileSync(path.join(dir, added), "utf8")) });
  });

  it("refuses to rewrite the hash of a recorded version, adding nothing", () => {
    const dir = rulesCopy();
    publishNextR01(dir);
    const v5 = read(dir, "filing/R01.v5.json");
    write(dir, "filing/R01.v5.json", { ...v5, effectiveTo: "2099-12-31" });
    let error: unknown;
    try {
      lockWithNewVersions(ruleFileHashes(dir), readVersionsLock(dir));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(VersionsLockError);
    expect((error as VersionsLockError).problems.map((p) => p.file)).toEqual(["filing/R01.v5.json"]);
  });

  it("as a command: writes the new entry, then refuses an edit with exit code 1 and the file named, the lock unchanged", { timeout: 30_000 }, () => {
    const dir = rulesCopy();
    const added = publishNextR01(dir);
    const run = () => spawnSync(process.execPath, ["--import", "tsx", "scripts/rules-lock.ts", dir], { cwd: ROOT, encoding: "utf8" });

    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(added);
    expect(readVersionsLock(dir)[added]).toBe(ruleFileHashes(dir)[added]);

    const v7 = read(dir, added);
    write(dir, added, { ...v7, severity: "amber" });
    const lockBefore = fs.readFileSync(path.join(dir, VERSIONS_LOCK_FILE), "utf8");
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("rules/filing/R01.v7.json");
    expect(second.stderr).toContain("publish a new version instead of editing v7");
    expect(fs.readFileSync(path.join(dir, VERSIONS_LOCK_FILE), "utf8")).toBe(lockBefore);
  });
});
