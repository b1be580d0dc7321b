/**
 * `npm run rules:lock [-- <rules dir>]` (default ./rules): records the rule version files not yet in
 * rules/versions.lock.json, with their fingerprints (rules/load/versions-lock.ts). Every file is validated first
 * (as start-up does). A listed version is never rewritten: while one differs from its entry or is gone, nothing
 * is written and each is named. Exit code 0 when the lock is complete, 1 when refused or a file is invalid.
 */
import path from "node:path";
import { RuleFileError } from "~/rules/load/errors";
import { loadRuleSet, VERSIONS_LOCK_FILE } from "~/rules/load/read-files";
import { lockWithNewVersions, readVersionsLock, ruleFileHashes, VersionsLockError, writeVersionsLock } from "~/rules/load/versions-lock";

function main(dir: string): number {
  try {
    loadRuleSet(dir);
    const { versions, added } = lockWithNewVersions(ruleFileHashes(dir), readVersionsLock(dir));
    if (added.length === 0) {
      console.log(`${VERSIONS_LOCK_FILE}: every version is recorded; nothing to add`);
      return 0;
    }
    writeVersionsLock(dir, versions);
    console.log(`${VERSIONS_LOCK_FILE}: recorded ${added.length} new version(s), never to be edited again:\n  ${added.join("\n  ")}`);
    return 0;
  } catch (err) {
    if (err instanceof VersionsLockError) {
      console.error(`${VERSIONS_LOCK_FILE} is not changed; a recorded version's hash is never rewritten:\n  ${err.message.split("\n").join("\n  ")}`);
      return 1;
    }
    if (err instanceof RuleFileError) {
      console.error(`${VERSIONS_LOCK_FILE} is not changed; a rule file is invalid:\n  ${err.message}`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main(path.resolve(process.argv[2] ?? "rules"));
