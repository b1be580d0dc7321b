/**
 * rules/versions.lock.json: the fingerprint (fingerprint.ts) of every released rule version file and of every
 * cited text's entry (rules/legal-texts), by its path inside the rules directory ("filing/R01.v5.json",
 * "legal-texts/price-law.json"). The two sections differ in what an edit may do:
 * - a released version is never edited — filings, accounts and complaints already judged under it would
 *   silently change meaning — so its entry is never rewritten: publish a new version;
 * - a cited text's entry (its title as cited, in-force dates, regions, note) is not what a flag shows — a flag
 *   keeps the basis its version cited, recorded in rule_texts — but it decides which days and regions a version
 *   may cite the text for (citationProblems). It may have to change (a text repealed gets its inForceTo; a date
 *   found wrong is corrected), so an edit is recorded on purpose, with why, in `legalTextChanges`.
 * `versionsLockProblems` / `legalTextsLockProblems` are the checks tests/rules/versions-lock.test.ts runs (a listed
 * file that differs, a file not listed, a listed file gone, each named); `lockWithNewVersions` /
 * `lockWithNewTexts` are `npm run rules:lock` (scripts/rules-lock.ts): they add what is not listed, re-record a
 * text only when its change is given with a reason, and otherwise refuse, changing nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { ruleFileSha256 } from "./fingerprint";
import { LEGAL_TEXTS_DIR, listRuleFiles, VERSIONS_LOCK_FILE } from "./read-files";

/** Path inside the rules directory ("/"-separated) → SHA-256 of the file's canonical JSON. */
export type VersionHashes = Record<string, string>;

/** A cited text's entry re-recorded: the file, its fingerprints before and after, and why it changed. */
export interface LegalTextChange {
  file: string;
  was: string;
  now: string;
  why: string;
}

/** What the lock records (its `about` aside); a section missing from an older lock reads as empty. */
export interface VersionsLock {
  versions: VersionHashes;
  legalTexts: VersionHashes;
  legalTextChanges: LegalTextChange[];
}

export interface VersionsLockFile extends VersionsLock {
  about: string;
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
  "listed one. legalTexts: the same of each cited text's entry (rules/legal-texts); an edit is recorded with its " +
  "reason in legalTextChanges (`npm run rules:lock -- --text <file> --why <reason>`). See rules/README.md, " +
  "\"Released versions are immutable\".";

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The fingerprint of every rule file under `dir`, by its path inside it. */
export function ruleFileHashes(dir: string): VersionHashes {
  const hashes: VersionHashes = {};
  for (const absolute of listRuleFiles(dir)) {
    hashes[path.relative(dir, absolute).split(path.sep).join("/")] = ruleFileSha256(fs.readFileSync(absolute, "utf8"));
  }
  return hashes;
}

/** The fingerprint of every cited text's entry (`legal-texts/*.json` under `dir`), by its path inside `dir`. */
export function legalTextHashes(dir: string): VersionHashes {
  const hashes: VersionHashes = {};
  const texts = path.join(dir, LEGAL_TEXTS_DIR);
  if (!fs.existsSync(texts)) return hashes;
  for (const name of fs.readdirSync(texts).filter((n) => n.endsWith(".json")).sort()) {
    hashes[`${LEGAL_TEXTS_DIR}/${name}`] = ruleFileSha256(fs.readFileSync(path.join(texts, name), "utf8"));
  }
  return hashes;
}

/** What `dir`'s versions.lock.json records; nothing when there is no such file. */
export function readLock(dir: string): VersionsLock {
  const file = path.join(dir, VERSIONS_LOCK_FILE);
  const read = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Partial<VersionsLockFile>) : {};
  return { versions: read.versions ?? {}, legalTexts: read.legalTexts ?? {}, legalTextChanges: read.legalTextChanges ?? [] };
}

/** The versions listed in `dir`'s versions.lock.json; none when there is no such file. */
export function readVersionsLock(dir: string): VersionHashes {
  return readLock(dir).versions;
}

export function writeLock(dir: string, lock: VersionsLock): void {
  const sorted = (hashes: VersionHashes) => Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => byPath(a, b)));
  const content: VersionsLockFile = {
    about: ABOUT,
    versions: sorted(lock.versions),
    legalTexts: sorted(lock.legalTexts),
    legalTextChanges: lock.legalTextChanges,
  };
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

/** How one section of the lock names what is wrong with one of its files. */
interface LockSection {
  edited(file: string, was: string, now: string, current: VersionHashes): string;
  unlisted(file: string): string;
  removed(file: string): string;
}

const RULE_VERSIONS: LockSection = {
  edited(file, was, now, current) {
    const version = VERSION_FILE.exec(file)?.groups?.version;
    const next = nextVersionFile(file, current);
    return (
      `rules/${file} differs from the released version recorded in rules/${VERSIONS_LOCK_FILE} ` +
      `(sha256 ${short(was)}…, now ${short(now)}…): publish a new version instead of editing v${version ?? "?"}` +
      (next ? ` — restore the file and put the change in rules/${next}` : "")
    );
  },
  unlisted: (file) =>
    `rules/${file} is not in rules/${VERSIONS_LOCK_FILE}: a new version is recorded there on purpose, once it is final — ` +
    "run `npm run rules:lock` (after that it is never edited again)",
  removed: (file) =>
    `rules/${file} is recorded in rules/${VERSIONS_LOCK_FILE} but is no longer in rules/: a released version is never ` +
    "removed (what was judged under it names it; a later version can withdraw it) — restore it",
};

const LEGAL_TEXTS: LockSection = {
  edited: (file, was, now) =>
    `rules/${file} differs from the cited text's entry recorded in rules/${VERSIONS_LOCK_FILE} ` +
    `(sha256 ${short(was)}…, now ${short(now)}…): a cited text changed. Released versions cite it by its title for ` +
    "the days and regions this entry gives, so the change is recorded on purpose: if the text was amended or " +
    "replaced, restore this entry but for its inForceTo (the last day of the old text) and add the new text as a " +
    "file of its own, cited by a new rule version; if the entry was wrong, say so in its note. Then record why: " +
    `\`npm run rules:lock -- --text ${file} --why "<reason>"\``,
  unlisted: (file) =>
    `rules/${file} is not in rules/${VERSIONS_LOCK_FILE}: a new cited text is recorded there on purpose — run \`npm run rules:lock\``,
  removed: (file) =>
    `rules/${file} is recorded in rules/${VERSIONS_LOCK_FILE} but is no longer in rules/: released versions cite the ` +
    "text for their days, so it stays listed (a text no longer in force gets an inForceTo) — restore it",
};

/** What differs between the files of one section and the lock's entries, each problem naming its file. Sorted by file. */
function sectionProblems(current: VersionHashes, locked: VersionHashes, section: LockSection): VersionsLockProblem[] {
  const problems: VersionsLockProblem[] = [];
  for (const [file, sha] of Object.entries(current)) {
    const was = locked[file];
    if (was === undefined) problems.push({ file, kind: "unlisted", message: section.unlisted(file) });
    else if (was !== sha) problems.push({ file, kind: "edited", message: section.edited(file, was, sha, current) });
  }
  for (const file of Object.keys(locked)) {
    if (!(file in current)) problems.push({ file, kind: "removed", message: section.removed(file) });
  }
  return problems.sort((a, b) => byPath(a.file, b.file));
}

/** What differs between the rule version files there are and the lock. Sorted by file. */
export function versionsLockProblems(current: VersionHashes, locked: VersionHashes): VersionsLockProblem[] {
  return sectionProblems(current, locked, RULE_VERSIONS);
}

/** What differs between the cited texts' entries there are and the lock. Sorted by file. */
export function legalTextsLockProblems(current: VersionHashes, locked: VersionHashes): VersionsLockProblem[] {
  return sectionProblems(current, locked, LEGAL_TEXTS);
}

/**
 * `locked` with the unlisted files added; the other problems refuse (a VersionsLockError, adding nothing) unless
 * `accepted` takes them. Returns the new hashes and which files were added.
 */
function withNewEntries(
  problems: readonly VersionsLockProblem[],
  current: VersionHashes,
  locked: VersionHashes,
  accepted: (p: VersionsLockProblem) => boolean = () => false,
): { hashes: VersionHashes; added: string[] } {
  const refused = problems.filter((p) => p.kind !== "unlisted" && !accepted(p));
  if (refused.length > 0) throw new VersionsLockError(refused);
  const added = problems.filter((p) => p.kind === "unlisted").map((p) => p.file);
  const hashes = { ...locked };
  for (const p of problems) if (p.kind !== "removed") hashes[p.file] = current[p.file];
  return { hashes, added };
}

/**
 * The lock with every version not yet listed added, and which were added. Throws a VersionsLockError (adding
 * nothing) while a listed version differs from its entry or is gone: an entry's hash is never rewritten.
 */
export function lockWithNewVersions(current: VersionHashes, locked: VersionHashes): { versions: VersionHashes; added: string[] } {
  const { hashes, added } = withNewEntries(versionsLockProblems(current, locked), current, locked);
  return { versions: hashes, added };
}

/** A cited text's edit to record: the file (as the lock names it, "legal-texts/….json") and why it changed. */
export interface LegalTextRecord {
  file: string;
  why: string;
}

/**
 * The texts' section with every text not yet listed added and, when `record` names an edited text with a reason,
 * that text re-recorded and the change appended to `legalTextChanges`. Throws a VersionsLockError (changing
 * nothing) while another listed text differs or is gone, or when `record` names a text that is not edited or
 * gives no reason.
 */
export function lockWithNewTexts(
  current: VersionHashes,
  locked: Pick<VersionsLock, "legalTexts" | "legalTextChanges">,
  record?: LegalTextRecord,
): { legalTexts: VersionHashes; legalTextChanges: LegalTextChange[]; added: string[]; changed: LegalTextChange | null } {
  const problems = legalTextsLockProblems(current, locked.legalTexts);
  if (record) {
    const why = record.why.trim();
    const edited = problems.find((p) => p.file === record.file && p.kind === "edited");
    const refuse = (message: string) => new VersionsLockError([{ file: record.file, kind: "edited", message }]);
    if (!edited) throw refuse(`rules/${record.file} is not a recorded cited text that differs from its entry: nothing to record`);
    if (why === "") throw refuse(`rules/${record.file}: say why the cited text changed (--why "<reason>")`);
  }
  const accepted = (p: VersionsLockProblem) => record !== undefined && p.file === record.file && p.kind === "edited";
  const { hashes, added } = withNewEntries(problems, current, locked.legalTexts, accepted);
  const changed = record ? { file: record.file, was: locked.legalTexts[record.file], now: current[record.file], why: record.why.trim() } : null;
  return { legalTexts: hashes, legalTextChanges: changed ? [...locked.legalTextChanges, changed] : locked.legalTextChanges, added, changed };
}
