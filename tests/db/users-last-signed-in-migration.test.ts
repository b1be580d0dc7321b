/**
 * Migration 2026-12-05T0600_users_last_signed_in: existing accounts take their latest sign-in from the audit log's
 * `login` entries (another action or another user's entry is not one), an account without any stays null (never
 * signed in); down and up again, on both dialects.
 */
import { describe, expect, it } from "vitest";
import { useMigrationTest } from "../setup/migrate-to";
import { legacyUserRow } from "../factories/legacy-rows";

const BEFORE = "2026-12-05T0500_case_flags_cleared";

describe("migration 2026-12-05T0600_users_last_signed_in", () => {
  const t = useMigrationTest(BEFORE);

  const entry = (n: number, action: string, entityId: string, at: string) => ({
    id: `a${n}`,
    actor_id: entityId,
    action,
    entity: "user",
    entity_id: entityId,
    detail: "{}",
    request_id: null,
    created_at: at,
  });
  const lastOf = async (id: string) => (await t.db.selectFrom("users").select("last_signed_in_at").where("id", "=", id).executeTakeFirstOrThrow()).last_signed_in_at;

  it("takes each account's latest sign-in from the audit log; none: null", async () => {
    await t.db.insertInto("users").values([legacyUserRow("u1", "signed.in"), legacyUserRow("u2", "never.in")] as never).execute();
    await t.db
      .insertInto("audit_log")
      .values([
        entry(1, "login", "u1", "2026-03-01T08:00:00.000Z"),
        entry(2, "login", "u1", "2026-05-02T08:00:00.000Z"),
        entry(3, "user.password_change", "u1", "2026-06-01T08:00:00.000Z"),
        // An administrator's step on u2 is no sign-in of u2's.
        { ...entry(4, "user.password_reset", "u2", "2026-06-02T08:00:00.000Z"), actor_id: "u1" },
      ] as never)
      .execute();
    await t.migrateTo("latest");
    expect(await lastOf("u1")).toBe("2026-05-02T08:00:00.000Z");
    expect(await lastOf("u2")).toBeNull();
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE);
    await t.migrateTo("latest");
    expect(await lastOf("u1")).toBe("2026-05-02T08:00:00.000Z");
  });
});
