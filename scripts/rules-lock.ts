/**
 * `npm run rules:lock [-- <rules dir>] [-- --text legal-texts/<file>.json --why "<reason>"]` (default ./rules):
 * records the rule version files and the cited texts (rules/legal-texts) not yet in rules/versions.lock.json, with
 * their fingerprints (rules/load/versions-lock.ts). Every file is validated first (as start-up does). A listed
 * version is never rewritten: while one differs from its entry or is gone, nothing is written and each is named. A
 * cited text that differs is re-recorded only when named with `--text` and a reason (`--why`), appended to
 * `legalTextChanges`, and only while every version still cites texts in force on its days (citationProblems).
 * Exit code 0 when the lock is complete, 1 when refused or a file is invalid.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { RuleFileError } from "~/rules/load/errors";
import { citationProblems, loadLegalTexts } from "~/rules/load/legal-texts";
import { LEGAL_TEXTS_DIR, loadRuleSet, VERSIONS_LOCK_FILE } from "~/rules/load/read-files";
import { fileChronology } from "~/rules/load/rule-set";
import {
  legalTextHashes,
  lockWithNewTexts,
  lockWithNewVersions,
  readLock,
  ruleFileHashes,
  VersionsLockError,
  writeLock,
} from "~/rules/load/versions-lock";

function main(dir: string, record: { file: string; why: string } | undefined): number {
  try {
    const library = loadRuleSet(dir);
    const texts = loadLegalTexts(path.join(dir, LEGAL_TEXTS_DIR));
    const locked = readLock(dir);
    const { versions, added } = lockWithNewVersions(ruleFileHashes(dir), locked.versions);
    const { legalTexts, legalTextChanges, added: addedTexts, changed } = lockWithNewTexts(legalTextHashes(dir), locked, record);
    if (changed) {
      // A text's dates or regions re-recorded only while the released versions may still cite it as they do.
      const problems = citationProblems(fileChronology(library), texts);
      if (problems.length > 0) {
        console.error(`${VERSIONS_LOCK_FILE} is not changed; with rules/${changed.file} as it is now, versions cite texts outside their days or regions:\n  ${problems.join("\n  ")}`);
        return 1;
      }
    }
    const recorded = [...added, ...addedTexts];
    if (recorded.length === 0 && !changed) {
      console.log(`${VERSIONS_LOCK_FILE}: every version and cited text is recorded; nothing to add`);
      return 0;
    }
    writeLock(dir, { versions, legalTexts, legalTextChanges });
    if (added.length > 0) console.log(`${VERSIONS_LOCK_FILE}: recorded ${added.length} new version(s), never to be edited again:\n  ${added.join("\n  ")}`);
    if (addedTexts.length > 0) console.log(`${VERSIONS_LOCK_FILE}: recorded ${addedTexts.length} new cited text(s):\n  ${addedTexts.join("\n  ")}`);
    if (changed) console.log(`${VERSIONS_LOCK_FILE}: recorded the change of ${changed.file}: ${changed.why}`);
    return 0;
  } catch (err) {
    if (err instanceof VersionsLockError) {
      console.error(`${VERSIONS_LOCK_FILE} is not changed; a recorded entry's hash is rewritten only for a cited text named with its reason:\n  ${err.message.split("\n").join("\n  ")}`);
      return 1;
    }
    if (err instanceof RuleFileError) {
      console.error(`${VERSIONS_LOCK_FILE} is not changed; a rule file or cited text is invalid:\n  ${err.message}`);
      return 1;
    }
    throw err;
  }
}

const { values, positionals } = parseArgs({ options: { text: { type: "string" }, why: { type: "string" } }, allowPositionals: true });
if ((values.text === undefined) !== (values.why === undefined)) {
  console.error("--text and --why go together: the cited text whose change to record and why it changed");
  process.exitCode = 1;
} else {
  const record = values.text !== undefined ? { file: values.text.split(path.sep).join("/").replace(/^rules\//, ""), why: values.why! } : undefined;
  process.exitCode = main(path.resolve(positionals[0] ?? "rules"), record);
}
