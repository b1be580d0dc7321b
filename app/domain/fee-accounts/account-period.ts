/**
 * Which approved account is in force on a date. Approved accounts of one
 * kindergarten never overlap (approving a replacement ends the previous one
 * the day before), so at most one covers any date. Pure: used by the filing
 * facts, the public page and the account check alike.
 */
export interface AccountPeriod {
  effective_from: string;
  effective_to: string | null;
}

export function isInForce(account: AccountPeriod, date: string): boolean {
  return account.effective_from <= date && (account.effective_to === null || account.effective_to >= date);
}

/** The approved account of `accounts` in force on `date` (YYYY-MM-DD), if any. */
export function accountInForce<A extends AccountPeriod>(accounts: readonly A[], date: string): A | undefined {
  return accounts.find((a) => isInForce(a, date));
}

/**
 * The approved accounts of `accounts` that take effect after `date`, soonest first: a kindergarten announces a new
 * account before its first day, and the public page and the account check name the same one as next.
 */
export function accountsToCome<A extends AccountPeriod>(accounts: readonly A[], date: string): A[] {
  return accounts.filter((a) => a.effective_from > date).sort((a, b) => a.effective_from.localeCompare(b.effective_from));
}

/**
 * The approved accounts of `accounts` whose period ended before `date`, latest ending first: a parent may still be
 * handed one of them, and the account check tells the kindergarten's former account from an unknown one.
 */
export function accountsEnded<A extends AccountPeriod>(accounts: readonly A[], date: string): (A & { effective_to: string })[] {
  return accounts
    .filter((a): a is A & { effective_to: string } => a.effective_to !== null && a.effective_to < date)
    .sort((a, b) => b.effective_to.localeCompare(a.effective_to));
}
