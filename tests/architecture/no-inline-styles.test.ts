/**
 * The pages' Content-Security-Policy allows only the app's own style sheet (`style-src 'self'`,
 * app/web/security-headers.server.ts): a `style` attribute on a page's element would be refused by the browser and
 * the page drawn without it. Markup that slipped past React's escaping cannot restyle a page either (a fake account
 * number drawn over the real one, a hidden warning). Every style is a class in app/styles.css.
 */
import { describe, expect, it } from "vitest";
import { jsxAttribute, jsxElements, tsxFiles } from "./tsx-sources";

describe("inline styles", () => {
  it("no element of a page has a style attribute: the policy would refuse it", () => {
    const files = tsxFiles("app");
    expect(files.length).toBeGreaterThan(50);
    const styled = files.flatMap((file) => jsxElements(file).filter(({ element }) => jsxAttribute(element, "style")).map(({ at }) => at));
    expect(styled).toEqual([]);
  });
});
