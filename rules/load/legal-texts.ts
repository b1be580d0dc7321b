/**
 * The texts the rules cite, with the dates they are in force and, for a
 * regional text, the regions it binds (`rules/legal-texts/*.json`, one file
 * per text). A rule version may cite a text only for dates it covers, and a
 * regional text only in a basis entry scoped to that text's regions: a flag
 * is a legal claim, and a claim under a text not yet (or no longer) in force,
 * or from another province, does not hold. `citationProblems` is the check;
 * the rules' test runs it over every file as the files place it in time.
 *
 * The running app does not read this table: a flag shows the basis its rule
 * version cited (document and article, recorded in rule_texts with its first
 * flag). Each entry's fingerprint is in rules/versions.lock.json, and an edit
 * is recorded there with its reason (versions-lock.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CivilDate, RegionPrefix, type RuleDefinition } from "../schema";
import { RuleFileError } from "./errors";
import { LEGAL_TEXTS_DIR } from "./read-files";


export const LegalTextSchema = z.strictObject({
  /** Exactly as rule files cite it in `legalBasis[].document`. */
  document: z.string().trim().min(1),
  /** First day in force (inclusive). */
  inForceFrom: CivilDate,
  /** Last day in force (inclusive), or null while in force. */
  inForceTo: CivilDate.nullable(),
  /** Region code prefixes a regional text binds; null for a national text. */
  regions: z.array(RegionPrefix).min(1).nullable(),
  /** Where the dates come from and what is uncertain about them. */
  note: z.string().trim().min(1),
});
export type LegalText = z.infer<typeof LegalTextSchema>;

/** Every `*.json` of the legal-texts directory, validated; a document listed twice is refused. */
export function loadLegalTexts(dir: string = path.join(process.cwd(), "rules", LEGAL_TEXTS_DIR)): LegalText[] {
  const texts: LegalText[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const file = path.join(dir, name);
    const parsed = LegalTextSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new RuleFileError(file, "", z.prettifyError(parsed.error));
    if (texts.some((t) => t.document === parsed.data.document)) {
      throw new RuleFileError(file, "document", `${parsed.data.document} is listed twice`);
    }
    texts.push(parsed.data);
  }
  return texts;
}

const within = (prefixes: readonly string[], allowed: readonly string[]) =>
  prefixes.every((p) => allowed.some((a) => p.startsWith(a)));

/**
 * What is wrong with the citations of rule versions placed in time (each
 * version's effectiveFrom–effectiveTo being the days it is in force): a
 * document not in the table, a text not in force on every day the version
 * covers, a regional text cited without `regions` inside the text's own.
 */
export function citationProblems(placed: readonly RuleDefinition[], texts: readonly LegalText[]): string[] {
  const byDocument = new Map(texts.map((t) => [t.document, t]));
  const problems: string[] = [];
  for (const def of placed) {
    const label = `${def.id} v${def.version} (${def.effectiveFrom} – ${def.effectiveTo ?? "open"})`;
    for (const basis of def.legalBasis) {
      const text = byDocument.get(basis.document);
      const cited = `${basis.document}${basis.article ?? ""}`;
      if (!text) {
        problems.push(`${label} cites ${basis.document}, which rules/legal-texts does not list`);
        continue;
      }
      if (def.effectiveFrom < text.inForceFrom) {
        problems.push(`${label} cites ${cited}, in force only from ${text.inForceFrom}`);
      }
      if (text.inForceTo !== null && (def.effectiveTo === null || def.effectiveTo > text.inForceTo)) {
        problems.push(`${label} cites ${cited}, in force only until ${text.inForceTo}`);
      }
      if (text.regions !== null && !(basis.regions && within(basis.regions, text.regions))) {
        problems.push(`${label} cites ${cited}, binding only in regions ${text.regions.join(", ")}: scope the entry with "regions"`);
      }
    }
  }
  return problems;
}
