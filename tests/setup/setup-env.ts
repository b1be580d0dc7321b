import os from "node:os";
import path from "node:path";
import { TransactionBuilder, type Transaction } from "kysely";
import { afterEach, vi } from "vitest";
import { unwrittenDeferredAudits } from "~/domain/audit/audit.server";

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

// deferAudits' contract, checked on every transaction of the suite: entries held back for the transaction's
// final audit must be written by it. A transaction that would commit owing some fails (and rolls back).
const execute = TransactionBuilder.prototype.execute;
TransactionBuilder.prototype.execute = function <DB, T>(this: TransactionBuilder<DB>, callback: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return execute.call(this, async (trx: Transaction<DB>) => {
    const result = await callback(trx);
    const owed = unwrittenDeferredAudits(trx as never);
    if (owed > 0) throw new Error(`a transaction would commit with ${owed} deferred audit entries unwritten (deferAudits: the caller's final recordAudit writes them)`);
    return result;
  }) as Promise<T>;
};
