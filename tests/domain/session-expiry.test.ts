/**
 * Expired sessions are deleted by the hourly sweep; a live one (and the user
 * it signs in) is untouched, and the sign-in stays in the audit log. Both
 * databases (TEST_DB=pg).
 */
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findSessionActor, purgeExpiredSessions, SESSION_TTL_MS } from "~/domain/users/auth.server";
import { createActor, HAISHU, seedReferenceData } from "../factories/domain";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.destroy();
});

const NOW = new Date("2026-12-02T08:00:00.000Z");

async function session(userId: string, id: string, signedInMsAgo: number, revoked = false): Promise<void> {
  const at = NOW.getTime() - signedInMsAgo;
  await t.db
    .insertInto("sessions")
    .values({
      id,
      user_id: userId,
      created_at: new Date(at).toISOString(),
      expires_at: new Date(at + SESSION_TTL_MS).toISOString(),
      revoked_at: revoked ? new Date(at + 1000).toISOString() : null,
      user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)",
    })
    .execute();
}

describe("purgeExpiredSessions", () => {
  it("deletes every session past its expiry, revoked or not, and keeps the live ones", async () => {
    await seedReferenceData(t.db);
    const officer = await createActor(t.db, "officer", { regionCode: HAISHU });
    await session(officer.id, "expired-last-year", 365 * 24 * 60 * 60 * 1000);
    await session(officer.id, "expired-a-minute-ago", SESSION_TTL_MS + 60_000);
    await session(officer.id, "revoked-and-expired", SESSION_TTL_MS + 1, true);
    await session(officer.id, "live", 60 * 60 * 1000);
    await session(officer.id, "revoked-not-yet-expired", 60 * 1000, true);

    // Two rows a statement: three expired rows take two deletes.
    expect(await purgeExpiredSessions(t.db, NOW, { batchSize: 2 })).toEqual({ deleted: 3 });
    const left = (await t.db.selectFrom("sessions").select("id").execute()).map((r) => r.id).sort();
    expect(left).toEqual(["live", "revoked-not-yet-expired"]);
    expect((await findSessionActor(t.db, "live", NOW))?.id).toBe(officer.id);
    expect(await purgeExpiredSessions(t.db, NOW)).toEqual({ deleted: 0 });

    // Its expiry reached, the live one goes too (expires_at is the first instant it no longer signs in).
    const liveExpiry = new Date(NOW.getTime() - 60 * 60 * 1000 + SESSION_TTL_MS);
    expect(await findSessionActor(t.db, "live", liveExpiry)).toBeNull();
    expect(await purgeExpiredSessions(t.db, liveExpiry)).toEqual({ deleted: 1 });
  });
});

describe.skipIf(TEST_DIALECT === "pg")("the sweep's batches on SQLite", () => {
  it("find their rows along the expiry index, not by reading the table", async () => {
    const plan = await sql<{ detail: string }>`explain query plan select "id" from "sessions" where "expires_at" <= ${NOW.toISOString()} limit 1000`.execute(t.db);
    expect(plan.rows.map((r) => r.detail).join("\n")).toMatch(/USING (COVERING )?INDEX sessions_expires_at/);
  });
});
