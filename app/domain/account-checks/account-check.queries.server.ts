/** What the account-check page and the check itself read: a kindergarten the public may see. */
import type { DB } from "~/db/client";
import { isKindergartenIdShape } from "./account-check.schema";

export interface CheckedKindergarten {
  id: string;
  name: string;
}

/** The kindergarten, unless it is unknown or closed (a closed kindergarten is not public): then null. */
export async function publicKindergarten(db: DB, id: string): Promise<CheckedKindergarten | null> {
  if (!isKindergartenIdShape(id)) return null;
  const row = await db
    .selectFrom("kindergartens")
    .select(["id", "name_in_use"])
    .where("id", "=", id)
    .where("status", "!=", "closed")
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name_in_use } : null;
}
