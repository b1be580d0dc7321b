/**
 * The built app (build/index.js: `npm run build` first) behind the security headers (the script nonce's policy) and
 * the kept reads' middleware, as server.ts mounts them, on a port of its own: for tests of what is kept and when it is
 * made anew. `reachedRemix` sees every request the middleware passed on (made, not served from what is kept).
 */
import type { AddressInfo } from "node:net";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type Request } from "express";
import type { DB } from "~/db/client";
import { renderNonceOf } from "~/web/script-nonce.server";
import { securityHeaders } from "~/web/security-headers.server";
import { keptPages } from "~/web/shared-reads.server";
import { importBuild } from "./built-build";

/** `build`: an instance of the bundle of the test's own (one imported after the environment it reads was set), else the file's. */
export async function serveBuiltAppBehindKeptReads(db: DB, reachedRemix: (req: Request) => void, build?: ServerBuild): Promise<{ base: string; close: () => void }> {
  build ??= await importBuild();
  const app = express();
  app.use(securityHeaders({ production: false }));
  app.use(keptPages({ build, db }));
  app.all(
    "*",
    (req, _res, next) => {
      reachedRemix(req);
      next();
    },
    createRequestHandler({ build, mode: "production", getLoadContext: (_req, res) => ({ requestId: "test", clientIp: "127.0.0.1", brokeOff: () => undefined, scriptNonce: renderNonceOf(res) }) }),
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/**
 * An answer's text with its script nonce (each answer's own: app/web/script-nonce.server.ts) written as `NONCE`, after
 * checking that every nonce in it is the one its Content-Security-Policy names: what two answers of one kept page
 * have in common.
 */
export async function textWithoutNonce(res: Response): Promise<string> {
  const text = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
  if (!nonce) throw new Error("the answer's policy names no script nonce");
  for (const [, found] of text.matchAll(/ nonce="([^"]*)"/g)) if (found !== nonce) throw new Error(`a script's nonce ${found} is not the policy's ${nonce}`);
  return text.replaceAll(` nonce="${nonce}"`, ' nonce="NONCE"');
}
