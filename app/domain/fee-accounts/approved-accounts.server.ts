/**
 * A kindergarten's approved fee accounts, as every reader of "the account in
 * force" reads them: the public page (masked), a parent's check, the account
 * rules' facts and complaint triage. One statement of a fixed shape, built
 * once (db/prepared.ts): the check and the public page run it on every
 * request.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { prepared, type Slots } from "~/db/prepared";
import type { Database } from "~/db/schema";

const approvedAccounts = prepared("feeAccounts.approved", (db: DB, $: Slots<{ kindergartenId: string }>) =>
  db
    .selectFrom("bank_accounts")
    .select(["bank_name", "branch_name", "account_name", "account_number", "cnaps_code", "effective_from", "effective_to", "reviewed_at", "filed_at"])
    .where("kindergarten_id", "=", $.kindergartenId)
    .where("status", "=", "approved"),
);

/** Every approved account of the kindergarten, whatever its period (accountInForce picks a day's). */
export function approvedAccountsOf(db: DB | Transaction<Database>, kindergartenId: string) {
  return approvedAccounts.execute(db, { kindergartenId });
}
