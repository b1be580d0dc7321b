/**
 * One load run of a benchmark over HTTP: autocannon, a fixed number of
 * keep-alive connections, each sending as fast as the server answers for a
 * fixed time, every request built by the caller (the intake benchmark: each
 * operator's own cookie and form with a fresh submission key; the web
 * benchmark: a prepared list of different searches, pages or checks).
 *
 * - Per-request set-up: every connection gets one `requests` entry whose
 *   `setupRequest` asks the caller's `request(connection)` for the next
 *   method, path, headers and body.
 * - Everyone connected before the clock starts: each connection first sends
 *   one GET /healthz and then waits (its next request is held back) until
 *   every connection has had its answer; then all start at once. Without
 *   this, connections opened while the server is already saturated wait in
 *   the kernel's accept queue: a busy Node process accepts about one new
 *   connection per event-loop turn, so with 50 connections opened at once
 *   20–30 of them got their first answer only when the others stopped (a
 *   p99 as long as the run, and operators with a single filing). That is how
 *   a saturated server treats newcomers, not its steady state, so it is kept
 *   out of the figures (and reported separately: `connectSeconds`).
 * - A soft stop: at the deadline every connection is told to send nothing
 *   more (its `responseMax` is set to what it has sent), so the request in
 *   flight is answered and counted instead of being cut off. autocannon's own
 *   duration would destroy the sockets mid-request, and a filing the server
 *   then stores would be stored but never acknowledged. The run's length is
 *   from the start to the last response.
 * - Each response is classified by `accept` (status, Location, body): accepted
 *   (with the saved filing's id, when there is one) or an error by status;
 *   socket errors and timeouts are counted from the connections' events.
 * The hold and the soft stop use two fields of autocannon's connection object
 * (`_doRequest`, `responseMax`); autocannon is pinned exactly for that reason.
 */
import { performance } from "node:perf_hooks";
import autocannon, { type Client } from "autocannon";

export interface LoadRequest {
  method: "GET" | "POST";
  /** Path and query, percent-encoded. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The body as bytes instead (a multipart body with files). */
  bytes?: Buffer;
}

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  durationS: number;
  /** The next request connection `connection` (0-based) sends. */
  request: (connection: number) => LoadRequest;
  /**
   * An accepted response: true, or the id of what it saved; anything else is an error.
   * `body` is the response body as text (autocannon collects it for every response).
   */
  accept: (status: number, location: string | null, body: string) => boolean | string;
}

export interface LoadResult {
  connections: number;
  /** From opening the connections until every one had answered its GET /healthz. */
  connectSeconds: number;
  seconds: number;
  sent: number;
  responses: number;
  accepted: number;
  /** Ids taken from the accepted responses (the saved filings). */
  acceptedIds: string[];
  /** Responses that were not accepted, by "status" or "status → location". */
  rejected: Record<string, number>;
  socketErrors: number;
  timeouts: number;
  /** Accepted responses per connection, in connection order: how evenly the server served them. */
  perConnection: number[];
  /** Sent but never answered (0 unless a socket failed mid-request). */
  unanswered: number;
  /** Latency of every response, ms. */
  p50: number;
  p99: number;
  max: number;
  /** Latency of the accepted responses only, ms. */
  acceptedP50: number;
  acceptedP99: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function header(headers: Record<string, string | string[]>, name: string): string | null {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return Array.isArray(v) ? v[0] : v;
  return null;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const n = opts.connections;
  const latencies: number[] = [];
  const acceptedLatencies: number[] = [];
  const acceptedIds: string[] = [];
  const rejected: Record<string, number> = {};
  const perConnection: number[] = new Array(n).fill(0);
  const clients: Client[] = [];
  let sent = 0;
  let responses = 0;
  let accepted = 0;
  let socketErrors = 0;
  let timeouts = 0;
  let lastResponseAt = 0;
  let next = 0;

  // The start line: connections whose GET /healthz was answered wait here until all have been.
  let ready = 0;
  let startedAt = 0;
  const held: Array<() => void> = [];
  let softStop: NodeJS.Timeout | undefined;
  const openedAt = performance.now();
  const start = () => {
    startedAt = performance.now();
    softStop = setTimeout(() => {
      for (const c of clients) c.responseMax = Math.max(1, c.reqsMade);
    }, opts.durationS * 1000);
    for (const go of held.splice(0)) go();
  };

  const instance = autocannon({
    url: opts.baseUrl,
    connections: n,
    // A hard limit only; the soft stop ends the run.
    duration: opts.durationS + 180,
    timeout: 30,
    setupClient(client) {
      const index = next++ % n;
      clients.push(client);
      let probing = true;
      let lastCounted = false;
      let lastAccepted = false;
      const doRequest = client._doRequest.bind(client);
      client._doRequest = () => {
        if (!probing && startedAt === 0) held.push(doRequest);
        else doRequest();
      };
      client.setRequests([
        {
          setupRequest(request) {
            if (probing) return { ...request, method: "GET", path: "/healthz", headers: { "user-agent": "portal-bench" }, body: "" };
            sent++;
            const { bytes, ...next } = opts.request(index);
            return { ...request, ...next, body: bytes ?? next.body ?? "" };
          },
          onResponse(status, body, _context, headers) {
            if (probing) {
              probing = false;
              lastCounted = false;
              if (++ready === n) start();
              return;
            }
            lastCounted = true;
            const location = header(headers, "location");
            const verdict = opts.accept(status, location, body);
            lastAccepted = verdict !== false;
            if (lastAccepted) {
              accepted++;
              perConnection[index]++;
              if (typeof verdict === "string") acceptedIds.push(verdict);
            } else {
              const key = location ? `${status} → ${location.split("?")[0]}` : String(status);
              rejected[key] = (rejected[key] ?? 0) + 1;
            }
          },
        },
      ]);
      client.on("response", (_status: number, _bytes: number, responseTime: number) => {
        if (!lastCounted) return;
        responses++;
        lastResponseAt = performance.now();
        latencies.push(responseTime);
        if (lastAccepted) acceptedLatencies.push(responseTime);
      });
      client.on("connError", () => socketErrors++);
      client.on("timeout", () => timeouts++);
    },
  });

  try {
    await instance;
  } finally {
    clearTimeout(softStop);
  }
  if (startedAt === 0) throw new Error(`only ${ready} of ${n} connections answered their GET /healthz`);

  const all = Float64Array.from(latencies).sort();
  const ok = Float64Array.from(acceptedLatencies).sort();
  return {
    connections: n,
    connectSeconds: (startedAt - openedAt) / 1000,
    seconds: ((lastResponseAt || performance.now()) - startedAt) / 1000,
    sent,
    responses,
    accepted,
    acceptedIds,
    rejected,
    socketErrors,
    timeouts,
    perConnection,
    unanswered: sent - responses,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all.length ? all[all.length - 1] : NaN,
    acceptedP50: percentile(ok, 50),
    acceptedP99: percentile(ok, 99),
  };
}
