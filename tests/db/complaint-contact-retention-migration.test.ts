/**
 * Migration 2026-12-05T0200_complaint_contact_retention: a complaint finished before it gets the day it was
 * finished, from what earlier releases kept (a rejection's decided_on; a closing's latest `closed` event, as a
 * Shanghai day; lacking one, the row's last change), so the retention sweep counts from the right day; one in hand
 * gets none; nothing is erased by the migration itself. Going down drops the columns and up brings them back.
 */
import { describe, expect, it } from "vitest";
import { eraseExpiredContacts } from "~/domain/complaints/complaint-contact-retention.server";
import { atNoon, fileComplaint } from "../factories/complaint-handling";
import { createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-05T0000_reevaluation_run_scope";
const THIS = "2026-12-05T0200_complaint_contact_retention";

describe(`migration ${THIS}`, () => {
  let kg: { id: string };
  const t = useMigrationTest(BEFORE, {
    arrange: async (db) => {
      await seedReferenceData(db);
      kg = await createKindergarten(db, { region_code: HAISHU });
    },
  });

  /** A complaint as the release before this one left it: in a state, changed last at `updatedAt`. */
  async function old(status: "received" | "rejected" | "closed", set: { decided_on?: string; updated_at: string }, closedAt: string[] = []) {
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, now: atNoon("2026-06-01") });
    await t.db.updateTable("complaints").set({ status, ...set }).where("id", "=", complaintId).execute();
    for (const [n, at] of closedAt.entries()) {
      await t.db
        .insertInto("complaint_events")
        .values({ id: `${complaintId}-closed-${n}`, complaint_id: complaintId, kind: "closed", actor_id: null, party: "officer", payload: "{}", public: 1, created_at: at })
        .execute();
    }
    return complaintId;
  }
  const read = (id: string) =>
    t.db.selectFrom("complaints").select(["finished_on", "contact_erased_at", "contact_name"]).where("id", "=", id).executeTakeFirstOrThrow();

  it("gives a finished complaint the day it was finished, and one in hand none", async () => {
    const rejected = await old("rejected", { decided_on: "2026-06-03", updated_at: "2026-06-20T02:00:00.000Z" });
    // Closed at 01:30 Shanghai time on 2026-06-10: the Shanghai day, not the UTC one; the latest closing counts.
    const closed = await old("closed", { updated_at: "2026-07-01T02:00:00.000Z" }, ["2026-06-05T02:00:00.000Z", "2026-06-09T17:30:00.000Z"]);
    const closedWithoutEvent = await old("closed", { updated_at: "2026-06-11T16:30:00.000Z" });
    const inHand = await old("received", { updated_at: "2026-06-01T04:00:00.000Z" });

    await t.migrateTo(THIS);
    expect(await read(rejected)).toEqual({ finished_on: "2026-06-03", contact_erased_at: null, contact_name: "王女士" });
    expect(await read(closed)).toMatchObject({ finished_on: "2026-06-10", contact_erased_at: null });
    expect(await read(closedWithoutEvent)).toMatchObject({ finished_on: "2026-06-12" });
    expect(await read(inHand)).toMatchObject({ finished_on: null, contact_erased_at: null });

    // The sweep then counts from those days: 13 months after the closing, not after the row's last change.
    expect(await eraseExpiredContacts(t.db, atNoon("2027-07-09"))).toEqual({ erased: 1 });
    expect((await read(rejected)).contact_name).toBeNull();
    expect((await read(closed)).contact_name).toBe("王女士");
    expect(await eraseExpiredContacts(t.db, atNoon("2027-07-10"))).toEqual({ erased: 1 });
    expect((await read(closed)).contact_name).toBeNull();
    expect((await read(inHand)).contact_name).toBe("王女士");
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE);
    const row = await t.db.selectFrom("complaints").selectAll().limit(1).executeTakeFirstOrThrow();
    expect(Object.keys(row)).not.toContain("finished_on");
    expect(Object.keys(row)).not.toContain("contact_erased_at");
    await t.migrateTo("latest");
    const again = await t.db.selectFrom("complaints").selectAll().limit(1).executeTakeFirstOrThrow();
    expect(Object.keys(again)).toEqual(expect.arrayContaining(["finished_on", "contact_erased_at"]));
  });
});
