/**
 * A raw HTTP client for hostile requests. fetch cannot send a Content-Length
 * that differs from its body or keep streaming after the server has answered,
 * and may report a server's early answer as a network error; this client
 * writes whatever it is told, stops writing once an answer arrives, and
 * returns that answer with how long it took.
 */
import http, { type IncomingHttpHeaders } from "node:http";

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as text (at most 2 MB are kept). */
  body: string;
  /** From the request's start to the end of the answer. */
  ms: number;
}

export interface HttpRequest {
  method?: string;
  /** Path and query, starting with "/". */
  path: string;
  headers?: Record<string, string>;
  /** Sent whole, with its length as Content-Length unless the headers set one. */
  body?: string | Buffer;
  /** Sent chunk after chunk (Transfer-Encoding: chunked) until the server answers or `upTo` bytes went out. */
  stream?: { chunk: Buffer; upTo: number };
  /** A Content-Length larger than what is sent: only `body` is written, then the server must answer. */
  declaredLength?: number;
  timeoutMs?: number;
}

const KEEP = 2 * 1024 * 1024;

export function send(baseUrl: string, req: HttpRequest): Promise<HttpAnswer> {
  const url = new URL(req.path, baseUrl);
  const started = performance.now();
  const headers: Record<string, string> = { ...req.headers };
  const body = typeof req.body === "string" ? Buffer.from(req.body) : req.body;
  if (req.declaredLength !== undefined) headers["Content-Length"] = String(req.declaredLength);
  else if (req.stream) headers["Transfer-Encoding"] = "chunked";
  else if (body && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length")) headers["Content-Length"] = String(body.length);

  return new Promise<HttpAnswer>((resolve, reject) => {
    let answered = false;
    let settled = false;
    const finish = (result: HttpAnswer | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy(); // a half-sent body is not finished: the connection goes
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const request = http.request(
      { host: url.hostname, port: url.port, method: req.method ?? "POST", path: url.pathname + url.search, headers, agent: false },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < KEEP) chunks.push(chunk);
          kept += chunk.length;
        });
        const done = () =>
          finish({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          });
        response.on("end", done);
        // The server may close right after an early answer; what arrived is the answer.
        response.on("aborted", done);
        response.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish(new Error(`${req.method ?? "POST"} ${req.path}: no answer within ${req.timeoutMs ?? 10_000} ms`));
    }, req.timeoutMs ?? 10_000);
    request.on("error", (err) => {
      // Writing into a connection the server closed after answering early: the answer counts.
      if (!answered) finish(new Error(`${req.method ?? "POST"} ${req.path}: ${err.message}`));
    });

    if (req.stream) {
      const { chunk, upTo } = req.stream;
      let sent = 0;
      const pump = () => {
        while (!answered && sent < upTo) {
          sent += chunk.length;
          if (!request.write(chunk)) {
            request.once("drain", pump);
            return;
          }
        }
        if (!answered) request.end();
      };
      pump();
    } else if (req.declaredLength !== undefined) {
      if (body) request.write(body); // and never more: the server must not wait for the rest
    } else {
      request.end(body);
    }
  });
}
