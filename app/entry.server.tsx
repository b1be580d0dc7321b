import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { ScriptNonce } from "./components/script-nonce";
import { answersPostWithoutScripts, ScriptlessAnswer } from "./components/scriptless-answer";
import { logger } from "./utils/logger.server";
import { RequestLang } from "./utils/request-lang";
import { langOfCookieHeader } from "./web/lang.server";

const ABORT_DELAY = 5_000;

/**
 * The document as React writes it, in one chunk per turn of the event loop.
 * React (as patched, patches/react-dom+18.3.1.patch) writes each flush as one
 * string, but one turn can hold more than one flush (the shell, then the
 * boundaries already complete); each passed on alone would go through the web
 * stream and the socket on its own.
 * What is written in a later turn (a Suspense boundary resolved) still goes
 * out in that turn: streaming is kept.
 */
function coalesced(): Transform {
  let pending: Buffer[] = [];
  let scheduled = false;
  const passOn = () => {
    scheduled = false;
    if (pending.length === 0 || body.destroyed) return;
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending);
    pending = [];
    body.push(chunk);
  };
  const body = new Transform({
    // Not destroyed (no "close") once the document is out: React takes a close for a client gone early and
    // ends the finished stream again, which Node answers with an error object built and thrown away.
    autoDestroy: false,
    transform(chunk: Buffer, _encoding, callback) {
      pending.push(chunk);
      if (!scheduled) {
        scheduled = true;
        setImmediate(passOn);
      }
      callback();
    },
    flush(callback) {
      passOn();
      callback();
    },
  });
  return body;
}

/**
 * Errors Remix meets outside the route wrappers (app/web/route-outcomes.server.ts):
 * rendering, its own 404/405 answers, its warnings. Logged with the request id
 * and the path (not the query, which can hold names); server.ts runs Remix in
 * production mode, so none of it reaches the browser.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  const fields = { requestId: (context as { requestId?: string } | undefined)?.requestId, method: request.method, path: new URL(request.url).pathname };
  if (isRouteErrorResponse(error)) {
    logger.info({ ...fields, status: error.status }, "request answered with an error response");
  } else if (error instanceof Error && error.message.startsWith("Warning:")) {
    logger.warn({ ...fields, warning: error.message }, "remix warning");
  } else {
    logger.error({ ...fields, err: error }, "unhandled error");
  }
};

/** Whether the action this document answers is a route's whose handle asks for no scripts. */
function answersActionWithoutScripts(context: EntryContext): boolean {
  const answered = context.staticHandlerContext.actionData;
  return answered !== null && Object.keys(answered).some((routeId) => answersPostWithoutScripts(context.routeModules[routeId]?.handle));
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Bots get the whole document at once; browsers get it streamed as soon as the shell is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  // A document answering the action of a route that asks so: no scripts and no copy of the data for them
  // (app/components/scriptless-answer.tsx).
  const scriptless = request.method === "POST" && answersActionWithoutScripts(remixContext);
  if (scriptless) void remixContext.serverHandoffStream?.cancel();
  const context = scriptless ? { ...remixContext, serverHandoffStream: undefined } : remixContext;
  // The nonce the response's Content-Security-Policy names (a kept page's placeholder: app/web/script-nonce.server.ts),
  // on the root's scripts (by the context) and on the data stream's (RemixServer's own).
  const nonce = loadContext.scriptNonce;
  // The reader's language, for a page without the root's data (an action's refusal: utils/request-lang.ts).
  const lang = await langOfCookieHeader(request.headers.get("Cookie"));
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <ScriptlessAnswer.Provider value={scriptless}>
        <ScriptNonce.Provider value={nonce}>
          <RequestLang.Provider value={lang}>
            <RemixServer context={context} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
          </RequestLang.Provider>
        </ScriptNonce.Provider>
      </ScriptlessAnswer.Provider>,
      {
        [readyEvent]() {
          shellRendered = true;
          const body = coalesced();
          // Rendered (or the client gone): the abort timer has nothing left to stop.
          body.once("end", () => clearTimeout(abortTimer));
          body.once("close", () => clearTimeout(abortTimer));
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (!shellRendered) return;
          // Its 200 is sent: what follows is a page cut short, which no one else may be served (shared-reads.server.ts).
          loadContext.brokeOff?.();
          logger.error({ err: error, requestId: loadContext.requestId }, "render error");
        },
      },
    );
    const abortTimer = setTimeout(() => {
      loadContext.brokeOff?.();
      abort();
    }, ABORT_DELAY);
  });
}
