/**
 * A real Redis for tests. getTestRedis() uses REDIS_URL when it is set;
 * otherwise it starts a private redis-server on a free port (no persistence)
 * and stops it afterwards. A missing binary is an error, never a skip.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { Redis } from "ioredis";

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

export interface RedisServer extends TestRedis {
  port: number;
}

const INSTALL_HINT =
  "redis-server was not found on PATH. Jobs tests need a real Redis: install it with " +
  "`apt-get install -y redis-server`, or set REDIS_URL to a running Redis (e.g. redis://127.0.0.1:6379).";

function findRedisServer(): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, "redis-server");
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  throw new Error(INSTALL_HINT);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** One PING over a raw socket; true on +PONG. */
export function ping(port: number, host = "127.0.0.1", timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    let buf = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => {
      buf += d.toString();
      if (buf.includes("\r\n")) done(buf.startsWith("+PONG"));
    });
  });
}

const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

/** Starts a private redis-server (on `port`, or a free one) and waits until it answers PING. */
export async function startRedisServer(opts: { port?: number; timeoutMs?: number } = {}): Promise<RedisServer> {
  const bin = findRedisServer();
  const port = opts.port ?? (await freePort());
  const child = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.add(child);
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d.toString()));
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      children.delete(child);
      resolve();
    }),
  );
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));

  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  for (;;) {
    if (await ping(port)) break;
    if (exited) throw new Error(`redis-server exited before answering PING on port ${port}: ${stderr.trim()}`);
    const err = await Promise.race([spawnError, new Promise<undefined>((r) => setTimeout(r, 50))]);
    if (err) throw new Error(`could not start redis-server (${err.message}). ${INSTALL_HINT}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`redis-server on port ${port} did not answer PING within ${opts.timeoutMs ?? 10_000} ms`);
    }
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (exited) return;
      child.kill("SIGKILL");
      await exitedPromise;
    },
  };
}

/** REDIS_URL if set (stop() is a no-op), else a private redis-server. */
export async function getTestRedis(): Promise<TestRedis> {
  const url = process.env.REDIS_URL;
  if (url) return { url, stop: async () => {} };
  return startRedisServer();
}

/** Deletes every key under the prefix (BullMQ's own obliterate works per queue; this gets them all); returns how many. */
export async function cleanupRedisPrefix(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on("error", () => {});
  let deleted = 0;
  try {
    await redis.connect();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
  return deleted;
}
