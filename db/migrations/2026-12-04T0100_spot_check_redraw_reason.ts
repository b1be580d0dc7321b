/**
 * Why a lead drew again: a draw of the same agency over an overlapping
 * region (the same, an ancestor or a descendant) within 30 days needs a
 * stated reason, stored with the draw and published with its list (README
 * "双随机一公开", docs/decisions.md 2026-12-04). Null for a draw that is not
 * such a repeat, and for every draw made before the rule. The rule's look-up
 * (an agency's recent draws around a region) is served by
 * spot_check_draws_region (region_code, drawn_at). Frozen: never import app
 * code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("spot_check_draws").addColumn("redraw_reason", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("spot_check_draws").dropColumn("redraw_reason").execute();
}
