/**
 * The built app's server bundle (build/index.js, which `npm test` builds first). Node caches a module for the
 * process, and test files share their worker's process (tests/setup/setup-env.ts), so each file imports its own
 * instance (keyed by the file's number in its worker): the bundle's throttles and caches start empty, as they
 * would in a process of its own.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";

export async function importBuild(): Promise<ServerBuild> {
  const file = (globalThis as unknown as { __testWorker?: { file: number } }).__testWorker?.file ?? 0;
  return (await import(`${pathToFileURL(path.resolve("build/index.js")).href}?file=${file}`)) as ServerBuild;
}
