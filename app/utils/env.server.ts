/**
 * Process configuration: the only module that reads process.env. Checked once
 * so a typo fails loudly instead of surfacing as a wrong default three screens
 * later. Web process, job worker, scripts and tests all read it from here.
 */
import { z } from "zod";

const count = (max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(0).max(max);
/** An unset or empty variable is the default; `FOO=` in a shell means "not set". */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === "" ? undefined : v), type.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: optional(z.string()),
  REDIS_URL: optional(z.string().url()),
  SESSION_SECRET: optional(z.string().min(16, "at least 16 characters")),
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  RULES_DIR: optional(z.string()),
  /** Where evidence files are kept (default ./data/evidence); several web processes mount the same directory. */
  EVIDENCE_DIR: optional(z.string()),
  /**
   * SQLite: an action's answer waits until what it committed is on disk (db/wal-sync.ts), so a receipt survives a
   * power cut; default off (commits reach the disk within ~0.1 s; README, Configuration).
   */
  SQLITE_DURABLE_ANSWERS: optional(z.enum(["0", "1"])),
  /** Seed demo data into an empty database at start-up (default: on outside production). */
  DEMO_DATA: optional(z.enum(["0", "1"])),
  /** Up to this many active fee schedules in scope, a change preview is computed while the page loads. */
  PREVIEW_INLINE_LIMIT: optional(count()),
  /** Worker threads for re-evaluation batches (0: the calling thread); default one per core, at most 4. */
  EVALUATION_WORKERS: optional(count(16)),
  /** stack traces of failed `npm run db:*` commands */
  DEBUG: optional(z.string()),
  JOBS_PREFIX: optional(z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")),
  WORKER_CONCURRENCY: optional(count(64)),
  JOBS_LOCK_DURATION_MS: optional(count()),
  JOBS_STALLED_INTERVAL_MS: optional(count()),
  JOBS_RELAY_INTERVAL_MS: optional(count()),
  JOBS_RELAY_BATCH: optional(count(10_000)),
  JOBS_VISIBILITY_MS: optional(count()),
  /** Tests only: a job waits this long before running (ignored in production). */
  JOBS_TEST_DELAY_MS: optional(count()),
  /** Parents' account checks ("先核验，再缴费") one client may make per 10 minutes (app/web/account-check-throttle.server.ts). */
  ACCOUNT_CHECK_CLIENT_POINTS: optional(z.coerce.number().int().min(1).max(1_000_000_000)),
  /** Account checks of one kindergarten per hour, all clients together. */
  ACCOUNT_CHECK_KINDERGARTEN_POINTS: optional(z.coerce.number().int().min(1).max(1_000_000_000)),
  /** How often the complaint deadline sweep runs (jobs/schedules.ts): default 10 minutes. */
  COMPLAINT_SWEEP_INTERVAL_MS: optional(z.coerce.number().int().min(1000).max(24 * 60 * 60 * 1000)),
  CASE_SWEEP_INTERVAL_MS: optional(z.coerce.number().int().min(1000).max(24 * 60 * 60 * 1000)),
  /**
   * Months a finished complaint's contact details are kept, from the day it was finished, before the hourly sweep
   * erases them (app/domain/complaints/complaint-contact-retention.server.ts): default 13; at least 7 (the 6 months
   * a suit may be brought in, and a month's margin).
   */
  COMPLAINT_CONTACT_RETENTION_MONTHS: optional(z.coerce.number().int().min(7).max(120)),
  /** Days a processed outbox row is kept before the hourly sweep deletes it (app/domain/outbox/outbox.server.ts): default 30. */
  OUTBOX_RETENTION_DAYS: optional(z.coerce.number().int().min(1).max(3650)),
  /** How often the public statistics are brought up to date (jobs/schedules.ts): default a minute. */
  STATISTICS_REFRESH_INTERVAL_MS: optional(z.coerce.number().int().min(1000).max(24 * 60 * 60 * 1000)),
  /** Complaints one client may file per hour (app/web/complaint-throttle.server.ts). */
  COMPLAINT_INTAKE_CLIENT_POINTS: optional(z.coerce.number().int().min(1).max(1_000_000_000)),
  /** Complaint look-ups (tracking page) one client may make per 10 minutes. */
  COMPLAINT_TRACKING_CLIENT_POINTS: optional(z.coerce.number().int().min(1).max(1_000_000_000)),
  /**
   * Months a published case stays up, per decision kind, overriding the defaults
   * (行政处罚信息公示规定 Art. 13): "rectification_ordered=3,refund_ordered=36,penalty=36".
   */
  PUBLICATION_RETENTION_MONTHS: optional(
    z
      .string()
      .regex(/^(rectification_ordered|refund_ordered|penalty)=[1-9]\d{0,2}(,(rectification_ordered|refund_ordered|penalty)=[1-9]\d{0,2})*$/, "kind=months pairs, comma-separated")
      .transform((s) => Object.fromEntries(s.split(",").map((pair) => pair.split("=")).map(([kind, months]) => [kind!, Number(months)])) as Record<string, number>),
  ),
  /** Open-data API requests (/api/v1/…) one client may make per minute (app/web/open-data-throttle.server.ts). */
  OPEN_DATA_CLIENT_POINTS: optional(z.coerce.number().int().min(1).max(1_000_000_000)),
  /**
   * The portal's public address as parents reach it (https://fees.example.gov.cn): printed fee notices' QR codes point
   * there (app/web/public-origin.server.ts). An origin only: http(s), no path, query, fragment or credentials.
   */
  PUBLIC_ORIGIN: optional(
    z
      .string()
      .refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash && !value.includes("?") && !value.includes("#");
        } catch {
          return false;
        }
      }, "an origin such as https://fees.example.gov.cn (http or https, no path, query or fragment)")
      .transform((value) => new URL(value).origin),
  ),
  /** Megabytes of public pages and API answers kept in memory for signed-out readers (app/web/shared-reads.server.ts); 0 keeps none. */
  SHARED_READS_MB: optional(z.coerce.number().int().min(0).max(1024)),
});

export type Env = z.infer<typeof schema> & {
  LOG_LEVEL: NonNullable<z.infer<typeof schema>["LOG_LEVEL"]>;
  DEMO_DATA: "0" | "1";
  PREVIEW_INLINE_LIMIT: number;
};

/** Parses an environment (process.env by default); throws one message listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  return {
    ...env,
    LOG_LEVEL: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    DEMO_DATA: env.DEMO_DATA ?? (env.NODE_ENV === "production" ? "0" : "1"),
    PREVIEW_INLINE_LIMIT: env.PREVIEW_INLINE_LIMIT ?? 2000,
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests that change process.env while running read it again with this. */
export function reloadEnv(): Env {
  cached = undefined;
  return getEnv();
}

const DEVELOPMENT_SECRET = "dev-only-session-secret-change-me";

/**
 * The cookie-signing secret. The fixed fallback keeps sessions valid across
 * restarts of `npm start`, and exists only in development: anywhere else a
 * missing SESSION_SECRET stops the web process, because a secret printed in
 * the source signs nobody's session safely.
 */
export function sessionSecret(env: Env = getEnv()): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  if (env.NODE_ENV === "development") return DEVELOPMENT_SECRET;
  throw new Error(`SESSION_SECRET (16+ characters) is required when NODE_ENV=${env.NODE_ENV}`);
}
