/**
 * "先核验，再缴费": a parent checks, before paying, whether an account number
 * (and optionally the payee name) is the kindergarten's approved fee account
 * in force today, or an approved one that takes effect later (announced in
 * advance: the kindergarten's, to be paid into from its first day). Anyone
 * may ask; the route limits how often.
 *
 * A check that does not match (or finds no filed account) is recorded without
 * anything about who asked: the keyed digest and last four digits of the
 * number typed, whether a name was typed, when. In the same transaction an
 * outbox row asks the account-check job to re-evaluate the kindergarten's
 * account rules (A02 counts these records).
 */
import type { Insertable } from "kysely";
import type { DB } from "~/db/client";
import { groupCommitOf } from "~/db/group-commit";
import { prepared, type Slots } from "~/db/prepared";
import type { AccountCheckMismatchesTable } from "~/db/schema";
import { accountInForce, accountsEnded, accountsToCome } from "~/domain/fee-accounts/account-period";
import { approvedAccountsOf } from "~/domain/fee-accounts/approved-accounts.server";
import { lastFour } from "~/domain/fee-accounts/fee-account.schema";
import { enqueue } from "~/domain/outbox/outbox.server";
import { fail, invalid, type Result } from "~/domain/result";
import { normaliseEntityName } from "~/rules/facts/account-name";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { parseAccountCheckInput, type AccountCheckAnswer, type FiledAccount } from "./account-check.schema";
import { findPublicKindergarten } from "~/domain/disclosure/disclosure.queries.server";
import { accountDigest, sameAccountNumber } from "./account-digest.server";

export interface CheckAccountRequest {
  kindergartenId: string;
  /** As posted: anything but text is "missing". */
  accountNumber: unknown;
  accountName: unknown;
}

export async function checkAccount(db: DB, request: CheckAccountRequest, now: Date): Promise<Result<{ answer: AccountCheckAnswer }>> {
  // The kindergarten first: an unknown one is "not found" whatever was typed, on every transport alike.
  const kindergarten = await findPublicKindergarten(db, request.kindergartenId);
  if (!kindergarten) return fail("not_found", "accountCheck.notFound");
  const parsed = parseAccountCheckInput(request);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { digits, name } = parsed.input;

  const today = shanghaiDate(now);
  const approved = await approvedAccountsOf(db, kindergarten.id);
  const account = accountInForce(approved, today);
  const later = accountsToCome(approved, today);
  const ended = accountsEnded(approved, today);

  const digest = accountDigest(digits);
  // Every candidate compared, none skipped once one matches: how long the check takes says nothing about which.
  const matchesInForce = account ? sameAccountNumber(digest, account.account_number) : false;
  const laterMatches = later.map((a) => sameAccountNumber(digest, a.account_number));
  const endedMatches = ended.map((a) => sameAccountNumber(digest, a.account_number));
  const matchedLater = later.find((_a, i) => laterMatches[i]);
  const matchedEnded = ended.find((_a, i) => endedMatches[i]);
  const upcoming = matchedLater ?? later[0];
  const verdict = matchesInForce ? "match" : matchedLater ? "upcoming" : matchedEnded ? "ended" : account ? "mismatch" : "no_account";
  const namedAccount = verdict === "upcoming" ? matchedLater : account;
  const answer: AccountCheckAnswer = {
    verdict,
    nameMatches: namedAccount && name !== null ? normaliseEntityName(name) === normaliseEntityName(namedAccount.account_name) : null,
    filed: account ? masked(account) : null,
    upcoming: upcoming ? { ...masked(upcoming), effectiveFrom: upcoming.effective_from } : null,
    endedOn: verdict === "ended" && matchedEnded ? matchedEnded.effective_to : null,
    checkedLast4: lastFour(digits),
  };

  // A match or an upcoming account of the kindergarten's is no sign of fees collected elsewhere: nothing is kept.
  // An ended account is: parents asked to pay into the kindergarten's closed account are paying outside the filed one.
  if (answer.verdict === "mismatch" || answer.verdict === "no_account" || answer.verdict === "ended") {
    // Shared with whatever else is being stored at the moment (other checks, complaints): one COMMIT for all of them
    // (db/group-commit.ts), and the answer only once it is stored.
    await groupCommitOf(db).run(async (trx) => {
      await insertMismatch.execute(trx, {
        id: newId(),
        kindergarten_id: kindergarten.id,
        account_digest: digest,
        account_last4: lastFour(digits),
        name_given: name === null ? 0 : 1,
        checked_at: now.toISOString(),
      });
      await enqueue(trx, "account_check.mismatch", { kindergartenId: kindergarten.id }, now);
    });
  }
  return { ok: true, answer };
}

// Every check that does not match runs it (db/prepared.ts: built once, not per request).
const insertMismatch = prepared("accountChecks.insertMismatch", (db: DB, $: Slots<Insertable<AccountCheckMismatchesTable>>) =>
  db.insertInto("account_check_mismatches").values({
    id: $.id,
    kindergarten_id: $.kindergarten_id,
    account_digest: $.account_digest,
    account_last4: $.account_last4,
    name_given: $.name_given,
    checked_at: $.checked_at,
  }),
);

function masked(account: { bank_name: string; branch_name: string; account_name: string; account_number: string }): FiledAccount {
  return { bankName: account.bank_name, branchName: account.branch_name, accountName: account.account_name, last4: lastFour(account.account_number) };
}
