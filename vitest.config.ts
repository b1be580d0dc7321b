import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = (dir: string) => fileURLToPath(new URL(dir, import.meta.url));

/**
 * `npm run test:faults` (TEST_FAULTS=1): only the fault-injection suite, real processes killed and
 * restarted (tests/faults/). It takes longer than a minute, so `npm test` leaves it out; CI runs both.
 */
const faults = process.env.TEST_FAULTS === "1";

export default defineConfig({
  resolve: {
    // The tsconfig "paths": ~/db and ~/rules are the top-level folders, every other ~/ is app/.
    alias: [
      { find: /^~\/db\//, replacement: root("./db/") },
      { find: /^~\/rules\//, replacement: root("./rules/") },
      { find: /^~\//, replacement: root("./app/") },
    ],
  },
  test: {
    include: faults ? ["tests/faults/**/*.test.ts"] : ["tests/**/*.test.ts"],
    exclude: ["tests/bench/**", "node_modules/**", ...(faults ? [] : ["tests/faults/**"])],
    globalSetup: ["tests/setup/db-template.ts"],
    setupFiles: ["tests/setup/setup-env.ts"],
    globals: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only contend for them (and for Redis and Chromium).
    maxWorkers: 2,
    // A file runs in a worker process that earlier files used: starting a process and importing the packages
    // again for each of ~170 files took more time than the tests. tests/setup/setup-env.ts gives each file a
    // fresh start all the same (our modules evaluated anew, environment and global handles restored).
    isolate: false,
  },
});
