/**
 * Inspection cases. Owns: one case per kindergarten + rule + term however
 * often a filing is (re-)evaluated (the unique dedupe_key); a case follows
 * the newest filing only (a retried job for an older one changes nothing);
 * severity only escalates automatically; a closed case is reopened by a
 * newer filing that fires again; every change leaves a case_events row.
 */
import { ulid } from "ulid";
import type { Transaction } from "kysely";
import type { Database, Severity } from "../../../db/schema";
import { addWorkingDays, shanghaiDate } from "../../utils/working-days";

/**
 * A flagged filing is a clue to verify: 市场监督管理行政处罚程序规定 Art. 18 gives
 * 15 working days from discovery to decide whether to open a case.
 */
export const CLUE_VERIFICATION_WORKING_DAYS = 15;

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, amber: 1, red: 2 };

export interface FlagForCase {
  kindergartenId: string;
  regionCode: string;
  ruleId: string;
  ruleVersion: number;
  term: string;
  filingId: string;
  /** The filing's version within its kindergarten: decides which filing is newer. */
  filingVersion: number;
  severity: Severity;
}

export async function openOrUpdateCaseForFlag(
  trx: Transaction<Database>,
  flag: FlagForCase,
  now: Date,
): Promise<{ caseId: string; opened: boolean }> {
  const at = now.toISOString();
  const dedupeKey = `${flag.kindergartenId}|${flag.ruleId}|${flag.term}`;
  const existing = await trx
    .selectFrom("inspection_cases as c")
    .leftJoin("fee_filings as f", "f.id", "c.filing_id")
    .select(["c.id", "c.severity", "c.severity_rank", "c.status", "f.version as filing_version"])
    .where("c.dedupe_key", "=", dedupeKey)
    .executeTakeFirst();

  if (!existing) {
    const id = ulid();
    const inserted = await trx
      .insertInto("inspection_cases")
      .values({
        id,
        dedupe_key: dedupeKey,
        kindergarten_id: flag.kindergartenId,
        region_code: flag.regionCode,
        rule_id: flag.ruleId,
        term: flag.term,
        filing_id: flag.filingId,
        severity: flag.severity,
        severity_rank: SEVERITY_RANK[flag.severity],
        status: "open",
        source: "rule",
        opened_at: at,
        due_date: addWorkingDays(shanghaiDate(now), CLUE_VERIFICATION_WORKING_DAYS).date,
        updated_at: at,
        assigned_to: null,
      })
      // A concurrent evaluation may have opened it a moment ago; then we fall through to the update path.
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
      await addEvent(trx, id, "opened", { ruleId: flag.ruleId, ruleVersion: flag.ruleVersion, filingId: flag.filingId, severity: flag.severity }, at);
      return { caseId: id, opened: true };
    }
    return openOrUpdateCaseForFlag(trx, flag, now);
  }

  const currentVersion = existing.filing_version ?? 0;
  if (flag.filingVersion < currentVersion) return { caseId: existing.id, opened: false };
  const newFiling = flag.filingVersion > currentVersion;
  const reopens = existing.status === "closed" && newFiling;
  const escalates = SEVERITY_RANK[flag.severity] > existing.severity_rank && (existing.status !== "closed" || reopens);
  if (escalates || newFiling) {
    await trx
      .updateTable("inspection_cases")
      .set({
        filing_id: flag.filingId,
        ...(escalates ? { severity: flag.severity, severity_rank: SEVERITY_RANK[flag.severity] } : {}),
        ...(reopens
          ? { status: "open", due_date: addWorkingDays(shanghaiDate(now), CLUE_VERIFICATION_WORKING_DAYS).date }
          : {}),
        updated_at: at,
      })
      .where("id", "=", existing.id)
      .execute();
    await addEvent(
      trx,
      existing.id,
      reopens ? "reopened" : "flag_updated",
      { ruleId: flag.ruleId, ruleVersion: flag.ruleVersion, filingId: flag.filingId, severity: flag.severity, previousSeverity: existing.severity },
      at,
    );
  }
  return { caseId: existing.id, opened: false };
}

async function addEvent(trx: Transaction<Database>, caseId: string, kind: string, payload: Record<string, unknown>, at: string) {
  await trx
    .insertInto("case_events")
    .values({ id: ulid(), case_id: caseId, kind, actor_id: null, payload: JSON.stringify(payload), created_at: at })
    .execute();
}
