/**
 * The real processes of the benchmarks over HTTP (intake, web): the web
 * server as production runs it (`npm run serve`: server.ts compiled into
 * build/server/index.js, on plain node) and the BullMQ worker
 * (`node --import tsx jobs/worker.ts`), each in its own process group (as
 * tests/jobs/worker-kill.test.ts spawns the worker: no npx or tsx wrapper
 * between us and the process we measure, sample and stop), with their output
 * kept for the report (SQLITE_BUSY counts, errors), and the memory a process
 * holds, sampled while a run goes on.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../setup/server";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Child {
  name: string;
  proc: ChildProcess;
  output(): string;
  exited(): boolean;
  /** SIGTERM (graceful: the server and the worker finish in-flight work), then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

function spawnNode(name: string, entry: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Child {
  const typescript = /\.tsx?$/.test(entry);
  const proc = spawn(process.execPath, [...nodeArgs, ...(typescript ? ["--import", "tsx"] : []), entry], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: string) => {
    log += chunk;
    if (log.length > 4_000_000) log = log.slice(-2_000_000);
  };
  proc.stdout!.setEncoding("utf8").on("data", keep);
  proc.stderr!.setEncoding("utf8").on("data", keep);
  const exited = () => proc.exitCode !== null || proc.signalCode !== null;
  const waitExit = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (exited()) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      proc.once("exit", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, sig);
    } catch {
      try {
        proc.kill(sig);
      } catch {
        // gone
      }
    }
  };
  return {
    name,
    proc,
    output: () => log,
    exited,
    async stop(graceMs = 15_000) {
      if (exited()) return;
      signal("SIGTERM");
      if (!(await waitExit(graceMs))) {
        signal("SIGKILL");
        await waitExit(5_000);
      }
    },
  };
}

let benchEvidenceDir: string | undefined;

/**
 * The evidence folder of this run's processes (web and worker share it), made once: never the portal's own
 * (./data/evidence by default), whose files a benchmark database does not name, so a benchmark server's
 * orphan sweep would take them for orphans and delete them.
 */
function evidenceDirOfRun(): string {
  if (benchEvidenceDir === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-evidence-"));
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    benchEvidenceDir = dir;
  }
  return benchEvidenceDir;
}

/** The environment both processes share: production mode (React's production build), quiet logs, an evidence folder of the run's own. */
export function baseEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    SESSION_SECRET: "bench-session-secret-0123456789abcdef",
    DEMO_DATA: "0",
    EVIDENCE_DIR: evidenceDirOfRun(),
  };
  delete env.REDIS_URL;
  delete env.JOBS_PREFIX;
  delete env.DATABASE_URL;
  delete env.PORT;
  delete env.NODE_OPTIONS;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export interface WebServer extends Child {
  baseUrl: string;
}

/** The compiled server (`npm run build`), what `npm run serve` starts. */
const SERVER_ENTRY = "build/server/index.js";

/**
 * How `npm run serve` starts the server (package.json): its environment assignments (`MALLOC_ARENA_MAX=2`)
 * and node flags, so that what is measured is what production runs.
 */
export function serveCommand(): { env: Record<string, string>; flags: string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const words = pkg.scripts.serve.split(/\s+/);
  const node = words.indexOf("node");
  const assignments = words.slice(0, Math.max(0, node));
  if (node < 0 || !words.includes(SERVER_ENTRY) || assignments.some((w) => !/^[A-Z_][A-Z0-9_]*=\S*$/.test(w))) {
    throw new Error(`package.json's serve script is not "[VAR=value …] node [flags] ${SERVER_ENTRY}": ${pkg.scripts.serve}`);
  }
  const env = Object.fromEntries(assignments.map((w) => [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)]));
  return { env, flags: words.slice(node + 1, words.indexOf(SERVER_ENTRY)) };
}

/** `npm run serve`'s command line as printed in a benchmark's header. */
export function serveCommandLine(extraFlags: string[] = []): string {
  const { env, flags } = serveCommand();
  return [...Object.entries(env).map(([k, v]) => `${k}=${v}`), "node", ...flags, ...extraFlags, SERVER_ENTRY].join(" ");
}

/**
 * Starts the compiled server as `npm run serve` does (its environment assignments, then `env`; its node
 * flags, then `nodeArgs`) on a free port and waits for /healthz to answer 200.
 */
export async function startWebServer(env: Record<string, string | undefined>, nodeArgs: string[] = []): Promise<WebServer> {
  const port = await freePort();
  const serve = serveCommand();
  const child = spawnNode("web", SERVER_ENTRY, baseEnv({ ...serve.env, ...env, PORT: String(port) }), [...serve.flags, ...nodeArgs]);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  let last = "";
  while (Date.now() < deadline) {
    if (child.exited()) throw new Error(`server.ts exited early (code ${child.proc.exitCode}). Output:\n${child.output().slice(-4000)}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return { ...child, baseUrl };
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await child.stop();
  throw new Error(`server.ts did not become healthy on ${baseUrl} (last: ${last}). Output:\n${child.output().slice(-4000)}`);
}

/** Starts the real worker (jobs/worker.ts); the caller waits for the work it does. */
export function startWorker(env: Record<string, string | undefined>, nodeArgs: string[] = []): Child {
  return spawnNode("worker", "jobs/worker.ts", baseEnv(env), nodeArgs);
}

/**
 * Builds the app and the server (`npm run build`: `remix build`, then build-server.mjs) when
 * build/index.js or build/server/index.js is missing or older than a source file (or when forced).
 */
export function ensureBuild(force: boolean, log: (line: string) => void): void {
  const builtAt = Math.min(
    ...["build/index.js", SERVER_ENTRY].map((file) => (fs.existsSync(path.join(ROOT, file)) ? fs.statSync(path.join(ROOT, file)).mtimeMs : 0)),
  );
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "rules", "db", "jobs"]) walk(path.join(ROOT, dir));
  for (const file of ["server.ts", "build-server.mjs", "remix.config.js"]) newest = Math.max(newest, fs.statSync(path.join(ROOT, file)).mtimeMs);
  if (!force && builtAt > newest) return;
  log(builtAt === 0 ? "building the app and the server (npm run build) …" : "the app changed since the last build: npm run build …");
  const remix = spawnSync(path.join(ROOT, "node_modules/.bin/remix"), ["build"], { cwd: ROOT, stdio: "inherit" });
  if (remix.status !== 0) throw new Error(`npx remix build failed (exit ${remix.status})`);
  const server = spawnSync(process.execPath, ["build-server.mjs"], { cwd: ROOT, stdio: "inherit" });
  if (server.status !== 0) throw new Error(`node build-server.mjs failed (exit ${server.status})`);
}

export interface MemoryPeak {
  /** The highest resident set size seen while sampling, bytes. */
  peakRss: number;
  /** The kernel's high-water mark of the process's resident set over its whole life (VmHWM), bytes. */
  hwm: number;
}

/** VmRSS and VmHWM of a process from /proc (Linux), bytes; null where /proc has no such file. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}

/** CPU time (user + system) a process has used, in clock ticks (1/100 s on Linux); null where /proc has none. */
function cpuTicksOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is
    // the 14th field of the line, stime the 15th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until a process is idle: under `maxShare` of one core over a `windowMs` window, or `timeoutMs` passed.
 * A server started for a target runs its scheduled tasks once at start (jobs/schedules.ts: the sweeps, on
 * national data a walk over 150,000 kindergartens); measured while they run, a target would pay for work
 * that a running server does once an hour or a day. Returns how long it waited, ms.
 */
export async function untilIdle(pid: number, opts: { windowMs?: number; maxShare?: number; timeoutMs?: number } = {}): Promise<number> {
  const windowMs = opts.windowMs ?? 500;
  const maxTicks = (opts.maxShare ?? 0.05) * (windowMs / 10);
  const started = Date.now();
  let before = cpuTicksOf(pid);
  while (before !== null && Date.now() - started < (opts.timeoutMs ?? 120_000)) {
    await new Promise((r) => setTimeout(r, windowMs));
    const after = cpuTicksOf(pid);
    if (after === null || after - before <= maxTicks) break;
    before = after;
  }
  return Date.now() - started;
}

/**
 * Samples a process's resident memory every `everyMs` until stopped: what it holds while a load
 * runs (the peak between samples can be missed; VmHWM cannot, but it covers start-up too).
 */
export function sampleMemory(pid: number, everyMs = 100): { stop(): MemoryPeak | null } {
  let peakRss = 0;
  let seen = false;
  const sample = () => {
    const m = memoryOf(pid);
    if (!m) return;
    seen = true;
    peakRss = Math.max(peakRss, m.rss);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const last = memoryOf(pid);
      return seen && last ? { peakRss, hwm: last.hwm } : null;
    },
  };
}
