/**
 * Which kindergartens a re-evaluation run newly flagged and cleared (reevaluation_run_kindergartens), as its page
 * lists them: the run's counters are everywhere it reached, the names only those within the reader's jurisdiction
 * (read:kindergarten, as the registry's pages are), by the kindergarten's current region. A page of each change at a
 * time in kindergarten id order (the table's key), each with its name and region in the same query; the count within
 * the jurisdiction beside it, both changes in one query.
 */
import type { DB } from "~/db/client";
import type { ReevaluationChange } from "~/db/schema";
import { regionCodeBounds, scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";

export const RUN_KINDERGARTENS_PAGE = 20;
export const REEVALUATION_CHANGES = ["flagged", "cleared"] as const satisfies readonly ReevaluationChange[];

export interface RunKindergarten {
  id: string;
  name: string;
  regionName: string | null;
}

export interface RunKindergartenList {
  /** How many there are within the reader's jurisdiction (the run's own counter counts them everywhere). */
  count: number;
  rows: RunKindergarten[];
  /** The last id of this page when another follows: the next page's `after`. */
  next: string | null;
  /** Whether this page is not the first (its `after` was given). */
  paged: boolean;
}

export type RunKindergartenLists = Record<ReevaluationChange, RunKindergartenList>;

function withinScope(db: DB, runId: string, scope: RegionScope) {
  let query = db.selectFrom("reevaluation_run_kindergartens as c").innerJoin("kindergartens as k", "k.id", "c.kindergarten_id").where("c.run_id", "=", runId);
  if (scope.kind === "region") {
    const bounds = regionCodeBounds(scope.regionCode);
    query = "equals" in bounds ? query.where("k.region_code", "=", bounds.equals) : query.where("k.region_code", ">=", bounds.from).where("k.region_code", "<", bounds.before);
  }
  return query;
}

/** The kindergartens the run changed, within the actor's jurisdiction: a page of each change after its `after` id. */
export async function runKindergartens(
  db: DB,
  actor: Actor,
  runId: string,
  after: Partial<Record<ReevaluationChange, string>>,
): Promise<RunKindergartenLists> {
  const scope = scopeFor(actor, "read:kindergarten:any", "read:kindergarten:region");
  const empty = (): RunKindergartenList => ({ count: 0, rows: [], next: null, paged: false });
  const lists: RunKindergartenLists = { flagged: empty(), cleared: empty() };
  if (scope.kind === "none") return lists;
  const counts = await withinScope(db, runId, scope)
    .select(["c.change", (eb) => eb.fn.countAll().as("n")])
    .groupBy("c.change")
    .execute();
  for (const c of counts) lists[c.change].count = Number(c.n);
  await Promise.all(
    REEVALUATION_CHANGES.map(async (change) => {
      const list = lists[change];
      const from = after[change];
      list.paged = from !== undefined;
      if (list.count === 0) return;
      let query = withinScope(db, runId, scope)
        .leftJoin("regions as g", "g.code", "k.region_code")
        .select(["k.id", "k.name_in_use as name", "g.name as regionName"])
        .where("c.change", "=", change)
        .orderBy("c.kindergarten_id")
        .limit(RUN_KINDERGARTENS_PAGE + 1);
      if (from !== undefined) query = query.where("c.kindergarten_id", ">", from);
      const rows = await query.execute();
      list.rows = rows.slice(0, RUN_KINDERGARTENS_PAGE);
      list.next = rows.length > RUN_KINDERGARTENS_PAGE ? list.rows[list.rows.length - 1].id : null;
    }),
  );
  return lists;
}
