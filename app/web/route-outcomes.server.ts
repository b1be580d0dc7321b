/**
 * How a loader's or action's outcome leaves the route. server.ts wraps every
 * route of the build with wrapRouteOutcomes, for two reasons:
 *
 * - An unexpected error is logged once, with the request id, and answered as
 *   a 500 whose only data is that id: the root ErrorBoundary shows it, for a
 *   document request and a client-side navigation or submission alike (the
 *   root loader's data would be stale or missing there), and no message,
 *   stack or path reaches the browser. Responses a route throws on purpose
 *   (redirects, 403, 404, refused forms) and `data(…, { status })` pass
 *   through untouched.
 * - Remix 2 still serves the legacy `?_data=` transport next to single fetch
 *   (our client never uses it), and there answers a `data(…, { status })`
 *   result with an empty 200: a throttled sign-in's 429 was lost. For such a
 *   request the result is sent as a JSON Response with its status and headers.
 */
import { data, type ServerBuild } from "@remix-run/node";
import { logger } from "~/utils/logger.server";

type RouteModule = ServerBuild["routes"][string]["module"];
type Handler = NonNullable<RouteModule["loader"]>;
interface DataWithInit {
  type: "DataWithResponseInit";
  data: unknown;
  init: ResponseInit | null;
}

export function wrapRouteOutcomes(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const module: RouteModule = { ...route.module };
    if (route.module.loader) module.loader = wrap(id, "loader", route.module.loader);
    if (route.module.action) module.action = wrap(id, "action", route.module.action as Handler);
    routes[id] = { ...route, module };
  }
  return { ...build, routes };
}

function wrap(routeId: string, kind: "loader" | "action", handler: Handler): Handler {
  return async (args) => {
    let value: unknown;
    try {
      value = await handler(args);
    } catch (error) {
      if (error instanceof Response || isDataWithInit(error) || args.request.signal.aborted) throw error;
      const requestId = String((args.context as { requestId?: unknown } | undefined)?.requestId ?? "unknown");
      // The path, not the query: queries can hold names (a kindergarten search).
      const path = new URL(args.request.url).pathname;
      logger.error({ err: error, requestId, routeId, kind, method: args.request.method, path }, "route error");
      throw data({ requestId }, { status: 500 });
    }
    if (isDataWithInit(value) && new URL(args.request.url).searchParams.has("_data")) {
      return Response.json(value.data, value.init ?? undefined);
    }
    return value;
  };
}

function isDataWithInit(value: unknown): value is DataWithInit {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}
