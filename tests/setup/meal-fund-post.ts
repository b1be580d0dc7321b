/**
 * The body of a month's meal-fund post to /kindergarten/meal-fund/new, as the operator's form sends it, with a
 * fresh submission key: for the meal-fund route tests and the permission table.
 */
import { ulid } from "ulid";

export function mealFundMonthPost(kindergartenId: string, month: string, overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    kindergartenId,
    submissionKey: ulid(),
    month,
    income: "120000",
    "spending.food": "100000",
    "spending.fuel": "4000",
    "spending.utensils": "1500",
    "spending.other": "1000",
    childCount: "130",
    mealDays: "20",
    note: "",
    ...overrides,
  });
}
