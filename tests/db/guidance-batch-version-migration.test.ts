/**
 * Migration 2026-12-06T0100_guidance_batch_version: an existing batch starts at version 1 (the edit form's first
 * version), a new one too; down and up again, on both dialects.
 */
import { describe, expect, it } from "vitest";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-05T0910_kindergartens_operator_sign_in";

describe("migration 2026-12-06T0100_guidance_batch_version", () => {
  const t = useMigrationTest(BEFORE);
  const batch = (id: string) => ({
    id,
    region_code: "330203",
    source_document: "海发改〔2026〕12号",
    status: "draft",
    row_count: 0,
    created_by: null,
    created_at: "2026-06-01T00:00:00.000Z",
    activated_by: null,
    activated_at: null,
  });
  const versionOf = async (id: string) => (await t.db.selectFrom("guidance_price_batches").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;

  it("gives existing and new batches version 1", async () => {
    await t.db.insertInto("regions").values({ code: "330203", name: "海曙区", level: "district", parent_code: null } as never).execute();
    await t.db.insertInto("guidance_price_batches").values(batch("b1") as never).execute();
    await t.migrateTo("latest");
    expect(Number(await versionOf("b1"))).toBe(1);
    await t.db.insertInto("guidance_price_batches").values(batch("b2") as never).execute();
    expect(Number(await versionOf("b2"))).toBe(1);
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE);
    await t.migrateTo("latest");
    expect(Number(await versionOf("b1"))).toBe(1);
  });
});
