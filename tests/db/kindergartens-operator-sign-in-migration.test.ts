/**
 * Migration 2026-12-05T0910_kindergartens_operator_sign_in: each kindergarten takes the latest sign-in of its
 * operator accounts (a deactivated one's too; an officer's account is none of its), '' when none ever signed in or
 * it has no account; from then on its triggers keep it as accounts sign in; down and up again, on both dialects.
 */
import { describe, expect, it } from "vitest";
import { legacyUserRow } from "../factories/legacy-rows";
import { HAISHU, seedReferenceData } from "../factories/domain";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-05T0900_reevaluation_run_kindergartens";

describe("migration 2026-12-05T0910_kindergartens_operator_sign_in", () => {
  const t = useMigrationTest(BEFORE);

  const kindergarten = (id: string) => ({
    id,
    uscc: `52${HAISHU}MJ${id.padStart(6, "0")}X`,
    approved_name: `幼儿园${id}`,
    name_in_use: `幼儿园${id}`,
    nature: "forprofit_private",
    grade: "class1",
    region_code: HAISHU,
    address: "某路1号",
    status: "active",
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
  });
  const operator = (id: string, kindergartenId: string | null, lastSignedInAt: string | null, over: object = {}) => ({
    ...legacyUserRow(id, id),
    role: "operator",
    agency: null,
    kindergarten_id: kindergartenId,
    last_signed_in_at: lastSignedInAt,
    ...over,
  });
  const signInOf = async (id: string) =>
    (await t.db.selectFrom("kindergartens").select("operator_signed_in_at").where("id", "=", id).executeTakeFirstOrThrow()).operator_signed_in_at;

  it("takes each kindergarten's latest operator sign-in; none: ''", async () => {
    await seedReferenceData(t.db);
    await t.db.insertInto("kindergartens").values(["k1", "k2", "k3", "k4"].map(kindergarten) as never).execute();
    await t.db
      .insertInto("users")
      .values([
        operator("u1", "k1", "2026-03-01T08:00:00.000Z"),
        // A deactivated account's later sign-in counts, as the overview's row shows it.
        operator("u2", "k1", "2026-05-02T08:00:00.000Z", { active: 0 }),
        operator("u3", "k2", null),
        // An officer's account is no bookkeeper's, whatever it names.
        operator("u4", "k3", "2026-06-01T08:00:00.000Z", { role: "officer", agency: "education", region_code: HAISHU }),
      ] as never)
      .execute();
    await t.migrateTo("latest");
    expect(await signInOf("k1")).toBe("2026-05-02T08:00:00.000Z");
    expect(await signInOf("k2")).toBe("");
    expect(await signInOf("k3")).toBe("");
    expect(await signInOf("k4")).toBe("");
    // Kept from now on: k2's bookkeeper signs in.
    await t.db.updateTable("users").set({ last_signed_in_at: "2026-07-01T08:00:00.000Z" }).where("id", "=", "u3").execute();
    expect(await signInOf("k2")).toBe("2026-07-01T08:00:00.000Z");
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE);
    await t.migrateTo("latest");
    expect(await signInOf("k1")).toBe("2026-05-02T08:00:00.000Z");
    expect(await signInOf("k2")).toBe("2026-07-01T08:00:00.000Z");
  });
});
