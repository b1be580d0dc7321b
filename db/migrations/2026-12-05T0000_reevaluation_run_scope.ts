/**
 * A re-evaluation run's scope: the region whose kindergartens it re-evaluates (that region and every region below
 * it, by code prefix), or null for everywhere. A guidance-price batch and a regional parameter set can only change
 * the judgements of kindergartens under their own region (both are looked up along the kindergarten's region chain,
 * district → city → province), so their runs walk only that region's active filings; a rule version and a manual run
 * stay national. Runs recorded before this column are national: null, as they were walked.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("reevaluation_runs").addColumn("region_code", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("reevaluation_runs").dropColumn("region_code").execute();
}
