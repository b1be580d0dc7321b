/**
 * Migration 2026-12-05T0100_user_admin: existing users get must_change_password 0 (nobody is sent to the password
 * page by the upgrade), and usernames become unique whatever their case; down and up again on both dialects.
 */
import { describe, expect, it } from "vitest";
import { useMigrationTest } from "../setup/migrate-to";
import { legacyUserRow } from "../factories/legacy-rows";

const BEFORE = "2026-12-04T0700_stale_escalations";

describe("migration 2026-12-05T0100_user_admin", () => {
  const t = useMigrationTest(BEFORE);

  it("keeps existing users free of the duty to change, and refuses a username differing only in case", async () => {
    await t.db.insertInto("users").values(legacyUserRow("u1", "haishu.market") as never).execute();
    await t.migrateTo("latest");
    expect(await t.db.selectFrom("users").select("must_change_password").where("id", "=", "u1").executeTakeFirstOrThrow()).toEqual({ must_change_password: 0 });
    await expect(t.db.insertInto("users").values(legacyUserRow("u2", "Haishu.Market") as never).execute()).rejects.toThrow();
    await t.db.insertInto("users").values(legacyUserRow("u3", "jiangbei.market") as never).execute();
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE);
    await t.db.insertInto("users").values(legacyUserRow("u4", "Haishu.Market") as never).execute();
    await t.db.deleteFrom("users").where("id", "=", "u4").execute();
    await t.migrateTo("latest");
    expect(Number((await t.db.selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n)).toBe(2);
  });
});
