/**
 * The audit log's list of actions and entities (app/domain/audit/audit-actions.ts) against what the code
 * writes. The compiler already refuses an entry whose action or entity is not listed; this reads the
 * sources as text, so a cast (`as AuditAction`) or a module the compiler was not asked about is caught too:
 * every `action:` and `entity:` written by a module that records audits must be listed, and every listed
 * action must be written somewhere (none kept for nothing). And every code has its words, distinct ones,
 * in both languages.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_FAMILIES, AUDIT_FAMILY_NAMES, AUDIT_SINGLE_ACTIONS } from "~/domain/audit/audit-actions";
import { LANGS, translate } from "~/i18n";
import { ROOT, sourceFiles } from "../architecture/import-graph";


/** The expression after `key:` up to the comma, brace or line end that closes it, outside strings and brackets. */
function expressionsOf(text: string, key: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(`\\b${key}:[ \\t]*`, "g"))) {
    let depth = 0;
    let quote: string | null = null;
    let i = m.index + m[0].length;
    for (; i < text.length; i++) {
      const c = text[i];
      // Inside a string (a template's `${…}` too: none of ours nests another template).
      if (quote) {
        if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "(" || c === "[" || c === "{") depth++;
      else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
      else if (depth === 0 && (c === "," || c === "}" || c === "\n" || c === ";")) break;
    }
    out.push(text.slice(m.index + m[0].length, i));
  }
  return out;
}

/** The literal codes in an expression ("a.b", both arms of a condition) and the families of its templates (`case.${kind}`). */
function codesIn(expression: string): { literals: string[]; families: string[] } {
  const families = [...expression.matchAll(/`([a-z_]+)\.\$\{/g)].map((m) => m[1]);
  // A condition's operands (`decision === "approve" ? …`) are not codes written.
  const outsideTemplates = expression.replace(/`[^`]*`/g, "").replace(/"[^"]*"\s*[!=]==?|[!=]==?\s*"[^"]*"/g, "");
  return { literals: [...outsideTemplates.matchAll(/"([^"]*)"/g)].map((m) => m[1]), families };
}

// The modules that write entries: those importing the audit module (inside the audit folder too: the chain's
// verification audits itself), not the module itself, and those writing an exported list's row through
// list-export.server.ts (the action and entity are theirs, the shape the helper's).
// Where audit entries are written from: the app, the database scripts, the jobs and the scripts (not the rules).
const writers = sourceFiles(["app", "db", "jobs", "scripts"])
  .map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), "utf8") }))
  .filter(({ file, text }) => file !== "app/domain/audit/audit.server.ts" && /from "(~\/domain\/audit|\.)\/(audit|list-export)\.server"/.test(text));

const written = writers.flatMap(({ file, text }) =>
  expressionsOf(text, "action").map((expression) => ({ file, expression, ...codesIn(expression) })),
);
const writtenEntities = writers.flatMap(({ file, text }) => expressionsOf(text, "entity").map((expression) => ({ file, ...codesIn(expression) })));

describe("the audit log's actions and entities", () => {
  it("finds the writers (a broken scanner would pass everything)", () => {
    expect(writers.length).toBeGreaterThan(25);
    expect(written.flatMap((w) => w.literals).length).toBeGreaterThan(40);
    expect(written.flatMap((w) => w.families).length).toBeGreaterThan(6);
    expect(writtenEntities.flatMap((w) => w.literals).length).toBeGreaterThan(40);
  });

  it("lists every action and entity written anywhere", () => {
    const listed = new Set<string>(AUDIT_ACTIONS);
    const unlisted = written.flatMap(({ file, literals }) => literals.filter((code) => !listed.has(code)).map((code) => `${file}: ${code}`));
    expect(unlisted).toEqual([]);
    const families = new Set<string>(AUDIT_FAMILY_NAMES);
    const unknownFamilies = written.flatMap(({ file, families: found }) => found.filter((f) => !families.has(f)).map((f) => `${file}: ${f}.`));
    expect(unknownFamilies).toEqual([]);
    const entities = new Set<string>(AUDIT_ENTITIES);
    expect(writtenEntities.flatMap(({ file, literals }) => literals.filter((code) => !entities.has(code)).map((code) => `${file}: ${code}`))).toEqual([]);
  });

  it("lists nothing the code does not write: each action is a literal somewhere, or of a family written from a variable", () => {
    const literals = new Set(written.flatMap((w) => w.literals));
    const templated = new Set(written.flatMap((w) => w.families));
    const unused = AUDIT_ACTIONS.filter((action) => !literals.has(action) && !templated.has(action.split(".")[0]));
    expect(unused).toEqual([]);
    const entities = new Set(writtenEntities.flatMap((w) => w.literals));
    expect(AUDIT_ENTITIES.filter((entity) => !entities.has(entity))).toEqual([]);
  });

  it("holds each action once, in its family", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const family of AUDIT_FAMILY_NAMES) for (const action of AUDIT_FAMILIES[family]) expect(action.startsWith(`${family}.`), action).toBe(true);
    for (const action of AUDIT_SINGLE_ACTIONS) expect(action).not.toContain(".");
  });

  it("has words for every action, family and entity in both languages, no two actions alike", () => {
    for (const lang of LANGS) {
      const words = (prefix: string, codes: readonly string[]) => codes.map((code) => translate(lang, `${prefix}${code}`));
      for (const [prefix, codes] of [
        ["audit.action.", AUDIT_ACTIONS],
        ["audit.family.", AUDIT_FAMILY_NAMES],
        ["audit.entity.", AUDIT_ENTITIES],
      ] as const) {
        const shown = words(prefix, codes);
        expect(shown.filter((w) => w.startsWith(prefix)), `${lang} ${prefix}`).toEqual([]);
        expect(new Set(shown).size, `${lang} ${prefix}: ${shown.join(" | ")}`).toBe(codes.length);
      }
    }
  });
});
