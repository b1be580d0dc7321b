import type { DB } from "~/db/client";

export async function regionName(db: DB, code: string): Promise<string> {
  const row = await db.selectFrom("regions").select("name").where("code", "=", code).executeTakeFirst();
  return row?.name ?? code;
}
