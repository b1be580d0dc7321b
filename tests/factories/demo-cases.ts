/** The demo data's kindergartens and cases, found by the kindergarten's operator account (and the rule that opened a case). */
import type { DB } from "~/db/client";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import { insertCase } from "./domain";

/** The kindergarten whose operator is `username` (demo data: kg001–kg007, …). */
export async function demoKindergartenOf(db: DB, username: string): Promise<string> {
  const row = await db.selectFrom("users").select("kindergarten_id").where("username", "=", username).executeTakeFirstOrThrow();
  return row.kindergarten_id!;
}

/** The newest case of `rule` at the kindergarten whose operator is `username` (demo data: kg005's R04, kg006's COMPLAINT). */
export async function demoCaseOf(db: DB, username: string, rule: string): Promise<string> {
  const row = await db
    .selectFrom("inspection_cases as c")
    .innerJoin("users as u", "u.kindergarten_id", "c.kindergarten_id")
    .select("c.id")
    .where("u.username", "=", username)
    .where("c.rule_id", "=", rule)
    .orderBy("c.opened_at", "desc")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The newest case of `rule` opened about a filing at the kindergarten whose operator is `username`, with that filing and its term (demo data: kg003's R03). */
export async function demoFilingCaseOf(db: DB, username: string, rule: string): Promise<{ caseId: string; filingId: string; term: string }> {
  const row = await db
    .selectFrom("inspection_cases as c")
    .innerJoin("fee_filings as f", "f.id", "c.filing_id")
    .innerJoin("users as u", "u.kindergarten_id", "c.kindergarten_id")
    .select(["c.id", "c.filing_id", "f.term"])
    .where("u.username", "=", username)
    .where("c.rule_id", "=", rule)
    .orderBy("c.opened_at", "desc")
    .executeTakeFirstOrThrow();
  return { caseId: row.id, filingId: row.filing_id!, term: row.term };
}

/** The first kindergarten of a region by id (demo data: 330203 海曙区), for a case of a test's own. */
export async function firstDemoKindergartenIn(db: DB, regionCode: string): Promise<string> {
  return (await db.selectFrom("kindergartens").select("id").where("region_code", "=", regionCode).orderBy("id").executeTakeFirstOrThrow()).id;
}

/**
 * A case of a test's own at the kindergarten whose operator is `kindergarten` (kg006 unless told), opened now by
 * `ruleId` and in `officer`'s hands (haishu.market unless told): amber, in progress, due in 21 days; the demo's own
 * cases stay as they were for the other tests.
 */
export async function demoCaseInHand(db: DB, ruleId: string, o: { kindergarten?: string; officer?: string } = {}): Promise<string> {
  const kg = await db
    .selectFrom("kindergartens as k")
    .innerJoin("users as u", "u.kindergarten_id", "k.id")
    .select(["k.id", "k.region_code"])
    .where("u.username", "=", o.kindergarten ?? "kg006")
    .executeTakeFirstOrThrow();
  const officer = await db.selectFrom("users").select("id").where("username", "=", o.officer ?? "haishu.market").executeTakeFirstOrThrow();
  return insertCase(db, {
    kindergartenId: kg.id,
    regionCode: kg.region_code,
    severity: "amber",
    dueDate: addDays(shanghaiDate(), 21),
    ruleId,
    assignedTo: officer.id,
    status: "in_progress",
    openedAt: new Date().toISOString(),
  });
}
