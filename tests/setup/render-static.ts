/**
 * A component rendered as the server renders a page without JavaScript:
 * inside a static router whose root data carries the language (as the app's
 * root loader does), and with the page route's own loader data and URL when
 * given. For what a form shows back after a post, or a notice read from the
 * query string.
 */
import { createElement, type ComponentType, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Outlet } from "react-router-dom";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import type { Lang } from "~/i18n";

export async function renderStatic(
  page: ReactElement | ComponentType,
  options: { lang?: Lang; url?: string; loaderData?: unknown } = {},
): Promise<string> {
  const lang = options.lang ?? "zh-CN";
  const element = typeof page === "function" ? createElement(page) : page;
  const handler = createStaticHandler([
    {
      id: "root",
      path: "/",
      loader: () => ({ lang }),
      element: createElement(Outlet),
      children: [{ id: "page", path: "*", loader: () => options.loaderData ?? null, element }],
    },
  ]);
  const context = await handler.query(new Request(new URL(options.url ?? "/page", "http://localhost")));
  if (context instanceof Response) throw new Error("the test router redirected");
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router: createStaticRouter(handler.dataRoutes, context), context, hydrate: false }));
}

/** The text of rendered markup, tags dropped, white space collapsed. */
export const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

/** The civil dates of markup kept whole on a line (CivilDate's `<time class="nowrap">`), in order. */
export const wholeDates = (html: string) => [...html.matchAll(/<time[^>]*class="nowrap"[^>]*>([^<]*)<\/time>/g)].map((m) => m[1]);

/** The words of markup as a reader reads them: its tags dropped, nothing put in their place (textOf puts a space). */
export const words = (html: string) => html.replace(/<[^>]+>/g, "");
