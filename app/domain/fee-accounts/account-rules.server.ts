/**
 * The account rules (rules/account/, appliesTo "account") as the domain runs
 * them: facts gathered for one kindergarten on one day, evaluated with the
 * engine of its region, and the fired outcomes stored as account_flags with
 * their rule versions' words (rule_texts), so a flag explains itself later
 * whatever happens to the rule files.
 *
 * A01 and A03 run when an operator files an account (the filing under review
 * is the account evaluated). A02 runs after a parent's check did not match
 * (the account-check job): the account evaluated is the one in force.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Database } from "~/db/schema";
import type { AccountFact, AccountFacts, RuleOutcome } from "~/rules/types";
import { firedFlagRows } from "~/domain/flags/stored-flags.server";
import { judgedUnderKey, loadRulesState, type RulesRuntime, type RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { addDays } from "~/utils/civil-date";
import { recordAudit } from "~/domain/audit/audit.server";
import { shanghaiDate, shanghaiDayStart } from "~/utils/working-days";
import { accountInForce } from "./account-period";
import { approvedAccountsOf } from "./approved-accounts.server";

/** Parents' mismatching checks are counted over this many days, ending on the day of the evaluation. */
export const MISMATCH_WINDOW_DAYS = 30;

/** The first instant of the mismatch window ending on `today`. */
export const mismatchWindowStart = (today: string) => shanghaiDayStart(addDays(today, -(MISMATCH_WINDOW_DAYS - 1)));

export interface AccountRow {
  bank_name: string;
  branch_name: string;
  account_number: string;
  account_name: string;
  cnaps_code: string | null;
}

const accountFact = (a: AccountRow): AccountFact => ({
  bankName: a.bank_name,
  branchName: a.branch_name,
  accountNumber: a.account_number,
  accountName: a.account_name,
  cnapsCode: a.cnaps_code,
});

/** Mismatching checks of a kindergarten within the window ending on `today`. */
export async function mismatchCounts(db: DB | Transaction<Database>, kindergartenId: string, today: string) {
  const since = mismatchWindowStart(today);
  const row = await db
    .selectFrom("account_check_mismatches")
    .select((eb) => [eb.fn.countAll<number | string>().as("count"), eb.fn.count<number | string>("account_digest").distinct().as("distinct")])
    .where("kindergarten_id", "=", kindergartenId)
    .where("checked_at", ">=", since)
    .executeTakeFirstOrThrow();
  return { windowDays: MISMATCH_WINDOW_DAYS, count: Number(row.count), distinctAccounts: Number(row.distinct) };
}

/**
 * The account facts of a kindergarten on `now`'s Shanghai day. `account`:
 * the account to evaluate (a filing under review); omitted, the approved
 * account in force that day.
 */
export async function gatherAccountFacts(
  db: DB | Transaction<Database>,
  kindergartenId: string,
  now: Date,
  account?: AccountRow,
): Promise<AccountFacts> {
  const today = shanghaiDate(now);
  const kg = await db
    .selectFrom("kindergartens")
    .select(["id", "approved_name", "nature", "region_code"])
    .where("id", "=", kindergartenId)
    .executeTakeFirstOrThrow();
  let evaluated = account;
  if (!evaluated) {
    evaluated = accountInForce(await approvedAccountsOf(db, kindergartenId), today);
  }
  return {
    kindergarten: { id: kg.id, approvedName: kg.approved_name, nature: kg.nature, regionCode: kg.region_code },
    evaluatedOn: today,
    account: evaluated ? accountFact(evaluated) : null,
    mismatchChecks: await mismatchCounts(db, kindergartenId, today),
  };
}

/**
 * The outcomes that belong to a filed account: rules that read parents'
 * checks (the mismatch* facts, A02) are about the kindergarten and are the
 * account-check job's, so a filing neither records them nor hides them.
 */
export function aboutTheFiledAccount(rules: RulesRuntime, outcomes: readonly RuleOutcome[]): RuleOutcome[] {
  return outcomes.filter((o) => {
    const def = rules.library.find((d) => d.id === o.ruleId && d.version === o.version);
    return !def?.leaves.some((leaf) => leaf.fact.startsWith("mismatch"));
  });
}

/** The account rules in force on the facts' day for the kindergarten's region, every outcome (fired or not). */
export async function evaluateAccountRules(db: DB, rules: RulesRuntime, facts: AccountFacts, state?: RulesState): Promise<RuleOutcome[]> {
  state ??= await loadRulesState(db, rules.library);
  return rules.engineFor(facts.kindergarten.regionCode, state, facts.evaluatedOn, "account").evaluateAccount(facts);
}

/**
 * Stores the fired outcomes as account flags of the kindergarten (and the
 * account evaluated, if any), stamped with `now`. Returns the rule versions
 * applied ("A01@1"), fired or passed, for the record.
 */
export async function storeAccountFlags(
  trx: Transaction<Database>,
  rules: RulesRuntime,
  subject: { kindergartenId: string; accountId: string | null },
  outcomes: readonly RuleOutcome[],
  now: Date,
): Promise<string[]> {
  const flags = await firedFlagRows(trx, rules.library, outcomes, now);
  if (flags.length > 0) {
    await trx
      .insertInto("account_flags")
      .values(flags.map((f) => ({ ...f, kindergarten_id: subject.kindergartenId, account_id: subject.accountId })))
      .execute();
  }
  return outcomes.map((o) => `${o.ruleId}@${o.version}`).sort();
}

/**
 * The account-check job's and the account-flags sweep's work: evaluate the
 * kindergarten's account rules on `now`'s day (the account in force, parents'
 * mismatches in the window) and make what fired the kindergarten's current
 * flags (account_id null), replacing the previous ones; account_flag_checks
 * records the day and what it was judged under. A filing's own flags (stored
 * when it was filed) are its record of that day and stay as they are.
 * Idempotent: a retried job leaves the same flags. `state`: the rules state
 * read once by a caller evaluating many.
 */
export async function reevaluateKindergartenAccount(db: DB, rules: RulesRuntime, kindergartenId: string, now: Date, state?: RulesState): Promise<RuleOutcome[]> {
  state ??= await loadRulesState(db, rules.library);
  const facts = await gatherAccountFacts(db, kindergartenId, now);
  const outcomes = await evaluateAccountRules(db, rules, facts, state);
  const check = { evaluated_on: facts.evaluatedOn, rules_key: judgedUnderKey(rules, state, facts.kindergarten.regionCode, [[facts.evaluatedOn, "account"]]) };
  await db.transaction().execute(async (trx) => {
    // Two jobs for one kindergarten at once (Postgres): one after the other, or both would keep their flags.
    await lockFor(trx, `account-flags:${kindergartenId}`);
    await trx.deleteFrom("account_flags").where("kindergarten_id", "=", kindergartenId).where("account_id", "is", null).execute();
    const evaluated = await storeAccountFlags(trx, rules, { kindergartenId, accountId: null }, outcomes, now);
    await trx
      .insertInto("account_flag_checks")
      .values({ kindergarten_id: kindergartenId, ...check })
      .onConflict((oc) => oc.column("kindergarten_id").doUpdateSet(check))
      .execute();
    const fired = outcomes.filter((o) => o.fired && o.severity !== null).map((o) => `${o.ruleId}:${o.severity}`);
    await recordAudit(trx, { actorId: null, action: "account.flags_evaluated", entity: "kindergarten", entityId: kindergartenId, detail: { evaluated, fired } }, now);
  });
  return outcomes;
}
