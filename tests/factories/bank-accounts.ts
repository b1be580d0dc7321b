/** Fee accounts (bank_accounts) for tests: an approved account in force from a date unless told otherwise. */
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { AccountStatus } from "~/db/schema";

export interface AccountOverrides {
  bank_name?: string;
  branch_name?: string;
  account_number?: string;
  account_name?: string;
  status?: AccountStatus;
  effective_from?: string;
  effective_to?: string | null;
}

export async function addBankAccount(db: DB, kindergartenId: string, overrides: AccountOverrides = {}): Promise<string> {
  const id = ulid();
  await db
    .insertInto("bank_accounts")
    .values({
      id,
      kindergarten_id: kindergartenId,
      bank_name: overrides.bank_name ?? "中国农业银行",
      branch_name: overrides.branch_name ?? "宁波海曙支行",
      account_number: overrides.account_number ?? "39012001040012345",
      account_name: overrides.account_name ?? "宁波市海曙区阳光幼儿园",
      cnaps_code: null,
      status: overrides.status ?? "approved",
      filed_at: "2025-05-06T01:00:00.000Z",
      effective_from: overrides.effective_from ?? "2025-05-06",
      effective_to: overrides.effective_to ?? null,
      evidence_id: null,
      submitted_by: null,
      reviewed_by: null,
      reviewed_at: null,
    })
    .execute();
  return id;
}

/** A demo kindergarten (active) with its approved account in force: the first by id, with that account's number. */
export function kindergartenWithAccountInForce(db: DB): Promise<{ id: string; number: string }> {
  return db
    .selectFrom("bank_accounts")
    .innerJoin("kindergartens", "kindergartens.id", "bank_accounts.kindergarten_id")
    .select(["kindergartens.id as id", "bank_accounts.account_number as number"])
    .where("bank_accounts.status", "=", "approved")
    .where("bank_accounts.effective_to", "is", null)
    .where("kindergartens.status", "=", "active")
    .orderBy("kindergartens.id")
    .executeTakeFirstOrThrow();
}
