/**
 * The education office's overview of its kindergartens' bookkeepers' accounts (`/officer/operator-accounts`): the
 * filters, the page's and the export's sizes, and what a kindergarten's accounts are called. Client-safe.
 *
 * The account states are what the officer rolling the portal out asks about, each a filter on kindergartens:
 * - `none`: no active operator account (none opened yet, or every one deactivated): the bookkeeper cannot sign in;
 * - `active`: at least one active account (`none`'s complement: the two add up to the kindergartens listed);
 * - `never_signed_in`: an active account that has never signed in (opened, the temporary password perhaps not handed
 *   over);
 * - `must_change`: an active account that must still change a temporary password (a new account or a reset not yet
 *   used: it overlaps `never_signed_in` for new accounts);
 * - `deactivated`: an account deactivated (beside active ones or not).
 * The kindergarten filter leaves out closed kindergartens unless asked for (a closed one needs no bookkeeper).
 *
 * The orders (`sort`), each with its keyset cursor, the CSV in the same order:
 * - `name` (the default): by region, approved name and id;
 * - `sign_in_oldest`: by the kindergarten's last sign-in (the latest of its bookkeepers' accounts'), the ones never
 *   signed in (or without an account) first, then the longest idle: whom to chase;
 * - `sign_in_latest`: the latest sign-in first, the ones never signed in last.
 * Equal sign-ins (every kindergarten never signed in, above all) keep the default order among themselves.
 */
import type { KindergartenStatus } from "~/db/schema";

export const OPERATOR_ACCOUNT_STATES = ["none", "active", "never_signed_in", "must_change", "deactivated"] as const;
export type OperatorAccountState = (typeof OPERATOR_ACCOUNT_STATES)[number];

/** The registry's statuses a filter may ask for; none asked: every kindergarten but the closed ones. */
export const OVERVIEW_KINDERGARTEN_STATUSES = ["active", "suspended", "closed"] as const satisfies readonly KindergartenStatus[];

export const OVERVIEW_SORTS = ["name", "sign_in_oldest", "sign_in_latest"] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

export interface OperatorAccountOverviewFilters {
  state?: OperatorAccountState;
  status?: (typeof OVERVIEW_KINDERGARTEN_STATUSES)[number];
  /** A region at or below the actor's: its kindergartens only. */
  region?: string;
  /** The order; none: `name`. */
  sort?: OverviewSort;
  /** The cursor: the last row's key in the order (its sign-in, then its region, approved name and id). */
  after?: string;
}

/** Kindergartens a page. */
export const OVERVIEW_PAGE_SIZE = 50;
/** Accounts a kindergarten's row names on the page; the rest are counted ("and N more"). */
export const OVERVIEW_ACCOUNTS_SHOWN = 5;
/** Kindergartens the CSV holds at most, in the page's order (a province's office narrows by region or state). */
export const OVERVIEW_EXPORT_MAX_ROWS = 50_000;
/** Kindergartens read a statement for the CSV. */
export const OVERVIEW_EXPORT_CHUNK_ROWS = 1_000;
/** The CSV's columns, in order (their headers are messages `accountOverview.csv.<column>`). */
export const OVERVIEW_CSV_COLUMNS = [
  "uscc",
  "approvedName",
  "region",
  "kindergartenStatus",
  "accounts",
  "activeAccounts",
  "neverSignedIn",
  "mustChange",
  "deactivated",
  "lastSignedInOn",
  "usernames",
] as const;
