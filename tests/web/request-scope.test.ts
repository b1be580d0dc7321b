/**
 * The loaders of one request share its Request object (as patched:
 * patches/@remix-run+server-runtime+2.17.5.patch), which is what
 * app/web/request-scope.server.ts keys on: the root's and the page's loaders
 * read the session once, a document and a single-fetch data request alike.
 */
import type { LoaderFunctionArgs, ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { oncePerRequest } from "~/web/request-scope.server";
import { importBuild } from "../setup/built-build";

const PAGE = "routes/_public+/kindergartens._index";

/** The build with the root's and the page's loaders replaced by ones that record the request they were given. */
async function recordingBuild(seen: Request[]): Promise<ServerBuild> {
  const build = await importBuild();
  const recording = (route: ServerBuild["routes"][string]) => ({
    ...route,
    module: {
      ...route.module,
      loader: ({ request }: LoaderFunctionArgs) => {
        seen.push(request);
        return { kept: oncePerRequest(request, "probe", () => ({ computedFor: seen.length })) };
      },
    },
  });
  return { ...build, routes: { ...build.routes, root: recording(build.routes.root), [PAGE]: recording(build.routes[PAGE]) } };
}

describe("one request, one Request object for its loaders", () => {
  for (const url of ["http://portal.test/kindergartens", "http://portal.test/kindergartens.data"]) {
    it(`${new URL(url).pathname}: the root's and the page's loaders get the same request, and what it keeps`, async () => {
      const seen: Request[] = [];
      const { createRequestHandler } = await import("@remix-run/node");
      const handle = createRequestHandler(await recordingBuild(seen), "production");
      await handle(new Request(url));
      expect(seen).toHaveLength(2);
      expect(seen[1]).toBe(seen[0]);
      expect(oncePerRequest(seen[0], "probe", () => "computed again")).toEqual({ computedFor: 1 });

      await handle(new Request(url));
      expect(seen).toHaveLength(4);
      expect(seen[2]).not.toBe(seen[0]);
      expect(oncePerRequest(seen[2], "probe", () => "computed again")).toEqual({ computedFor: 3 });
    });
  }
});
