/**
 * A `<button>` without a class is the browser's own control: 13 px text in a grey box, beside the portal's 16 px
 * filled (`primary`) and outlined (`secondary`) buttons. The administrator's pages had four (审计日志's and 用户管理's
 * 筛选, 行政区划's 筛选 and both 预览 of 载入行政区划, the page's main step), and 批量导入账户's 上传并预览 lost its
 * class once a preview was shown. Every button names its kind; a class that may be left out is one of the kinds.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(rel) : entry.name.endsWith(".tsx") ? [rel] : [];
  });
}

/** A class expression that may give no class: `undefined`, `null`, or a condition with one of them as a branch. */
function mayBeNone(expression: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(expression)) return mayBeNone(expression.expression);
  if (ts.isConditionalExpression(expression)) return mayBeNone(expression.whenTrue) || mayBeNone(expression.whenFalse);
  return expression.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === "undefined");
}

/** `file:line` of every `<button>` with no class, or with a class expression that may give none. */
function unstyledButtons(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText(source) === "button") {
      const className = node.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText(source) === "className");
      const expression = className?.initializer && ts.isJsxExpression(className.initializer) ? className.initializer.expression : undefined;
      if (!className || (expression && mayBeNone(expression))) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("buttons", () => {
  it("every button on a page has a class: none is left the browser's own small grey control", () => {
    const files = tsxFiles("app");
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(unstyledButtons)).toEqual([]);
  });
});
