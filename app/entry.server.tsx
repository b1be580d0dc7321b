import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { logger } from "./utils/logger.server";

const ABORT_DELAY = 5_000;

/**
 * React 18.3's renderToPipeableStream pads some chunks with NUL bytes when
 * multi-byte (CJK) text crosses its 2 KB view buffer (facebook/react#24985,
 * #31134; fixed only in React 19). The characters themselves are intact and a
 * NUL never belongs in HTML, so dropping those bytes restores the document.
 */
function dropNulBytes(chunk: Buffer): Buffer {
  let at = chunk.indexOf(0);
  if (at < 0) return chunk;
  const kept: Buffer[] = [];
  let from = 0;
  for (; at >= 0; at = chunk.indexOf(0, from)) {
    if (at > from) kept.push(chunk.subarray(from, at));
    from = at + 1;
  }
  if (from < chunk.length) kept.push(chunk.subarray(from));
  return Buffer.concat(kept);
}

/**
 * The document as React writes it, NUL bytes dropped, in one chunk per turn
 * of the event loop: React writes a page in 2 KB pieces, all in the same
 * turn, and each piece passed on alone went through the web stream and the
 * socket on its own (5–10 per page). What is written in a later turn still
 * goes out in that turn: streaming is kept.
 */
function coalescedWithoutNulBytes(): Transform {
  let pending: Buffer[] = [];
  let scheduled = false;
  const passOn = () => {
    scheduled = false;
    if (pending.length === 0 || body.destroyed) return;
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending);
    pending = [];
    body.push(dropNulBytes(chunk));
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

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Bots get the whole document at once; browsers get it streamed as soon as the shell is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />,
      {
        [readyEvent]() {
          shellRendered = true;
          const body = coalescedWithoutNulBytes();
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
          if (shellRendered) logger.error({ err: error, requestId: (loadContext as { requestId?: string }).requestId }, "render error");
        },
      },
    );
    const abortTimer = setTimeout(abort, ABORT_DELAY);
  });
}
