import os from "node:os";
import path from "node:path";
import { afterEach, vi } from "vitest";

process.env.LOG_LEVEL ??= "silent";
process.env.SESSION_SECRET ??= "test-session-secret-0123456789";
// Evidence uploads of route tests go to a scratch directory, never the developer's ./data.
process.env.EVIDENCE_DIR ??= path.join(os.tmpdir(), `portal-evidence-test-${process.pid}`);

// An unexpected console.error is a bug we would otherwise scroll past.
const consoleError = vi.spyOn(console, "error");
afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockClear();
  if (calls.length > 0) throw new Error(`console.error was called: ${calls.map((c) => c.join(" ")).join("\n")}`);
});
