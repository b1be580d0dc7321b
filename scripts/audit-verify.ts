/**
 * Checks the audit log's hash chain (app/domain/audit/audit-chain.server.ts):
 * `npm run audit:verify` against the database of DATABASE_URL (the embedded
 * SQLite file by default). Prints the head of the chain (its place and hash:
 * keep them elsewhere to compare later), how many entries were checked, and
 * the first broken link if there is one. Exit code 0 when the chain holds,
 * 1 when it is broken, 2 when the database cannot be read.
 */
import { createDb } from "~/db/client";
import { verifyAuditChain, type ChainBreak } from "~/domain/audit/audit-chain.server";
import { getEnv } from "~/utils/env.server";

function describeBreak(b: ChainBreak): string {
  switch (b.reason) {
    case "missing":
      return `entry ${b.seq} is missing (${b.found === null ? "the head names later entries than the log holds" : `the next entry found is ${b.found}`}): deleted`;
    case "edited":
      return `entry ${b.seq} (${b.id}) does not match its hash: its content was changed`;
    case "relinked":
      return `entry ${b.seq} (${b.id}) does not point at entry ${b.seq - 1}: inserted, moved or its link rewritten`;
    case "head":
      return `the head (entry ${b.headSeq}) is not the last entry of the chain (${b.seq}): the head or the newest entries were changed`;
  }
}

async function main(): Promise<number> {
  const db = createDb(getEnv().DATABASE_URL);
  try {
    const report = await verifyAuditChain(db);
    console.log(`audit chain since ${report.head.startedAt}: head entry ${report.head.seq}, hash ${report.head.hash}`);
    console.log(`${report.checked} entries checked${report.beforeChain > 0 ? `; ${report.beforeChain} written before the chain began are not covered` : ""}`);
    if (!report.broken) {
      console.log("the chain holds");
      return 0;
    }
    console.log(`BROKEN at ${describeBreak(report.broken)}`);
    return 1;
  } catch (err) {
    console.error(`the audit log cannot be read: ${(err as Error).message}`);
    return 2;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
