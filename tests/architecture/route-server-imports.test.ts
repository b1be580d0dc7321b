/**
 * A route module is bundled for the browser too, where the compiler replaces every `.server` module with an empty
 * one: what a route imports from such a module is undefined there. Used inside the loader or the action, or as the
 * loader, action or headers export, it is fine (they are removed from the browser's bundle); used anywhere else at
 * the module's top level (a schema built from `queryParam`) it throws while the route loads in the browser, and
 * client-side navigation to the route silently fails (the 投诉举报 and 审计日志 links did, 2026-12-03).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function routeFiles(dir = "app/routes"): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(rel) : /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** The names a module imports, as values, from `.server` modules. */
function serverValueImports(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!statement.moduleSpecifier.text.endsWith(".server")) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) names.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) if (!element.isTypeOnly) names.add(element.name.text);
  }
  return names;
}

const isFunctionBody = (node: ts.Node): boolean =>
  ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);

/** The exports the compiler removes from the browser's bundle, with whatever only they use. */
const SERVER_ONLY_EXPORTS = new Set(["loader", "action", "headers"]);

const isServerOnlyExport = (statement: ts.Statement): boolean =>
  ts.isVariableStatement(statement) &&
  !!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) &&
  statement.declarationList.declarations.every((declaration) => ts.isIdentifier(declaration.name) && SERVER_ONLY_EXPORTS.has(declaration.name.text));

/** An identifier that names the import, not a property that happens to share its name (c.regionName, { regionName: … }). */
const isReference = (node: ts.Identifier): boolean =>
  !ts.isImportSpecifier(node.parent) &&
  !ts.isImportClause(node.parent) &&
  !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) &&
  !(ts.isPropertyAssignment(node.parent) && node.parent.name === node) &&
  !(ts.isJsxAttribute(node.parent) && node.parent.name === node);

const isExported = (statement: ts.Statement): boolean =>
  (ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;

/**
 * The uses of those names that run in the browser: outside every function and server-only export when the module
 * loads, and anywhere inside the other exports (the page's component, meta, links, ErrorBoundary). Helpers the
 * module keeps to itself are taken to serve the loader or the action.
 */
function browserUses(source: ts.SourceFile, names: Set<string>): string[] {
  const uses: string[] = [];
  const visit = (node: ts.Node, inBrowserExport: boolean) => {
    if (isFunctionBody(node) && !inBrowserExport) return;
    if (ts.isIdentifier(node) && names.has(node.text) && isReference(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      uses.push(`${node.text} (line ${line + 1})`);
    }
    ts.forEachChild(node, (child) => visit(child, inBrowserExport));
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || isServerOnlyExport(statement)) continue;
    const serverFunction = ts.isFunctionDeclaration(statement) && !!statement.name && SERVER_ONLY_EXPORTS.has(statement.name.text);
    visit(statement, isExported(statement) && !serverFunction);
  }
  return uses;
}

describe("route modules in the browser's bundle", () => {
  it("use what they import from .server modules only in the loader, the action, the headers and helpers of their own", () => {
    const offenders: string[] = [];
    for (const file of routeFiles()) {
      const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const names = serverValueImports(source);
      if (names.size === 0) continue;
      for (const use of browserUses(source, names)) offenders.push(`${file}: ${use}`);
    }
    expect(offenders).toEqual([]);
  });
});
