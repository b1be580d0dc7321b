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
 *   through untouched. One exception: SQLite's write lock not granted within
 *   the bounded wait (db/sqlite-dialect.ts: another process held it for many
 *   seconds) is no fault of this request: a 503 with Retry-After, logged as a
 *   warning.
 * - Remix 2 still serves the legacy `?_data=` transport next to single fetch
 *   (our client never uses it), and there answers a returned `data(…, { status })`
 *   with an empty 200 (a throttled sign-in's 429 was lost) and a thrown one as an
 *   unexpected error. For such a request it is sent as a JSON Response with its
 *   status and headers.
 * - A post to a route without an action (a page that only shows, a file) is
 *   answered 405 with Allow and a message in both languages on every
 *   transport. Remix's own answer was English naming the route ("You made a
 *   POST request to … but did not provide an `action` for route …") on
 *   `.data`, and "Unexpected Server Error" on `?_data`.
 * - With `durable` (server.ts passes it under SQLITE_DURABLE_ANSWERS=1), an
 *   action's answer (its data, a redirect, a refusal it throws) leaves only
 *   once what it committed is on disk (`whenDurable`, db/client.ts): on SQLite
 *   a commit otherwise reaches the disk within ~0.1 s (db/wal-sync.ts), and a
 *   receipt would outlive a power cut in that window that its complaint did
 *   not. Waiting actions share one sync of the WAL, off the event loop. An
 *   unexpected error does not wait: its transaction was rolled back.
 */
import { data, type ServerBuild } from "@remix-run/node";
import { isLockTimeout } from "~/db/sqlite-dialect";
import { logger } from "~/utils/logger.server";

type RouteModule = ServerBuild["routes"][string]["module"];
type Handler = NonNullable<RouteModule["loader"]>;
interface DataWithInit {
  type: "DataWithResponseInit";
  data: unknown;
  init: ResponseInit | null;
}

export interface RouteOutcomeOptions {
  /** Resolves once what was committed so far is on disk (server.ts: `() => whenDurable(db)`); an action's answer waits for it. */
  durable?: () => Promise<void>;
}

export function wrapRouteOutcomes(build: ServerBuild, options: RouteOutcomeOptions = {}): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const module: RouteModule = { ...route.module };
    if (route.module.loader) module.loader = wrap(id, "loader", route.module.loader);
    if (route.module.action) module.action = wrap(id, "action", route.module.action as Handler, options.durable);
    else module.action = wrap(id, "action", noAction);
    routes[id] = { ...route, module };
  }
  return { ...build, routes };
}

/** `durable`: what the answer waits for, if anything (an action's: its commits on disk). */
function wrap(routeId: string, kind: "loader" | "action", handler: Handler, durable?: () => Promise<void>): Handler {
  return async (args) => {
    const url = new URL(args.request.url);
    // The legacy transport understands Responses only, returned or thrown.
    const legacy = url.searchParams.has("_data");
    const send = (value: DataWithInit) => (legacy ? Response.json(value.data, value.init ?? undefined) : value);
    let value: unknown;
    try {
      value = await handler(args);
    } catch (error) {
      if (durable && (isDataWithInit(error) || error instanceof Response)) await durable();
      if (isDataWithInit(error)) throw send(error);
      if (error instanceof Response || args.request.signal.aborted) throw error;
      const requestId = String((args.context as { requestId?: unknown } | undefined)?.requestId ?? "unknown");
      if (isLockTimeout(error)) {
        logger.warn({ err: error, requestId, routeId, kind, method: args.request.method, path: url.pathname }, "database busy: answered 503");
        throw send(data({ requestId }, { status: 503, headers: { "Retry-After": "5" } }) as unknown as DataWithInit);
      }
      // The path, not the query: queries can hold names (a kindergarten search).
      logger.error({ err: error, requestId, routeId, kind, method: args.request.method, path: url.pathname }, "route error");
      throw send(data({ requestId }, { status: 500 }) as unknown as DataWithInit);
    }
    if (durable) await durable();
    return isDataWithInit(value) ? send(value) : value;
  };
}

/** The message of a post to a route without an action (exported for its test). */
export const NO_ACTION_MESSAGE = "此页面不接受提交 · This page takes no form posts";

const noAction: Handler = () => {
  throw new Response(`${NO_ACTION_MESSAGE}\n`, { status: 405, headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" } });
};

function isDataWithInit(value: unknown): value is DataWithInit {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}
