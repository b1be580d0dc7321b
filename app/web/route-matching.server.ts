/**
 * Remix's route matching without its per-call set-up. `matchRoutes` of
 * @remix-run/router flattens and ranks the whole route table and compiles a
 * regular expression for every route path it tries, on every call, and a
 * document request calls it three to four times (the request handler, the
 * data router, the partial manifest of <Scripts> once per parent path): a
 * sixth of a public page's CPU, a third of a bare page's.
 *
 * `fasterRouteMatching()` (server.ts, at start) replaces the package's
 * exported `matchRoutes` by the same algorithm, copied from
 * @remix-run/router 1.23.3 (MIT), that
 * - keeps the flattened and ranked branches of a route table, per array: the
 *   request handler's table is built once, and so is the render's since
 *   patches/@remix-run+react+2.17.5.patch and react-router-dom+6.30.4.patch
 *   (before, each render built a table of its own from the same manifest);
 * - keeps each compiled path pattern;
 * - tries a route path against the same remaining pathname once per call:
 *   sibling branches share their parents' routes, which the original matched
 *   again for every branch tried.
 * @remix-run/server-runtime and
 * @remix-run/react call the export through the module object, so they get it;
 * so does the static handler's own query and queryRoute, as patched by
 * patches/@remix-run+router+1.23.3.patch (unpatched, those two calls were a
 * tenth of a public list page's CPU); the client data router's calls stay as
 * they are. Any other
 * version of the package is left alone (the copy is of 1.23.3), and
 * tests/web/route-matching.test.ts proves the answers equal the original's for
 * every route of the build.
 */
import { createRequire } from "node:module";
import type { AgnosticRouteMatch, AgnosticRouteObject, Location } from "@remix-run/router";

type Router = typeof import("@remix-run/router");
type MatchRoutes = Router["matchRoutes"];

const COPIED_FROM = "1.23.3";

interface RouteMeta {
  relativePath: string;
  caseSensitive: boolean;
  childrenIndex: number;
  route: AgnosticRouteObject;
  /** The compiled pattern, matching to the end of the pathname or not (a parent's route is the latter). */
  compiled: [notEnd: CompiledPath | undefined, end: CompiledPath | undefined];
}

interface Branch {
  path: string;
  score: number;
  routesMeta: RouteMeta[];
}

interface CompiledPath {
  matcher: RegExp;
  params: Array<{ paramName: string; isOptional?: boolean }>;
}

export interface FastMatching {
  matchRoutes: MatchRoutes;
}

/** The fast matchRoutes over the given package's own helpers (exported for the equivalence test). */
export function createFastMatching(router: Router): FastMatching {
  const helpers = router as Router & {
    joinPaths: (paths: string[]) => string;
    normalizePathname: (pathname: string) => string;
    stripBasename: (pathname: string, basename: string) => string | null;
    UNSAFE_decodePath: (value: string) => string;
  };
  const { joinPaths, normalizePathname, parsePath, stripBasename, UNSAFE_decodePath: decodePath } = helpers;
  const invariant: (value: unknown, message: string) => void = helpers.UNSAFE_invariant;

  /**
   * Each table's ranked branches, and for each static first path segment the
   * branches a pathname starting with it can match: those of that segment and
   * those whose first segment is not static (a parameter, a splat, the root),
   * in rank order. A pathname tries a few dozen branches instead of them all
   * (the route table has ~120); any other first segment tries the non-static
   * ones only, so what a client sends adds no entry.
   */
  const plans = new WeakMap<readonly AgnosticRouteObject[], { byFirstSegment: Map<string, Branch[]>; notStatic: Branch[] }>();
  const compiled = new Map<string, CompiledPath>();

  function flattenRoutes(routes: readonly AgnosticRouteObject[], branches: Branch[] = [], parentsMeta: RouteMeta[] = [], parentPath = ""): Branch[] {
    const flattenRoute = (route: AgnosticRouteObject, index: number, relativePath?: string) => {
      const meta: RouteMeta = {
        relativePath: relativePath === undefined ? route.path || "" : relativePath,
        caseSensitive: route.caseSensitive === true,
        childrenIndex: index,
        route,
        compiled: [undefined, undefined],
      };
      if (meta.relativePath.startsWith("/")) {
        invariant(
          meta.relativePath.startsWith(parentPath),
          `Absolute route path "${meta.relativePath}" nested under path "${parentPath}" is not valid. An absolute child route path must start with the combined path of all its parent routes.`,
        );
        meta.relativePath = meta.relativePath.slice(parentPath.length);
      }
      const path = joinPaths([parentPath, meta.relativePath]);
      const routesMeta = parentsMeta.concat(meta);
      if (route.children && route.children.length > 0) {
        invariant((route as { index?: boolean }).index !== true, `Index routes must not have child routes. Please remove all child routes from route path "${path}".`);
        flattenRoutes(route.children, branches, routesMeta, path);
      }
      if (route.path == null && !route.index) return;
      branches.push({ path, score: computeScore(path, route.index), routesMeta });
    };
    routes.forEach((route, index) => {
      if (route.path === "" || !route.path?.includes("?")) flattenRoute(route, index);
      else for (const exploded of explodeOptionalSegments(route.path)) flattenRoute(route, index, exploded);
    });
    return branches;
  }

  function rankedBranches(routes: readonly AgnosticRouteObject[]): Branch[] {
    const branches = flattenRoutes(routes);
    branches.sort((a, b) =>
      a.score !== b.score
        ? b.score - a.score
        : compareIndexes(
            a.routesMeta.map((m) => m.childrenIndex),
            b.routesMeta.map((m) => m.childrenIndex),
          ),
    );
    return branches;
  }

  function planFor(routes: readonly AgnosticRouteObject[]): { byFirstSegment: Map<string, Branch[]>; notStatic: Branch[] } {
    let plan = plans.get(routes);
    if (!plan) {
      const branches = rankedBranches(routes);
      const keys = branches.map((b) => staticFirstSegment(b.path));
      const byFirstSegment = new Map<string, Branch[]>();
      for (const key of new Set(keys)) {
        if (key !== null) byFirstSegment.set(key, branches.filter((_, i) => keys[i] === key || keys[i] === null));
      }
      plan = { byFirstSegment, notStatic: branches.filter((_, i) => keys[i] === null) };
      plans.set(routes, plan);
    }
    return plan;
  }

  function compilePath(path: string, caseSensitive: boolean, end: boolean): CompiledPath {
    const key = `${caseSensitive ? 1 : 0}${end ? 1 : 0}${path}`;
    let found = compiled.get(key);
    if (found) return found;
    const params: CompiledPath["params"] = [];
    let regexpSource =
      "^" +
      path
        .replace(/\/*\*?$/, "")
        .replace(/^\/*/, "/")
        .replace(/[\\.*+^${}|()[\]]/g, "\\$&")
        .replace(/\/:([\w-]+)(\?)?/g, (_: string, paramName: string, isOptional: string | undefined) => {
          params.push({ paramName, isOptional: isOptional != null });
          return isOptional ? "/?([^\\/]+)?" : "/([^\\/]+)";
        });
    if (path.endsWith("*")) {
      params.push({ paramName: "*" });
      regexpSource += path === "*" || path === "/*" ? "(.*)$" : "(?:\\/(.+)|\\/*)$";
    } else if (end) {
      regexpSource += "\\/*$";
    } else if (path !== "" && path !== "/") {
      regexpSource += "(?:(?=\\/|$))";
    }
    found = { matcher: new RegExp(regexpSource, caseSensitive ? undefined : "i"), params };
    compiled.set(key, found);
    return found;
  }

  function compiledFor(meta: RouteMeta, end: boolean): CompiledPath {
    const slot = end ? 1 : 0;
    return (meta.compiled[slot] ??= compilePath(meta.relativePath, meta.caseSensitive, end));
  }

  type PathMatch = NonNullable<ReturnType<typeof matchPath>>;

  function matchPath(pattern: { path: string; caseSensitive: boolean; end: boolean }, pathname: string, compiledPath?: CompiledPath) {
    const { matcher, params: compiledParams } = compiledPath ?? compilePath(pattern.path, pattern.caseSensitive, pattern.end);
    const match = pathname.match(matcher);
    if (!match) return null;
    const matchedPathname = match[0];
    let pathnameBase = matchedPathname.replace(/(.)\/+$/, "$1");
    const captureGroups = match.slice(1);
    const params = compiledParams.reduce<Record<string, string | undefined>>((memo, { paramName, isOptional }, index) => {
      if (paramName === "*") {
        const splatValue = captureGroups[index] || "";
        pathnameBase = matchedPathname.slice(0, matchedPathname.length - splatValue.length).replace(/(.)\/+$/, "$1");
      }
      const value = captureGroups[index];
      memo[paramName] = isOptional && !value ? undefined : (value || "").replace(/%2F/g, "/");
      return memo;
    }, {});
    return { params, pathname: matchedPathname, pathnameBase, pattern };
  }

  /**
   * The branch's matches for the pathname, or null. A route path's match
   * depends only on its parents' (the pathname they leave), so within one call
   * each (route path, end) is matched once: `tried` keeps the outcomes (null:
   * no match). The matches returned are built afresh, as the original builds them.
   */
  function matchRouteBranch(branch: Branch, pathname: string, tried: Map<RouteMeta, PathMatch | null>[]) {
    const { routesMeta } = branch;
    const matchedParams: Record<string, string | undefined> = {};
    let matchedPathname = "/";
    const found: PathMatch[] = [];
    for (let i = 0; i < routesMeta.length; ++i) {
      const meta = routesMeta[i];
      const end = i === routesMeta.length - 1;
      const outcomes = tried[end ? 1 : 0];
      let match = outcomes.get(meta);
      if (match === undefined) {
        const remainingPathname = matchedPathname === "/" ? pathname : pathname.slice(matchedPathname.length) || "/";
        match = matchPath({ path: meta.relativePath, caseSensitive: meta.caseSensitive, end }, remainingPathname, compiledFor(meta, end));
        outcomes.set(meta, match);
      }
      if (!match) return null;
      found.push(match);
      if (match.pathnameBase !== "/") matchedPathname = joinPaths([matchedPathname, match.pathnameBase]);
    }
    matchedPathname = "/";
    const matches: AgnosticRouteMatch[] = [];
    for (let i = 0; i < routesMeta.length; ++i) {
      const match = found[i];
      Object.assign(matchedParams, match.params);
      matches.push({
        params: matchedParams as AgnosticRouteMatch["params"],
        pathname: joinPaths([matchedPathname, match.pathname]),
        pathnameBase: normalizePathname(joinPaths([matchedPathname, match.pathnameBase])),
        route: routesMeta[i].route,
      });
      if (match.pathnameBase !== "/") matchedPathname = joinPaths([matchedPathname, match.pathnameBase]);
    }
    return matches;
  }

  function matchRoutes(routes: AgnosticRouteObject[], locationArg: Partial<Location> | string, basename = "/"): AgnosticRouteMatch[] | null {
    const location = typeof locationArg === "string" ? parsePath(locationArg) : locationArg;
    const pathname = stripBasename(location.pathname || "/", basename);
    if (pathname == null) return null;
    const plan = planFor(routes);
    const decoded = decodePath(pathname);
    // The patterns are case-insensitive unless a route says otherwise: the key is too (the pattern still decides).
    const branches = plan.byFirstSegment.get((decoded.split("/", 2)[1] ?? "").toLowerCase()) ?? plan.notStatic;
    const tried = [new Map<RouteMeta, PathMatch | null>(), new Map<RouteMeta, PathMatch | null>()];
    let matches: AgnosticRouteMatch[] | null = null;
    for (let i = 0; matches == null && i < branches.length; ++i) matches = matchRouteBranch(branches[i], decoded, tried);
    return matches;
  }

  return { matchRoutes: matchRoutes as unknown as MatchRoutes };
}

/** A branch's first path segment when it is plain text (lower case), or null (a parameter, a splat, none). */
function staticFirstSegment(path: string): string | null {
  const first = path.replace(/^\/+/, "").split("/", 1)[0];
  return first === "" || first.startsWith(":") || first.includes("*") || first.includes("?") ? null : first.toLowerCase();
}

const paramRe = /^:[\w-]+$/;
const isSplat = (s: string) => s === "*";

function computeScore(path: string, index: boolean | undefined): number {
  const segments = path.split("/");
  let initialScore = segments.length;
  if (segments.some(isSplat)) initialScore += -2;
  if (index) initialScore += 2;
  return segments.filter((s) => !isSplat(s)).reduce((score, segment) => score + (paramRe.test(segment) ? 3 : segment === "" ? 1 : 10), initialScore);
}

function compareIndexes(a: number[], b: number[]): number {
  const siblings = a.length === b.length && a.slice(0, -1).every((n, i) => n === b[i]);
  return siblings ? a[a.length - 1] - b[b.length - 1] : 0;
}

function explodeOptionalSegments(path: string): string[] {
  const segments = path.split("/");
  if (segments.length === 0) return [];
  const [first, ...rest] = segments;
  const isOptional = first.endsWith("?");
  const required = first.replace(/\?$/, "");
  if (rest.length === 0) return isOptional ? [required, ""] : [required];
  const restExploded = explodeOptionalSegments(rest.join("/"));
  const result: string[] = [];
  result.push(...restExploded.map((subpath) => (subpath === "" ? required : [required, subpath].join("/"))));
  if (isOptional) result.push(...restExploded);
  return result.map((exploded) => (path.startsWith("/") && exploded === "" ? "/" : exploded));
}

/**
 * Installs the fast matchRoutes on the @remix-run/router module the Remix
 * runtime loads (CommonJS: one instance, whoever requires it). True when
 * installed; false (nothing changed) for another version of the package.
 */
export function fasterRouteMatching(): boolean {
  const require = createRequire(import.meta.url);
  const version = (require("@remix-run/router/package.json") as { version: string }).version;
  if (version !== COPIED_FROM) return false;
  const router = require("@remix-run/router") as Router;
  const exports = router as { -readonly [K in keyof Router]: Router[K] } & { __portalFastMatching?: true };
  if (exports.__portalFastMatching) return true;
  exports.matchRoutes = createFastMatching(router).matchRoutes;
  exports.__portalFastMatching = true;
  return true;
}
