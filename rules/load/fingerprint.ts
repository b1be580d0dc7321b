/**
 * A rule version file's fingerprint: the SHA-256 (hex) of its canonical JSON, the parsed value written with its
 * object keys sorted and no whitespace (stableStringify). Reformatting a file (indentation, key order, a BOM)
 * keeps its fingerprint; any change to what it says changes it. What versions.lock.json lists for each released
 * version and each cited text's entry (rules/legal-texts) (versions-lock.ts) and what start-up records per version
 * in the database (app/domain/rules-runtime/rule-fingerprints.server.ts) are all this.
 */
import { createHash } from "node:crypto";
import { stableStringify } from "../params";

/** The canonical JSON of a rule file's text. Throws a SyntaxError on text that is not JSON. */
export function canonicalRuleJson(text: string): string {
  return stableStringify(JSON.parse(text.replace(/^\uFEFF/, "")));
}

export function ruleFileSha256(text: string): string {
  return createHash("sha256").update(canonicalRuleJson(text), "utf8").digest("hex");
}
