import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/bench/**", "node_modules/**"],
    setupFiles: ["tests/setup/setup-env.ts"],
    globals: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only contend for them (and for Redis and Chromium).
    maxWorkers: 2,
  },
});
