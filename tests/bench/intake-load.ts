/**
 * One load run of the intake benchmark: autocannon, one connection per
 * signed-in operator (its own session cookie, its own kindergarten's form),
 * each posting as fast as the server answers for a fixed time.
 *
 * - Per-connection requests: `setupClient` hands every connection its own
 *   `requests` array (cookie in the headers, `setupRequest` building a fresh
 *   body per request: one of the operator's prepared variants plus a new
 *   one-time `submissionKey`).
 * - A soft stop: at the deadline every connection is told to send nothing
 *   more (its `responseMax` is set to what it has sent), so the request in
 *   flight is answered and counted instead of being cut off. autocannon's own
 *   duration would destroy the sockets mid-request, and a filing the server
 *   then stores would be stored but never acknowledged. The run's length is
 *   from the start to the last response.
 * - Each response is classified by `accept` (status + Location): accepted
 *   (with the saved filing's id, when there is one) or an error by status;
 *   socket errors and timeouts are counted from the connections' events.
 */
import { performance } from "node:perf_hooks";
import autocannon, { type Client } from "autocannon";
import { ulid } from "ulid";

export interface LoadConnection {
  cookie: string;
  /** Urlencoded bodies without the submissionKey; the requests cycle through them. */
  bodies: string[];
}

export interface LoadOptions {
  baseUrl: string;
  path: string;
  connections: LoadConnection[];
  durationS: number;
  /** An accepted response: true, or the id of what it saved; anything else is an error. */
  accept: (status: number, location: string | null) => boolean | string;
}

export interface LoadResult {
  connections: number;
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
  const n = opts.connections.length;
  const latencies: number[] = [];
  const acceptedLatencies: number[] = [];
  const acceptedIds: string[] = [];
  const rejected: Record<string, number> = {};
  const clients: Client[] = [];
  let sent = 0;
  let responses = 0;
  let accepted = 0;
  let socketErrors = 0;
  let timeouts = 0;
  let lastResponseAt = 0;
  let next = 0;

  const startedAt = performance.now();
  const instance = autocannon({
    url: opts.baseUrl,
    connections: n,
    // A hard limit only; the soft stop below ends the run.
    duration: opts.durationS + 120,
    timeout: 30,
    setupClient(client) {
      const conn = opts.connections[next++ % n];
      clients.push(client);
      let i = 0;
      let lastAccepted = false;
      client.setRequests([
        {
          method: "POST",
          path: opts.path,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: opts.baseUrl,
            cookie: conn.cookie,
            "user-agent": "intake-bench",
          },
          setupRequest(request) {
            sent++;
            const body = `${conn.bodies[i++ % conn.bodies.length]}&submissionKey=${ulid()}`;
            return { ...request, body };
          },
          onResponse(status, _body, _context, headers) {
            const location = header(headers, "location");
            const verdict = opts.accept(status, location);
            lastAccepted = verdict !== false;
            if (lastAccepted) {
              accepted++;
              if (typeof verdict === "string") acceptedIds.push(verdict);
            } else {
              const key = location ? `${status} → ${location.split("?")[0]}` : String(status);
              rejected[key] = (rejected[key] ?? 0) + 1;
            }
          },
        },
      ]);
      client.on("response", (_status: number, _bytes: number, responseTime: number) => {
        responses++;
        lastResponseAt = performance.now();
        latencies.push(responseTime);
        if (lastAccepted) acceptedLatencies.push(responseTime);
      });
      client.on("connError", () => socketErrors++);
      client.on("timeout", () => timeouts++);
    },
  });

  const softStop = setTimeout(() => {
    for (const c of clients) c.responseMax = Math.max(1, c.reqsMade);
  }, opts.durationS * 1000);
  try {
    await instance;
  } finally {
    clearTimeout(softStop);
  }

  const all = Float64Array.from(latencies).sort();
  const ok = Float64Array.from(acceptedLatencies).sort();
  return {
    connections: n,
    seconds: ((lastResponseAt || performance.now()) - startedAt) / 1000,
    sent,
    responses,
    accepted,
    acceptedIds,
    rejected,
    socketErrors,
    timeouts,
    unanswered: sent - responses,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all.length ? all[all.length - 1] : NaN,
    acceptedP50: percentile(ok, 50),
    acceptedP99: percentile(ok, 99),
  };
}
