/**
 * What the screens read about meal-fund accounts: the operator's own months
 * (state, latest revision, R15's findings) and the form's view, the findings
 * of an officer's district, and the public page's published accounts.
 * Out-of-scope records read as absent.
 */
import type { DB } from "~/db/client";
import { prepared, type Slots } from "~/db/prepared";
import { RULE_TEXT_COLUMNS, storedOutcome } from "~/domain/flags/stored-flags.server";
import { coversRegion, regionPrefix, scopeFor } from "~/domain/regions/region-scope";
import { loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { shiftMonth } from "~/rules/facts/meal-fund/registry";
import type { RuleOutcome } from "~/rules/types";
import { shanghaiDate } from "~/utils/working-days";
import type { MealFundAccountsTable } from "~/db/schema";
import { latestRevisions, mealFundDueDateFor, type MealFundRevisionRow } from "./meal-fund-rules.server";
import {
  MEAL_FUND_FILING_MONTHS,
  MEAL_FUND_FIRST_MONTH,
  MEAL_FUND_SHOWN_MONTHS,
  MEAL_FUND_SPENDING_KINDS,
  storedSpending,
  type MealFundMonthState,
  type MealFundSpendingKind,
  type PublicMealFund,
  type PublicMealFundMonth,
} from "./meal-fund.schema";

export interface MealFundAccountView {
  id: string;
  month: string;
  revision: number;
  /** The day the month's first revision was filed. */
  firstFiledOn: string;
  filedOn: string;
  incomeFen: number;
  spendingFen: number;
  spending: Record<MealFundSpendingKind, number>;
  childCount: number;
  mealDays: number;
  note: string;
}

const ACCOUNT_COLUMNS = ["id", "month", "revision", "income_fen", "spending_fen", "spending", "child_count", "meal_days", "note", "filed_on"] as const;

type AccountRow = MealFundRevisionRow & Pick<MealFundAccountsTable, "note">;

function spendingByKind(json: string): Record<MealFundSpendingKind, number> {
  const out = Object.fromEntries(MEAL_FUND_SPENDING_KINDS.map((k) => [k, 0])) as Record<MealFundSpendingKind, number>;
  for (const s of storedSpending.parse(JSON.parse(json))) out[s.kind] = s.amountFen;
  return out;
}

/** Each month's latest revision of a kindergarten's accounts in [from, to], by month. */
// Every public kindergarten page runs it (db/prepared.ts: built once, not per request).
const accountsInMonths = prepared("mealFund.accountsInMonths", (db: DB, $: Slots<{ kindergartenId: string; from: string; to: string }>) =>
  db
    .selectFrom("meal_fund_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("kindergarten_id", "=", $.kindergartenId)
    .where("month", ">=", $.from)
    .where("month", "<=", $.to),
);

async function latestAccounts(db: DB, kindergartenId: string, from: string, to: string): Promise<Map<string, MealFundAccountView>> {
  const rows: AccountRow[] = await accountsInMonths.execute(db, { kindergartenId, from, to });
  const out = new Map<string, MealFundAccountView>();
  for (const [month, r] of latestRevisions(rows)) {
    out.set(month, {
      id: r.id,
      month,
      revision: r.revision,
      firstFiledOn: r.firstFiledOn,
      filedOn: r.filed_on,
      incomeFen: r.income_fen,
      spendingFen: r.spending_fen,
      spending: spendingByKind(r.spending),
      childCount: r.child_count,
      mealDays: r.meal_days,
      note: r.note,
    });
  }
  return out;
}

/**
 * A month's state against its due date (null: no due rule applies to it). A month not filed whose due date passed
 * before the kindergarten was registered (`registeredOn`, its Shanghai day) is not overdue: the sweep does not judge
 * it either (sweepMealFunds), so a kindergarten registered today is not told of months it could not have filed.
 */
export function monthState(account: { firstFiledOn: string } | undefined, dueDate: string | null, today: string, registeredOn = ""): MealFundMonthState {
  if (account) return dueDate !== null && account.firstFiledOn > dueDate ? "late" : "filed";
  if (dueDate !== null && registeredOn > dueDate) return "before_registration";
  return dueDate !== null && today > dueDate ? "missing" : "open";
}

export interface OperatorMealFundMonth {
  month: string;
  dueDate: string | null;
  state: MealFundMonthState;
  account: MealFundAccountView | null;
  flags: RuleOutcome[];
}

export interface OperatorMealFund {
  kindergarten: { id: string; nameInUse: string };
  today: string;
  /** Newest first: this month back MEAL_FUND_SHOWN_MONTHS months (not before the law's first month). */
  months: OperatorMealFundMonth[];
}

async function monthFlags(db: DB, kindergartenIds: string[], months?: { from: string; to: string }) {
  if (kindergartenIds.length === 0) return [];
  let q = db
    .selectFrom("meal_fund_flags as f")
    .innerJoin("rule_texts as t", (j) => j.onRef("t.rule_id", "=", "f.rule_id").onRef("t.version", "=", "f.rule_version"))
    // The kindergarten's region narrows a regional basis entry to where it binds (storedOutcome).
    .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
    .select(["f.id", "f.kindergarten_id", "f.month", "f.evaluated_at", "f.rule_id", "f.rule_version", "f.severity", "f.explanation", "k.region_code", ...RULE_TEXT_COLUMNS])
    .where("f.kindergarten_id", "in", kindergartenIds);
  if (months) q = q.where("f.month", ">=", months.from).where("f.month", "<=", months.to);
  return q.orderBy("f.month", "desc").orderBy("f.rule_id").execute();
}

/** The operator's own kindergarten's months (null for an actor without one). */
export async function operatorMealFund(db: DB, rules: RulesRuntime, actor: Actor, now = new Date()): Promise<OperatorMealFund | null> {
  if (!hasPermission(actor, "read:meal-fund:own") || !actor.kindergartenId) return null;
  const kg = await db.selectFrom("kindergartens").select(["id", "name_in_use", "region_code", "created_at"]).where("id", "=", actor.kindergartenId).executeTakeFirst();
  if (!kg) return null;
  const today = shanghaiDate(now);
  const registeredOn = shanghaiDate(new Date(kg.created_at));
  const current = today.slice(0, 7);
  const oldest = [shiftMonth(current, -(MEAL_FUND_SHOWN_MONTHS - 1)), MEAL_FUND_FIRST_MONTH].sort()[1];
  const [accounts, flags, state] = await Promise.all([
    latestAccounts(db, kg.id, oldest, current),
    monthFlags(db, [kg.id], { from: oldest, to: current }),
    loadRulesState(db, rules.library),
  ]);
  const months: OperatorMealFundMonth[] = [];
  for (let month = current; month >= oldest; month = shiftMonth(month, -1)) {
    const dueDate = mealFundDueDateFor(rules, state, kg.region_code, month);
    const account = accounts.get(month) ?? null;
    months.push({
      month,
      dueDate,
      state: monthState(account ?? undefined, dueDate, today, registeredOn),
      account,
      flags: flags.filter((f) => f.month === month).map(storedOutcome),
    });
  }
  return { kindergarten: { id: kg.id, nameInUse: kg.name_in_use }, today, months };
}

export interface MealFundFormView {
  kindergarten: { id: string; nameInUse: string };
  /** The months that may be filed, newest first. */
  months: string[];
  /** The month the form starts on: the one asked for (?month=) when it may be filed, else the latest month before this one not filed yet. */
  month: string;
  /** Its latest revision: a correction starts from it. */
  current: MealFundAccountView | null;
  /** The months already filed (and public): filing one again corrects it. */
  filedMonths: string[];
}

/** What the form shows: the months that may be filed and, for a correction, the month's current content. */
export async function mealFundFormView(db: DB, actor: Actor, askedMonth: string | null, now = new Date()): Promise<MealFundFormView | null> {
  if (!hasPermission(actor, "file:meal-fund:own") || !actor.kindergartenId) return null;
  const kg = await db.selectFrom("kindergartens").select(["id", "name_in_use"]).where("id", "=", actor.kindergartenId).executeTakeFirst();
  if (!kg) return null;
  const current = shanghaiDate(now).slice(0, 7);
  const months: string[] = [];
  for (let m = current, n = 0; m >= MEAL_FUND_FIRST_MONTH && n <= MEAL_FUND_FILING_MONTHS; m = shiftMonth(m, -1), n++) months.push(m);
  const filed = await latestAccounts(db, kg.id, months[months.length - 1], months[0]);
  // Not a month already public, unasked: filing it again would replace its public figures with an empty form's.
  const month =
    askedMonth !== null && months.includes(askedMonth) ? askedMonth : (months.slice(1).find((m) => !filed.has(m)) ?? months[1] ?? months[0]);
  return { kindergarten: { id: kg.id, nameInUse: kg.name_in_use }, months, month, current: filed.get(month) ?? null, filedMonths: [...filed.keys()] };
}

export const OFFICER_PAGE = 50;

export interface OfficerMealFundFlag {
  id: string;
  kindergartenId: string;
  kindergartenName: string;
  month: string;
  evaluatedAt: string;
  outcome: RuleOutcome;
}

/**
 * R15's findings on the kindergartens of the officer's district (education
 * officers; admins everywhere), newest evaluation first, a keyset page of
 * OFFICER_PAGE (`after`: the last row's id). Null without the permission.
 */
export async function officerMealFundFlags(db: DB, actor: Actor, opts: { after?: string } = {}): Promise<{ rows: OfficerMealFundFlag[]; next: string | null } | null> {
  const scope = scopeFor(actor, "read:meal-fund:any", "read:meal-fund:region");
  if (scope.kind === "none") return null;
  let q = db
    .selectFrom("meal_fund_flags as f")
    .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
    .innerJoin("rule_texts as t", (j) => j.onRef("t.rule_id", "=", "f.rule_id").onRef("t.version", "=", "f.rule_version"))
    .select(["f.id", "f.kindergarten_id", "k.name_in_use", "k.region_code", "f.month", "f.evaluated_at", "f.rule_id", "f.rule_version", "f.severity", "f.explanation", ...RULE_TEXT_COLUMNS]);
  if (scope.kind === "region") q = q.where("k.region_code", "like", `${regionPrefix(scope.regionCode)}%`);
  if (opts.after) {
    const cursor = await db.selectFrom("meal_fund_flags").select(["evaluated_at", "id"]).where("id", "=", opts.after).executeTakeFirst();
    if (cursor) {
      q = q.where((eb) => eb.or([eb("f.evaluated_at", "<", cursor.evaluated_at), eb.and([eb("f.evaluated_at", "=", cursor.evaluated_at), eb("f.id", "<", cursor.id)])]));
    }
  }
  const rows = await q.orderBy("f.evaluated_at", "desc").orderBy("f.id", "desc").limit(OFFICER_PAGE + 1).execute();
  const shown = rows.slice(0, OFFICER_PAGE);
  return {
    rows: shown.map((r) => ({
      id: r.id,
      kindergartenId: r.kindergarten_id,
      kindergartenName: r.name_in_use,
      month: r.month,
      evaluatedAt: r.evaluated_at,
      outcome: storedOutcome(r),
    })),
    next: rows.length > OFFICER_PAGE ? shown[shown.length - 1].id : null,
  };
}

/** A kindergarten's meal-fund findings for an officer in scope (null: out of scope or no permission). */
export async function kindergartenMealFundFlags(db: DB, actor: Actor, kindergartenId: string): Promise<Array<{ month: string; outcome: RuleOutcome }> | null> {
  const scope = scopeFor(actor, "read:meal-fund:any", "read:meal-fund:region");
  const kg = await db.selectFrom("kindergartens").select(["region_code"]).where("id", "=", kindergartenId).executeTakeFirst();
  if (!kg || !coversRegion(scope, kg.region_code)) return null;
  return (await monthFlags(db, [kindergartenId])).map((f) => ({ month: f.month, outcome: storedOutcome(f) }));
}

/**
 * The published meal-fund accounts of a kindergarten (a filed account is
 * published at once): each of the last MEAL_FUND_SHOWN_MONTHS months' latest
 * revision, with its balance and the running surplus since the first month
 * shown. Nothing about who filed leaves here; the note is the kindergarten's
 * own and is not shown either (it may name people).
 */
export async function publicMealFund(db: DB, kindergartenId: string, now = new Date()): Promise<PublicMealFund> {
  const current = shanghaiDate(now).slice(0, 7);
  const from = shiftMonth(current, -(MEAL_FUND_SHOWN_MONTHS - 1));
  const accounts = [...(await latestAccounts(db, kindergartenId, from, current)).values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  let running = 0;
  const months = accounts.map((a): PublicMealFundMonth => {
    const balanceFen = a.incomeFen - a.spendingFen;
    running += balanceFen;
    return {
      month: a.month,
      incomeFen: a.incomeFen,
      spendingFen: a.spendingFen,
      spending: a.spending,
      balanceFen,
      runningSurplusFen: running,
      childCount: a.childCount,
      mealDays: a.mealDays,
      revision: a.revision,
      filedOn: a.filedOn,
    };
  });
  const incomeFen = months.reduce((s, m) => s + m.incomeFen, 0);
  const spendingFen = months.reduce((s, m) => s + m.spendingFen, 0);
  return {
    months: months.reverse(),
    totals:
      months.length === 0 ? null : { incomeFen, spendingFen, surplusFen: incomeFen - spendingFen, surplusBp: incomeFen > 0 ? Math.floor(((incomeFen - spendingFen) * 10_000) / incomeFen) : null },
  };
}
