/**
 * Checks the audit log's hash chain (app/domain/audit/audit-chain.server.ts):
 * `npm run audit:verify` against the database of DATABASE_URL (the embedded
 * SQLite file by default). Prints the head of the chain (its place and hash:
 * keep them elsewhere to compare later), how many entries were checked, and
 * the first broken link if there is one. Exit code 0 when the chain holds,
 * 1 when it is broken, 2 when the database cannot be read or the arguments
 * are not understood. Worded as the administrator's audit page words its
 * verification (the catalogue's `audit.verify.*`), which runs the same walk
 * as a job: in Chinese, as the portal first speaks, or in English with
 * `npm run audit:verify -- --lang en`.
 */
import { createDb } from "~/db/client";
import { chainReportLines } from "~/domain/audit/audit-chain-report";
import { verifyAuditChain } from "~/domain/audit/audit-chain.server";
import { translate } from "~/i18n";
import { getEnv } from "~/utils/env.server";
import { cliLang, LANG_USAGE } from "./cli-lang";

const USAGE = `Usage: npm run audit:verify [-- ${LANG_USAGE}]`;

async function main(argv: readonly string[]): Promise<number> {
  const asked = cliLang(argv);
  if (asked === null || asked.rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const { lang } = asked;
  const db = createDb(getEnv().DATABASE_URL);
  try {
    const report = await verifyAuditChain(db);
    // The administrator's audit page says the same in the reader's language (audit-chain-report.ts).
    for (const line of chainReportLines(report, (m) => translate(lang, m.key, m.vars))) console.log(line);
    return report.broken ? 1 : 0;
  } catch (err) {
    console.error(translate(lang, "audit.verify.line.unreadable", { error: (err as Error).message }));
    return 2;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main(process.argv.slice(2));
