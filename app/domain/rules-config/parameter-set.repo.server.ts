/**
 * rule_parameter_sets as rows: reading sets with their region and people's
 * names, and the compare-and-set writes the lifecycle is built from. Values
 * are stored as JSON text and handed out parsed.
 */
import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database, RuleParameterSet, RuleParameterSetsTable } from "~/db/schema";
import { regionPrefix, type RegionScope } from "~/domain/regions/region-scope";

type Handle = Kysely<Database> | Transaction<Database>;

export interface ParameterSetRow {
  id: string;
  region_code: string;
  region_name: string;
  rule_id: string;
  params: Record<string, unknown>;
  status: RuleParameterSet["status"];
  note: string;
  created_by_name: string | null;
  created_at: string;
  activated_by_name: string | null;
  activated_at: string | null;
  retired_at: string | null;
}

function setQuery(db: Handle) {
  return db
    .selectFrom("rule_parameter_sets as s")
    .leftJoin("regions as r", "r.code", "s.region_code")
    .leftJoin("users as c", "c.id", "s.created_by")
    .leftJoin("users as a", "a.id", "s.activated_by")
    .selectAll("s")
    .select(["r.name as region_name", "c.display_name as created_by_name", "a.display_name as activated_by_name"]);
}

type SetQueryRow = Awaited<ReturnType<ReturnType<typeof setQuery>["execute"]>>[number];

function toRow(r: SetQueryRow): ParameterSetRow {
  return {
    id: r.id,
    region_code: r.region_code,
    region_name: r.region_name ?? r.region_code,
    rule_id: r.rule_id,
    params: JSON.parse(r.params) as Record<string, unknown>,
    status: r.status,
    note: r.note,
    created_by_name: r.created_by_name,
    created_at: r.created_at,
    activated_by_name: r.activated_by_name,
    activated_at: r.activated_at,
    retired_at: r.retired_at,
  };
}

/** Drafts and active sets first, then the history; newest first within each. Only the scope's region and below. */
export async function listSets(db: Handle, scope: Exclude<RegionScope, { kind: "none" }>, limit: number): Promise<ParameterSetRow[]> {
  let query = setQuery(db)
    .orderBy((eb) => eb.case().when("s.status", "=", "draft").then(0).when("s.status", "=", "active").then(1).else(2).end())
    .orderBy("s.created_at", "desc")
    .orderBy("s.id", "desc")
    .limit(limit);
  if (scope.kind === "region") query = query.where("s.region_code", "like", `${regionPrefix(scope.regionCode)}%`);
  return (await query.execute()).map(toRow);
}

export async function findSet(db: Handle, setId: string): Promise<ParameterSetRow | null> {
  const row = await setQuery(db).where("s.id", "=", setId).executeTakeFirst();
  return row ? toRow(row) : null;
}

/** The set in force for a region and rule, if any (at most one: activation keeps it so). */
export async function findActiveSet(db: Handle, regionCode: string, ruleId: string): Promise<ParameterSetRow | null> {
  const row = await setQuery(db)
    .where("s.status", "=", "active")
    .where("s.region_code", "=", regionCode)
    .where("s.rule_id", "=", ruleId)
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

export async function insertSet(trx: Handle, row: Insertable<RuleParameterSetsTable>): Promise<void> {
  await trx.insertInto("rule_parameter_sets").values(row).execute();
}

/** Moves a draft to another status; false when it is no longer a draft (someone else got there first). */
export async function claimDraft(
  trx: Handle,
  setId: string,
  change: { status: "discarded" } | { status: "active"; activated_by: string; activated_at: string },
): Promise<boolean> {
  const claimed = await trx.updateTable("rule_parameter_sets").set(change).where("id", "=", setId).where("status", "=", "draft").executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Retires the other active sets of the set's region and rule; returns their ids. */
export async function retireOthers(trx: Handle, set: { id: string; region_code: string; rule_id: string }, at: string): Promise<string[]> {
  const previous = await trx
    .selectFrom("rule_parameter_sets")
    .select("id")
    .where("status", "=", "active")
    .where("region_code", "=", set.region_code)
    .where("rule_id", "=", set.rule_id)
    .where("id", "!=", set.id)
    .execute();
  const ids = previous.map((p) => p.id);
  if (ids.length > 0) {
    await trx
      .updateTable("rule_parameter_sets")
      .set({ status: "retired", retired_at: at })
      .where("id", "in", ids)
      .where("status", "=", "active")
      .execute();
  }
  return ids;
}

export async function countActive(trx: Handle, regionCode: string, ruleId: string): Promise<number> {
  const row = await trx
    .selectFrom("rule_parameter_sets")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "=", "active")
    .where("region_code", "=", regionCode)
    .where("rule_id", "=", ruleId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
