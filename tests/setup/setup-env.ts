/**
 * Runs before every test file. Files share their worker's process (vitest.config.ts: isolation off, for the
 * time it saves), so what one file leaves behind is undone here before the next: the environment variables as
 * the worker started with them, the handles kept on globalThis, and every module of ours evaluated anew
 * (vi.resetModules), so a file never meets another's caches, throttles or settings. The built app, which Node
 * itself caches, is imported anew per file too (tests/setup/built-build.ts).
 */
import os from "node:os";
import path from "node:path";
import { TransactionBuilder, type Transaction } from "kysely";
import { afterEach, vi } from "vitest";
import type { Database } from "~/db/schema";

interface WorkerState {
  env: Record<string, string | undefined>;
  /** Counts the files run in this worker: the built app's module is keyed by it. */
  file: number;
  /** The current file's instance of the audit module, which the transaction check below asks. */
  unwrittenDeferredAudits: (trx: Transaction<Database>) => number;
}
const held = globalThis as unknown as {
  __testWorker?: WorkerState;
  __portalDb?: unknown;
  __portalEvidence?: unknown;
  __portalRules?: unknown;
  __auditDetailsUnchecked?: boolean;
};

if (held.__testWorker) {
  const { env } = held.__testWorker;
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  held.__testWorker.file += 1;
} else {
  held.__testWorker = { env: { ...process.env }, file: 0, unwrittenDeferredAudits: () => 0 };
  // deferAudits' contract, checked on every transaction of the suite: entries held back for the transaction's
  // final audit must be written by it. A transaction that would commit owing some fails (and rolls back).
  const worker = held.__testWorker;
  const execute = TransactionBuilder.prototype.execute;
  TransactionBuilder.prototype.execute = function <DB, T>(this: TransactionBuilder<DB>, callback: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return execute.call(this, async (trx: Transaction<DB>) => {
      const result = await callback(trx);
      const owed = worker.unwrittenDeferredAudits(trx as never);
      if (owed > 0) throw new Error(`a transaction would commit with ${owed} deferred audit entries unwritten (deferAudits: the caller's final recordAudit writes them)`);
      return result;
    }) as Promise<T>;
  };
}
delete held.__portalDb;
delete held.__portalEvidence;
delete held.__portalRules;
vi.resetModules();
// Imported after the reset, so that it is the instance the file's own imports get.
const auditModule = await import("~/domain/audit/audit.server");
held.__testWorker.unwrittenDeferredAudits = auditModule.unwrittenDeferredAudits;
// Every audit entry the suite writes has words for each key of its detail (audit-details.ts), spreads and
// payloads included, which the compiler does not see, and for each code it holds (a status, a kind, a reason):
// the admin's page shows a key or a code without words raw. An entry written with made-up keys on purpose (the
// page's fallback) is written inside withUnlabelledAuditDetails(), which turns the check off for it alone.
const { unlabelledDetailKeys, unwordedDetailCodes } = await import("~/domain/audit/audit-details");
held.__auditDetailsUnchecked = false;
auditModule.checkAuditEntriesWith((entry) => {
  if (held.__auditDetailsUnchecked) return;
  const missing = unlabelledDetailKeys(entry.detail ?? {});
  if (missing.length > 0) {
    throw new Error(`audit entry ${entry.action} has detail keys without words: ${missing.join(", ")} (list them in app/domain/audit/audit-details.ts)`);
  }
  const unworded = unwordedDetailCodes(entry.action, entry.detail ?? {});
  if (unworded.length > 0) {
    throw new Error(
      `audit entry ${entry.action} has codes without words: ${unworded.join(", ")} (word them in app/domain/audit/audit-details.ts, AUDIT_DETAIL_VALUES, or list a free-text key in AUDIT_DETAIL_AS_STORED)`,
    );
  }
});

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
