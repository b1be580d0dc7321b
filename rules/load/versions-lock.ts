/**
 * rules/versions.lock.json: the fingerprint (fingerprint.ts) of every released rule version file, by its path
 * inside the rules directory ("filing/R01.v5.json"). A released version is never edited — filings, accounts and
 * complaints already judged under it would silently change meaning — so its entry is never rewritten:
 * - `versionsLockProblems` is the check tests/rules/versions-lock.test.ts runs: a listed file whose content
 *   differs ("publish a new version instead of editing vN"), a rule file not listed (recording it is a
 *   conscious step), a listed file that is gone;
 * - `lockWithNewVersions` is `npm run rules:lock` (scripts/rules-lock.ts): it adds the versions not listed and
 *   refuses, changing nothing, while a listed one differs or is gone.
 */
import fs from "node:fs";
import path from "node:path";
import { ruleFileSha256 } from "./fingerprint";
import { listRuleFiles, VERSIONS_LOCK_FILE } from "./read-files";

/** Path inside the rules directory ("/"-separated) → SHA-256 of the file's canonical JSON. */
export type VersionHashes = Record<string, string>;

export interface VersionsLockFile {
  about: string;
  versions: VersionHashes;
}

export interface VersionsLockProblem {
  /** The path inside the rules directory. */
  file: string;
  kind: "edited" | "unlisted" | "removed";
  message: string;
}

export class VersionsLockError extends Error {
  constructor(readonly problems: readonly VersionsLockProblem[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.name = "VersionsLockError";
  }
}

const ABOUT =
  "SHA-256 of each released rule version file's canonical JSON (keys sorted, no whitespace). A listed version is " +
  "never edited: publish a new version instead. `npm run rules:lock` adds new versions and refuses to change a " +
  "listed one. See rules/README.md, \"Released versions are immutable\".";

/** The fingerprint of every rule file under `dir`, by its path inside it. */
export function ruleFileHashes(dir: string): VersionHashes {
  const hashes: VersionHashes = {};
  for (const absolute of listRuleFiles(dir)) {
    hashes[path.relative(dir, absolute).split(path.sep).join("/")] = ruleFileSha256(fs.readFileSync(absolute, "utf8"));
  }
  return hashes;
}

/** The versions listed in `dir`'s versions.lock.json; none when there is no such file. */
export function readVersionsLock(dir: string): VersionHashes {
  const file = path.join(dir, VERSIONS_LOCK_FILE);
  if (!fs.existsSync(file)) return {};
  return (JSON.parse(fs.readFileSync(file, "utf8")) as VersionsLockFile).versions;
}

export function writeVersionsLock(dir: string, versions: VersionHashes): void {
  const sorted = Object.fromEntries(Object.entries(versions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const content: VersionsLockFile = { about: ABOUT, versions: sorted };
  fs.writeFileSync(path.join(dir, VERSIONS_LOCK_FILE), `${JSON.stringify(content, null, 2)}\n`);
}

const VERSION_FILE = /^(?<dir>(?:.*\/)?)(?<id>[^/]+)\.v(?<version>\d+)\.json$/;

/** The next free version of the rule `file` is a version of, given the files there are: what to publish instead. */
function nextVersionFile(file: string, current: VersionHashes): string | null {
  const m = VERSION_FILE.exec(file)?.groups;
  if (!m) return null;
  let highest = Number(m.version);
  for (const other of Object.keys(current)) {
    const o = VERSION_FILE.exec(other)?.groups;
    if (o && o.dir === m.dir && o.id === m.id) highest = Math.max(highest, Number(o.version));
  }
  return `${m.dir}${m.id}.v${highest + 1}.json`;
}

const short = (sha: string) => sha.slice(0, 12);

/** What differs between the files there are and the lock, each problem naming its file. Sorted by file. */
export function versionsLockProblems(current: VersionHashes, locked: VersionHashes): VersionsLockProblem[] {
  const problems: VersionsLockProblem[] = [];
  for (const [file, sha] of Object.entries(current)) {
    const was = locked[file];
    if (was === undefined) {
      problems.push({
        file,
        kind: "unlisted",
        message:
          `rules/${file} is not in rules/${VERSIONS_LOCK_FILE}: a new version is recorded there on purpose, once it is final — ` +
          "run `npm run rules:lock` (after that it is never edited again)",
      });
    } else if (was !== sha) {
      const version = VERSION_FILE.exec(file)?.groups?.version;
      const next = nextVersionFile(file, current);
      problems.push({
        file,
        kind: "edited",
        message:
          `rules/${file} differs from the released version recorded in rules/${VERSIONS_LOCK_FILE} ` +
          `(sha256 ${short(was)}…, now ${short(sha)}…): publish a new version instead of editing v${version ?? "?"}` +
          (next ? ` — restore the file and put the change in rules/${next}` : ""),
      });
    }
  }
  for (const file of Object.keys(locked)) {
    if (!(file in current)) {
      problems.push({
        file,
        kind: "removed",
        message:
          `rules/${file} is recorded in rules/${VERSIONS_LOCK_FILE} but is no longer in rules/: a released version is never ` +
          "removed (what was judged under it names it; a later version can withdraw it) — restore it",
      });
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The lock with every version not yet listed added, and which were added. Throws a VersionsLockError (adding
 * nothing) while a listed version differs from its entry or is gone: an entry's hash is never rewritten.
 */
export function lockWithNewVersions(current: VersionHashes, locked: VersionHashes): { versions: VersionHashes; added: string[] } {
  const problems = versionsLockProblems(current, locked);
  const refused = problems.filter((p) => p.kind !== "unlisted");
  if (refused.length > 0) throw new VersionsLockError(refused);
  const added = problems.map((p) => p.file);
  const versions = { ...locked };
  for (const file of added) versions[file] = current[file];
  return { versions, added };
}
