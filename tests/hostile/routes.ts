/**
 * The app's routes as the server runs them: read from the Remix build's
 * route manifest (build/index.js, which `npm test` builds first), so a new
 * route, action or loader is probed without anyone listing it here.
 */
import { importBuild } from "../setup/built-build";

export interface AppRoute {
  id: string;
  /** URL pattern with its params, e.g. "/officer/catalogue/:code". */
  pattern: string;
  /** An index route: a post must say `?index` to reach its action. */
  index: boolean;
  params: string[];
  hasAction: boolean;
  hasLoader: boolean;
}

export type Transport = "document" | "_data" | ".data";
export const TRANSPORTS: readonly Transport[] = ["document", "_data", ".data"];

export async function appRoutes(): Promise<AppRoute[]> {
  const build = await importBuild();
  const routes = build.routes;
  const patternOf = (id: string): string => {
    const route = routes[id];
    const parent = route.parentId ? patternOf(route.parentId) : "";
    const own = route.path ?? "";
    return own ? `${parent.replace(/\/$/, "")}/${own}` : parent || "/";
  };
  return Object.values(routes).map((route) => {
    const pattern = patternOf(route.id);
    return {
      id: route.id,
      pattern,
      index: route.index === true,
      params: [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]),
      hasAction: typeof route.module.action === "function",
      hasLoader: typeof route.module.loader === "function",
    };
  });
}

/** The pattern with its params filled in (values percent-encoded). */
export function fill(route: AppRoute, values: Readonly<Record<string, string>>): string {
  return route.pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for :${name} of ${route.id}`);
    return encodeURIComponent(value);
  });
}

/**
 * The URL a client uses for this route on this transport: the page itself,
 * the legacy `?_data=<route id>`, or single fetch's `<path>.data`. Posts to an
 * index route carry `?index`, as Remix's own forms do. `rawQuery` is sent as
 * written (a hostile one must not be re-encoded on the way).
 */
export function urlFor(route: AppRoute, filled: string, transport: Transport, method: "GET" | "POST", rawQuery = ""): string {
  const parts: string[] = [];
  if (rawQuery) parts.push(rawQuery);
  if (method === "POST" && route.index) parts.push("index");
  if (transport === "_data") parts.push(`_data=${encodeURIComponent(route.id)}`);
  const pathname = transport === ".data" ? `${filled === "/" ? "/_root" : filled}.data` : filled;
  return parts.length > 0 ? `${pathname}?${parts.join("&")}` : pathname;
}
