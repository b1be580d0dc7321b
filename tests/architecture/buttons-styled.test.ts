/**
 * A `<button>` without a class is the browser's own control: 13 px text in a grey box, beside the portal's 16 px
 * filled (`primary`) and outlined (`secondary`) buttons. The administrator's pages had four (审计日志's and 用户管理's
 * 筛选, 行政区划's 筛选 and both 预览 of 载入行政区划, the page's main step), and 批量导入账户's 上传并预览 lost its
 * class once a preview was shown. Every button names its kind; a class that may be left out is one of the kinds.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { jsxAttribute, jsxElements, tsxFiles } from "./tsx-sources";

/** A class expression that may give no class: `undefined`, `null`, or a condition with one of them as a branch. */
function mayBeNone(expression: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(expression)) return mayBeNone(expression.expression);
  if (ts.isConditionalExpression(expression)) return mayBeNone(expression.whenTrue) || mayBeNone(expression.whenFalse);
  return expression.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === "undefined");
}

/** `file:line` of every `<button>` with no class, or with a class expression that may give none. */
function unstyledButtons(file: string): string[] {
  return jsxElements(file)
    .filter(({ element, tag }) => {
      if (tag !== "button") return false;
      const className = jsxAttribute(element, "className");
      const expression = className?.initializer && ts.isJsxExpression(className.initializer) ? className.initializer.expression : undefined;
      return !className || (expression !== undefined && mayBeNone(expression));
    })
    .map(({ at }) => at);
}

describe("buttons", () => {
  it("every button on a page has a class: none is left the browser's own small grey control", () => {
    const files = tsxFiles("app");
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(unstyledButtons)).toEqual([]);
  });
});
