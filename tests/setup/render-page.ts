/**
 * A page component rendered to HTML as the server would send it, without HTTP: inside a memory router whose root
 * route carries the language (what `useT` reads) and whose page route carries the loader's data and, if given, the
 * action's answer. For tests of what a page says in a state that a request cannot cheaply reach.
 */
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createMemoryRouter, Outlet, RouterProvider } from "react-router-dom";
import { vi } from "vitest";
import type { Lang } from "~/i18n";

export function renderPageHtml(Page: ComponentType, loaderData: unknown, opts: { actionData?: unknown; lang?: Lang } = {}): string {
  const router = createMemoryRouter(
    [{ id: "root", path: "/", element: createElement(Outlet), children: [{ id: "page", path: "page", element: createElement(Page) }] }],
    {
      initialEntries: ["/page"],
      hydrationData: {
        loaderData: { root: { lang: opts.lang ?? "zh-CN" }, page: loaderData },
        ...(opts.actionData === undefined ? {} : { actionData: { page: opts.actionData } }),
      },
    },
  );
  const html = renderToString(createElement(RouterProvider, { router }));
  // React says a layout effect does nothing on the server: true, and not what these tests are about (setup-env.ts
  // fails a test on any other console error).
  const calls = vi.mocked(console.error).mock.calls;
  for (let i = calls.length - 1; i >= 0; i--) if (String(calls[i][0]).includes("useLayoutEffect does nothing on the server")) calls.splice(i, 1);
  return html;
}
