/**
 * The real BullMQ worker (`npm run worker`: jobs/worker.ts) as a child process,
 * its JSON log lines parsed as they arrive. Spawned as `node --import tsx`,
 * not through npx: killing npx would leave the real worker running.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRY = "jobs/worker.ts";

export interface WorkerChild {
  proc: ChildProcess;
  /** stdout, one parsed JSON object per line (a line that is not JSON becomes { msg: line }). */
  lines: Record<string, unknown>[];
  stderr: string[];
  exited: Promise<number | null>;
}

export function spawnWorker(env: Record<string, string>): WorkerChild {
  const proc = spawn(process.execPath, ["--import", "tsx", ENTRY], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  let buf = "";
  proc.stdout!.on("data", (d: Buffer) => {
    buf += d.toString();
    let nl;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, nl).trim();
      buf = buf.slice(nl + 1);
      if (!line) continue;
      try {
        lines.push(JSON.parse(line));
      } catch {
        lines.push({ msg: line });
      }
    }
  });
  proc.stderr!.on("data", (d: Buffer) => stderr.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return { proc, lines, stderr, exited };
}

/** SIGKILL unless it has already exited; resolves once it has. */
export async function killWorker(child: WorkerChild): Promise<void> {
  if (child.proc.exitCode === null && child.proc.signalCode === null) {
    child.proc.kill("SIGKILL");
    await child.exited;
  }
}
