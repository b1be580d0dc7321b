/**
 * Starts the real server as production runs it (`npm run serve`: server.ts
 * compiled into build/server/index.js, on plain node) as a child process on a
 * free port with a fresh SQLite database in a temp folder, for browser and HTTP
 * end-to-end tests. Requires a prior `npm run build` (build/index.js and the
 * compiled server; npm test runs it). Not server.ts under tsx: nothing serves
 * that way any more, and tsx's loader doubled the start-up's CPU (3.3 s more a
 * start) and added to every request's.
 *
 * The child is spawned directly (not through npm) in its own process group,
 * so stop() can take down whatever it starts, even with SIGKILL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface TestServer {
  baseUrl: string;
  port: number;
  /** The temp folder holding the database; removed by stop(). */
  dir: string;
  databaseUrl: string;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  output(): string;
  /** The server process's CPU time so far (user and system, ms), or null where /proc cannot tell (not Linux). */
  cpuMs(): number | null;
  /** SIGKILL, as a crash: the database stays for a restart (`startServer({ dir })`). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** The compiled server, what `npm run serve` starts (build-server.mjs writes it). */
export const COMPILED_SERVER = "build/server/index.js";

export function requireBuild(): void {
  for (const file of ["build/index.js", COMPILED_SERVER]) {
    if (!fs.existsSync(path.join(ROOT, file))) {
      throw new Error(`${path.join(ROOT, file)} is missing: run \`npm run build\` first (npm test does it for you).`);
    }
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal); // the whole group: the server and anything it started
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export interface StartServerOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
  /**
   * Called once the server child is spawned, before it is healthy, with its
   * database: to start another process (a worker) on the same file at the same
   * moment. A throw stops the server and fails the start.
   */
  whileStarting?: (databaseUrl: string) => void;
  /** Start on the database of a server that was killed (its `dir`), instead of a fresh one. */
  dir?: string;
}

/** User and system CPU time of a process from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 10 ms). */
function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function startServer(opts: StartServerOptions = {}): Promise<TestServer> {
  requireBuild();
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
  const databaseUrl = path.join(dir, "portal.db");
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "test",
    LOG_LEVEL: "warn",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    DEMO_DATA: "1",
    ...opts.env,
  };
  delete env.REDIS_URL;
  if (opts.env?.REDIS_URL) env.REDIS_URL = opts.env.REDIS_URL;

  let log = "";
  const child = spawn(process.execPath, [COMPILED_SERVER], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (log += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (log += chunk));

  const baseUrl = `http://127.0.0.1:${port}`;
  const server: TestServer = {
    baseUrl,
    port,
    dir,
    databaseUrl,
    output: () => log,
    cpuMs: () => processCpuMs(child.pid),
    async kill() {
      killGroup(child, "SIGKILL");
      await waitForExit(child, 5_000);
    },
    async stop() {
      if (!exited(child)) {
        killGroup(child, "SIGTERM");
        if (!(await waitForExit(child, 5_000))) {
          killGroup(child, "SIGKILL");
          await waitForExit(child, 2_000);
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };

  try {
    opts.whileStarting?.(databaseUrl);
  } catch (err) {
    await server.stop();
    throw err;
  }

  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  let lastError = "";
  while (Date.now() < deadline) {
    if (exited(child)) {
      await server.stop();
      throw new Error(`server exited early (code ${child.exitCode}, signal ${child.signalCode}). Output:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return server;
      lastError = `HTTP ${res.status}: ${await res.text()}`;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`server did not become healthy on ${baseUrl}/healthz (last: ${lastError}). Output:\n${log}`);
}
