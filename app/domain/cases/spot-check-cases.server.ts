/**
 * Inspection cases a 双随机 spot-check draw opens (source "spot_check"): one
 * per drawn kindergarten, in the draw's transaction. No rule fired and no one
 * complained, so the case is info; the draw chose its inspectors, so it is
 * born assigned to the first of them ("in_progress") and the verification
 * clock (15 working days, 程序规定 Art. 18) starts at once, as for any clue.
 * Its "opened" event names the draw and both inspectors.
 */
import type { Insertable, Transaction } from "kysely";
import type { Database, InspectionCasesTable } from "~/db/schema";
import type { LocalizedText } from "~/rules/types";
import { newId } from "~/utils/ids";
import { addWorkingDays, shanghaiDate } from "~/utils/working-days";
import { CLUE_VERIFICATION_WORKING_DAYS, SEVERITY_RANK } from "./case.service.server";
import { SPOT_CHECK_CASE_RULE } from "./case-sources";
import { termOn } from "./complaint-cases.server";

/** What the case queue calls such a case, in place of a rule's title. */
export const SPOT_CHECK_CASE_TITLE: LocalizedText = { zh: "双随机抽查", en: "Random spot check" };

export interface SpotCheckForCase {
  kindergartenId: string;
  /** The kindergarten's district: the case's queue. */
  regionCode: string;
  inspectors: [string, string];
}

/** Opens the cases of a draw; returns their ids in the order given. */
export async function openSpotCheckCases(
  trx: Transaction<Database>,
  args: { drawId: string; actorId: string; checks: readonly SpotCheckForCase[] },
  now: Date,
): Promise<string[]> {
  if (args.checks.length === 0) return [];
  const at = now.toISOString();
  const today = shanghaiDate(now);
  const dueDate = addWorkingDays(today, CLUE_VERIFICATION_WORKING_DAYS).date;
  const rows: Insertable<InspectionCasesTable>[] = args.checks.map((check) => ({
    id: newId(),
    // One case per draw and kindergarten: a kindergarten drawn again later gets a case of its own.
    dedupe_key: `${check.kindergartenId}|${SPOT_CHECK_CASE_RULE}|draw:${args.drawId}`,
    kindergarten_id: check.kindergartenId,
    region_code: check.regionCode,
    rule_id: SPOT_CHECK_CASE_RULE,
    term: termOn(today),
    filing_id: null,
    severity: "info",
    severity_rank: SEVERITY_RANK.info,
    status: "in_progress",
    source: "spot_check",
    opened_at: at,
    due_date: dueDate,
    due_kind: "verify",
    updated_at: at,
    assigned_to: check.inspectors[0],
    assigned_at: at,
  }));
  // At most DRAW_MAX_COUNT (200) rows: one statement each for cases and events stays under every bound-value limit.
  await trx.insertInto("inspection_cases").values(rows).execute();
  await trx
    .insertInto("case_events")
    .values(
      rows.map((row, i) => ({
        id: newId(),
        case_id: row.id,
        kind: "opened",
        actor_id: args.actorId,
        payload: JSON.stringify({ source: "spot_check", drawId: args.drawId, inspectors: args.checks[i].inspectors }),
        created_at: at,
      })),
    )
    .execute();
  return rows.map((row) => row.id);
}
