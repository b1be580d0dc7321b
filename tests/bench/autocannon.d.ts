/**
 * The part of autocannon (pinned 9.0.0, no bundled types) that the
 * benchmarks use. @types/autocannon describes 7.x; this states only what
 * tests/bench/load.ts relies on, including three members of the
 * connection object (`_doRequest`, `reqsMade`, `responseMax`) that the start
 * line and the soft stop use.
 */
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  }

  /** One connection. */
  export interface Client extends EventEmitter {
    setRequests(requests: Request[]): void;
    /** Sends the next request; the benchmark wraps it to hold a connection at the start line. */
    _doRequest(): void;
    /** Requests sent on this connection so far. */
    reqsMade: number;
    /** The connection stops (cleanly, after its in-flight response) once reqsMade reaches this. */
    responseMax: number | undefined;
  }

  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    pipelining?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: Request[];
    setupClient?: (client: Client) => void;
    excludeErrorStats?: boolean;
  }

  export interface Result {
    latency: Histogram;
    requests: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    start: Date;
    finish: Date;
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  function autocannon(opts: Options): Instance;
  export default autocannon;
}
