/**
 * Which kindergartens a re-evaluation run newly flagged and cleared, one row each, so its page can list them (the
 * run's counters alone told an officer "1 newly flagged" and not which). Written by each batch in its own transaction
 * with the counters. Keyed (run, change, kindergarten): a run walks each kindergarten once, and its page reads one
 * change of one run in kindergarten id order, a page at a time.
 *
 * Runs recorded before this table are filled in from their batches' audit entries (`reevaluation.batch`, whose
 * detail names the filings newly flagged and cleared), so an earlier run's page lists what it counted.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

const PAGE = 500;
const INSERT_CHUNK = 300;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reevaluation_run_kindergartens")
    .addColumn("run_id", "text", (c) => c.notNull().references("reevaluation_runs.id"))
    .addColumn("change", "text", (c) => c.notNull())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addPrimaryKeyConstraint("reevaluation_run_kindergartens_key", ["run_id", "change", "kindergarten_id"])
    .execute();

  // The earlier runs' batches, a page of audit entries at a time (by id: each entry read once).
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom("audit_log")
      .select(["id", "entity_id", "detail"])
      .where("action", "=", "reevaluation.batch")
      .where("entity", "=", "reevaluation_run")
      .orderBy("id")
      .limit(PAGE);
    if (after !== null) query = query.where("id", ">", after);
    const entries: Array<{ id: string; entity_id: string; detail: string }> = await query.execute();
    if (entries.length === 0) break;
    after = entries[entries.length - 1].id;
    const changes: Array<{ runId: string; change: "flagged" | "cleared"; filingId: string }> = [];
    for (const entry of entries) {
      let detail: { newlyFlagged?: unknown; cleared?: unknown };
      try {
        detail = JSON.parse(entry.detail) as typeof detail;
      } catch {
        continue;
      }
      for (const f of Array.isArray(detail.newlyFlagged) ? detail.newlyFlagged : []) {
        const filing = (f as { filing?: unknown } | null)?.filing;
        if (typeof filing === "string") changes.push({ runId: entry.entity_id, change: "flagged", filingId: filing });
      }
      for (const filing of Array.isArray(detail.cleared) ? detail.cleared : []) {
        if (typeof filing === "string") changes.push({ runId: entry.entity_id, change: "cleared", filingId: filing });
      }
    }
    const kindergartenOf = new Map<string, string>();
    const filingIds = [...new Set(changes.map((c) => c.filingId))];
    for (let i = 0; i < filingIds.length; i += INSERT_CHUNK) {
      const filings: Array<{ id: string; kindergarten_id: string }> = await db
        .selectFrom("fee_filings")
        .select(["id", "kindergarten_id"])
        .where("id", "in", filingIds.slice(i, i + INSERT_CHUNK))
        .execute();
      for (const f of filings) kindergartenOf.set(f.id, f.kindergarten_id);
    }
    const runIds = [...new Set(changes.map((c) => c.runId))];
    const runs = new Set<string>();
    for (let i = 0; i < runIds.length; i += INSERT_CHUNK) {
      const found: Array<{ id: string }> = await db.selectFrom("reevaluation_runs").select("id").where("id", "in", runIds.slice(i, i + INSERT_CHUNK)).execute();
      for (const r of found) runs.add(r.id);
    }
    const rows = changes
      .filter((c) => runs.has(c.runId) && kindergartenOf.has(c.filingId))
      .map((c) => ({ run_id: c.runId, change: c.change, kindergarten_id: kindergartenOf.get(c.filingId)! }));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await db
        .insertInto("reevaluation_run_kindergartens")
        .values(rows.slice(i, i + INSERT_CHUNK))
        .onConflict((oc) => oc.columns(["run_id", "change", "kindergarten_id"]).doNothing())
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reevaluation_run_kindergartens").execute();
}
