/** The app's TSX files, parsed, for the architecture tests that read its markup. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every `.tsx` under `dir` (relative to the repository), as a repository-relative path. */
export function tsxFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(rel) : entry.name.endsWith(".tsx") ? [rel] : [];
  });
}

/** The file's JSX elements (opening and self-closing) and where each is, as `file:line`. */
export function jsxElements(file: string): Array<{ element: ts.JsxOpeningElement | ts.JsxSelfClosingElement; tag: string; at: string }> {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Array<{ element: ts.JsxOpeningElement | ts.JsxSelfClosingElement; tag: string; at: string }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      found.push({ element: node, tag: node.tagName.getText(source), at: `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The element's attribute of that name, if it is written out (not spread). */
export function jsxAttribute(element: ts.JsxOpeningElement | ts.JsxSelfClosingElement, name: string): ts.JsxAttribute | undefined {
  return element.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText() === name);
}
