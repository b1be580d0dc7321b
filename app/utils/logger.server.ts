import pino from "pino";
import { getEnv } from "./env.server";

/** One structured JSON logger for web, jobs and scripts; request ids are added per request by server.ts. */
export const logger = pino({
  level: getEnv().LOG_LEVEL,
  base: { service: "fee-portal" },
  redact: ["req.headers.cookie", "password", "*.password"],
});
