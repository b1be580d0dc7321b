/**
 * Measuring prepared HTTP targets against a running server, shared by the
 * page benchmarks (tests/bench/web.ts, tests/bench/cases.ts): the server left
 * to finish its start-up tasks (untilIdle: the sweeps run once at start), a probe (a
 * route answering 404 or 405 is not there: said loudly, not measured), a
 * warm-up (not reported), then autocannon (tests/bench/load.ts) while the web
 * process's VmRSS is sampled from /proc; and the table of the outcomes with
 * their ratio to the baseline measured in the same run.
 */
import { monotonicMicros, type Window } from "./cpu-profile";
import { runLoad, type LoadRequest, type LoadResult } from "./load";
import { sampleMemory, untilIdle, type MemoryPeak, type WebServer } from "./processes";

export interface HttpTarget {
  id: string;
  /** What is measured, in words. */
  title: string;
  /** The request's shape, e.g. "GET /kindergartens?q=…". */
  shape: string;
  /** The answer being measured: 2xx, or e.g. a 429 itself. */
  expected: { label: string; test: (status: number) => boolean };
  /** Against the baseline: the ratio and its target apply. */
  compared: boolean;
  requests: LoadRequest[];
  /** Measured on an existing route in place of the real one (the real one has not landed). */
  standIn: string | null;
  /** Where the real route comes from, for a report that finds it missing. */
  landsWith: string | null;
}

export interface Outcome<T extends HttpTarget> {
  target: T;
  /** Why the target could not be measured; null when it was. */
  unmeasured: string | null;
  load: LoadResult | null;
  memory: MemoryPeak | null;
  /** The measured run, on the monotonic clock (what a CPU profile summary covers). */
  window: Window | null;
}

export interface RunSettings {
  connections: number;
  durationS: number;
  warmupS: number;
  log: (line: string) => void;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "–";
export const mb = (bytes: number | undefined) => (bytes === undefined ? "–" : fmt(bytes / 1024 / 1024));

/** Answers that were not the measured kind, by status (and socket errors, timeouts). */
function unexpected(r: LoadResult): number {
  return r.responses - r.accepted + r.unanswered;
}
export const rateOf = (r: LoadResult) => r.accepted / r.seconds;
/** Answers outside 2xx: the unexpected ones (keyed "status" or "status → location"), and the measured ones when they are not 2xx. */
const non2xx = (r: LoadResult, t: HttpTarget) =>
  Object.entries(r.rejected).reduce((n, [status, count]) => n + (Number(status.split(" ")[0]) >= 300 ? count : 0), 0) +
  (t.expected.test(200) ? 0 : r.accepted);

/**
 * The request as sent to this server: a write carries the server's own origin (it refuses
 * cross-origin writes, and each server listens on a port of its own).
 */
function sentTo(server: WebServer, request: LoadRequest): LoadRequest {
  return request.method === "GET" ? request : { ...request, headers: { ...request.headers, origin: server.baseUrl } };
}

/**
 * The target's route answers at all: a 404 or 405 means it is not there (yet), a 5xx that it fails;
 * neither is worth a load run. The first two prepared requests are tried.
 */
async function probe(server: WebServer, target: HttpTarget): Promise<string | null> {
  for (const request of target.requests.slice(0, 2).map((r) => sentTo(server, r))) {
    const res = await fetch(`${server.baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: "manual",
    });
    await res.arrayBuffer();
    if (res.status === 404 || res.status === 405 || res.status >= 500) {
      const missing = res.status === 404 || res.status === 405;
      return `${request.method} ${request.path.split("?")[0]} answered ${res.status}` + (missing && target.landsWith ? `: not there yet, it lands with ${target.landsWith}` : "");
    }
  }
  return null;
}

export async function measure<T extends HttpTarget>(server: WebServer, target: T, settings: RunSettings): Promise<Outcome<T>> {
  const { log } = settings;
  const settledMs = await untilIdle(server.proc.pid!);
  if (settledMs > 1_000) log(`(${target.id}) the server's start-up tasks ran ${fmt(settledMs / 1000, 1)} s before the target`);
  const refusal = await probe(server, target);
  if (refusal) {
    log(`(${target.id}) NOT MEASURED: ${refusal}`);
    return { target, unmeasured: refusal, load: null, memory: null, window: null };
  }
  // Requests are taken in turn across connections and runs: none repeats while the list lasts.
  let next = 0;
  const load = (seconds: number) =>
    runLoad({
      baseUrl: server.baseUrl,
      connections: settings.connections,
      durationS: seconds,
      request: () => sentTo(server, target.requests[next++ % target.requests.length]),
      accept: (status) => target.expected.test(status),
    });
  if (settings.warmupS > 0) await load(settings.warmupS);
  log(`(${target.id}) ${target.shape}${target.standIn ? ` [stand-in: ${target.standIn}]` : ""}, ${settings.durationS} s …`);
  const sampler = sampleMemory(server.proc.pid!);
  const fromUs = monotonicMicros();
  let result: LoadResult;
  let peak: MemoryPeak | null;
  try {
    result = await load(settings.durationS);
  } finally {
    peak = sampler.stop();
  }
  const window = { fromUs, toUs: monotonicMicros() };
  if (target.requests.length > 1 && next > target.requests.length) log(`(${target.id}) note: ${fmt(next)} requests sent, ${fmt(target.requests.length)} prepared: some repeated`);
  const wrong = unexpected(result);
  const unmeasured =
    result.responses === 0 || wrong > result.responses / 2
      ? `${fmt(wrong)} of ${fmt(result.responses)} answers were not ${target.expected.label} (${detail(result)}): not a measurement`
      : null;
  log(
    `(${target.id}) ${fmt(rateOf(result))} ${target.expected.label}/s, p50 ${fmt(result.acceptedP50, 1)} ms, p99 ${fmt(result.acceptedP99, 1)} ms, ` +
      `other answers: ${detail(result)}; peak RSS ${mb(peak?.peakRss)} MB`,
  );
  if (unmeasured) log(`(${target.id}) NOT MEASURED: ${unmeasured}`);
  if (server.exited()) log(`(${target.id}) the server exited (code ${server.proc.exitCode}). Output:\n${server.output().slice(-3000)}`);
  else if (result.rejected["500"] || result.rejected["503"]) log(`(${target.id}) the server's last output:\n${server.output().slice(-3000)}`);
  return { target, unmeasured, load: result, memory: peak, window };
}

export function detail(r: LoadResult): string {
  const parts = Object.entries(r.rejected).map(([k, v]) => `${k} ×${fmt(v)}`);
  if (r.socketErrors) parts.push(`socket errors ×${r.socketErrors}`);
  if (r.timeouts) parts.push(`timeouts ×${r.timeouts}`);
  if (r.unanswered) parts.push(`unanswered ×${r.unanswered}`);
  return parts.join(", ") || "none";
}

/** The outcomes as a table, with each one's ratio to the baseline target's rate; returns that rate (NaN without one). */
export function printTable<T extends HttpTarget>(outcomes: Outcome<T>[], baselineId: string, log: (line: string) => void): number {
  const baseline = outcomes.find((o) => o.target.id === baselineId && o.load && !o.unmeasured);
  const baseRate = baseline?.load ? rateOf(baseline.load) : NaN;
  const head = ["target", "measures", "answers/s", "p50 ms", "p99 ms", "non-2xx", "share measured", "peak RSS MB", "VmHWM MB", `÷ (${baselineId})`];
  const rows = outcomes.map(({ target: t, load: r, memory, unmeasured }) => {
    const name = `(${t.id})${t.standIn ? " stand-in" : ""}`;
    if (!r || unmeasured) return [name, t.expected.label, "not measured", "", "", r ? fmt(non2xx(r, t)) : "", "", "", "", ""];
    return [
      name,
      t.expected.label,
      fmt(rateOf(r)),
      fmt(r.acceptedP50, 1),
      fmt(r.acceptedP99, 1),
      fmt(non2xx(r, t)),
      `${fmt((100 * r.accepted) / Math.max(1, r.responses + r.unanswered), 1)} %`,
      mb(memory?.peakRss),
      mb(memory?.hwm),
      t.id === baselineId ? "1" : fmt(rateOf(r) / baseRate, 2),
    ];
  });
  printMarkdownTable(head, rows, log);
  return baseRate;
}

/** A Markdown table, columns padded: the first two left-aligned (names), the rest right-aligned (figures). */
export function printMarkdownTable(head: string[], rows: string[][], log: (line: string) => void): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  log("");
  log(line(head));
  log(`|${widths.map((w, i) => (i < 2 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const row of rows) log(line(row));
}
