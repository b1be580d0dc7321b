/**
 * Queue names, the topic → (queue, job name) routing, default job options and
 * the Redis connection factory. The single place that knows how outbox topics
 * map onto BullMQ.
 */
import type { DefaultJobOptions, Queue } from "bullmq";
import type { Topic } from "~/domain/outbox/topics";
import { getEnv } from "~/utils/env.server";
import { EndingRedis } from "./ending-redis";
import type { Logger } from "./logger";

export const QUEUE_NAMES = ["filings", "reevaluation", "accounts", "complaints", "publication", "meal-fund", "audit"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface TopicRoute {
  queue: QueueName;
  /** The BullMQ job name, i.e. the processor's name as seen in dashboards and logs. */
  jobName: string;
}

/** Every topic must be routed: adding a topic without a route is a type error. */
export const TOPIC_ROUTES: { [T in Topic]: TopicRoute } = {
  "filing.submitted": { queue: "filings", jobName: "evaluate-filing" },
  // Its own queue: a national re-evaluation's batches never hold up a freshly submitted filing.
  "reevaluation.batch": { queue: "reevaluation", jobName: "reevaluate" },
  // Long like a re-evaluation batch, and as unrelated to a freshly submitted filing.
  "preview.compute": { queue: "reevaluation", jobName: "preview-change" },
  // Its own queue: anyone may check an account, and a burst of public checks must not hold up operators' filings.
  "account_check.mismatch": { queue: "accounts", jobName: "reevaluate-account" },
  // Its own queue: public intake, like the account check, must not hold up operators' filings.
  "complaint.received": { queue: "complaints", jobName: "triage-complaint" },
  // Officers' work waits on it, but it is rare and short: its own queue keeps it off the busy ones.
  "case.decided": { queue: "publication", jobName: "draft-public-case" },
  // Its own queue: a month's filings cluster before the due day, and must not hold up fee filings.
  "meal_fund.filed": { queue: "meal-fund", jobName: "evaluate-meal-fund" },
  // Beside the filings it evaluates again: rare (a registry change), and as short as a filing's evaluation.
  "kindergarten.changed": { queue: "filings", jobName: "reevaluate-kindergarten" },
  // Its own queue: an administrator's verification walks the whole audit log, a stretch a job, and neither waits
  // behind a national re-evaluation nor holds one up.
  "audit_chain.verify": { queue: "audit", jobName: "verify-audit-chain" },
};

export function routeFor(topic: string): TopicRoute | undefined {
  return Object.hasOwn(TOPIC_ROUTES, topic) ? TOPIC_ROUTES[topic as Topic] : undefined;
}

/** What a job carries: the outbox row is the source of truth, the job only points at it. */
export interface OutboxJobData {
  outboxId: string;
  topic: string;
}

/**
 * BullMQ job ids must not contain ':' and must not be all digits. Outbox ids
 * are ULIDs (Crockford base32) so this is the identity in practice; the
 * mapping stays deterministic either way, which is what makes a double relay
 * a no-op. A row put back in line after BullMQ gave up on it (requeued:
 * available_at moved past created_at) gets the requeue instant as a suffix:
 * its failed job is still in Redis, and BullMQ ignores an add under an
 * existing id.
 */
export function jobIdFor(outboxId: string, requeuedAt?: string): string {
  const safe = outboxId.replaceAll(":", "-");
  const base = /^\d+$/.test(safe) ? `ob-${safe}` : safe;
  return requeuedAt === undefined ? base : `${base}-r${Date.parse(requeuedAt)}`;
}

/** The job id the relay gives a row (a requeued row's carries its requeue instant): one rule for relay and reconciliation. */
export function relayedJobId(row: { id: string; created_at: string; available_at: string }): string {
  return jobIdFor(row.id, row.available_at === row.created_at ? undefined : row.available_at);
}

export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  // 2 s, 4 s, 8 s … ~4 min, each drawn from the upper half of its interval.
  backoff: { type: "exponential", delay: 2000, jitter: 0.5 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export const DEFAULT_PREFIX = "portal";

/** Key prefix for every queue; JOBS_PREFIX lets several deployments (or test runs) share one Redis. */
export function jobsPrefix(): string {
  return getEnv().JOBS_PREFIX ?? DEFAULT_PREFIX;
}

export type RedisRole = "producer" | "worker";

/**
 * Producers fail fast when Redis is unreachable (no offline queue: the outbox
 * row simply stays unrelayed); workers wait forever for Redis to come back
 * (maxRetriesPerRequest null, which BullMQ requires for blocking commands).
 */
export function createRedisConnection(url: string, role: RedisRole, logger?: Logger): EndingRedis {
  const redis = new EndingRedis(
    url,
    role === "producer" ? { enableOfflineQueue: false, maxRetriesPerRequest: 1 } : { maxRetriesPerRequest: null },
  );
  let lastLogged = 0;
  redis.on("error", (err) => {
    // ioredis repeats connection errors on every reconnect attempt; one line per 10 s is enough.
    if (!logger || Date.now() - lastLogged < 10_000) return;
    lastLogged = Date.now();
    logger.warn({ err: err.message, role }, "redis connection error");
  });
  return redis;
}

export interface QueueSet {
  readonly prefix: string;
  get(name: QueueName): Queue<OutboxJobData>;
  /**
   * Resolves true once the producer connection is up, false if it is not within
   * `timeoutMs`: the relay skips a tick then instead of hanging on BullMQ's
   * wait-for-ready.
   */
  whenReady(timeoutMs: number): Promise<boolean>;
  /**
   * Sets this prefix's epoch key unless it exists. True when it did not exist: Redis is
   * new to us or has lost its keys (restarted without persistence, flushed, failed over),
   * so every job handed to it may be gone. Throws when Redis does not answer.
   */
  claimEpoch(): Promise<boolean>;
  close(): Promise<void>;
}

export interface CreateQueuesOptions {
  redisUrl: string;
  prefix?: string;
  defaultJobOptions?: DefaultJobOptions;
  logger?: Logger;
}

/** One producer connection shared by a Queue per name. Used by the relay. */
export async function createQueues(opts: CreateQueuesOptions): Promise<QueueSet> {
  // Loaded here, not at start: only the worker relays, and a web process never needs BullMQ's ~6 MB of heap.
  const { Queue } = await import("bullmq");
  const prefix = opts.prefix ?? jobsPrefix();
  const connection = createRedisConnection(opts.redisUrl, "producer", opts.logger);
  const queues = new Map<QueueName, Queue<OutboxJobData>>();
  let closed = false;
  return {
    prefix,
    get(name) {
      if (closed) throw new Error("queue set is closed");
      let q = queues.get(name);
      if (!q) {
        q = new Queue<OutboxJobData>(name, {
          connection,
          prefix,
          defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...opts.defaultJobOptions },
        });
        // Errors already surface through the connection's listener; this one only keeps them handled.
        q.on("error", () => {});
        queues.set(name, q);
      }
      return q;
    },
    whenReady(timeoutMs) {
      if (connection.status === "ready") return Promise.resolve(true);
      if (closed || connection.status === "end") return Promise.resolve(false);
      return new Promise((resolve) => {
        const onReady = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          connection.off("ready", onReady);
          resolve(false);
        }, timeoutMs);
        connection.once("ready", onReady);
      });
    },
    async claimEpoch() {
      const set = await connection.set(`${prefix}:outbox-epoch`, new Date().toISOString(), "NX");
      return set === "OK";
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      // The connection is ours (BullMQ does not close a shared instance).
      connection.disconnect();
    },
  };
}

export interface RedisDurability {
  /** RDB snapshots or the append-only file is on; undefined when CONFIG is not allowed (managed Redis). */
  persistent: boolean | undefined;
  /** maxmemory-policy; anything but "noeviction" may drop queued jobs under memory pressure. */
  evictionPolicy: string | undefined;
}

/** What Redis says about keeping our jobs: the worker warns at start when it may not. */
export async function redisDurability(url: string): Promise<RedisDurability> {
  const redis = new EndingRedis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  redis.on("error", () => {});
  try {
    return await askDurability(redis);
  } finally {
    redis.disconnect();
  }
}

async function askDurability(redis: EndingRedis): Promise<RedisDurability> {
  const get = async (key: string): Promise<string | undefined> => {
    try {
      const reply = (await redis.config("GET", key)) as string[];
      return reply[1];
    } catch {
      return undefined;
    }
  };
  const [save, aof, policy] = await Promise.all([get("save"), get("appendonly"), get("maxmemory-policy")]);
  const persistent = save === undefined && aof === undefined ? undefined : Boolean(save) || aof === "yes";
  return { persistent, evictionPolicy: policy };
}
