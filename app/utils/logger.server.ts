import pino from "pino";

/** One structured JSON logger for web, jobs and scripts; request ids are added per request by server.ts. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "fee-portal" },
  redact: ["req.headers.cookie", "password", "*.password"],
});
