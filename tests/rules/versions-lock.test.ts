/**
 * Released rule versions are immutable: rules/versions.lock.json records every version file's fingerprint
 * (SHA-256 of its canonical JSON), and this test fails, naming the file, when a recorded version now says
 * something else ("publish a new version instead of editing vN"), when a version file is not recorded (adding it
 * is a conscious step: `npm run rules:lock`), and when a recorded one is gone. The lock script adds new versions
 * and refuses to rewrite a recorded hash.
 *
 * The cited texts' entries (rules/legal-texts) are in the same lock: a flag keeps the basis its version cited
 * (rule_texts), and the running app does not read the table, so an entry may change (a repealed text gets its
 * inForceTo) — but only on purpose: the test names an edited entry, and the script re-records it only when told
 * why (`--text … --why …`), appending the change to legalTextChanges.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalRuleJson, ruleFileSha256 } from "~/rules/load/fingerprint";
import { loadRuleSet, VERSIONS_LOCK_FILE } from "~/rules/load/read-files";
import { loadLegalTexts } from "~/rules/load/legal-texts";
import {
  legalTextHashes,
  legalTextsLockProblems,
  lockWithNewTexts,
  lockWithNewVersions,
  readLock,
  readVersionsLock,
  ruleFileHashes,
  versionsLockProblems,
  VersionsLockError,
} from "~/rules/load/versions-lock";
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

const textProblemsIn = (dir: string) => legalTextsLockProblems(legalTextHashes(dir), readLock(dir).legalTexts);
const TEXT_2011 = "legal-texts/kindergarten-fees-2011.json";
const LAW = "legal-texts/preschool-education-law.json";
const WHY = "1644号 read: it does not repeal the 2011 办法";
/** The 2011 办法's note, once whether 1644号 repeals it is settled: an edit that changes no citation's validity. */
const settle2011 = (dir: string) =>
  write(dir, TEXT_2011, { ...read(dir, TEXT_2011), note: "Issued 2011-12-31 by NDRC, MOE and MOF; in force from its issue. 1644号 does not repeal it." });
/** The 2011 办法 ended the day before 1644号 took effect: versions still citing it after that would be refused. */
const end2011 = (dir: string) => write(dir, TEXT_2011, { ...read(dir, TEXT_2011), inForceTo: "2025-12-31" });

describe("rules/versions.lock.json: the cited texts (rules/legal-texts)", () => {
  it("records every cited text's entry, each with the fingerprint of what it says now", () => {
    expect(textProblemsIn(RULES_DIR).map((p) => p.message)).toEqual([]);
    expect(Object.keys(readLock(RULES_DIR).legalTexts)).toHaveLength(loadLegalTexts(path.join(RULES_DIR, "legal-texts")).length);
  });

  it("names an edited entry: a cited text changed, restore it but for inForceTo or record why", () => {
    const dir = rulesCopy();
    settle2011(dir);
    const problems = textProblemsIn(dir);
    expect(problems).toEqual([expect.objectContaining({ file: TEXT_2011, kind: "edited" })]);
    expect(problems[0].message).toContain(`rules/${TEXT_2011} differs from the cited text's entry recorded in rules/versions.lock.json`);
    expect(problems[0].message).toContain("a cited text changed");
    expect(problems[0].message).toContain("add the new text as a file of its own");
    expect(problems[0].message).toContain(`npm run rules:lock -- --text ${TEXT_2011} --why`);
    // The rule versions' section is not concerned.
    expect(problemsIn(dir)).toEqual([]);
  });

  it("names a new text not recorded and a recorded one that is gone", () => {
    const dir = rulesCopy();
    write(dir, "legal-texts/some-new-text.json", { document: "《某新规定》", inForceFrom: "2027-01-01", inForceTo: null, regions: null, note: "test" });
    fs.rmSync(path.join(dir, LAW));
    const problems = textProblemsIn(dir);
    expect(problems.map((p) => [p.file, p.kind])).toEqual([
      [LAW, "removed"],
      ["legal-texts/some-new-text.json", "unlisted"],
    ]);
    expect(problems[0].message).toContain("restore it");
    expect(problems[1].message).toContain("npm run rules:lock");
  });

  it("does not count reformatting an entry as an edit", () => {
    const dir = rulesCopy();
    const text = read(dir, LAW);
    fs.writeFileSync(path.join(dir, LAW), `\uFEFF${JSON.stringify(Object.fromEntries(Object.entries(text).reverse()), null, 4)}\n`);
    expect(textProblemsIn(dir)).toEqual([]);
  });
});

describe("npm run rules:lock: a cited text's change", () => {
  const lockOf = (dir: string) => readLock(dir);

  it("refuses an edited text not named, and re-records a named one with its reason, keeping the others", () => {
    const dir = rulesCopy();
    const before = lockOf(dir);
    settle2011(dir);
    expect(() => lockWithNewTexts(legalTextHashes(dir), before)).toThrow(VersionsLockError);

    const now = legalTextHashes(dir);
    const { legalTexts, legalTextChanges, changed, added } = lockWithNewTexts(now, before, { file: TEXT_2011, why: WHY });
    expect(added).toEqual([]);
    expect(changed).toEqual({ file: TEXT_2011, was: before.legalTexts[TEXT_2011], now: now[TEXT_2011], why: WHY });
    expect(legalTexts).toEqual({ ...before.legalTexts, [TEXT_2011]: now[TEXT_2011] });
    expect(legalTextChanges).toEqual([...before.legalTextChanges, changed]);
  });

  it("refuses a change without a reason, one of a text that is not edited, and while another text differs", () => {
    const dir = rulesCopy();
    settle2011(dir);
    const before = lockOf(dir);
    const refused = (record: { file: string; why: string }) => {
      try {
        lockWithNewTexts(legalTextHashes(dir), before, record);
      } catch (err) {
        return (err as VersionsLockError).problems.map((p) => p.file);
      }
      return null;
    };
    expect(refused({ file: TEXT_2011, why: "  " })).toEqual([TEXT_2011]);
    expect(refused({ file: LAW, why: "a reason" })).toEqual([LAW]);
    write(dir, LAW, { ...read(dir, LAW), note: "edited too" });
    expect(refused({ file: TEXT_2011, why: "a reason" })).toEqual([LAW]);
  });

  it("as a command: refuses the edit unnamed, records it with --why, refuses one that leaves a version citing a text outside its days", { timeout: 30_000 }, () => {
    const dir = rulesCopy();
    const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/rules-lock.ts", dir, ...args], { cwd: ROOT, encoding: "utf8" });
    const lockText = () => fs.readFileSync(path.join(dir, VERSIONS_LOCK_FILE), "utf8");

    settle2011(dir);
    const unchanged = lockText();
    const unnamed = run();
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toContain(`rules/${TEXT_2011}`);
    expect(unnamed.stderr).toContain("a cited text changed");
    expect(lockText()).toBe(unchanged);

    const named = run("--text", `rules/${TEXT_2011}`, "--why", WHY);
    expect(named.status, named.stderr).toBe(0);
    expect(named.stdout).toContain(`recorded the change of ${TEXT_2011}`);
    expect(lockOf(dir).legalTextChanges).toEqual([
      { file: TEXT_2011, was: readLock(RULES_DIR).legalTexts[TEXT_2011], now: legalTextHashes(dir)[TEXT_2011], why: WHY },
    ]);
    expect(textProblemsIn(dir)).toEqual([]);
    expect(lockOf(dir).versions).toEqual(readVersionsLock(RULES_DIR));

    // Ending the 2011 办法 before versions that still cite it end: refused, naming them; they need new versions first.
    end2011(dir);
    const recorded = lockText();
    const breaking = run("--text", TEXT_2011, "--why", "repealed by 1644号");
    expect(breaking.status).toBe(1);
    expect(breaking.stderr).toContain("cites 《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）");
    expect(breaking.stderr).toContain("in force only until 2025-12-31");
    expect(lockText()).toBe(recorded);

    const half = run("--text", LAW);
    expect(half.status).toBe(1);
    expect(half.stderr).toContain("--text and --why go together");
  });
});

describe("the cited texts' table is not read by the running app", () => {
  // What keeps this lock (and no start-up fingerprint) enough: a flag shows the basis its version cited, from
  // rule_texts. A page or job that read the table (a text's note or dates beside a flag) would make past flags
  // change with an edit: the table would then be fingerprinted at start-up like the rule versions.
  it("no module of the app, the jobs or the server imports rules/load/legal-texts", () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
    const readers = [...sources("app"), ...sources("jobs"), "server.ts"].filter((file) =>
      /load\/legal-texts["']|loadLegalTexts/.test(fs.readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(readers).toEqual([]);
  });
});
