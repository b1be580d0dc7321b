/** The demo data's cases, found by the kindergarten's operator account and the rule that opened them. */
import type { DB } from "~/db/client";

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
