/**
 * Loggers for the jobs layer: children of the shared app logger
 * (app/utils/logger.server.ts, pino JSON lines on stdout, LOG_LEVEL), so web,
 * jobs and scripts log alike. Everything in jobs/ takes a `Logger` parameter.
 */
import pino, { type Logger } from "pino";
import { logger as appLogger } from "~/utils/logger.server";

export type { Logger };

export function createLogger(bindings: Record<string, unknown> = {}): Logger {
  return appLogger.child(bindings);
}

/** For tests and callers that want no output. */
export const silentLogger: Logger = pino({ level: "silent" });

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
