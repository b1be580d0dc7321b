/**
 * The built app (build/index.js: `npm run build` first) behind the kept reads' middleware, as server.ts mounts it,
 * on a port of its own: for tests of what is kept and when it is made anew. `reachedRemix` sees every request the
 * middleware passed on (made, not served from what is kept).
 */
import type { AddressInfo } from "node:net";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type Request } from "express";
import type { DB } from "~/db/client";
import { keptPages } from "~/web/shared-reads.server";
import { importBuild } from "./built-build";

/** `build`: an instance of the bundle of the test's own (one imported after the environment it reads was set), else the file's. */
export async function serveBuiltAppBehindKeptReads(db: DB, reachedRemix: (req: Request) => void, build?: ServerBuild): Promise<{ base: string; close: () => void }> {
  build ??= await importBuild();
  const app = express();
  app.use(keptPages({ build, db }));
  app.all(
    "*",
    (req, _res, next) => {
      reachedRemix(req);
      next();
    },
    createRequestHandler({ build, mode: "production", getLoadContext: () => ({ requestId: "test", clientIp: "127.0.0.1", brokeOff: () => undefined }) }),
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
