/**
 * Configuration is read once, in one place, and refuses what would be
 * unsafe: the built-in session secret exists for `npm start` on a
 * developer's machine only.
 */
import { describe, expect, it } from "vitest";
import { parseEnv, sessionSecret } from "~/utils/env.server";

describe("environment", () => {
  it("development without SESSION_SECRET signs sessions with the built-in development secret", () => {
    expect(sessionSecret(parseEnv({}))).toMatch(/dev-only/);
  });

  it("refuses to run without SESSION_SECRET in production and in tests", () => {
    expect(() => sessionSecret(parseEnv({ NODE_ENV: "production" }))).toThrow(/SESSION_SECRET .* required when NODE_ENV=production/);
    expect(() => sessionSecret(parseEnv({ NODE_ENV: "test" }))).toThrow(/SESSION_SECRET/);
    expect(sessionSecret(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "a-long-enough-secret" }))).toBe("a-long-enough-secret");
  });

  it("names every bad variable at once", () => {
    expect(() => parseEnv({ PORT: "eighty", SESSION_SECRET: "short", PREVIEW_INLINE_LIMIT: "-1" })).toThrow(
      /PORT[\s\S]*SESSION_SECRET[\s\S]*PREVIEW_INLINE_LIMIT/,
    );
  });

  it("reads the job and preview settings with their defaults; an empty variable is unset", () => {
    const env = parseEnv({ EVALUATION_WORKERS: "", JOBS_PREFIX: "p1", WORKER_CONCURRENCY: "8" });
    expect(env).toMatchObject({ PREVIEW_INLINE_LIMIT: 2000, EVALUATION_WORKERS: undefined, JOBS_PREFIX: "p1", WORKER_CONCURRENCY: 8, DEMO_DATA: "1" });
    expect(parseEnv({ NODE_ENV: "production" }).DEMO_DATA).toBe("0");
  });

  it("reads SQLITE_DURABLE_ANSWERS as 0 or 1 (unset: answers do not wait for the disk)", () => {
    expect(parseEnv({}).SQLITE_DURABLE_ANSWERS).toBeUndefined();
    expect(parseEnv({ SQLITE_DURABLE_ANSWERS: "1" }).SQLITE_DURABLE_ANSWERS).toBe("1");
    expect(() => parseEnv({ SQLITE_DURABLE_ANSWERS: "yes" })).toThrow(/SQLITE_DURABLE_ANSWERS/);
  });

  it("reads the account-check limits as whole numbers of at least 1 (unset: the throttle's defaults)", () => {
    expect(parseEnv({ ACCOUNT_CHECK_CLIENT_POINTS: "25", ACCOUNT_CHECK_KINDERGARTEN_POINTS: "" })).toMatchObject({ ACCOUNT_CHECK_CLIENT_POINTS: 25, ACCOUNT_CHECK_KINDERGARTEN_POINTS: undefined });
    expect(() => parseEnv({ ACCOUNT_CHECK_CLIENT_POINTS: "0", ACCOUNT_CHECK_KINDERGARTEN_POINTS: "many" })).toThrow(/ACCOUNT_CHECK_CLIENT_POINTS[\s\S]*ACCOUNT_CHECK_KINDERGARTEN_POINTS/);
  });

  it("reads the complaint contact retention as whole months, 7 to 120 (unset: the sweep's 13)", () => {
    expect(parseEnv({}).COMPLAINT_CONTACT_RETENTION_MONTHS).toBeUndefined();
    expect(parseEnv({ COMPLAINT_CONTACT_RETENTION_MONTHS: "24" }).COMPLAINT_CONTACT_RETENTION_MONTHS).toBe(24);
    // Shorter than the 6 months a suit may be brought in (and a month's margin) is refused, as is a fraction.
    for (const bad of ["6", "0", "121", "12.5", "a year"]) expect(() => parseEnv({ COMPLAINT_CONTACT_RETENTION_MONTHS: bad })).toThrow(/COMPLAINT_CONTACT_RETENTION_MONTHS/);
  });
});
