/**
 * Process configuration, checked once at start-up so a typo fails loudly
 * instead of surfacing as a wrong default three screens later.
 */
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  RULES_DIR: z.string().optional(),
  /** Seed demo data into an empty database at start-up (default: on outside production). */
  DEMO_DATA: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string; DEMO_DATA: "0" | "1" };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
    throw new Error("SESSION_SECRET (16+ characters) is required in production");
  }
  cached = {
    ...env,
    // A fixed development secret keeps sessions valid across restarts of `npm start`.
    SESSION_SECRET: env.SESSION_SECRET ?? "dev-only-session-secret-change-me",
    DEMO_DATA: env.DEMO_DATA ?? (env.NODE_ENV === "production" ? "0" : "1"),
  };
  return cached;
}
