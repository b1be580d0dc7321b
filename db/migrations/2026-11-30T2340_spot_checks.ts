/**
 * 双随机一公开 spot checks (docs/architecture.md, "Spot checks"): a lead's
 * draw of kindergartens and inspectors, stored so that anyone can re-run it.
 *
 * - spot_check_draws: the seed, the canonical description of the inputs
 *   (`inputs`, JSON exactly as hashed) and its SHA-256, the algorithm's
 *   name and version, who drew when. The result is spot_check_picks.
 * - spot_check_picks: one row per drawn kindergarten, in draw order, with
 *   the stratum it was drawn from, its two inspectors and the case opened.
 * - spot_check_exclusions: the officers the lead declared in conflict and
 *   why; their ids are also part of `inputs`, the reasons are not (they do
 *   not change the draw).
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("spot_check_draws")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("agency", "text", (c) => c.notNull())
    .addColumn("stratify", "text", (c) => c.notNull())
    .addColumn("requested_count", "integer", (c) => c.notNull())
    .addColumn("algorithm", "text", (c) => c.notNull())
    .addColumn("seed", "text", (c) => c.notNull())
    // 1 = the lead typed the seed (a re-run), 0 = drawn from the system's random source.
    .addColumn("seed_given", "integer", (c) => c.notNull())
    .addColumn("inputs", "text", (c) => c.notNull())
    .addColumn("inputs_sha256", "text", (c) => c.notNull())
    .addColumn("pool_size", "integer", (c) => c.notNull())
    .addColumn("drawn_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("drawn_at", "text", (c) => c.notNull())
    .execute();
  // The list of draws in a scope, newest first.
  await db.schema.createIndex("spot_check_draws_region").on("spot_check_draws").columns(["region_code", "drawn_at"]).execute();

  await db.schema
    .createTable("spot_check_picks")
    .addColumn("draw_id", "text", (c) => c.notNull().references("spot_check_draws.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("stratum", "text", (c) => c.notNull())
    .addColumn("first_inspector_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("second_inspector_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("case_id", "text", (c) => c.notNull().references("inspection_cases.id"))
    .addPrimaryKeyConstraint("spot_check_picks_pk", ["draw_id", "position"])
    .execute();
  await db.schema.createIndex("spot_check_picks_kindergarten").on("spot_check_picks").column("kindergarten_id").execute();

  await db.schema
    .createTable("spot_check_exclusions")
    .addColumn("draw_id", "text", (c) => c.notNull().references("spot_check_draws.id"))
    .addColumn("officer_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("spot_check_exclusions_pk", ["draw_id", "officer_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("spot_check_exclusions").execute();
  await db.schema.dropIndex("spot_check_picks_kindergarten").execute();
  await db.schema.dropTable("spot_check_picks").execute();
  await db.schema.dropIndex("spot_check_draws_region").execute();
  await db.schema.dropTable("spot_check_draws").execute();
}
