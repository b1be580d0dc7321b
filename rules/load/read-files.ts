/**
 * Reading a rule directory from disk: every `*.json` under it, recursively
 * and in a stable order, each parsed by parseRuleFile under a path relative
 * to the working directory (what error messages and `definition.file` show),
 * then checked together as one set. The only module of the loader that
 * touches the file system.
 */
import fs from "node:fs";
import path from "node:path";
import type { RuleSet } from "../schema";
import { ruleFileSha256 } from "./fingerprint";
import { parseRuleFile } from "./parse-rule-file";
import { checkRuleSet } from "./rule-set";

/** The manifest of released versions' fingerprints at the top of the rules directory (versions-lock.ts): not a rule file. */
export const VERSIONS_LOCK_FILE = "versions.lock.json";

/** The directory of the cited texts' table inside the rules directory (legal-texts.ts): not rule files. */
export const LEGAL_TEXTS_DIR = "legal-texts";

function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : absolute;
}

function listJsonFiles(dir: string, top: boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // legal-texts/ holds the cited texts' table (load/legal-texts.ts), not rule files.
    if (entry.isDirectory() && entry.name !== LEGAL_TEXTS_DIR) out.push(...listJsonFiles(full, false));
    else if (entry.isFile() && entry.name.endsWith(".json") && !(top && entry.name === VERSIONS_LOCK_FILE)) out.push(full);
  }
  return out.sort();
}

/** Every rule file under `dir` (absolute paths, sorted): what loadRuleSet reads and versions.lock.json lists. */
export function listRuleFiles(dir: string): string[] {
  return listJsonFiles(dir, true);
}

/**
 * Read every `*.json` under `dir` (recursively) into the library of rule
 * versions: each file validated, no id+version defined twice. A file's
 * effective period is the span it may be used in; which version is in force
 * when is decided by activation (the app's rule_activations), and
 * checkRuleSet refuses two versions in force on one day. Each definition
 * carries its file's fingerprint (`sha256`, fingerprint.ts), which start-up
 * records per version. Synchronous: it runs once at start-up.
 */
export function loadRuleSet(dir: string = path.join(process.cwd(), "rules")): RuleSet {
  const definitions = listRuleFiles(dir).map((absolute) => {
    const file = displayPath(absolute);
    const text = fs.readFileSync(absolute, "utf8");
    return { ...parseRuleFile(text, file, path.basename(absolute)), sha256: ruleFileSha256(text) };
  });
  return checkRuleSet(definitions, { allowOverlappingPeriods: true });
}
