/**
 * The meal-fund fact registry (appliesTo "meal_fund"): what the meal-fund
 * rules may name, and `deriveMealFundFacts`, which computes the plain facts
 * once per evaluation from the raw `MealFundFacts` the domain gathers (one
 * kindergarten, one month).
 *
 * Two groups depend on R15's params and are computed per rule with its
 * effective (regional) params:
 * - the due date (`dueDayOfNextMonth`): the month's account is due on that day
 *   of the next month; filed after it is late, none by an evaluation after it
 *   is missing (the due day itself is still in time);
 * - the running surplus (`surplusWindowMonths`, `maxSurplusBp`): income minus
 *   spending over the window of months ending with this one (filed months
 *   only), against floor(income × maxSurplusBp / 10000). A surplus equal to
 *   that limit is within it; one fen more is above it.
 */
import { assertCivilDate, daysBetween } from "../../dates";
import type { MealFundFacts, MealFundSpendingFact, Nature } from "../../types";
import { list, value, type FactDescriptor, type FactDescriptors, type ParamFactGroup } from "../filing/descriptors";

/** How many months before the evaluated one the domain gathers: R15's surplusWindowMonths may not exceed it + 1. */
export const MEAL_FUND_LOOKBACK_MONTHS = 11;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value) && value >= "0001-01";
}

/** The month `n` months after `month` (before, when negative). */
export function shiftMonth(month: string, n: number): string {
  if (!isMonth(month)) throw new RangeError(`expected a month YYYY-MM, got "${month}"`);
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The day a month's account is due: `dueDay` of the next month. */
export function mealFundDueDate(month: string, dueDay: number): string {
  return `${shiftMonth(month, 1)}-${String(dueDay).padStart(2, "0")}`;
}

export interface DerivedMealFundFacts {
  kindergartenNature: Nature;
  mealFundMonth: string;
  mealFundEvaluatedOn: string;
  mealFundFiled: boolean;
  mealFundFiledOn: string | null;
  mealFundRevision: number | null;
  mealFundIncomeFen: number | null;
  mealFundSpendingFen: number | null;
  mealFundBalanceFen: number | null;
  mealFundSpending: MealFundSpendingFact[];
  mealFundChildCount: number | null;
  mealFundMealDays: number | null;
}

const DESCRIPTORS: FactDescriptors<DerivedMealFundFacts> = {
  kindergartenNature: value("The kindergarten's nature: public | inclusive_private | nonprofit_private | forprofit_private."),
  mealFundMonth: value("The month accounted for (YYYY-MM)."),
  mealFundEvaluatedOn: value("The day of the evaluation (a filing's day or a sweep's day)."),
  mealFundFiled: value("Whether the month's account is filed."),
  mealFundFiledOn: value("The day the month's first revision was filed; null when none is."),
  mealFundRevision: value("The latest revision of the month's account; null when none is filed."),
  mealFundIncomeFen: value("伙食费 collected in the month (fen); null when no account is filed."),
  mealFundSpendingFen: value("Meal spending of the month, all kinds (fen); null when no account is filed."),
  mealFundBalanceFen: value("Income minus spending of the month (fen); null when no account is filed."),
  mealFundSpending: list("The month's spending by kind: { kind, amountFen }."),
  mealFundChildCount: value("Children the month's meals were for; null when no account is filed."),
  mealFundMealDays: value("Days meals were served in the month; null when no account is filed."),
};

const withParams = (kind: FactDescriptor["kind"], description: string, params: FactDescriptor["params"]): FactDescriptor => ({ kind, description, params });

const DUE_PARAMS = { dueDayOfNextMonth: "integer" } as const;

export const DUE_FACTS: ParamFactGroup<DerivedMealFundFacts, MealFundFacts> = {
  params: DUE_PARAMS,
  facts: {
    mealFundDueDate: withParams("value", "The day the month's account is due: dueDayOfNextMonth of the next month.", DUE_PARAMS),
    mealFundMissingAfterDue: withParams("value", "No account filed and the evaluation day is after the due date.", DUE_PARAMS),
    mealFundFiledLate: withParams("value", "The account's first revision was filed after the due date.", DUE_PARAMS),
    mealFundDaysLate: withParams(
      "value",
      "Days past the due date: to the filing day when filed, else to the evaluation day; 0 when in time.",
      DUE_PARAMS,
    ),
  },
  compute(facts, derived, params) {
    const dueDate = mealFundDueDate(facts.month, params.dueDayOfNextMonth as number);
    const until = derived.mealFundFiledOn ?? derived.mealFundEvaluatedOn;
    return {
      mealFundDueDate: dueDate,
      mealFundMissingAfterDue: !derived.mealFundFiled && derived.mealFundEvaluatedOn > dueDate,
      mealFundFiledLate: derived.mealFundFiledOn !== null && derived.mealFundFiledOn > dueDate,
      mealFundDaysLate: Math.max(0, daysBetween(dueDate, until)),
    };
  },
};

/** The running surplus over R15's window (evidence of the rule's surplus check). */
export interface MealFundWindow {
  firstMonth: string;
  lastMonth: string;
  months: number;
  /** Months of the window with a filed account (only they are added up). */
  monthsFiled: number;
  incomeFen: number;
  spendingFen: number;
  surplusFen: number;
  /** surplusFen / incomeFen in basis points, rounded down; null without income. */
  surplusBp: number | null;
  /** floor(incomeFen × maxSurplusBp / 10000): the most surplus the window may keep. */
  allowedSurplusFen: number;
}

const SURPLUS_PARAMS = { surplusWindowMonths: "integer", maxSurplusBp: "integer" } as const;

export const SURPLUS_FACTS: ParamFactGroup<DerivedMealFundFacts, MealFundFacts> = {
  params: SURPLUS_PARAMS,
  facts: {
    mealFundWindow: withParams(
      "value",
      "Income, spending and surplus of the surplusWindowMonths months ending with this one (filed months only), and the surplus allowed.",
      SURPLUS_PARAMS,
    ),
    mealFundSurplusAboveLimit: withParams(
      "value",
      "This month is filed, the window has income, and its surplus exceeds floor(income × maxSurplusBp / 10000).",
      SURPLUS_PARAMS,
    ),
  },
  compute(facts, derived, params) {
    const months = params.surplusWindowMonths as number;
    const firstMonth = shiftMonth(facts.month, -(months - 1));
    const inWindow = facts.previousMonths.filter((m) => m.month >= firstMonth && m.month < facts.month);
    if (facts.account) inWindow.push({ month: facts.month, incomeFen: derived.mealFundIncomeFen!, spendingFen: derived.mealFundSpendingFen! });
    const incomeFen = inWindow.reduce((sum, m) => sum + m.incomeFen, 0);
    const spendingFen = inWindow.reduce((sum, m) => sum + m.spendingFen, 0);
    const surplusFen = incomeFen - spendingFen;
    // Integer arithmetic: the limit and the comparison are exact to the fen.
    const allowedSurplusFen = Math.floor((incomeFen * (params.maxSurplusBp as number)) / 10_000);
    const window: MealFundWindow = {
      firstMonth,
      lastMonth: facts.month,
      months,
      monthsFiled: inWindow.length,
      incomeFen,
      spendingFen,
      surplusFen,
      surplusBp: incomeFen > 0 ? Math.floor((surplusFen * 10_000) / incomeFen) : null,
      allowedSurplusFen,
    };
    return {
      mealFundWindow: window,
      mealFundSurplusAboveLimit: facts.account !== null && incomeFen > 0 && surplusFen > allowedSurplusFen,
    };
  },
};

export const MEAL_FUND_PARAM_FACT_GROUPS: Readonly<Record<string, ParamFactGroup<DerivedMealFundFacts, MealFundFacts>>> = {
  due: DUE_FACTS,
  surplus: SURPLUS_FACTS,
};

/** The param-dependent fact names → their group. */
export const MEAL_FUND_PARAM_FACTS: ReadonlyMap<string, ParamFactGroup<DerivedMealFundFacts, MealFundFacts>> = new Map(
  Object.values(MEAL_FUND_PARAM_FACT_GROUPS).flatMap((g) => Object.keys(g.facts).map((f) => [f, g] as const)),
);

/** The registry the loader validates meal-fund rule files against. */
export const MEAL_FUND_FACTS: Readonly<Record<string, FactDescriptor>> = (() => {
  const out: Record<string, FactDescriptor> = { ...DESCRIPTORS };
  for (const group of Object.values(MEAL_FUND_PARAM_FACT_GROUPS)) {
    for (const [name, descriptor] of Object.entries(group.facts)) {
      if (Object.prototype.hasOwnProperty.call(out, name)) throw new Error(`meal-fund fact "${name}" is registered twice`);
      out[name] = descriptor;
    }
  }
  return out;
})();

export function deriveMealFundFacts(facts: MealFundFacts): DerivedMealFundFacts {
  if (!isMonth(facts.month)) throw new RangeError(`facts.month must be a month YYYY-MM, got "${facts.month}"`);
  assertCivilDate(facts.evaluatedOn, "facts.evaluatedOn");
  const a = facts.account;
  if (a) assertCivilDate(a.filedOn, "facts.account.filedOn");
  const spendingFen = a ? a.spending.reduce((sum, s) => sum + s.amountFen, 0) : null;
  return {
    kindergartenNature: facts.kindergarten.nature,
    mealFundMonth: facts.month,
    mealFundEvaluatedOn: facts.evaluatedOn,
    mealFundFiled: a !== null,
    mealFundFiledOn: a?.filedOn ?? null,
    mealFundRevision: a?.revision ?? null,
    mealFundIncomeFen: a?.incomeFen ?? null,
    mealFundSpendingFen: spendingFen,
    mealFundBalanceFen: a ? a.incomeFen - spendingFen! : null,
    mealFundSpending: a ? a.spending.map((s) => ({ ...s })) : [],
    mealFundChildCount: a?.childCount ?? null,
    mealFundMealDays: a?.mealDays ?? null,
  };
}
