/**
 * The fast matchRoutes (app/web/route-matching.server.ts) answers exactly as
 * @remix-run/router's own: for every route of the build (as the Remix request
 * handler and a render build their tables) with many paths each, and for a
 * table of the shapes the app does not use yet (optional segments, splats,
 * case-sensitive and absolute paths, a basename), called again on the same
 * table or on a table built anew. A document render matches on the tables the
 * previous one did: as patched, Remix's render builds no table of its own.
 */
import { createRequire } from "node:module";
import type { AgnosticRouteObject } from "@remix-run/router";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFastMatching, fasterRouteMatching } from "~/web/route-matching.server";
import { importBuild } from "../setup/built-build";

const require = createRequire(import.meta.url);
type Router = typeof import("@remix-run/router");
const router = require("@remix-run/router") as Router;
// The package's own, whatever fasterRouteMatching may have installed in this process since.
const original = (router as { __portalFastMatching?: true }).__portalFastMatching ? null : router.matchRoutes;
const fast = createFastMatching(router).matchRoutes;

/** The build's routes as @remix-run/server-runtime nests them (createRoutes): by parentId. */
function nest(routes: ServerBuild["routes"], parentId?: string): AgnosticRouteObject[] {
  return Object.values(routes)
    .filter((r) => r.parentId === parentId)
    .map((r) => ({ id: r.id, path: r.path, index: r.index, caseSensitive: r.caseSensitive, children: nest(routes, r.id) }) as AgnosticRouteObject);
}

/** Paths around a pattern: its params filled in various ways, a trailing slash, another case, a segment more or less. */
function pathsFor(pattern: string): string[] {
  const fills = ["x", "01JBZ5Y7R6K9Q2W3E4T5Y6U7I8", "中文", "%E4%B8%AD", "a%2Fb", "a b", "..", "%", "UPPER"];
  const out = new Set<string>();
  for (const value of fills) {
    const filled = pattern.replace(/:(\w+)/g, () => value);
    out.add(filled);
    out.add(`${filled}/`);
    out.add(`${filled}//`);
    out.add(filled.toUpperCase());
    out.add(`${filled}/extra`);
    out.add(`${filled}.data`);
    out.add(filled.split("/").slice(0, -1).join("/") || "/");
  }
  return [...out];
}

describe("the fast matchRoutes", () => {
  let tables: Array<{ name: string; routes: AgnosticRouteObject[]; paths: string[] }>;

  // Both warn about every malformed escape ("%") they decode; the answers are what is compared.
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  afterAll(() => warn.mockRestore());

  beforeAll(async () => {
    const build = await importBuild();
    const patternOf = (id: string): string => {
      const route = build.routes[id];
      const parent = route.parentId ? patternOf(route.parentId) : "";
      return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent || "/";
    };
    const appPaths = [
      ...Object.keys(build.routes).flatMap((id) => pathsFor(patternOf(id))),
      "",
      "/",
      "//",
      "/nowhere",
      "/kindergartens?q=x",
      "/kindergartens/x/fees.json",
      "/kindergartens/x/fees.csv",
      "/kindergartens/x/check-account",
    ];
    const synthetic: AgnosticRouteObject[] = [
      {
        id: "root",
        path: "",
        children: [
          { id: "home", index: true },
          { id: "opt", path: "docs/:lang?/guide/:page?" },
          { id: "files", path: "files/*" },
          { id: "all", path: "*" },
          { id: "Case", path: "Case/Exact", caseSensitive: true },
          {
            id: "abs",
            path: "/abs",
            children: [
              { id: "abs-index", index: true },
              { id: "abs-child", path: "/abs/child/:id" },
            ],
          },
          { id: "layout", children: [{ id: "in-layout", path: "in/:a/:b" }] },
          { id: "dup-1", path: "same" },
          { id: "dup-2", path: "same" },
        ],
      },
    ];
    const syntheticPaths = [
      "/",
      "/docs/guide",
      "/docs/en/guide",
      "/docs/en/guide/intro",
      "/docs/guide/intro",
      "/files",
      "/files/a/b/c.txt",
      "/files/",
      "/Case/Exact",
      "/case/exact",
      "/abs",
      "/abs/child/7",
      "/in/1/2",
      "/in/1",
      "/same",
      "/whatever/deep/path",
      "/a%20b",
      "/%E0%A4%A",
    ];
    tables = [
      { name: "the build's routes", routes: nest(build.routes), paths: appPaths },
      { name: "shapes the app does not use", routes: synthetic, paths: syntheticPaths },
    ];
  });

  it("is compared with the package's own matchRoutes", () => {
    expect(original).not.toBeNull();
  });

  /** Every route object of a table. */
  const routesIn = (list: readonly AgnosticRouteObject[]): AgnosticRouteObject[] => list.flatMap((r) => [r, ...routesIn(r.children ?? [])]);
  /** The same table built anew: new route objects, the same ids, paths and nesting. */
  const rebuilt = (list: readonly AgnosticRouteObject[]): AgnosticRouteObject[] =>
    list.map((r) => ({ ...r, children: r.children ? rebuilt(r.children) : undefined }) as AgnosticRouteObject);

  // The package's own answer is asked once per path and basename (it costs ~25 times the fast one's): it is a function
  // of the table's shape, which the tables built anew repeat. Answers are compared with each match's route as its
  // place in its own table: the same route, and the table's own object, at the cost of a number (deep-comparing
  // the route trees took as long as the matching).
  it("answers as the package's own for every route of the build and every shape, with and without a basename, on the table and on tables built anew", { timeout: 120_000 }, () => {
    type Matches = ReturnType<typeof fast>;
    const placed = (answer: Matches, places: Map<AgnosticRouteObject, number>) =>
      answer?.map((m) => ({ params: m.params, pathname: m.pathname, pathnameBase: m.pathnameBase, route: places.get(m.route) ?? `not the table's own: ${m.route.id}` })) ?? null;
    let compared = 0;
    for (const table of tables) {
      const variants = [table.routes, table.routes, rebuilt(table.routes), rebuilt(table.routes)].map((routes) => ({
        routes,
        places: new Map(routesIn(routes).map((route, place) => [route, place])),
      }));
      const ownPlaces = variants[0].places;
      for (const p of table.paths) {
        for (const basename of [undefined, "/", "/app"]) {
          const location = basename === "/app" ? `/app${p}` : p;
          // A location as a string is parsed (its "?" and "#" split off), one as an object is taken as it is.
          const expected = placed(original!(table.routes, location, basename), ownPlaces);
          const expectedForObject = placed(original!(table.routes, { pathname: location }, basename), ownPlaces);
          for (const { routes, places } of variants) {
            expect(placed(fast(routes, location, basename), places), `${p} (basename ${basename})`).toEqual(expected);
            expect(placed(fast(routes, { pathname: location }, basename), places), `${p} (basename ${basename}, as an object)`).toEqual(expectedForObject);
            compared += 2;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(4000);
  });

  it("matches a table whose routes have no ids, or repeat one, as the package does", () => {
    const anonymous: AgnosticRouteObject[] = [{ path: "", children: [{ path: "a/:x" }, { index: true }, { path: "b", children: [{ path: "c" }] }] }];
    const repeated: AgnosticRouteObject[] = [{ id: "r", path: "", children: [{ id: "x", path: "a" }, { id: "x", path: "b" }] }];
    for (const routes of [anonymous, rebuilt(anonymous), repeated, rebuilt(repeated)]) {
      for (const p of ["/", "/a/1", "/b", "/b/c", "/c", "/a"]) expect(fast(routes, p)).toEqual(original!(routes, p));
    }
  });

  it("finds the public pages' routes", () => {
    const [app] = tables;
    const ids = (p: string) => fast(app.routes, p)?.map((m) => m.route.id);
    expect(ids("/kindergartens/01JBZ5Y7R6K9Q2W3E4T5Y6U7I8")?.at(-1)).toMatch(/kindergartens\.\$id\._index$/);
    expect(ids("/kindergartens")?.at(-1)).toMatch(/kindergartens\._index$/);
    expect(ids("/about")?.at(-1)).toMatch(/about$/);
  });

  it("is installed on the package's module, once, for the version it was copied from", () => {
    const version = (require("@remix-run/router/package.json") as { version: string }).version;
    expect(fasterRouteMatching()).toBe(version === "1.23.3");
    const installed = router.matchRoutes;
    expect(fasterRouteMatching()).toBe(version === "1.23.3");
    expect(router.matchRoutes).toBe(installed);
    const [app] = tables;
    for (const p of app.paths.slice(0, 200)) expect(router.matchRoutes(app.routes, p)).toEqual(original!(app.routes, p));
  });

  it("matches every render on the same tables: a render builds none of its own (patches/@remix-run+react+2.17.5.patch, react-router-dom+6.30.4.patch)", async () => {
    const build = await importBuild();
    const { createRequestHandler } = await import("@remix-run/node");
    const handle = createRequestHandler(build, "production");
    const installed = router.matchRoutes;
    const tablesOf = async (url: string) => {
      const seen = new Set<AgnosticRouteObject[]>();
      (router as { matchRoutes: typeof installed }).matchRoutes = (routes, location, basename) => {
        seen.add(routes);
        return installed(routes, location, basename);
      };
      try {
        const res = await handle(new Request(url));
        expect(res.status).toBe(200);
        expect(await res.text()).toContain("</html>");
      } finally {
        (router as { matchRoutes: typeof installed }).matchRoutes = installed;
      }
      return seen;
    };
    const first = await tablesOf("http://portal.test/about");
    const again = await tablesOf("http://portal.test/about");
    // The request handler's tables and the render's (its data routes, which <Scripts> matches parent paths on).
    expect(first.size).toBeGreaterThanOrEqual(2);
    expect(again.size).toBe(first.size);
    for (const table of again) expect(first.has(table), "a table the first render did not match on").toBe(true);
  });

  it("is what the static handler matches with, a document's query and a resource's alike (patches/@remix-run+router+1.23.3.patch)", async () => {
    const handler = router.createStaticHandler([{ id: "root", path: "/", children: [{ id: "about", path: "about", loader: () => "about" }] }]);
    const installed = router.matchRoutes;
    const calls: string[] = [];
    (router as { matchRoutes: typeof installed }).matchRoutes = (routes, location, basename) => {
      calls.push(typeof location === "string" ? location : (location.pathname ?? ""));
      return installed(routes, location, basename);
    };
    try {
      const context = await handler.query(new Request("http://portal.test/about"));
      expect("matches" in context && context.matches.map((m) => m.route.id)).toEqual(["root", "about"]);
      expect(await handler.queryRoute(new Request("http://portal.test/about"))).toBe("about");
      expect(calls).toEqual(["/about", "/about"]);
    } finally {
      (router as { matchRoutes: typeof installed }).matchRoutes = installed;
    }
  });
});
