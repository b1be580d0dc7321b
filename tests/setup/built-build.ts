/**
 * The built app's server bundle (build/index.js, which `npm test` builds first). Node caches a module for the
 * process, and test files share their worker's process (tests/setup/setup-env.ts), so each file imports its own
 * instance (keyed by the file's number in its worker): the bundle's throttles and caches start empty, as they
 * would in a process of its own.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";

export async function importBuild(instance?: string): Promise<ServerBuild> {
  const file = (globalThis as unknown as { __testWorker?: { file: number } }).__testWorker?.file ?? 0;
  // `instance`: another instance still, for a test that needs the bundle to read an environment of its own (the bundle
  // reads process.env once, at its first getEnv).
  return (await import(`${pathToFileURL(path.resolve("build/index.js")).href}?file=${file}${instance ? `&instance=${encodeURIComponent(instance)}` : ""}`)) as ServerBuild;
}
