/**
 * `<ListLink>` (app/components/list-link.tsx): the markup Remix's route
 * discovery looks for, and which clicks navigate in the page, as `<Link>`
 * decides them. That a plain click really navigates without loading a new
 * document is shown in a browser (tests/e2e/public-disclosure.test.ts).
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { inPagePath, ListLink } from "~/components/list-link";

const ORIGIN = "https://portal.example.cn";
const plain = { defaultPrevented: false, button: 0, metaKey: false, altKey: false, ctrlKey: false, shiftKey: false };
const link = (href: string, more: Partial<{ target: string; download: boolean }> = {}) => ({ href, target: "", download: false, ...more });

describe("ListLink", () => {
  it("is a plain anchor with its path, marked for route discovery and for the click handler", () => {
    const html = renderToStaticMarkup(createElement(ListLink, { to: "/kindergartens/01J?x=1", children: "阳光幼儿园" }));
    expect(html).toBe('<a href="/kindergartens/01J?x=1" data-discover="true" data-list-link="">阳光幼儿园</a>');
  });
});

describe("inPagePath", () => {
  it("navigates in the page on a plain primary click, keeping the query and the fragment", () => {
    expect(inPagePath(plain, link(`${ORIGIN}/cases/01J?after=2#decision`), ORIGIN)).toBe("/cases/01J?after=2#decision");
    expect(inPagePath(plain, link(`${ORIGIN}/officer/cases/01J`, { target: "_self" }), ORIGIN)).toBe("/officer/cases/01J");
  });

  it("leaves a new tab, another button, a handled click, a target, a download and another site to the browser", () => {
    const href = `${ORIGIN}/cases/01J`;
    for (const key of ["metaKey", "altKey", "ctrlKey", "shiftKey"] as const) expect(inPagePath({ ...plain, [key]: true }, link(href), ORIGIN), key).toBeNull();
    expect(inPagePath({ ...plain, button: 1 }, link(href), ORIGIN)).toBeNull();
    expect(inPagePath({ ...plain, defaultPrevented: true }, link(href), ORIGIN)).toBeNull();
    expect(inPagePath(plain, link(href, { target: "_blank" }), ORIGIN)).toBeNull();
    expect(inPagePath(plain, link(href, { download: true }), ORIGIN)).toBeNull();
    expect(inPagePath(plain, link("https://elsewhere.example.com/cases/01J"), ORIGIN)).toBeNull();
  });
});
